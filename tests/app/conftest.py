"""AppTest tier: the app's pages run in-process by Streamlit's test runner.

Two ways a page runs on a real server, and a helper for each:

* ``open_page`` — the usual way: every run goes through the router (``app.py``, sidebar,
  ``st.navigation``), as on a server where any session has already run ``app.py``.
* ``open_page_alone`` — the cold start: the first request after a server start that names a
  page runs that page file on its own, without ``app.py`` (Streamlit's ``pages/`` folder
  mode). Every page must survive this; the page's guard then runs the
  router (``ui.shell.router.route``) around it, so the whole app shows.

AppTest itself models every run as a cold start (it resets ``PagesManager.uses_pages_directory``
before each run), so after the first run a page whose url path equals its file name would run
alone while the others run through the router. ``_server_mode`` pins the mode per run instead.

A page file can't be the AppTest entrypoint itself (``AppTest.from_file("pages/job.py")``):
its "Back"/"Next" links name pages relative to the entrypoint (``pages/verdict.py``), which
only resolves from the repository root, so it would fail in a way no server ever does.

The case is put into session state *before* the first run, as a shared link or the example
button would leave it, so every widget is seeded from it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from advisor.case.base import MAX_REASONS
from advisor.case.examples import example_case
from advisor.case.models import Case
from ui import keys

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # pages import `ui` and `advisor` from the repository root
    sys.path.insert(0, str(ROOT))

TIMEOUT = 30
# What app.py's error boundary (ui.shell.boundary.run_safely) draws instead of a traceback (the
# boundary builds these keys in place: there is no constant of ui to take them from).
RESCUE_KEYS = ("app_rescue_restart", "app_rescue_download", "app_rescue_change_download")
# Every page is run with nothing filled in and with the example case.
BOTH_CASES = pytest.mark.parametrize("case", [Case(), example_case()], ids=["empty", "example"])


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run from the repository root, as `streamlit run app.py` does."""
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    yield


_cold_start = False


class _PinnedPagesManager(PagesManager):
    """AppTest's per-run pages manager, with the server mode pinned (see the module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = _cold_start


@pytest.fixture(autouse=True)
def _server_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)  # restored after the test
    monkeypatch.setattr(app_test_module, "PagesManager", _PinnedPagesManager)


def app(case: Case | None = None, query: dict[str, str] | None = None) -> AppTest:
    """The whole app (router, sidebar, first page), not yet run, optionally with a case."""
    at = AppTest.from_file(ROOT / "app.py", default_timeout=TIMEOUT)
    if case is not None:
        at.session_state[keys.CASE] = case
    if query:
        at.query_params.update(query)
    return at


# The parts of each page drawn only while open (ui.views.widgets.part), by widget key.
PARTS = {"job": ("job_part_you", "job_part_wanted", "job_part_money"),
         "debrief": ("debrief_part_lessons", "debrief_part_surprises", "debrief_part_outcome"),
         "game_plan": ("plan_part_checklist", "plan_part_notes", "plan_part_along"),
         "share": ("share_part_file", "share_part_device", "share_part_contents"),
         "why_not": ("why_part_pick", "why_part_own", "why_part_pro", "why_part_rows", "why_part_pro_rows"),
         "sort": tuple(f"sort_part_{reason_id}" for reason_id in range(MAX_REASONS))}


def open_page(name: str, case: Case | None = None, parts: bool = False) -> AppTest:
    """Run the app with ``case`` in session, switch to ``pages/<name>.py`` and run it; with
    ``parts``, every part of the page is open, as if the person had opened each one."""
    at = app(case).run()
    assert_ok(at)
    for key in PARTS.get(name, ()) if parts else ():
        at.session_state[key] = True
    at.switch_page(f"pages/{name}.py").run()
    return at


def open_page_alone(name: str, case: Case | None = None, query: dict[str, str] | None = None) -> AppTest:
    """Run ``pages/<name>.py`` on its own, as the first request after a server start does."""
    global _cold_start
    at = app(case, query).switch_page(f"pages/{name}.py")
    _cold_start = True
    try:
        at.run()
    finally:
        _cold_start = False
    # the page's guard runs the whole app around it: the sidebar is there as on any request
    assert "app_example" in {b.key for b in at.button}, "a cold start must still show the whole app"
    return at


def open_parts(at: AppTest, *keys: str) -> AppTest:
    """Open the page's parts with these keys (``ui.views.widgets.part``), as a click on each would, and
    run the page again: only then are their widgets drawn."""
    for key in keys:
        at.session_state[key] = True
    return at.run()


def answers(case: Case) -> dict[str, Any]:
    """A case without its identity: what the person answered (every new case has its own id)."""
    return case.model_dump(exclude={"id"})


def the_case(at: AppTest) -> Case:
    value = at.session_state[keys.CASE]
    assert isinstance(value, Case)
    return value


def assert_ok(at: AppTest) -> None:
    """No exception element and no rescue screen from the router's error boundary."""
    assert not at.exception, [e.message for e in at.exception]
    shown = {b.key for b in at.button} | {b.key for b in at.download_button}
    rescue = shown & set(RESCUE_KEYS)
    assert not rescue, f"the error boundary caught a page failure: {[e.value for e in at.error]}"


def nodes(at: AppTest, kind: str) -> list[Any]:
    """Elements of a kind AppTest has no typed accessor for (plotly_chart, page_link, progress)."""
    return list(at.get(kind))


def texts(at: AppTest) -> str:
    """All the text a visitor reads on the page (markdown, captions, headings, alerts)."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "text",
                 "info", "warning", "error", "success"):
        parts += [str(e.value) for e in nodes(at, kind)]
    return "\n".join(parts)


def errors(at: AppTest) -> list[str]:
    return [str(e.value) for e in at.error]


def plotly_figures(at: AppTest) -> list[dict[str, Any]]:
    """The plotly figures on the page, as the JSON the browser would draw."""
    figures = []
    for element in nodes(at, "plotly_chart"):
        figures.append(json.loads(element.proto.spec))
    return figures


def page_links(at: AppTest) -> list[tuple[str, str]]:
    """(label, url path) of each page link; the default page's url path is ""."""
    return [(str(link.proto.label), str(link.proto.page)) for link in nodes(at, "page_link")]
