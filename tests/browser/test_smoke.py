"""Every step renders in a real browser: empty, with the example case, and on a cold server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from harness.chromium import VIEWPORT
from harness.server import ROOT, streamlit_server
from tests.browser.conftest import assert_clean, open_page, slider_thumb
from ui.shell.steps import ABOUT, LANDING, QUICK, STEPS

# URL path -> the page's main heading. Share and Mentor review are tested in test_share.py.
PAGES = {
    "": "Interview Advisor",
    "job": "The job",
    "quick": "Quick check",
    "why_not": "Why not?",
    "sort": "Negotiable, or the job itself?",
    "weigh": "Weigh the arguments",
    "verdict": "The verdict",
    "game_plan": "Game plan",
    "practise": "Practise",
    "about": "About Interview Advisor",
}
TOKEN = encode(example_case())
CASES = {"empty": "", "example": f"?case={TOKEN}"}


@pytest.fixture
def cold(browser: Browser) -> Iterator[tuple[str, Page]]:
    """A server of its own that has answered no request yet, and a fresh browser tab."""
    with streamlit_server(ROOT / "app.py") as url:
        context = browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            yield url, page
            assert not errors, f"page errors: {errors}"
        finally:
            context.close()


def _renders(page: Page, path: str) -> None:
    expect(page.get_by_role("heading", level=1, name=PAGES[path], exact=True)).to_be_visible()
    assert_clean(page)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders(page: Page, app_url: str, path: str, case: str) -> None:
    open_page(page, f"{app_url}/{path}{CASES[case]}")
    # A link at the root opens The job, where such links opened before the landing took the root.
    _renders(page, "job" if path == "" and case == "example" else path)
    if case == "example":
        assert f"case={TOKEN}" in page.url, "the address bar must keep carrying the case"
    if path == "weigh":
        expect(page.get_by_test_id("stSlider")).to_have_count(10)
    if path == "verdict" and case == "example":  # the balance; the options' chart waits in its part
        expect(page.locator(".js-plotly-plot")).to_have_count(1)
        expect(page.locator(".js-plotly-plot").first).to_be_visible()
    if path == "verdict" and case == "empty":  # no verdict from nothing: what it needs instead
        expect(page.get_by_text("No verdict yet.", exact=False)).to_be_visible()
        expect(page.locator(".js-plotly-plot")).to_have_count(0)


def test_every_declared_page_address_opens_its_page(page: Page, app_url: str) -> None:
    """The address each step declares (ui/shell/steps.py, shown in the address bar and used in
    bookmarks) opens that step directly: no "Page not found" dialog, no redirect."""
    problems = []
    for step in (LANDING, QUICK, *STEPS, ABOUT):
        if step.url in ("share", "mentor"):
            continue
        # The landing never carries a case: a link at the root goes on to The job (test_page_renders).
        open_page(page, f"{app_url}/{step.url}" + (f"?case={TOKEN}" if step is not LANDING else ""))
        expect(page.get_by_role("heading", level=1, name=PAGES[step.url], exact=True)).to_be_visible()
        assert_clean(page)
        if page.get_by_role("dialog", name="Page not found").count():
            problems.append(f"/{step.url}: a 'Page not found' dialog opens")
        path = page.evaluate("location.pathname")
        if path != f"/{step.url}":
            problems.append(f"/{step.url}: the address bar changed to {path}")
    assert not problems, "; ".join(problems)


def test_example_case_pages_show_its_answers(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/?case={TOKEN}")
    expect(page.locator(".st-key-job_title input")).to_have_value("Customer service agent (nights)")
    open_page(page, f"{app_url}/why_not?case={TOKEN}")
    expect(page.get_by_role("heading", name="Your reasons (4 of 20)")).to_be_visible()
    open_page(page, f"{app_url}/verdict?case={TOKEN}")
    expect(page.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    assert_clean(page)


def test_bookmark_to_weigh_as_first_request_to_a_fresh_server(cold: tuple[str, Page]) -> None:
    """Someone opens a bookmarked /weigh link right after the server (re)started."""
    url, page = cold
    open_page(page, f"{url}/weigh?case={TOKEN}")
    expect(page.get_by_role("heading", level=1, name="Weigh the arguments")).to_be_visible()
    expect(page.get_by_test_id("stSlider")).to_have_count(10)
    expect(slider_thumb(page, "weigh_practice")).to_have_value("7")
    expect(page.locator(".js-plotly-plot")).to_be_visible()
    expect(page.get_by_text("Chart in words: Balance +0.35")).to_be_visible()
    assert f"case={TOKEN}" in page.url
    assert_clean(page)


@pytest.mark.parametrize("path", ["weigh", "why_not"])
def test_bookmark_as_first_request_shows_the_whole_app(cold: tuple[str, Page], path: str) -> None:
    """A bookmark opened right after a server start gets the app as always: its own sidebar
    (steps, progress, the example button) and no "Page not found" dialog."""
    url, page = cold
    open_page(page, f"{url}/{path}?case={TOKEN}")
    expect(page.get_by_role("heading", level=1, name=PAGES[path], exact=True)).to_be_visible()
    assert_clean(page)
    expect(page.get_by_role("dialog", name="Page not found"),
           "a 'Page not found' dialog covers the page").to_have_count(0)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("link", name="Why not", exact=True),
           "the sidebar lacks the app's own navigation").to_have_attribute("href", f"{url}/why_not")
    expect(sidebar.get_by_text("3 of 5 answered"), "the sidebar lacks the progress").to_be_visible()
    expect(page.locator(".st-key-app_example button"), "the sidebar lacks the example button").to_be_visible()
