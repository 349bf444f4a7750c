"""The quick check as a person uses it: a first answer after at most eight answers, certainty
before and after, and the steps starting from the quick answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from advisor.case.models import Case, Gut
from advisor.judgement.quick import TRAVEL_LEVELS, QuickAnswers, apply_answers, quick_verdict
from advisor.sharing.codec import encode
from tests.browser.conftest import (
    assert_clean,
    changes_case,
    job_screen,
    nav,
    open_page,
    open_part,
    reload,
    slider_thumb,
    type_into,
    wait_idle,
    wait_stored,
)
from ui.shell.steps import JOB, QUICK

# What this person answers; the expected verdict is the model's for exactly these answers.
ANSWERS = QuickAnswers(gut=Gut.SKIP, interviews_so_far=1, similarity=6, financial_need=7, dread=6,
                       reason="daily_work", severity=8, travel=1)
REASON = "The daily work itself"


def _choose(page: Page, key: str, label: str) -> None:
    """Click an answer by its label, as a person does."""
    with changes_case(page):
        page.locator(f".st-key-{key}").get_by_text(label, exact=True).click()


def _slide(page: Page, key: str, steps: int) -> None:
    """Move a slider by the keyboard, one step a key press, as a person using arrows does."""
    thumb = slider_thumb(page, key)
    thumb.focus()
    for _ in range(steps):
        with changes_case(page):
            thumb.press("ArrowRight")


def _certainty(page: Page, prefix: str, answers: list[str]) -> None:
    keys = ("sure", "understand", "values", "support")
    for key, answer in zip(keys, answers, strict=True):
        _choose(page, f"{prefix}_sure_{key}", answer)


def _next(page: Page) -> None:
    """From the certainty questions to the eight questions."""
    page.get_by_role("button", name="Next: the eight questions").click()
    expect(page.get_by_role("heading", level=2, name="The questions")).to_be_visible()
    wait_idle(page)


def test_a_first_answer_after_at_most_eight_answers(page: Page, app_url: str,
                                                    record_property: Callable[[str, object], None]) -> None:
    open_page(page, f"{app_url}/{QUICK.url}")
    main = page.get_by_test_id("stMain")
    expect(page.get_by_role("heading", level=1, name="Quick check")).to_be_visible()

    # How sure before anything else, on a screen of its own: yes, no, no, yes.
    expect(page.get_by_role("heading", level=2, name="Before you start: how sure are you?")).to_be_visible()
    expect(main.get_by_role("heading", name="Your first answer")).to_have_count(0)  # no verdict in sight yet
    _certainty(page, "quick", ["Yes", "No", "No", "Yes"])
    expect(main.get_by_text("Yes to 2 of 4 so far.")).to_be_visible()
    _next(page)
    expect(main.get_by_text("At the start you said yes to 2 of 4.")).to_be_visible()
    expect(main.get_by_text("Choose what puts you off most (question 6)")).to_be_visible()

    given = 0
    expect(page.locator(".st-key-quick_gut").get_by_role("radio", checked=True)).to_have_count(0)  # none chosen yet
    _choose(page, "quick_gut", "Skip it")
    given += 1
    _slide(page, "quick_interviews_so_far", 1)  # none yet → one
    given += 1
    _slide(page, "quick_similarity", 1)  # 5 → 6
    given += 1
    _slide(page, "quick_financial_need", 2)  # 5 → 7
    given += 1
    _slide(page, "quick_dread", 1)  # 5 → 6
    given += 1
    expect(slider_thumb(page, "quick_severity")).to_be_disabled()  # nothing to rate before a reason
    with changes_case(page):
        page.locator(".st-key-quick_reason").get_by_role("radio", name=REASON, exact=True).click()
    given += 1
    expect(main.get_by_text("Sorted as core of the job: no offer changes it.")).to_be_visible()
    expect(slider_thumb(page, "quick_severity")).to_be_enabled()
    _slide(page, "quick_severity", 3)  # 5 → 8
    given += 1
    _slide(page, "quick_travel", 1)  # next to nothing → a short trip
    given += 1
    expect(slider_thumb(page, "quick_travel")).to_have_attribute("aria-valuetext", "A short trip and a little money")

    # The first answer: the model's verdict for these answers, how firm it is, the best option.
    expected = quick_verdict(apply_answers(Case(), ANSWERS))
    expect(page.get_by_role("heading", level=3, name=expected.title, exact=True)).to_be_visible()
    expect(main.get_by_text(expected.reason)).to_be_visible()
    expect(main.get_by_text(expected.firmness)).to_be_visible()
    expect(main.get_by_text(f"Your best option: {expected.best.title}")).to_be_visible()
    assert given <= 8
    record_property("answers_to_first_verdict", given)
    print(f"answers to a first verdict: {given}")
    assert_clean(page)

    # Refine it step by step: The job opens with the quick answers in place.
    main.get_by_role("link", name="Refine it step by step").click()
    page.wait_for_function("path => location.pathname === path", arg=f"/{JOB.url}")
    wait_idle(page)
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    expect(page.locator(".st-key-job_gut").get_by_role("radio", name="Skip it")).to_be_checked()
    type_into(page, "job_title", "Night porter", commit="Enter")  # the Verdict waits for a named job
    job_screen(page, "You and interviews")
    expect(page.locator(".st-key-job_interviews_so_far input")).to_have_value("1")
    expect(slider_thumb(page, "job_dread")).to_have_value("6")
    job_screen(page, "The job you really want")
    expect(slider_thumb(page, "job_similarity")).to_have_value("6")
    job_screen(page, "Date, travel and money")
    expect(slider_thumb(page, "job_financial_need")).to_have_value("7")
    expect(page.locator(".st-key-job_travel_hours input")).to_have_value("2.00")
    nav(page, "Why not")
    open_part(page, "Pick from common reasons")
    expect(page.locator(".st-key-why_catalog").get_by_role("button", name="The daily work itself", exact=True)
           ).to_have_attribute("aria-pressed", "true")

    # How sure at the verdict: one need is left, and the way to meet it is a link away.
    nav(page, "Verdict")
    expect(page.get_by_role("heading", level=2, name="How sure are you now?")).to_be_visible()
    expect(main.get_by_text("Answer the four questions to see how your certainty moved")).to_be_visible()
    _certainty(page, "verdict", ["Yes", "Yes", "No", "Yes"])
    expect(main.get_by_text("2 of 4 before → 3 of 4 now.")).to_be_visible()
    expect(main.get_by_text("You are unsure which sides matter most to you.")).to_be_visible()
    expect(main.get_by_role("link", name="Go to Weigh")).to_be_visible()
    _choose(page, "verdict_sure_values", "Yes")
    expect(main.get_by_text("2 of 4 before → 4 of 4 now.")).to_be_visible()
    expect(main.get_by_text("Four yeses: you feel ready to choose.")).to_be_visible()
    assert_clean(page)


@pytest.mark.parametrize("where", ["job", "sidebar"])
def test_the_quick_check_is_reachable_from_the_start(page: Page, app_url: str, where: str) -> None:
    open_page(page, f"{app_url}/{JOB.url}")
    if where == "job":
        page.get_by_test_id("stMain").get_by_role("link", name="Short of time? Take the quick check").click()
    else:
        links = page.get_by_test_id("stSidebarNav").get_by_role("link")
        expect(links.nth(1)).to_have_accessible_name("Quick check")  # first in the menu after the landing
        links.nth(1).click()
    page.wait_for_function("path => location.pathname === path", arg=f"/{QUICK.url}")
    wait_idle(page)
    expect(page.get_by_role("heading", level=1, name="Quick check")).to_be_visible()
    assert_clean(page)


def test_a_second_click_on_a_chosen_answer_keeps_it(page: Page, app_url: str) -> None:
    """As on a radio button: the answers are rows of buttons, and clicking the chosen one again
    must not leave the question unanswered."""
    open_page(page, f"{app_url}/{QUICK.url}")
    _choose(page, "quick_sure_sure", "No")
    _click_again(page, "quick_sure_sure", "No")
    _next(page)
    _choose(page, "quick_gut", "Go")
    _click_again(page, "quick_gut", "Go")
    page.reload()
    wait_idle(page)
    expect(page.locator(".st-key-quick_sure_sure").get_by_role("radio", name="No")).to_be_checked()
    _next(page)  # three questions are still unanswered: the page opens on them again
    expect(page.locator(".st-key-quick_gut").get_by_role("radio", name="Go")).to_be_checked()
    assert_clean(page)


def _click_again(page: Page, key: str, label: str) -> None:
    answer = page.locator(f".st-key-{key}").get_by_role("radio", name=label)
    answer.click()
    wait_idle(page)
    expect(answer).to_be_checked()


def test_four_answers_then_a_reload_opens_on_the_questions_and_change_goes_back(page: Page, app_url: str) -> None:
    """Someone coming back: once all four are answered, the check opens on its questions."""
    open_page(page, f"{app_url}/{QUICK.url}")
    _certainty(page, "quick", ["Yes", "Yes", "No", "Yes"])
    expect(page.get_by_role("heading", level=2, name="Before you start: how sure are you?")).to_be_visible()  # no jump
    reload(page)  # until the browser's report is in, a tap can be undone by the run it starts
    main = page.get_by_test_id("stMain")
    expect(page.get_by_role("heading", level=2, name="The questions")).to_be_visible()
    expect(main.get_by_text("At the start you said yes to 3 of 4.")).to_be_visible()
    main.get_by_role("button", name="Change your answers").click()
    expect(page.get_by_role("heading", level=2, name="Before you start: how sure are you?")).to_be_visible()
    wait_idle(page)
    _choose(page, "quick_sure_values", "Yes")
    _next(page)
    expect(main.get_by_text("At the start you said yes to 4 of 4.")).to_be_visible()
    assert_clean(page)


def test_not_sure_counts_once_chosen_and_is_never_chosen_for_you(page: Page, app_url: str) -> None:
    """A new case starts on "Not sure"; shown chosen, tapping it changed nothing and the verdict
    read it as the person's answer. Now nothing is chosen until they choose, "Not sure" included."""
    open_page(page, f"{app_url}/{JOB.url}")
    gut = page.locator(".st-key-job_gut")
    expect(gut.get_by_role("radio")).to_have_count(3)
    expect(gut.get_by_role("radio", checked=True)).to_have_count(0)
    _choose(page, "job_gut", "Not sure")
    expect(gut.get_by_role("radio", name="Not sure")).to_be_checked()
    assert wait_stored(page, lambda case: case.job.given("gut")).job.gut is Gut.UNSURE
    reload(page)
    expect(page.locator(".st-key-job_gut").get_by_role("radio", name="Not sure")).to_be_checked()


def test_the_game_plan_quotes_the_quick_travel_answer(page: Page, app_url: str) -> None:
    """Figures she never typed ("costs 12 (24 % of what you can spare)") are not put in her plan."""
    quick = apply_answers(Case(), ANSWERS)
    open_page(page, f"{app_url}/game_plan?case={encode(quick)}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(f"What going costs you, in your quick answer: “{TRAVEL_LEVELS[ANSWERS.travel]}”",
                            exact=False)).to_be_visible()
    expect(main.get_by_text("of what you can spare", exact=False)).to_have_count(0)
