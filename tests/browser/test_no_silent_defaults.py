"""No verdict from nothing, no silent defaults (issue 31, point 6), as a new person meets them:
the Verdict waits for the job and a reason, then names each answer it took as a middle value,
one click from the part of the job page that asks it."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.models import Case
from advisor.editing.edits import add_reason, set_job
from advisor.sharing.codec import encode
from tests.browser.conftest import (
    assert_clean,
    changes_case,
    job_screen,
    nav,
    open_page,
    slider_thumb,
    type_into,
    wait_idle,
    wait_stored,
)
from tests.unit.panel.build import torn_tomasz

CURIOSITY = "How curious are you about this industry? (The job you really want)"
SELLING = "How hard do you find it to sell yourself?"


def test_the_verdict_waits_for_answers_and_names_its_middle_values(page: Page, app_url: str) -> None:
    open_page(page, app_url)
    main = page.get_by_test_id("stMain")

    # A fresh case: the Verdict says what it needs, and shows no verdict.
    nav(page, "Verdict")
    expect(main.get_by_text("No verdict yet.", exact=False)).to_be_visible()
    expect(main.get_by_role("link", name="Name the job on The job")).to_be_visible()
    expect(main.get_by_role("link", name="Add a reason on Why not")).to_be_visible()
    expect(main.get_by_test_id("stMetric")).to_have_count(0)
    expect(main.locator(".js-plotly-plot")).to_have_count(0)
    expect(main.get_by_role("heading", name="Your options")).to_have_count(0)

    # The job, named through the guidance's own link; one reason on Why not.
    main.get_by_role("link", name="Name the job on The job").click()
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    wait_idle(page)
    type_into(page, "job_title", "Night porter", commit="Enter")
    nav(page, "Why not")
    pill = page.locator(".st-key-why_catalog").get_by_role("button", name="The pay is too low", exact=True)
    with changes_case(page):
        pill.click()

    # Now a verdict, with every answer it took as a middle value listed.
    nav(page, "Verdict")
    expect(main.get_by_role("heading", name="Your options")).to_be_visible()
    expect(main.get_by_text("This verdict takes middle values for 12 answers you have not given yet")).to_be_visible()
    expect(main.get_by_text("Not settled yet: it takes middle values for 12 questions", exact=False)).to_be_visible()
    expect(main.get_by_role("button", name=CURIOSITY)).to_be_visible()

    # One click leads to the job page with that question's part open.
    main.get_by_role("button", name=CURIOSITY).click()
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    wait_idle(page)
    thumb = slider_thumb(page, "job_curiosity")
    expect(thumb).to_be_visible()
    expect(thumb).to_have_value("5")
    with changes_case(page):
        thumb.focus()
        thumb.press("ArrowRight")
    expect(thumb).to_have_value("6")
    expect(main.get_by_text("The job you really want · 3 questions not answered yet")).to_be_visible()

    # Back on the Verdict, the answer given is no longer taken as a middle value.
    nav(page, "Verdict")
    expect(main.get_by_text("This verdict takes middle values for 11 answers you have not given yet")).to_be_visible()
    expect(main.get_by_role("button", name=CURIOSITY)).to_have_count(0)
    expect(main.get_by_role("button", name="Years of work experience (The job you really want)")).to_be_visible()
    assert_clean(page)


def test_a_verdict_one_open_answer_could_turn_says_so_until_it_is_given(page: Page, app_url: str) -> None:
    """Someone back with a case that lacks one answer, and that answer alone could turn the
    verdict: the Verdict says so under its heading, its next step is that answer, one click leads
    to the question, and once answered the verdict stands on the person's own answers and its
    next step is the decline."""
    open_page(page, f"{app_url}/verdict?case={encode(torn_tomasz())}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Skip it")).to_be_visible()
    expect(main.get_by_text(f"Not settled yet: your answer to “{SELLING}” could turn it to “Close call”.",
                            exact=False)).to_be_visible()
    move = page.locator(".st-key-verdict_next_move")  # no decline, which can't be taken back, before the answer
    expect(move).to_contain_text(f"Your next step: Answer “{SELLING}” first")
    expect(move).to_contain_text("If the verdict stays, decline warmly, today, with the message below.")
    expect(move).to_contain_text("The message, for once the verdict stands:")

    main.get_by_role("button", name=f"{SELLING} (You and interviews)").click()
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    wait_idle(page)
    thumb = slider_thumb(page, "job_selling_difficulty")
    with changes_case(page):
        thumb.focus()
        thumb.press("ArrowLeft")
    expect(thumb).to_have_value("4")

    nav(page, "Verdict")
    expect(main.get_by_role("heading", name="Skip it")).to_be_visible()
    expect(main.get_by_text("Not settled yet", exact=False)).to_have_count(0)
    expect(main.get_by_text("middle value", exact=False)).to_have_count(0)
    expect(move).to_contain_text("Your next step: Decline warmly, today")
    assert_clean(page)


def test_back_from_the_quick_check_the_verdict_recalls_the_first_answer(page: Page, app_url: str) -> None:
    quick = add_reason(Case(), "Talking on the phone all day")
    open_page(page, f"{app_url}/verdict?case={encode(quick)}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Your first answer, from the quick check:", exact=False)).to_be_visible()
    expect(main.get_by_text("No verdict yet", exact=False)).to_have_count(0)
    main.get_by_role("link", name="Name the job on The job").click()
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    assert_clean(page)


def test_early_in_career_is_a_question_answered_no_as_well_as_yes(page: Page, app_url: str) -> None:
    """An unticked box read as "not answered": "No" is an answer the verdict weighs."""
    open_page(page, app_url + "/job")
    job_screen(page, "You and interviews")
    early = page.locator(".st-key-job_early_career")
    expect(early.get_by_role("radio", checked=True)).to_have_count(0)
    with changes_case(page):
        early.get_by_text("No", exact=True).click()
    expect(early.get_by_role("radio", name="No")).to_be_checked()
    stored = wait_stored(page, lambda case: case.job.given("early_career"))
    assert stored.job.early_career is False


def test_the_game_plan_says_an_unsettled_verdict_and_leads_to_its_questions(page: Page, app_url: str) -> None:
    case = add_reason(set_job(Case(), "title", "Night porter"), "The pay is too low")
    open_page(page, f"{app_url}/game_plan?case={encode(case)}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Not settled yet: it takes middle values for 12 questions", exact=False)).to_be_visible()
    main.get_by_role("link", name="See which questions on the Verdict", exact=False).click()
    expect(page.get_by_role("heading", level=1, name="The verdict")).to_be_visible()
    expect(main.get_by_role("button", name=CURIOSITY)).to_be_visible()
