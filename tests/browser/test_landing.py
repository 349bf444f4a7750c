"""On a phone: the landing says what this is and offers two large ways in, a returning person is
offered their case first, the quick answer leads on in one tap; one progress count in the
sidebar and the page, for what was answered; a mentor is shown no count."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from advisor.case.examples import example_case
from advisor.documents.calendar import long_date
from advisor.editing.edits import set_job
from advisor.sharing.codec import encode
from tests.browser.conftest import (
    assert_clean,
    changes_case,
    open_page,
    phone_context,
    reload,
    slider_thumb,
    wait_idle,
    wait_stored,
)
from ui.shell.steps import DEBRIEF, GAME_PLAN, JOB, MENTOR, QUICK, WEIGH

STEP_NUMBER = re.compile(r"Step \d+ of \d+")
THUMB = 44  # px: the smallest target a finger hits reliably (WCAG 2.5.5, Apple's guidelines)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A phone: conftest's ``page`` opens in it."""
    yield from phone_context(browser)


def _choice(page: Page, name: str) -> Locator:
    link = page.get_by_test_id("stMain").get_by_role("link", name=name)
    expect(link).to_be_visible()
    box = link.bounding_box()
    assert box is not None and box["height"] >= THUMB, f"{name!r} is {box} on a phone"
    return link


def _tap_to(page: Page, link: Locator, url: str) -> None:
    link.tap()
    page.wait_for_function("path => location.pathname === path", arg=f"/{url}")
    wait_idle(page)


def test_the_landing_says_what_this_is_and_each_choice_is_large_and_does_what_it_says(
        page: Page, app_url: str) -> None:
    open_page(page, app_url)
    main = page.get_by_test_id("stMain")
    expect(page.get_by_role("heading", level=1, name="Interview Advisor")).to_be_visible()
    expect(main.get_by_text("Invited to an interview for a job you don't really want?")).to_be_in_viewport()
    expect(main.get_by_role("link", name="Continue where you left off")).to_have_count(0)  # nothing kept yet
    expect(main.get_by_text("4 questions on how sure you are, 8 about the job, and a first verdict")).to_be_visible()
    expect(main.get_by_text("Step by step: the job, your reasons")).to_be_visible()
    _choice(page, "The full worksheet")
    _tap_to(page, _choice(page, "A two-minute answer"), QUICK.url)
    expect(page.get_by_role("heading", level=1, name="Quick check")).to_be_visible()
    open_page(page, app_url)
    _tap_to(page, _choice(page, "The full worksheet"), JOB.url)
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    assert_clean(page)


