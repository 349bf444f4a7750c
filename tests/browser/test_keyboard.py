"""The main flow by keyboard alone: Tab, Shift+Tab, Space, Enter, arrow keys and typing.

No mouse, no click(), fill() or focus(): every move below is a key press, as someone who
cannot use a pointer makes it. Locators are used only to read what the page shows.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from advisor.judgement.scoring import VERDICT_TITLES
from tests.browser.a11y_helpers import focused, tab_to
from tests.browser.conftest import assert_clean, changes_case, open_page, wait_idle
from ui.views.job_fields import SCREENS

TITLE = "Night-shift call agent"
ASK = "Day shifts only"
PILL = "The pay is too low"
PRACTICE = '.st-key-weigh_practice input[type="range"]'  # the first weight, as a CSS selector for tab_to


def _follow_next_link(page: Page, title: str, heading: str) -> None:
    """Tab to the "Next: <title>" link at the foot of the step and follow it with Enter."""
    tab_to(page, "a", f"Next: {title}")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible()
    wait_idle(page)
    assert_clean(page)


def test_main_flow_by_keyboard_alone(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/job")
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()

    # The job: Tab to the title, type it, Tab on (leaving the field commits it).
    tab_to(page, ".st-key-job_title input", "Job title")
    page.keyboard.type(TITLE)
    with changes_case(page):
        page.keyboard.press("Tab")
    expect(page.locator(".st-key-job_title input")).to_have_value(TITLE)
    # Shift+Tab goes back to the field just left (past its help button): the order is sane.
    tab_to(page, ".st-key-job_title input", "Job title", limit=3, backwards=True)
    # The job asks a screen of questions at a time: Enter on "Next: <screen>" walks them.
    for screen in SCREENS[1:]:
        tab_to(page, ".st-key-job_screen_next button", f"Next: {screen}")
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", level=2, name=screen, exact=True)).to_be_visible()
        wait_idle(page)
    _follow_next_link(page, "Why not", "Why not?")

    # Why not: a catalogue pill is a button, picked with Space.
    catalog_pill = '.st-key-why_catalog button'
    tab_to(page, catalog_pill, PILL)
    with changes_case(page):
        page.keyboard.press("Space")
    pill = page.locator(".st-key-why_catalog").get_by_role("button", name=PILL, exact=True)
    expect(pill).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("heading", name="Your reasons (1 of 20)")).to_be_visible()
    _follow_next_link(page, "Sort", "Negotiable, or the job itself?")

    # Sort: the pay is negotiable, so its card has an ask; type one and Tab on.
    tab_to(page, '[class*="st-key-sort_ask_"] input')
    page.keyboard.type(ASK)
    with changes_case(page):
        page.keyboard.press("Tab")
    expect(page.locator('[class*="st-key-sort_ask_"] input')).to_have_value(ASK)
    _follow_next_link(page, "Weigh", "Weigh the arguments")

    # Weigh: the first weight is a slider; an arrow key moves it and the case follows.
    thumb = page.locator(PRACTICE)
    tab_to(page, PRACTICE)
    start = int(thumb.input_value())
    key, expected = ("ArrowRight", start + 1) if start < 10 else ("ArrowLeft", start - 1)
    with changes_case(page):
        page.keyboard.press(key)
    expect(thumb).to_have_value(str(expected))
    expect(thumb).to_have_attribute("aria-valuetext", str(expected))
    assert focused(page, PRACTICE), "the slider lost focus"
    _follow_next_link(page, "Verdict", "The verdict")

    # Verdict: one verdict heading (whatever its level), about the job typed on the first page.
    verdicts = re.compile("^(" + "|".join(map(re.escape, VERDICT_TITLES.values())) + ")$")
    expect(page.get_by_test_id("stMain").get_by_role("heading", name=verdicts)).to_have_count(1)
    # The next step's message names the job typed on the first page.
    expect(page.locator(".st-key-verdict_next_move")).to_contain_text(f"for the {TITLE} role")
