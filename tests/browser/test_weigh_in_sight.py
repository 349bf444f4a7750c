"""Weighing in sight on a phone (390 × 844): the chart sits below all ten sliders, so the balance
in a line and a small bar stays at the top of the screen while a slider far down the list moves,
and follows it; chart labels in the person's own words never run into each other."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, FloatRect, Page, expect

from advisor.article.factors import FACTORS
from advisor.case.examples import example_case
from advisor.case.pros import Pro
from advisor.sharing.codec import encode
from tests.browser.conftest import PHONE, assert_clean, changes_case, open_page, phone_context, slider_thumb, wait_idle

IN_SIGHT = ".st-key-in_sight_weigh"
LONG_PROS = ("Working with the friendliest team in town and a café two minutes from the door",
             "A manager who answers e-mails within the hour, even on a Friday afternoon")


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A phone instead of the tier's desktop window; conftest's ``page`` opens in it."""
    yield from phone_context(browser, user_agent=None)


def _on_screen(page: Page, selector: str) -> FloatRect:
    """The element's box, once it lies wholly inside the viewport (as the person sees it)."""
    page.wait_for_function(
        """s => { const r = document.querySelector(s)?.getBoundingClientRect();
                  return !!r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
                         && r.left >= 0 && r.right <= window.innerWidth; }""", arg=selector)
    box = page.locator(selector).bounding_box()
    assert box is not None
    return box


def _balance(page: Page) -> str:
    found = re.search(r"Balance ([+-]\d\.\d\d)", page.locator(IN_SIGHT).inner_text())
    assert found, page.locator(IN_SIGHT).inner_text()
    return found.group(1)


def test_the_balance_stays_in_sight_while_a_slider_far_down_the_list_moves(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/weigh?case={encode(example_case())}")
    assert_clean(page)
    # Each slider is named by its argument alone: a screen reader hears no "**" or backslash
    # (Streamlit's slider joins its own label and its group's, the same words twice).
    for factor in FACTORS:
        thumb = slider_thumb(page, f"weigh_{factor.id}")
        expect(thumb).to_have_attribute("aria-label", factor.title)
        title = re.escape(factor.title)
        expect(thumb).to_have_accessible_name(re.compile(f"^{title}( {title})?$"))

    before = _balance(page)
    for key, press in (("weigh_attendance_cost", "End"), ("weigh_dread", "End")):
        thumb = slider_thumb(page, key)
        with changes_case(page):
            thumb.focus()  # by keyboard, as a person tabbing down the list
            thumb.press(press)
        balance = _on_screen(page, IN_SIGHT)
        slider = _on_screen(page, f".st-key-{key}")
        # in sight, below the header, and never over the slider being moved
        header = page.get_by_test_id("stHeader").bounding_box()
        assert header is not None and balance["y"] >= header["y"] + header["height"] - 1, (balance, header)
        assert balance["y"] + balance["height"] <= slider["y"] + 1, (balance, slider)
        now = _balance(page)
        assert now != before, (key, before, now)
        before = now
    # The page really scrolled: the first slider is off the screen, the balance is not.
    first = page.locator(".st-key-weigh_practice").bounding_box()
    assert first is not None and first["y"] + first["height"] < 0, first
    # The line says the same as the chart below.
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    title = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.title.text")
    assert f"Balance {before}" in title, (title, before)
    expect(page.get_by_role("progressbar")).to_have_count(1)
    assert_clean(page)


def test_long_own_pros_never_overprint_in_the_chart_and_are_whole_in_its_words(page: Page, app_url: str) -> None:
    pros = [Pro(id=n, label=text, weight=8) for n, text in enumerate(LONG_PROS)]
    open_page(page, f"{app_url}/weigh?case={encode(example_case().model_copy(update={'pros': pros}))}")
    wait_idle(page)
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .ytick').length >= 12")
    boxes = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot .ytick text')].map(t => {
        const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent]; })""")
    for index, (x0, y0, x1, y1, text) in enumerate(boxes):
        assert x0 >= 0 and x1 <= PHONE["width"], text
        for a0, b0, a1, b1, other in boxes[index + 1:]:
            assert x1 <= a0 or x0 >= a1 or y1 <= b0 or y0 >= b1, ("overprinted", text, other)
    words = page.get_by_text(re.compile("^Chart in words:"))
    for text in LONG_PROS:
        expect(words).to_contain_text(text)
    assert_clean(page)
