"""Nothing a visitor's browser does while using the app reaches a host but ours."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import BrowserContext, expect

from advisor.examples import example_case
from advisor.share import encode
from tests.browser.conftest import open_page
from ui.steps import ALL


def test_walking_every_page_asks_no_host_but_ours(context: BrowserContext, app_url: str) -> None:
    ours = urlparse(app_url).netloc
    asked: list[str] = []
    context.on("request", lambda request: asked.append(request.url))
    page = context.new_page()
    token = encode(example_case())
    for step in ALL:
        open_page(page, f"{app_url}/{step.url}?case={token}")
        expect(page.get_by_test_id("stMain")).to_be_visible()
    foreign = sorted({url for url in asked if urlparse(url).scheme in ("http", "https", "ws", "wss")
                      and urlparse(url).netloc != ours})
    assert not foreign, f"the browser asked other hosts: {foreign}"
    assert any(urlparse(url).netloc == ours for url in asked)
