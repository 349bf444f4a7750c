"""A phone-sized screen (390 × 844, touch): navigation, sliders and the chart all work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.editing.edits import set_answers
from advisor.editing.reviews import set_review_weight, start_review
from advisor.sharing.codec import decode, encode
from tests.browser.conftest import (
    PHONE,
    assert_clean,
    changes_case,
    chart_data,
    open_page,
    open_part,
    phone_context,
    wait_idle,
)
from tests.unit.panel.build import person
from ui.shell.steps import ALL

SLACK = 2  # px: sub-pixel rounding of scrollbars and borders


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A phone instead of the tier's desktop window; conftest's ``page`` opens in it."""
    yield from phone_context(browser)


def _fits_width(page: Page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + SLACK, f"the page scrolls sideways: {width} px wide"


def test_phone_navigation_sliders_and_chart(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/?case={encode(example_case())}")
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    _fits_width(page)

    # The sidebar starts collapsed; its expand control in the header opens it.
    expand = page.get_by_test_id("stExpandSidebarButton")
    expect(expand).to_be_visible()
    expect(expand).to_have_attribute("aria-expanded", "false")
    weigh_link = page.get_by_test_id("stSidebar").get_by_role("link", name="Weigh", exact=True)
    expect(weigh_link).not_to_be_in_viewport()
    expand.tap()
    expect(weigh_link).to_be_in_viewport()
    weigh_link.tap()
    expect(page.get_by_role("heading", level=1, name="Weigh the arguments")).to_be_visible()
    wait_idle(page)
    assert_clean(page)
    # Choosing a page closes the sidebar again, so the page itself is readable.
    expect(weigh_link).not_to_be_in_viewport()
    _fits_width(page)

    # A slider moved by dragging its thumb with a finger-sized pointer.
    slider = page.locator(".st-key-weigh_practice")
    thumb = slider.locator('input[type="range"]')
    start = int(thumb.input_value())
    handle = slider.get_by_test_id("stSliderThumbValue").locator("..")
    track = slider.locator('[data-orientation="horizontal"]').last
    slider.scroll_into_view_if_needed()
    handle_box, track_box = handle.bounding_box(), track.bounding_box()
    assert handle_box and track_box
    assert track_box["x"] >= 0 and track_box["x"] + track_box["width"] <= PHONE["width"] + SLACK
    y = handle_box["y"] + handle_box["height"] / 2
    to_x = track_box["x"] + (0.05 if start > 5 else 0.95) * track_box["width"]
    with changes_case(page):
        page.mouse.move(handle_box["x"] + handle_box["width"] / 2, y)
        page.mouse.down()
        page.mouse.move(to_x, y, steps=8)
        page.mouse.up()
    expect(thumb).not_to_have_value(str(start))
    moved = int(thumb.input_value())
    assert (moved < start) if start > 5 else (moved > start), (start, moved)

    # Verdict, by the "Next" link: the chart is drawn and fits the screen.
    page.get_by_role("link", name="Next: Verdict").tap()
    expect(page.get_by_role("heading", level=1, name="The verdict")).to_be_visible()
    wait_idle(page)
    assert_clean(page)
    chart = page.locator(".js-plotly-plot").first
    assert len(chart_data(page)) == 10
    chart.scroll_into_view_if_needed()
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None
    assert box["width"] > PHONE["width"] / 2, f"the chart is squeezed: {box}"
    assert box["x"] >= -SLACK and box["x"] + box["width"] <= PHONE["width"] + SLACK, box
    _fits_width(page)


def _reviewed(name: str) -> str:
    """The example case with a review by ``name`` in it, as a send-back link carries it."""
    case = set_review_weight(start_review(example_case(), name), name, "dread", 9)
    return encode(case)


def test_a_mentor_on_a_phone_copies_the_send_back_link_with_a_plain_button(page: Page, app_url: str,
                                                                            context: BrowserContext) -> None:
    """A phone has no hover, so the link comes with a plain button that copies it."""
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    open_page(page, f"{app_url}/mentor?review={encode(example_case())}")
    page.locator(".st-key-mentor_name input").fill("Sam")
    page.get_by_role("button", name="Start my review").click()
    wait_idle(page)
    open_part(page, "The send-back link itself, to copy")
    copy = page.locator(".st-key-mentor_copy_reply").get_by_role("button", name="Copy link")
    copy.scroll_into_view_if_needed()
    expect(copy).to_be_visible()
    copy.tap()
    expect(page.locator(".st-key-mentor_copy_reply")).to_contain_text("Copied.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "/mentor?reply=" in copied
    assert [r.mentor for r in decode(copied.split("reply=")[1]).reviews] == ["Sam"]
    assert_clean(page)


def test_the_comparison_legend_never_covers_the_axis_text_on_a_phone(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/mentor?reply={_reviewed('Ada Lovelace-Byron')}")
    chart = page.locator(".st-key-mentor_compare .js-plotly-plot")
    chart.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.st-key-mentor_compare .legend') !== null")
    boxes = page.evaluate("""() => {
        const root = document.querySelector('.st-key-mentor_compare');
        const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        return { legend: box(root.querySelector('.legend')),
                 texts: [...root.querySelectorAll('.xtick text, .ytick text, .xtitle, .g-xtitle text')].map(box) };
    }""")
    left, top, right, bottom = boxes["legend"]
    for x0, y0, x1, y1 in boxes["texts"]:
        assert x1 <= left or x0 >= right or y1 <= top or y0 >= bottom, (boxes["legend"], (x0, y0, x1, y1))
    _fits_width(page)


def test_no_link_between_pages_is_cut_off_on_a_phone(page: Page, app_url: str) -> None:
    """A link's label stays on one line in Streamlit; one too long for a phone loses its end."""
    case = encode(example_case())
    for step in ALL:
        open_page(page, f"{app_url}/{step.url}?case={case}")
        cut = page.evaluate("""() => [...document.querySelectorAll(
                '[data-testid="stMain"] [data-testid="stPageLink-NavLink"], '
                + '[data-testid="stMain"] [data-testid="stPageLink-NavLink"] *')]
            .filter(e => e.scrollWidth > e.clientWidth + 2 && getComputedStyle(e).overflowX !== 'visible')
            .map(e => e.textContent)""")
        assert not cut, (step.title, cut)


def test_an_objection_to_the_employer_that_only_the_pay_answers_is_told_to_decline(page: Page, app_url: str) -> None:
    """The review's designer invited to a payday lender, on his phone, with his journey given: he was
    told "Close call" at +0.03, as if the pay he would only get by doing the job he objects to could
    hold up going. Now the verdict is to decline, the why says so in its first sentence, and the next
    step is the decline itself."""
    ciaran = set_answers(person("ciaran_payday_app"), {"travel_hours": 2, "travel_cost": 20, "spare_money": 50})
    open_page(page, f"{app_url}/verdict?case={encode(ciaran)}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Skip it")).to_be_visible()
    expect(main.get_by_text("what would tip it towards going comes only with the job you object to",
                            exact=False)).to_be_visible()
    expect(main.get_by_text("Not settled yet", exact=False)).to_have_count(0)
    expect(main.get_by_text("Without what only the job gives: -0.23, somewhat towards skipping; that makes it a skip",
                            exact=False)).to_be_visible()
    move = page.locator(".st-key-verdict_next_move")
    expect(move).to_contain_text("Your next step: Decline warmly, today")
    expect(move).to_contain_text("I've thought it over and decided not to go ahead")
    _fits_width(page)
    assert_clean(page)