def test_the_quick_answer_leads_to_the_game_plan_in_one_tap(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/{QUICK.url}?case={encode(example_case())}")
    page.get_by_role("button", name="Next: the eight questions").tap()
    expect(page.get_by_role("heading", level=2, name="Your first answer")).to_be_visible()
    wait_idle(page)
    _choice(page, "Refine it step by step")
    _tap_to(page, _choice(page, "Your game plan"), GAME_PLAN.url)
    expect(page.get_by_role("heading", level=1, name="Game plan")).to_be_visible()
    expect(page.get_by_text("Your verdict: Go for the practice and the contacts. This plan follows")).to_be_visible()
    assert_clean(page)


def test_a_returning_person_is_offered_their_case_first(context: BrowserContext, page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/{JOB.url}?case={encode(example_case())}")
    wait_stored(page, lambda case: case.job.title == example_case().job.title)
    again = context.new_page()  # the site opened again later, at its root
    open_page(again, app_url)
    main = again.get_by_test_id("stMain")
    choices = main.locator('[class*="st-key-choice_"]').get_by_role("link")
    expect(choices.first).to_have_accessible_name("Continue where you left off")
    expect(main.get_by_text("next comes the weights looked at, on Weigh")).to_be_visible()
    _tap_to(again, _choice(again, "Continue where you left off"), WEIGH.url)
    expect(again.get_by_role("heading", level=1, name="Weigh the arguments")).to_be_visible()
    assert_clean(again)


def test_someone_back_after_the_interview_is_asked_first_how_it_went(
        context: BrowserContext, page: Page, app_url: str) -> None:
    """A week after the interview, the site opened again at its root: what comes first is telling
    how it went, not the step where the preparation stopped."""
    day = datetime.date.today() - datetime.timedelta(days=7)
    open_page(page, f"{app_url}/{JOB.url}?case={encode(set_job(example_case(), 'interview_date', day))}")
    wait_stored(page, lambda case: case.job.interview_date == day)
    again = context.new_page()
    open_page(again, app_url)
    choices = again.get_by_test_id("stMain").locator('[class*="st-key-choice_"]').get_by_role("link")
    expect(choices.first).to_have_accessible_name("How did the interview go?")
    expect(choices.nth(1)).to_have_accessible_name("Continue where you left off")
    expect(again.get_by_text(f"Your interview on {long_date(day)} is behind you")).to_be_visible()
    _tap_to(again, _choice(again, "How did the interview go?"), DEBRIEF.url)
    expect(again.get_by_role("heading", level=1, name="After the interview")).to_be_visible()
    assert_clean(again)


def test_the_page_and_the_sidebar_count_the_same_and_weigh_is_ticked_only_once_used(
        page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/{WEIGH.url}?case={encode(example_case())}")
    main, sidebar = page.get_by_test_id("stMain"), page.get_by_test_id("stSidebar")
    header = "Your case: {} of 5 answered · on this page, the weights looked at: {}"
    expect(main.get_by_text(header.format(3, "not yet"))).to_be_visible()
    expect(sidebar.get_by_text("3 of 5 answered")).to_have_count(1)
    expect(sidebar.get_by_role("listitem").filter(has_text="The weights looked at")).to_have_text(
        "radio_button_unchecked The weights looked at: not yet")
    expect(page.get_by_text(STEP_NUMBER)).to_have_count(0)
    thumb = slider_thumb(page, "weigh_practice")
    with changes_case(page):
        thumb.focus()
        thumb.press("ArrowRight")
    # The sliders rerun on their own, so the person keeps their place (and focus); the count
    # follows at the page's next run, in the header and the sidebar alike.
    wait_stored(page, lambda kept: kept.weights["practice"] != example_case().weights["practice"])
    reload(page)
    expect(main.get_by_text(header.format(4, "yes"))).to_be_visible()
    expect(sidebar.get_by_text("4 of 5 answered")).to_have_count(1)
    expect(sidebar.get_by_role("listitem").filter(has_text="The weights looked at")).to_have_text(
        "check_circle The weights looked at: yes")
    assert_clean(page)


def test_a_mentor_sees_no_step_numbers_and_no_count(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/{MENTOR.url}?review={encode(example_case())}")
    for url in (MENTOR.url, WEIGH.url, JOB.url):
        if url != MENTOR.url:
            open_page(page, f"{app_url}/{url}?review={encode(example_case())}")
        body = page.inner_text("body")
        assert not STEP_NUMBER.search(body) and "answered" not in body and " of 5" not in body, url
    assert_clean(page)


def test_on_a_phone_answers_are_a_fingers_height_and_no_field_asks_for_an_enter_key(page: Page, app_url: str) -> None:
    """The quick check's answers are tapped, so each is at least a thumb's height; a text field on a
    phone applies what was typed when the finger leaves it, and says nothing of a Ctrl+Enter the
    phone has no key for (the hint covered the last line typed)."""
    open_page(page, f"{app_url}/{QUICK.url}")
    answers = page.get_by_test_id("stMain").locator('[data-testid="stButtonGroup"] button')
    expect(answers.first).to_be_visible()
    heights = [box["height"] for box in (answer.bounding_box() for answer in answers.all()) if box is not None]
    assert len(heights) >= 8 and min(heights) >= THUMB, heights
    open_page(page, f"{app_url}/{JOB.url}")
    activity = page.locator(".st-key-job_activity textarea")
    activity.tap()
    activity.press_sequentially("Calling customers about their bills")
    expect(page.get_by_test_id("InputInstructions")).to_have_count(1)  # Streamlit draws it ...
    expect(page.get_by_test_id("InputInstructions")).to_be_hidden()  # ... and a phone does not show it
