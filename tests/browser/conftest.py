"""Browser tier: Debian's Chromium driven by Playwright against a real server."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, FloatRect, Locator, Page, ViewportSize, expect, sync_playwright

from advisor.case.models import Case
from advisor.sharing.codec import from_json
from harness.chromium import IDLE, SETTLED, VIEWPORT, launch
from harness.server import ROOT, streamlit_server
from ui.shell.steps import ALL
from ui.storage.browser_store import STORE_PREFIX
from ui.views.job_fields import SCREENS

# The browser tier shares a small machine with other work: give auto-waiting assertions
# more room than Playwright's 5 s default (a passing assertion returns as soon as it holds).
expect.set_options(timeout=10_000)

PHONE: ViewportSize = {"width": 390, "height": 844}
# A phone's own user agent: Streamlit closes the sidebar after a page is chosen only when the
# user agent says "mobile" (is_mobile alone does not change it).
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/126.0.0.0 Mobile Safari/537.36")


def phone_context(browser: Browser, user_agent: str | None = PHONE_AGENT) -> Iterator[BrowserContext]:
    """A phone as a person holds one (390 × 844, touch, a sharp screen), for a module's ``context``
    fixture to yield from, so conftest's ``page`` opens in it."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2,
                                  user_agent=user_agent)
    yield context
    context.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def app_url(browser: Browser) -> Iterator[str]:
    """One server for the whole tier, warmed up by one visit to its root page.

    While no session has run ``app.py`` yet, Streamlit treats an app with a ``pages/`` folder
    as a v1 multipage app, so the very first request decides how the server behaves. The
    warm-up makes every test independent of which test happens to run first; the cold start
    itself is tested with a server of its own (test_smoke.py).
    """
    with streamlit_server(ROOT / "app.py") as url:
        warm_up(browser, url)
        yield url


def warm_up(browser: Browser, url: str) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        open_page(page, url)
        expect(page.get_by_test_id("stSidebar").get_by_role("link", name="Why not", exact=True)).to_be_visible()
    finally:
        context.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    yield context
    context.close()


class Errors(list[str]):
    """Uncaught page errors (pageerror events) collected while a test runs."""


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    page = context.new_page()
    errors = Errors()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    assert not errors, f"page errors: {errors}"


def wait_idle(page: Page, timeout: float = 30_000) -> None:
    """Wait until the script has finished running (never a fixed sleep)."""
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')"
        "?.getAttribute('data-test-script-state') === 'notRunning'",
        timeout=timeout,
    )


def wait_settled(page: Page, timeout: float = 30_000) -> None:
    """Wait until the app has read what this browser keeps and finished the run that follows:
    only then does the page show what a person will work with."""
    page.wait_for_function(SETTLED, timeout=timeout)
    wait_idle(page, timeout)


def open_page(page: Page, url: str, settled: bool = True) -> None:
    """Open a page of the app; ``settled=False`` for an app without the storage bridge."""
    page.goto(url)
    if settled:
        wait_settled(page)
    wait_idle(page)
    page.wait_for_selector('[data-testid="stMain"]')


def settled_box(page: Page, button: Locator) -> FloatRect:
    """The button's place once it stays put for two frames: a part that has just opened (its
    expander), or widgets whose code has just arrived, may still be moving it, and a click aimed
    at a moving spot misses, as a person's would not."""
    deadline = time.monotonic() + 5
    box = button.bounding_box()
    while True:
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        again = button.bounding_box()
        if (box is not None and box == again) or time.monotonic() > deadline:
            assert again is not None, "the button has no place on the screen"
            return again
        box = again


def open_part(page: Page, label: str, within: Locator | None = None) -> Locator:
    """Click a closed part of the page (``ui.views.widgets.part``) open, as a person does, and wait
    until the server has drawn its widgets; return the part. ``within`` narrows the search to
    one card of several with parts of the same name."""
    box = (within or page.get_by_test_id("stMain")).get_by_test_id("stExpander").filter(
        has=page.locator("summary", has_text=label))
    box.locator("summary").click()
    expect(box.get_by_test_id("stExpanderDetails").get_by_test_id("stElementContainer").first).to_be_visible()
    wait_idle(page)
    settled_box(page, box)  # the part grows open: a click before it stops lands where it no longer is
    return box


def job_screen(page: Page, title: str) -> Locator:
    """Walk The job's screens of questions with Next, as a person does, until the one titled
    ``title`` shows and is idle; return the main area.

    Each Next is pressed once and followed by waiting for the screen it names: right after a press
    the page still reads idle from the run before, so waiting for idle alone let a second press
    land on the page being redrawn (a second Next, or whatever had just moved under the pointer)."""
    main = page.get_by_test_id("stMain")
    wait_idle(page)
    shown = [screen for screen in SCREENS if main.get_by_role("heading", level=2, name=screen, exact=True).is_visible()]
    assert len(shown) == 1, f"not on one of The job's screens: {shown}"
    start, end = SCREENS.index(shown[0]), SCREENS.index(title)
    assert start <= end, f"{title} comes before {shown[0]}: Next never reaches it"
    for screen in SCREENS[start + 1:end + 1]:
        main.get_by_role("button", name=f"Next: {screen}", exact=True).click()
        expect(main.get_by_role("heading", level=2, name=screen, exact=True)).to_be_visible()
        wait_idle(page)
    return main


