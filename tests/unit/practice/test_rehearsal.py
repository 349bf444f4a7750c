"""Choosing, timing and rehearsing the questions: the six suggested, the speaking time, what
counts as prepared, the progress in words and an order the seed fixes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.article.factors import Kind
from advisor.case.examples import example_case
from advisor.case.models import TEXT_BUDGET, Case, Job, Reason, text_size
from advisor.case.practice import Draft, Feeling
from advisor.editing.practice_edits import choose_questions, set_feeling
from advisor.practice.questions import QUESTION_IDS
from advisor.practice.rehearsal import (
    SUGGESTED,
    WORDS_PER_MINUTE,
    draft_text,
    first_line,
    prepared,
    progress_line,
    rehearsal_order,
    saying_time,
    speaking_seconds,
    suggested,
    text_room,
    why_suggested,
)
from tests.unit.practice.drafted import example_with_eight
from tests.unit.strategies import cases


def test_the_example_gets_the_questions_its_person_will_meet() -> None:
    """A graduate (five years), pay among the reasons (salary), a job with customers on the phone."""
    assert suggested(example_case()) == ("tell_me", "why_here", "five_years", "hard_customer", "weakness", "salary")


def test_someone_with_experience_is_asked_why_they_leave_and_an_office_job_about_teamwork() -> None:
    case = Case(job=Job(title="Analyst", activity="Reporting on sales figures", experience_years=4),
                reasons=[Reason(label="Long commute", kind=Kind.NEGOTIABLE, catalog_id="commute")])
    assert suggested(case) == ("tell_me", "why_leaving", "why_here", "pressure", "teamwork", "weakness")


def test_each_suggestion_says_why_from_the_case() -> None:
    why = why_suggested(example_case())
    assert why["salary"] == "Pay is among your reasons, so be ready to name a number."
    assert why["five_years"].startswith("You named the job you really want")
    assert why["hard_customer"].startswith("The work you described serves people directly")
    assert "why_leaving" not in why  # the example's graduate has not worked yet


@settings(max_examples=50, deadline=None)
@given(cases())
def test_six_suggested_questions_always_opening_with_the_two_everyone_is_asked(case: Case) -> None:
    found = suggested(case)
    assert len(found) == len(set(found)) == SUGGESTED
    assert set(found) <= QUESTION_IDS
    assert {"tell_me", "why_here"} <= set(found)
    assert set(why_suggested(case)) == set(found)
    for sentence in why_suggested(case).values():
        assert sentence[0].isupper() and sentence.endswith("."), sentence


def test_speaking_time_is_words_at_a_calm_pace() -> None:
    assert speaking_seconds("") == 0
    assert speaking_seconds("word " * WORDS_PER_MINUTE) == 60
    assert speaking_seconds("one") == 1
    assert speaking_seconds("word " * 65) == 30


def test_the_time_to_say_in_words() -> None:
    assert saying_time("word") == "about 1 second"
    assert saying_time("word " * 65) == "about 30 seconds"
    assert saying_time("word " * WORDS_PER_MINUTE) == "about 1 minute"
    assert saying_time("word " * 300) == "about 2 minutes 19 seconds"


def test_draft_text_is_the_answer_or_the_star_parts_in_order() -> None:
    assert draft_text(Draft(question="why_here", answer="Because.")) == "Because."
    star = Draft(question="conflict", situation="S.", action="A.", result="R.")
    assert draft_text(star) == "S. A. R."
    assert draft_text(Draft(question="conflict")) == ""


def test_prepared_means_written_or_told_in_all_four_star_parts() -> None:
    assert not prepared(Draft(question="why_here"))
    assert prepared(Draft(question="why_here", answer="x"))
    assert not prepared(Draft(question="conflict", situation="s", task="t", action="a"))
    assert prepared(Draft(question="conflict", situation="s", task="t", action="a", result="r"))


def test_progress_in_one_plain_line() -> None:
    assert progress_line(Case()) == "No questions chosen yet"
    case = example_with_eight()
    assert progress_line(case) == "8 of 8 prepared, none feels confident yet"
    case = set_feeling(case, "why_here", Feeling.CONFIDENT)
    assert progress_line(case) == "8 of 8 prepared, 1 feels confident"
    case = set_feeling(set_feeling(case, "salary", Feeling.CONFIDENT), "tell_me", Feeling.SHAKY)
    case = choose_questions(case, [*(d.question for d in case.drafts), "conflict", "proud"])
    assert progress_line(case) == "8 of 10 prepared, 2 feel confident"


@settings(max_examples=50, deadline=None)
@given(st.integers())
def test_the_rehearsal_order_is_the_chosen_questions_shuffled_as_the_seed_says(seed: int) -> None:
    case = example_with_eight()
    order = rehearsal_order(case, seed)
    assert sorted(order) == sorted(d.question for d in case.drafts)
    assert rehearsal_order(case, seed) == order


def test_different_seeds_give_different_orders() -> None:
    case = example_with_eight()
    assert len({rehearsal_order(case, seed) for seed in range(20)}) > 10
    assert rehearsal_order(Case(), 3) == ()


def test_the_first_line_is_the_first_sentence_of_the_first_line() -> None:
    assert first_line("I finished my degree. Then I worked.") == "I finished my degree."
    assert first_line("\n  Short opening\nsecond line") == "Short opening"
    assert first_line("No stop at all") == "No stop at all"
    assert first_line("Version 2.5 works. Next") == "Version 2.5 works."
    assert first_line("") == ""


def test_text_room_is_what_the_budget_still_holds() -> None:
    case = example_with_eight()
    assert text_room(case) == TEXT_BUDGET - text_size(case) > 0
