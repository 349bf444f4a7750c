"""In a real browser, a failing page shows an apology and a way out, never a traceback."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from harness.server import ROOT, streamlit_server
from tests.browser.conftest import open_page, settled_box


def test_a_failing_page_apologises_and_offers_the_case(page: Page) -> None:
    with streamlit_server(ROOT / "tests" / "browser" / "apps" / "failing_app.py") as url:
        open_page(page, f"{url}/?case={encode(example_case())}", settled=False)
        expect(page.get_by_text("Sorry, something went wrong on this page.")).to_be_visible()
        body = page.inner_text("body")
        assert "secret internals" not in body and "Traceback" not in body
        assert page.locator('[data-testid="stException"]').count() == 0
        button = page.get_by_role("button", name="Download my case")
        expect(button).to_be_enabled()
        settled_box(page, button)
        with page.expect_download() as download:
            button.click()
        assert example_case().job.title in download.value.path().read_text()


def test_a_failing_callback_apologises_and_the_page_goes_on(page: Page) -> None:
    with streamlit_server(ROOT / "tests" / "browser" / "apps" / "failing_app.py") as url:
        open_page(page, f"{url}/?fail=callback&case={encode(example_case())}", settled=False)
        page.get_by_role("button", name="Change something").click()
        expect(page.get_by_text("Sorry, something went wrong with that change")).to_be_visible()
        expect(page.get_by_text("The page goes on.")).to_be_visible()
        body = page.inner_text("body")
        assert "secret internals" not in body and "Traceback" not in body
        assert page.locator('[data-testid="stException"]').count() == 0
