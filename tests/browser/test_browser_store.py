"""The browser-storage bridge (ui/storage/browser_store.py) keeps data in the visitor's browser only.

Every test drives tests/browser/apps/store_app.py: what is typed survives a reload, a new tab,
a server restart; a fresh browser sees nothing; "Forget" clears it.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from harness.chromium import VIEWPORT
from harness.server import ROOT, streamlit_server
from tests.browser.conftest import open_page, wait_idle
from ui.storage.browser_store import STORE_PREFIX

APP = ROOT / "tests" / "browser" / "apps" / "store_app.py"
STORED = STORE_PREFIX + "text"


@pytest.fixture(scope="module")
def store_url() -> Iterator[str]:
    with streamlit_server(APP) as url:
        yield url


def open_store(page: Page, url: str) -> None:
    """Open the app and wait until the browser has reported what it holds."""
    open_page(page, url)
    page.wait_for_function("() => { const text = document.querySelector("
                           "'.st-key-store_loaded [data-testid=\"stText\"]')?.innerText;"
                           " return text !== undefined && !text.includes('waiting'); }")
    wait_idle(page)


def loaded(page: Page) -> Locator:
    return page.locator(".st-key-store_loaded [data-testid='stText']").first


def field(page: Page) -> Locator:
    return page.locator(".st-key-store_text input")


def stored(page: Page) -> str | None:
    value: str | None = page.evaluate("name => localStorage.getItem(name)", STORED)
    return value


def type_text(page: Page, text: str) -> None:
    """Type and commit ``text``; wait until the browser holds it."""
    field(page).fill(text)
    field(page).press("Tab")
    page.wait_for_function("([name, text]) => localStorage.getItem(name) === text", arg=[STORED, text])
    wait_idle(page)


def expect_back(page: Page, text: str) -> None:
    expect(loaded(page)).to_have_text(f"loaded: {text}")
    expect(field(page)).to_have_value(text)


def test_reload_keeps_the_text(page: Page, store_url: str) -> None:
    open_store(page, store_url)
    expect(loaded(page)).to_have_text("loaded: (nothing)")
    type_text(page, "kept over a reload")
    page.reload()
    wait_idle(page)
    expect_back(page, "kept over a reload")


def test_a_new_tab_keeps_the_text(context: BrowserContext, page: Page, store_url: str) -> None:
    open_store(page, store_url)
    type_text(page, "kept over a closed tab")
    page.close()
    again = context.new_page()
    open_page(again, store_url)
    expect_back(again, "kept over a closed tab")


def test_a_server_restart_keeps_the_text(browser: Browser) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        with streamlit_server(APP) as url:
            page = context.new_page()
            open_store(page, url)
            type_text(page, "kept over a restart")
            page.close()
        port = urlsplit(url).port
        assert port is not None
        with streamlit_server(APP, port=port) as again_url:
            assert again_url == url  # localStorage belongs to the origin: the same host and port
            page = context.new_page()
            open_page(page, again_url)
            expect_back(page, "kept over a restart")
    finally:
        context.close()


def test_a_fresh_browser_sees_nothing(page: Page, store_url: str) -> None:
    open_store(page, store_url)
    expect(loaded(page)).to_have_text("loaded: (nothing)")
    expect(field(page)).to_have_value("")
    assert stored(page) is None


def test_forget_clears_the_browser(page: Page, store_url: str) -> None:
    open_store(page, store_url)
    type_text(page, "to be forgotten")
    page.evaluate("() => localStorage.setItem('unrelated', 'stays')")
    page.get_by_role("button", name="Forget").click()
    page.wait_for_function("name => localStorage.getItem(name) === null", arg=STORED)
    wait_idle(page)
    expect(field(page)).to_have_value("")
    assert page.evaluate("() => localStorage.getItem('unrelated')") == "stays"
    page.reload()
    wait_idle(page)
    expect(loaded(page)).to_have_text("loaded: (nothing)")
    expect(field(page)).to_have_value("")


def test_a_browser_without_storage_is_told_so(page: Page, store_url: str) -> None:
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() {"
                         " throw new DOMException('storage is disabled', 'SecurityError'); }});")
    open_store(page, store_url)
    expect(loaded(page)).to_have_text("this browser does not keep data")
    field(page).fill("goes nowhere")
    field(page).press("Tab")
    expect(page.get_by_text("this browser could not keep the last change")).to_be_visible()
    wait_idle(page)


def test_a_full_storage_is_reported_and_recovers(page: Page, store_url: str) -> None:
    page.add_init_script("const set = Storage.prototype.setItem;"
                         " Storage.prototype.setItem = function (name, value) {"
                         f"  if (name === {STORED!r} && String(value).length > 10)"
                         "    throw new DOMException('full', 'QuotaExceededError');"
                         "  return set.call(this, name, value); };")
    open_store(page, store_url)
    type_text(page, "short")
    failed = page.get_by_text("this browser could not keep the last change")
    field(page).fill("far too long to fit")
    field(page).press("Tab")
    expect(failed).to_be_visible()
    wait_idle(page)
    assert stored(page) == "short"
    type_text(page, "fits again")
    expect(failed).to_have_count(0)
