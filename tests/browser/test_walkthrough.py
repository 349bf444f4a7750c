"""A new user's whole walk through the steps, by mouse and keyboard, as a person does it."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from advisor.judgement.scoring import VERDICT_TITLES
from tests.browser.conftest import (
    assert_clean,
    changes_case,
    chart_data,
    nav,
    open_page,
    open_part,
    reload,
    slider_thumb,
    type_into,
    wait_chart_change,
    wait_idle,
)

TITLE = "Warehouse picker (weekends)"
ACTIVITY = "Picking and packing orders in a cold warehouse"
OWN_REASON = "Standing on my feet all day"
ASK = "Weekday shifts only"


def _reason_cards(page: Page) -> int:
    return page.locator('[class*="st-key-why_reason_"]').count()


def test_new_user_walks_through_every_step(page: Page, app_url: str) -> None:
    open_page(page, app_url)
    page.get_by_test_id("stMain").get_by_role("link", name="The full worksheet").click()
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    wait_idle(page)
    expect(page.get_by_test_id("stSidebar").get_by_text("0 of 5 answered")).to_be_visible()

    # 1. The job: a title (Enter commits a text input) and the main activity (Tab commits).
    type_into(page, "job_title", TITLE, commit="Enter")
    type_into(page, "job_activity", ACTIVITY)
    expect(page.locator(".st-key-job_title input")).to_have_value(TITLE)
    expect(page.get_by_test_id("stSidebar").get_by_text("1 of 5 answered")).to_be_visible()

    # 2. Why not, through the sidebar: two common reasons and one in their own words.
    nav(page, "Why not")
    expect(page.get_by_role("heading", level=1, name="Why not?")).to_be_visible()
    catalog = page.locator(".st-key-why_catalog")
    for label in ("The pay is too low", "The shifts or hours"):
        pill = catalog.get_by_role("button", name=label, exact=True)
        with changes_case(page):
            pill.click()
        expect(pill).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("heading", name="Your reasons (2 of 20)")).to_be_visible()
    open_part(page, "Add a reason in your own words")
    with changes_case(page):
        page.locator(".st-key-why_new input").fill(OWN_REASON)
        page.get_by_role("button", name="Add reason").click()
    expect(page.get_by_role("heading", name="Your reasons (3 of 20)")).to_be_visible()
    expect(page.locator(".st-key-why_new input")).to_have_value("")
    for label in ("The pay is too low", "The shifts or hours"):
        expect(catalog.get_by_role("button", name=label, exact=True)).to_have_attribute("aria-pressed", "true")
    main = page.get_by_test_id("stMain")
    for label in ("The pay is too low", "The shifts or hours", OWN_REASON):
        expect(main.locator('[class*="st-key-why_reason_"]').get_by_text(label, exact=True)).to_be_visible()
    assert _reason_cards(page) == 3
    assert_clean(page)

    # 3. Sort, through the "Next" link: move one reason to the core, write an ask for another.
    page.get_by_role("link", name="Next: Sort").click()
    expect(page.get_by_role("heading", level=1, name="Negotiable, or the job itself?")).to_be_visible()
    wait_idle(page)
    # Their own reason names the work itself, so it arrives sorted as core, saying why.
    expect(page.get_by_role("heading", name="Negotiable (2)")).to_be_visible()
    expect(page.get_by_role("heading", name="Core of the job (1)")).to_be_visible()
    own_card = page.locator('[class*="st-key-sort_card_"]').filter(has_text=OWN_REASON)
    expect(own_card).to_contain_text("the work itself")
    with changes_case(page):
        own_card.get_by_role("button", name="Move to negotiable").click()
    expect(page.get_by_role("heading", name="Negotiable (3)")).to_be_visible()
    with changes_case(page):
        page.locator('[class*="st-key-sort_card_"]').filter(has_text=OWN_REASON).get_by_role(
            "button", name="Move to core of the job").click()
    expect(page.get_by_role("heading", name="Core of the job (1)")).to_be_visible()
    expect(page.get_by_role("heading", name="Negotiable (2)")).to_be_visible()
    expect(page.locator('[class*="st-key-sort_card_"]').filter(has_text=OWN_REASON)
           .get_by_role("button", name="Move to negotiable")).to_be_visible()
    pay_card = page.locator('[class*="st-key-sort_card_"]').filter(has_text="The pay is too low")
    ask = pay_card.locator('[class*="st-key-sort_ask_"] input')
    with changes_case(page):
        ask.fill(ASK)
        ask.press("Tab")
    expect(ask).to_have_value(ASK)
    assert_clean(page)

    # 4. Weigh: the chart follows a weight moved by keyboard.
    nav(page, "Weigh")
    expect(page.get_by_test_id("stSlider")).to_have_count(10)
    before = chart_data(page)
    assert len(before) == 10
    thumb = slider_thumb(page, "weigh_practice")
    start = int(thumb.input_value())
    assert start < 9
    thumb.focus()
    with changes_case(page):
        thumb.press("ArrowRight")
    expect(thumb).to_have_value(str(start + 1))
    one_up = wait_chart_change(page, before)
    assert max(one_up) > max(before), "a heavier pro must make the largest bar for going larger"
    with changes_case(page):
        thumb.press("End")
    expect(thumb).to_have_value("10")
    after = wait_chart_change(page, one_up)
    assert max(after) > max(one_up)
    assert_clean(page)

    # 5. Verdict: a chart and a verdict. The count follows at this page's run (the sliders rerun
    # alone); Sort stays open: "The shifts or hours" is negotiable and has no ask yet.
    nav(page, "Verdict")
    expect(page.get_by_test_id("stSidebar").get_by_text("3 of 5 answered")).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible()
    assert len(chart_data(page)) == 10
    verdicts = re.compile("^(" + "|".join(map(re.escape, VERDICT_TITLES.values())) + ")$")
    expect(page.get_by_role("heading", level=2, name=verdicts)).to_have_count(1)
    # The next step's message names the job typed on the first page.
    expect(page.locator(".st-key-verdict_next_move")).to_contain_text(f"for the {TITLE} role")
    assert_clean(page)

    # 6. Back to the job: the answers are still there, and still there after a reload.
    nav(page, "The job")
    expect(page.locator(".st-key-job_title input")).to_have_value(TITLE)
    expect(page.locator(".st-key-job_activity textarea")).to_have_value(ACTIVITY)
    assert "case=" in page.url
    reload(page)
    expect(page.locator(".st-key-job_title input")).to_have_value(TITLE)
    expect(page.locator(".st-key-job_activity textarea")).to_have_value(ACTIVITY)
    nav(page, "Weigh")
    expect(slider_thumb(page, "weigh_practice")).to_have_value("10")
    nav(page, "Sort")
    expect(page.get_by_role("heading", name="Core of the job (1)")).to_be_visible()
    expect(page.locator('[class*="st-key-sort_ask_"] input').first).to_have_value(ASK)
    assert_clean(page)


def test_user_changes_their_mind_about_reasons(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/sort")
    expect(page.get_by_text("There is nothing to sort yet")).to_be_visible()
    page.get_by_test_id("stMain").get_by_role("link", name="Go to Why not").click()
    expect(page.get_by_role("heading", level=1, name="Why not?")).to_be_visible()
    wait_idle(page)

    # An empty own reason is refused with a message.
    open_part(page, "Add a reason in your own words")
    page.get_by_role("button", name="Add reason").click()
    expect(page.get_by_text("Write the reason first, then press Add.")).to_be_visible()
    wait_idle(page)

    # A pill clicked twice adds the reason and takes it away again.
    pill = page.locator(".st-key-why_catalog").get_by_role("button", name="The commute", exact=True)
    with changes_case(page):
        pill.click()
    expect(page.get_by_role("heading", name="Your reasons (1 of 20)")).to_be_visible()
    with changes_case(page):
        page.locator(".st-key-why_new input").fill(OWN_REASON)
        page.locator(".st-key-why_new input").press("Enter")
    expect(page.get_by_role("heading", name="Your reasons (2 of 20)")).to_be_visible()
    expect(page.get_by_text("Write the reason first, then press Add.")).to_have_count(0)
    expect(pill).to_have_attribute("aria-pressed", "true")
    with changes_case(page):
        pill.click()
    expect(page.get_by_role("heading", name="Your reasons (1 of 20)")).to_be_visible()
    expect(pill).to_have_attribute("aria-pressed", "false")
    cards = page.locator('[class*="st-key-why_reason_"]')
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text(OWN_REASON)

    # The Remove button takes away the own reason.
    with changes_case(page):
        cards.first.get_by_role("button", name="Remove").click()
    expect(page.get_by_role("heading", name="Your reasons (0 of 20)")).to_be_visible()
    expect(page.get_by_text("No reasons yet.")).to_be_visible()
    assert_clean(page)
