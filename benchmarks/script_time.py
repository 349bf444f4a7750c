"""Server-side script time per page, with Streamlit's AppTest (no browser, no network).

A page file can't be the AppTest entrypoint itself: its Back/Next links name pages relative to
``app.py`` and raise StreamlitPageNotFoundError. So each sample is what a server does for a
first request to ``/<page>?case=…``: a fresh session with the example case in it, through the
router (``app.py``), with the page requested (``switch_page`` before the first run). As in
tests/app/conftest.py, the pages-directory mode is pinned off, as on a server whose first
request ran the router. The reference chart page is run the same way through its own entry.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from advisor.examples import example_case

ROOT = Path(__file__).resolve().parents[1]
CASE_KEY = "app_case"  # ui.keys.CASE
TIMEOUT = 60


class _RouterPagesManager(PagesManager):
    """AppTest's per-run pages manager, with the legacy pages-directory mode turned off."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


@contextmanager
def _router_mode() -> Iterator[None]:
    saved_class, saved_flag = app_test_module.PagesManager, PagesManager.uses_pages_directory
    saved_cwd = Path.cwd()
    app_test_module.PagesManager = _RouterPagesManager  # type: ignore[misc]
    os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        yield
    finally:
        app_test_module.PagesManager = saved_class  # type: ignore[misc]
        PagesManager.uses_pages_directory = saved_flag
        os.chdir(saved_cwd)


@dataclass
class ScriptTiming:
    name: str
    samples_ms: list[float] = field(default_factory=list)
    charts: int = 0
    chart_bytes: int = 0
    errors: list[str] = field(default_factory=list)


def _ours(page_file: str) -> Callable[[], AppTest]:
    def make() -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
        at.session_state[CASE_KEY] = example_case()
        return at.switch_page(page_file)
    return make


def _reference(entry: Path, page_file: str) -> Callable[[], AppTest]:
    def make() -> AppTest:
        return AppTest.from_file(str(entry), default_timeout=TIMEOUT).switch_page(page_file)
    return make


def _timed_run(make: Callable[[], AppTest], timing: ScriptTiming, keep: bool) -> None:
    at = make()
    start = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    if at.exception:
        timing.errors.append(str(at.exception[0].message)[:200])
        return
    specs = [str(chart.proto.spec) for chart in at.get("plotly_chart")]
    timing.charts = len(specs)
    timing.chart_bytes = sum(len(spec.encode()) for spec in specs)
    if keep:
        timing.samples_ms.append(elapsed)


def measure(pages: dict[str, str], reference_entry: Path, reference_page: str, reference_name: str,
            samples: int) -> dict[str, ScriptTiming]:
    """Median-ready samples of ``AppTest.run()`` for each of our pages (url -> page file) and the
    reference page: one warm-up run each, then ``samples`` rounds, ours and the reference
    interleaved, the order flipped every round."""
    makers: dict[str, Callable[[], AppTest]] = {url: _ours(path) for url, path in pages.items()}
    makers[reference_name] = _reference(reference_entry, reference_page)
    timings = {name: ScriptTiming(name) for name in makers}
    with _router_mode():
        for name, make in makers.items():
            _timed_run(make, timings[name], keep=False)
        for round_number in range(samples):
            names = list(pages)
            order = [reference_name, *names] if round_number % 2 else [*names, reference_name]
            for name in order:
                _timed_run(makers[name], timings[name], keep=True)
    return timings
