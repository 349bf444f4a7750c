"""Server-side script time per page, with Streamlit's AppTest (no browser, no network).

A page file can't be the AppTest entrypoint itself: its Back/Next links name pages relative to
``app.py`` and raise StreamlitPageNotFoundError. So each sample is what a server does for a
first request to ``/<page>?case=…``: a fresh session with the example case in it, through the
router (``app.py``), with the page requested by its URL path. (``AppTest.switch_page`` before
the first run hashes the file name, which misses pages whose URL path differs from it, such as
``why_not``; so the request carries the hash ``st.Page`` gives the URL path, as a browser's
request does.) As in tests/app/conftest.py, the pages-directory mode is pinned off, as on a
server whose first request ran the router. The reference chart page runs the same way through
its own entry.
"""

from __future__ import annotations

import logging
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
from streamlit.util import calc_hash

from advisor.case.examples import example_case
from ui.keys import CASE

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 60


class _RouterPagesManager(PagesManager):
    """AppTest's per-run pages manager, with the legacy pages-directory mode turned off."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


class _Quiet(logging.Filter):
    """AppTest runs outside a server; Streamlit warns about that on every run."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "missing ScriptRunContext" not in record.getMessage()


@contextmanager
def _router_mode() -> Iterator[None]:
    module = vars(app_test_module)
    saved_class, saved_flag = module["PagesManager"], PagesManager.uses_pages_directory
    saved_cwd = Path.cwd()
    quiet = _Quiet()
    noisy = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    noisy.addFilter(quiet)
    module["PagesManager"] = _RouterPagesManager
    os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        yield
    finally:
        module["PagesManager"] = saved_class
        PagesManager.uses_pages_directory = saved_flag
        os.chdir(saved_cwd)
        noisy.removeFilter(quiet)


@dataclass
class ScriptTiming:
    name: str
    samples_ms: list[float] = field(default_factory=list)
    charts: int = 0
    chart_bytes: int = 0
    errors: list[str] = field(default_factory=list)


class _Requests:
    """Fresh AppTests, each with one page requested. The first run's scan of installed
    packages for custom components (a few hundred ms, something a server does once at start,
    not per request) is shared by every later AppTest, so it stays out of the timings."""

    def __init__(self) -> None:
        self._components: Any = None

    def maker(self, entry: Path, url_path: str, case: bool) -> Callable[[], AppTest]:
        def make() -> AppTest:
            at = AppTest.from_file(str(entry), default_timeout=TIMEOUT)
            if case:
                at.session_state[CASE] = example_case()
            if url_path:  # "" is the default page, which a request without a page gets
                at._page_hash = calc_hash(url_path)
            if self._components is not None:
                at._bidi_component_manager = self._components
            return at
        return make

    def keep_components(self, at: AppTest) -> None:
        if self._components is None:
            self._components = at._bidi_component_manager


def _timed_run(requests: _Requests, make: Callable[[], AppTest], timing: ScriptTiming, keep: bool) -> None:
    at = make()
    requested = at._page_hash
    start = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    requests.keep_components(at)
    if at.exception:
        timing.errors.append(str(at.exception[0].message)[:200])
        return
    if requested and at._finished_page_script_hash != requested:
        timing.errors.append(f"/{timing.name}: the run ended on another page than the one requested")
        return
    specs = [str(chart.proto.spec) for chart in at.get("plotly_chart")]
    timing.charts = len(specs)
    timing.chart_bytes = sum(len(spec.encode()) for spec in specs)
    if keep:
        timing.samples_ms.append(elapsed)


def measure(pages: list[str], reference_entry: Path, reference_page: str, reference_name: str,
            samples: int) -> dict[str, ScriptTiming]:
    """Samples of ``AppTest.run()`` for each of our pages (by URL path) and the reference page
    (by URL path): one warm-up run each, then ``samples`` rounds, ours and the reference
    interleaved, the order flipped every round."""
    requests = _Requests()
    makers = {url: requests.maker(ROOT / "app.py", url, case=True) for url in pages}
    makers[reference_name] = requests.maker(reference_entry, reference_page, case=False)
    timings = {name: ScriptTiming(name) for name in makers}
    with _router_mode():
        for name, make in makers.items():
            _timed_run(requests, make, timings[name], keep=False)
        for round_number in range(samples):
            names = list(pages)
            order = [reference_name, *names] if round_number % 2 else [*names, reference_name]
            for name in order:
                _timed_run(requests, makers[name], timings[name], keep=True)
    return timings