def reload(page: Page) -> None:
    page.reload()
    wait_settled(page)


# Evaluated in a page: from then on, window.__runs counts the script runs the page sees start.
COUNT_RUNS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__runs = 0;
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') === 'running') window.__runs += 1;
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def assert_clean(page: Page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.inner_text("body")


def chart_data(page: Page, index: int = 0) -> Any:
    page.wait_for_function(
        "i => document.querySelectorAll('.js-plotly-plot')[i]?.data?.length > 0", arg=index)
    return page.evaluate("i => document.querySelectorAll('.js-plotly-plot')[i].data[0].x",
                         index)


def wait_chart_change(page: Page, before: Any, index: int = 0, timeout: float = 15_000) -> Any:
    """Wait until the plotly chart's bars differ from ``before``; return the new bars."""
    page.wait_for_function(
        "([i, old]) => { const d = document.querySelectorAll('.js-plotly-plot')[i]?.data;"
        " if (!(d?.length > 0)) return false; const x = Array.from(d[0].x);"
        " return x.length !== old.length || x.some((v, k) => v !== old[k]); }",
        arg=[index, list(before)], timeout=timeout)
    return chart_data(page, index)


def nav(page: Page, title: str) -> None:
    """Click a page in the sidebar navigation and wait for it to run."""
    page.get_by_test_id("stSidebar").get_by_role("link", name=title, exact=True).click()
    path = "/" + next(step.url for step in ALL if step.title == title)
    page.wait_for_function("path => location.pathname === path", arg=path)
    wait_idle(page)


def case_token(page: Page) -> str | None:
    """The case the address bar carries (``?case=``), as the page itself sees it."""
    token: str | None = page.evaluate("() => new URLSearchParams(location.search).get('case')")
    return token


@contextmanager
def changes_case(page: Page, timeout: float = 15_000) -> Iterator[None]:
    """Wrap one edit; wait until the app has saved it, i.e. the address bar carries a new case.

    A person sees the app finish before the next edit; a test must wait for the same thing.
    The data-test-script-state attribute alone can't say so: right after a click it still
    reads "notRunning" from the previous run.
    """
    before = case_token(page)
    yield
    page.wait_for_function("t => new URLSearchParams(location.search).get('case') !== t",
                           arg=before, timeout=timeout)
    wait_idle(page)


def type_into(page: Page, key: str, text: str, commit: str = "Tab") -> None:
    """Type into the text input or text area with widget key ``key``, commit it with a key
    press and wait until the case carries the new text."""
    field = page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
    with changes_case(page):
        field.fill(text)
        field.press(commit)


def slider_thumb(page: Page, key: str) -> Locator:
    """The keyboard-focusable thumb of the slider with widget key ``key``.

    Streamlit 1.67 draws it as a visually hidden ``<input type="range">`` (implicit ARIA role
    slider, value in ``value``/``aria-valuetext``), so find it by role, not by attribute.
    """
    return page.locator(f".st-key-{key}").get_by_role("slider")


def as_shown(text: str, whole: bool = False) -> re.Pattern[str]:
    """User text as the page shows it: exactly as typed, but for the invisible word joiners
    that keep an address from turning into a link (``advisor.escaping.shown``);
    ``whole`` matches an element's whole text."""
    pattern = "\u2060?".join(re.escape(character) for character in text)
    return re.compile(f"^{pattern}$" if whole else pattern)


def stored_case(page: Page) -> Case | None:
    """The case this browser's storage holds (what a closed tab leaves behind)."""
    raw: str | None = page.evaluate("name => localStorage.getItem(name)", STORE_PREFIX + "case")
    return from_json(raw.encode("utf-8")) if raw else None


def wait_stored(page: Page, holds: Callable[[Case], bool], timeout: float = 10) -> Case:
    """Poll this browser's storage (no fixed sleep) until its case satisfies ``holds``."""
    deadline = time.monotonic() + timeout
    while not ((case := stored_case(page)) is not None and holds(case)):
        if time.monotonic() > deadline:
            raise AssertionError(f"this browser's storage never held it: {case}")
        page.wait_for_function("() => true")  # one round trip to the page before looking again
    return case


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A browser test drives a real Chromium against a real server on a two-core machine, where a
    stalled run now and then outlasts a wait; such a test is tried up to twice more before it counts
    as failed (pytest-rerunfailures). Every retry is listed in the run's summary ("R"), so a flaky
    test shows without hiding a real failure, which fails all three tries."""
    browser_tier = Path(__file__).parent
    for item in items:
        if browser_tier in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.flaky(reruns=2))
