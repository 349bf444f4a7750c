"""Browser tier: Debian's Chromium driven by Playwright against a real server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.browser.server import ROOT, streamlit_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with streamlit_server(ROOT / "app.py") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                  accept_downloads=True)
    yield context
    context.close()


class Errors(list[str]):
    """Page errors and console errors collected while a test runs."""


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


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    wait_idle(page)
    page.wait_for_selector('[data-testid="stMain"]')


def assert_clean(page: Page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.inner_text("body")


def chart_data(page: Page, index: int = 0) -> Any:
    page.wait_for_function(
        "i => document.querySelectorAll('.js-plotly-plot')[i]?.data?.length > 0", arg=index)
    return page.evaluate("i => document.querySelectorAll('.js-plotly-plot')[i].data[0].x",
                         index)
