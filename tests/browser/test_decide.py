"""Deciding better: the options side by side, as a person sees them."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.judgement.options import evaluate_options
from advisor.sharing.codec import encode
from tests.browser.conftest import chart_data, nav, open_page, open_part, wait_chart_change, wait_idle


def test_the_verdict_shows_every_option_side_by_side(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/verdict?case={encode(example_case())}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Your options")).to_be_visible()
    options = evaluate_options(example_case())
    for option in options:
        expect(main.get_by_text(option.title, exact=True).first).to_be_visible()
    open_part(page, "The options as a chart")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length === 2 && "
                           "document.querySelectorAll('.js-plotly-plot')[1].data?.length > 0")
    bars = page.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot')[1].data[0].y)")
    assert list(reversed(bars)) == [o.title for o in options]
    expect(main).to_contain_text(f"Chart in words: {options[0].title}: {options[0].verdict.lower()}")


def test_a_pro_of_their_own_appears_in_the_chart_and_moves_the_balance(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/weigh?case={encode(example_case())}")
    before = chart_data(page)
    nav(page, "Why not")
    open_part(page, "Add something you like")
    field = page.locator(".st-key-why_pro_new input")
    field.fill("The team seemed friendly")
    field.press("Enter")
    expect(page.locator(".st-key-why_pro_0")).to_contain_text("The team seemed friendly")
    wait_idle(page)
    nav(page, "Weigh")
    after = wait_chart_change(page, before)
    bars = page.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot')[0].data[0].y)")
    assert "The team seemed friendly" in bars
    assert len(after) == len(before) + 1
