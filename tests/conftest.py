"""Fixtures every tier may use."""

from __future__ import annotations

import pytest
from hypothesis import settings

from advisor.sharing import locking

# Timings belong in benchmarks/, never in the suite: hypothesis's per-example deadline (200 ms) is a
# timed assertion that fails a correct property on a busy machine, so no example has one.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[locking.Kdf]:
    """Every key derivation from now on, by the derivation it used: each is slow on purpose, so
    a test can say that something derived none, or only once."""
    derived: list[locking.Kdf] = []
    derive = locking.Kdf.derive

    def counted(kdf: locking.Kdf, secret: bytes, salt: bytes) -> bytes:
        derived.append(kdf)
        return derive(kdf, secret, salt)

    monkeypatch.setattr(locking.Kdf, "derive", counted)
    return derived
