"""Fixtures every tier may use."""

from __future__ import annotations

import pytest

from advisor.sharing import locking


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
