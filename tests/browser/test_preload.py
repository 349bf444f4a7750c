"""A first visit fetches the code of the page's widgets with the page, before the app connects.

Without ``ui.serving.Preload`` the browser asks for a widget's script only once the server has
sent a widget of that kind, over the websocket; with it, the page itself names them.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Request, expect

from advisor.examples import example_case
from advisor.share import encode
from tests.browser.conftest import assert_clean, open_page
from ui.serving import CHUNKS, EVERY_PAGE
from ui.steps import ABOUT, QUICK, WHY_NOT, Step


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
    open_page(page, f"{app_url}/{QUICK.url}")
    assert scripts and all((request.response() or pytest.fail("no response")).ok for request in scripts)
    expect(page.get_by_test_id("stSlider").first).to_be_visible()
