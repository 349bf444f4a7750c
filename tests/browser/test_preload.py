"""A first visit fetches the code of the page's widgets with the page, before the app connects,
and asks where the server is only once.

Without ``ui.server.serving.Preload`` the browser asks for a widget's script only once the server has
sent a widget of that kind, over the websocket, and on a page other than the first it looks for
the server under the page's own address (a 404) before the right one; with it, the page itself
names the scripts and the server's address.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Request, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, open_page
from ui.server.serving import BASE_HINT, CHUNKS, EVERY_PAGE
from ui.shell.steps import ABOUT, QUICK, WEIGH, WHY_NOT, Step


def _chunk(url: str) -> str | None:
    found = re.search(r"/static/js/([A-Za-z]+)\.[^./]+\.js$", url)
    return found.group(1) if found else None


@pytest.mark.parametrize("step", [QUICK, WHY_NOT, ABOUT], ids=lambda step: step.url)
def test_the_widgets_code_is_asked_for_before_the_app_connects(page: Page, app_url: str, step: Step) -> None:
    events: list[str] = []
    page.on("request", lambda request: events.append(f"script {_chunk(request.url)}") if _chunk(request.url) else None)
    page.on("websocket", lambda socket: events.append("websocket"))
    open_page(page, f"{app_url}/{step.url}?case={encode(example_case())}")
    assert_clean(page)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    connected = events.index("websocket")
    early = {event.removeprefix("script ") for event in events[:connected] if event.startswith("script ")}
    assert {CHUNKS[kind] for kind in EVERY_PAGE | step.draws} <= early, events
    if step is ABOUT:
        assert "Slider" not in early  # a page is told only what it draws


def test_a_script_request_is_served_as_before(page: Page, app_url: str) -> None:
    """The middleware edits only the HTML page: the scripts it names arrive whole and run."""
    scripts: list[Request] = []
    page.on("requestfinished", lambda request: scripts.append(request) if _chunk(request.url) == "Slider" else None)
    open_page(page, f"{app_url}/{WEIGH.url}?case={encode(example_case())}")
    assert scripts and all((request.response() or pytest.fail("no response")).ok for request in scripts)
    expect(page.get_by_test_id("stSlider").first).to_be_visible()


def test_a_page_other_than_the_first_asks_for_the_server_once(page: Page, app_url: str) -> None:
    health: list[str] = []
    page.on("request", lambda request: health.append(request.url) if "_stcore/health" in request.url else None)
    open_page(page, f"{app_url}/{WEIGH.url}?case={encode(example_case())}")
    assert_clean(page)
    expect(page.get_by_test_id("stSlider").first).to_be_visible()
    assert health == [f"{app_url}/_stcore/health"]  # not /weigh/_stcore/health first


@pytest.mark.parametrize(("path", "base"), [
    ("/", "/"), ("/quick", "/"), ("/why_not/", "/"), ("/advisor/quick", "/advisor/"), ("/advisor", "/advisor/"),
    ("/~/+/debrief", "/~/+/"), ("/no_such_page", "/no_such_page/"),
])
def test_the_base_hint_finds_the_server_under_any_prefix(page: Page, path: str, base: str) -> None:
    """Run in Chromium against a made-up location. An address that is none of our pages gives
    what Streamlit itself would try first (the page's own address, then its parent)."""
    found = page.evaluate("([body, path]) => { const window = {}; new Function('location', 'window', body)"
                          "({origin: 'https://example.org', pathname: path}, window);"
                          " return window.__streamlit.BACKEND_BASE_URL; }", [_hint_body(), path])
    assert found == f"https://example.org{base}"


def test_the_base_hint_keeps_what_the_host_page_set(page: Page) -> None:
    found = page.evaluate("(body) => { const window = {__streamlit: {BACKEND_BASE_URL: 'https://host/x/'}};"
                          " new Function('location', 'window', body)({origin: 'https://example.org',"
                          " pathname: '/quick'}, window); return window.__streamlit.BACKEND_BASE_URL; }",
                          _hint_body())
    assert found == "https://host/x/"


def _hint_body() -> str:
    return BASE_HINT.decode().removeprefix("<script>").removesuffix("</script>")
