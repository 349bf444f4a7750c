"""Every label can be read in full: no checkbox or button text is cut short with an ellipsis.

Streamlit 1.67 truncates a checkbox or button label that sits directly in a column unless the
widget asks to wrap; the Game plan's checklist items and the journal's buttons were cut short
at ordinary laptop widths until they did.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, open_page, wait_idle
from ui.shell.steps import ALL, JOURNAL

# Visible text, in the page or an open sidebar, that overflows its box into an ellipsis.
_CUT_SHORT = """() => Array.from(document.querySelectorAll(
    '[data-testid="stMain"] *, [data-testid="stSidebar"][aria-expanded="true"] *'))
  .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).textOverflow === 'ellipsis'
                 && e.scrollWidth > e.clientWidth + 1)
  .map((e) => e.textContent.trim().slice(0, 80))
  .filter((text) => text !== '')"""

WIDTHS: tuple[ViewportSize, ...] = ({"width": 1024, "height": 800}, {"width": 1400, "height": 1000})


@pytest.fixture(params=WIDTHS, ids=lambda size: f"{size['width']}px")
def context(request: pytest.FixtureRequest, browser: Browser) -> Iterator[BrowserContext]:
    """A window of each width; conftest's ``page`` opens in it."""
    context = browser.new_context(viewport=request.param)
    yield context
    context.close()


def _cut_short(page: Page) -> list[str]:
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_clean(page)
    found: list[str] = page.evaluate(_CUT_SHORT)
    return found


def test_no_label_is_cut_short_on_any_page(page: Page, app_url: str) -> None:
    token = encode(example_case())
    cut: dict[str, list[str]] = {}
    for step in ALL:
        open_page(page, f"{app_url}/{step.url}?case={token}")
        cut[step.title] = _cut_short(page)
    # the journal with an entry, whose row has its own buttons
    open_page(page, f"{app_url}/{JOURNAL.url}?case={token}")
    page.get_by_role("button", name="Add the current case").click()
    expect(page.get_by_text("This case is in your journal.")).to_be_visible()
    wait_idle(page)
    cut["My interviews, one entry"] = _cut_short(page)
    cut = {title: labels for title, labels in cut.items() if labels}
    assert not cut, f"labels cut short: {cut}"
