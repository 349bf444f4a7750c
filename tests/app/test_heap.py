"""The router freezes the long-lived heap, so Streamlit's collection after each run stays short.

Without ``ui.server.heap.freeze_after_run`` nothing in the app calls ``gc.freeze`` and the freeze count stays 0.
"""

from __future__ import annotations

import gc
import sys
import types
from collections.abc import Iterator

import pytest

from advisor.case.examples import example_case
from tests.app.conftest import assert_ok, open_page, open_page_alone
from ui.server import heap


@pytest.fixture()
def thawed() -> Iterator[None]:
    """Start from an unfrozen heap and an empty freeze cache; leave them so afterwards."""
    gc.unfreeze()
    heap._freeze_for.clear()
    yield
    gc.unfreeze()
    heap._freeze_for.clear()


def test_a_page_run_freezes_the_imported_modules(thawed: None) -> None:
    assert gc.get_freeze_count() == 0
    at = open_page("weigh", example_case())
    assert_ok(at)
    frozen = gc.get_freeze_count()
    # the modules the run imported, plotly and pydantic among them, are far more than 10,000 objects
    assert frozen > 10_000, frozen


def test_a_newly_imported_module_is_frozen_on_the_next_run(thawed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    at = open_page("weigh", example_case())
    before = gc.get_freeze_count()
    module = types.ModuleType("late_import")
    module.table = {f"name {i}": [i] for i in range(2_000)}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "late_import", module)
    at.run()
    assert_ok(at)
    assert gc.get_freeze_count() >= before + 2_000


def test_without_new_imports_a_run_freezes_nothing_more(thawed: None) -> None:
    """Freezing on every run would also freeze each visitor's short-lived objects."""
    at = open_page("weigh", example_case())
    at.run()
    before = gc.get_freeze_count()
    kept = [[i] for i in range(2_000)]  # live objects made after the freeze, as a session makes
    at.run()
    assert_ok(at)
    assert gc.get_freeze_count() < before + len(kept)


def test_a_page_that_stops_early_still_freezes(thawed: None) -> None:
    """The first run of this session is the Sort page with nothing to sort: it stops at its
    "list your reasons first" message."""
    at = open_page_alone("sort")
    assert_ok(at)
    assert any("nothing to sort" in str(i.value) for i in at.info), [i.value for i in at.info]
    assert gc.get_freeze_count() > 10_000
