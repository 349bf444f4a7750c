"""The landing at the root address, and the one progress count of the sidebar and the pages."""

from __future__ import annotations

import datetime

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import set_checked, set_job, set_weight
from advisor.sharing.codec import encode
from tests.app.conftest import app, assert_ok, open_page, page_links, texts

CHOICES = [("A two-minute answer", "quick"), ("The full worksheet", "job")]


def _sidebar(at: object) -> str:
    return "\n".join(str(m.value) for m in at.sidebar.markdown)  # type: ignore[attr-defined]


def test_a_first_visit_says_what_this_is_and_offers_the_two_ways_in() -> None:
    at = app().run()
    assert_ok(at)
    assert "job you don't really want" in texts(at)
    assert page_links(at) == CHOICES
    assert "Continue where you left off" not in texts(at)


def test_a_case_with_answers_is_offered_first_where_it_was_left() -> None:
    at = app(example_case()).run()  # as the browser's kept case leaves it once it has reported
    assert_ok(at)
    assert page_links(at) == [("Continue where you left off", "weigh"), *CHOICES]
    assert "next comes the weights looked at, on Weigh" in texts(at)
    case = set_checked(set_weight(example_case(), "practice", 9), "values", True)
    at = app(case).run()
    assert page_links(at)[0] == ("Continue where you left off", "verdict")


def test_someone_back_after_the_interview_day_is_asked_first_how_it_went() -> None:
    passed = set_job(example_case(), "interview_date", datetime.date.today() - datetime.timedelta(days=2))
    at = app(passed).run()
    assert_ok(at)
    assert page_links(at)[:2] == [("How did the interview go?", "debrief"), ("Continue where you left off", "weigh")]
    assert "is behind you: write down what it taught you" in texts(at)
    ahead = set_job(example_case(), "interview_date", datetime.date.today() + datetime.timedelta(days=2))
    assert page_links(app(ahead).run())[0] == ("Continue where you left off", "weigh")


def test_a_mentors_link_at_the_root_opens_mentor_review_and_the_landing_then_leads_back_to_it() -> None:
    at = app(query={"review": encode(example_case())}).run()
    assert_ok(at)
    assert "You have been asked for your view" in texts(at)
    at.query_params.clear()  # the menu's link to the landing carries no link of its own
    at.switch_page("pages/landing.py").run()
    assert page_links(at)[0] == ("Back to your review", "mentor")


def test_the_sidebar_and_the_page_header_give_one_count() -> None:
    at = open_page("weigh", example_case())
    assert_ok(at)
    assert "**Your case:** 3 of 5 answered" in _sidebar(at)
    header = [str(c.value) for c in at.caption if "answered" in str(c.value)]
    assert header == ["Your case: 3 of 5 answered · on this page, the weights looked at: not yet"]
    assert "The weights looked at: not yet" in _sidebar(at)
    assert "Step " not in texts(at)
    at.slider(key="weigh_practice").set_value(9).run()
    assert "**Your case:** 4 of 5 answered" in _sidebar(at)
    assert "The weights looked at: yes" in _sidebar(at)


def test_a_mentor_is_shown_no_count_and_no_step_numbers() -> None:
    at = app(query={"review": encode(example_case())}).run()
    for page in ("job", "weigh", "verdict", "mentor"):
        at.switch_page(f"pages/{page}.py").run()
        assert_ok(at)
        shown = texts(at) + _sidebar(at)
        assert "answered" not in shown and "Step " not in shown and " of 5" not in shown, page


def test_the_quick_answer_leads_on_to_the_game_plan_and_the_steps() -> None:
    at = open_page("quick", Case())
    at.button(key="quick_next").click().run()
    links = page_links(at)
    assert ("Your game plan", "game_plan") in links and ("Refine it step by step", "job") in links
