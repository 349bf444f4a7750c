"""Every edit kept: a slider moved on any page is in this browser's store before the tab closes.

Weigh reruns only its fragment when a slider moves, and the storage bridge sits in the sidebar,
outside it: before the fragment wrote the store itself, a weight moved there was gone once the
tab closed. Each case here moves one slider by keyboard, as a person does, closes the tab, opens
the site again in a new tab of the same browser and finds the value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from advisor.case.certainty import Certainty
from advisor.case.debrief import Debrief
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import encode
from tests.browser.conftest import PHONE, job_screen, nav, open_page, open_part, slider_thumb, wait_idle, wait_stored
from ui.storage.browser_store import STORE_PREFIX

CASE_ENTRY = STORE_PREFIX + "case"
EXAMPLE = example_case().model_copy(update={
    "certainty": Certainty(before=[True, False, True, False]), "debrief": Debrief()})


@dataclass(frozen=True)
class Slider:
    page: str  # the sidebar's name of the page
    key: str  # the slider's widget key
    part: str | None  # the closed part of the page that holds it
    card: str | None  # the key of the card that holds that part, where several cards have one
    kept: Callable[[Case], int]  # the value as the case keeps it


SLIDERS = [
    Slider("The job", "job_dread", "You and interviews", None, lambda c: c.job.dread),
    Slider("Why not", "why_sev_0", "Change how much each bothers you", None, lambda c: c.reasons[0].severity),
    Slider("Sort", "sort_odds_0", "Your walk-away line and the odds", "sort_card_0",
           lambda c: c.reasons[0].odds),
    Slider("Weigh", "weigh_practice", None, None, lambda c: c.weights["practice"]),
    Slider("Quick check", "quick_financial_need", None, None, lambda c: c.job.financial_need),
    Slider("After the interview", "debrief_stress", None, None, lambda c: c.debrief.stress if c.debrief else -1),
]


def _open(page: Page, url: str, slider: Slider) -> None:
    open_page(page, url)
    nav(page, slider.page)
    if slider.page == "The job" and slider.part is not None:
        job_screen(page, slider.part)
    elif slider.part is not None:
        open_part(page, slider.part, page.locator(f".st-key-{slider.card}") if slider.card else None)


@pytest.mark.parametrize("slider", SLIDERS, ids=[s.key for s in SLIDERS])
def test_a_slider_moved_then_the_tab_closed_keeps_its_value(context: BrowserContext, app_url: str,
                                                             slider: Slider) -> None:
    page = context.new_page()
    open_page(page, f"{app_url}/?case={encode(EXAMPLE)}")
    _open(page, app_url, slider)
    thumb = slider_thumb(page, slider.key)
    before = int(thumb.input_value())
    thumb.focus()
    thumb.press("Home" if before else "End")
    moved = 0 if before else int(thumb.get_attribute("aria-valuemax") or 0)
    expect(thumb).to_have_value(str(moved))
    wait_idle(page)
    wait_stored(page, lambda case: slider.kept(case) == moved)
    page.close()

    again = context.new_page()
    _open(again, app_url, slider)
    expect(slider_thumb(again, slider.key)).to_have_value(str(moved))
    again.close()


def test_on_a_phone_a_weight_stays_kept_when_the_menu_is_opened_after_it(browser: Browser, app_url: str) -> None:
    """On a phone the menu (and the store's bridge in it) is folded away: opening it after a
    weight moved must not write the case as it was before the move."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_page(page, f"{app_url}/weigh?case={encode(EXAMPLE)}")
        thumb = slider_thumb(page, "weigh_dread")
        thumb.focus()
        thumb.press("End")
        expect(thumb).to_have_value("10")
        wait_idle(page)
        wait_stored(page, lambda case: case.weights["dread"] == 10)
        page.get_by_test_id("stExpandSidebarButton").click()
        expect(page.get_by_test_id("stSidebar").get_by_role("link", name="Weigh", exact=True)).to_be_visible()
        wait_idle(page)
        page.close()
        again = context.new_page()
        open_page(again, f"{app_url}/weigh")
        expect(slider_thumb(again, "weigh_dread")).to_have_value("10")
    finally:
        context.close()


def test_a_mentors_review_survives_a_closed_tab(context: BrowserContext, app_url: str) -> None:
    """A mentor's review lives in their own browser too: a slider moved on Mentor review, the tab
    closed, the site opened again without the link, and the review is one click away."""
    page = context.new_page()
    open_page(page, f"{app_url}/mentor?review={encode(example_case())}")
    page.locator(".st-key-mentor_name input").fill("Sam")
    page.get_by_role("button", name="Start my review").click()
    thumb = slider_thumb(page, "mentor_w_0_dread")
    thumb.focus()
    thumb.press("End")
    expect(thumb).to_have_value("10")
    wait_idle(page)
    page.wait_for_function("name => (localStorage.getItem(name) || '').includes('\"dread\":10')",
                           arg=STORE_PREFIX + "reviewing")
    page.close()

    again = context.new_page()
    open_page(again, app_url)
    again.get_by_role("button", name="Continue my review of the owner’s case").click()
    expect(again.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()
    expect(slider_thumb(again, "mentor_w_0_dread")).to_have_value("10")
    again.close()
