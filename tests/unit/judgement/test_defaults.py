"""What the verdict takes as middle values, and when it may speak at all (issue 31, point 6)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from advisor.case.examples import example_case
from advisor.case.models import MAX_ANSWERED, Case, Job
from advisor.editing.edits import add_reason, set_job
from advisor.judgement.defaults import (
    MONEY,
    WANTED,
    WEIGHED,
    YOU,
    in_part,
    middle_values_sentence,
    still_needed,
    taken_as_middle,
    verdict_ready,
)
from advisor.judgement.progress import Stage
from advisor.sharing.codec import decode, encode, to_json
from tests.unit.panel.build import persona_case
from tests.unit.panel.review_personas import REVIEW_PANEL
from tests.unit.strategies import cases


def test_a_blank_case_takes_every_weighed_answer_as_middle_in_the_pages_order() -> None:
    assert [q.field for q in taken_as_middle(Case())] == [
        "interviews_so_far", "early_career", "selling_difficulty", "dread",
        "experience_years", "similarity", "network_value", "curiosity",
        "financial_need", "travel_hours", "travel_cost", "spare_money",
    ]
    assert [q.part for q in WEIGHED] == [YOU] * 4 + [WANTED] * 4 + [MONEY] * 4


def test_the_example_takes_nothing_as_middle() -> None:
    assert taken_as_middle(example_case()) == []
    assert middle_values_sentence(example_case()) is None


def test_an_answer_given_leaves_the_list_even_at_its_starting_value() -> None:
    case = set_job(Case(), "interviews_so_far", 0)
    assert "interviews_so_far" not in [q.field for q in taken_as_middle(case)]
    assert [q.field for q in in_part(case, YOU)] == ["early_career", "selling_difficulty", "dread"]


def test_the_money_one_can_spare_is_not_asked_of_going_that_costs_nothing() -> None:
    free = set_job(Case(), "travel_cost", 0)
    assert [q.field for q in in_part(free, MONEY)] == ["financial_need", "travel_hours"]
    paid = set_job(Case(), "travel_cost", 20)
    assert [q.field for q in in_part(paid, MONEY)] == ["financial_need", "travel_hours", "spare_money"]


@settings(max_examples=80, deadline=None)
@given(cases())
def test_what_is_listed_is_exactly_what_the_rules_take_as_middle(case: Case) -> None:
    """Listed: not answered and still at its starting value. Not listed: given, the money one
    can spare when going costs nothing, or being early in one's career once the years of work are
    given (the rules then need no such answer)."""
    listed = {q.field for q in taken_as_middle(case)}
    for question in WEIGHED:
        field = question.field
        if field in listed:
            assert field not in case.job.answered
            assert getattr(case.job, field) == Job.model_fields[field].default
        else:
            assert (case.job.given(field) or (field == "spare_money" and case.job.travel_cost == 0)
                    or (field == "early_career" and case.job.given("experience_years")))


def test_no_verdict_without_the_job_and_a_reason() -> None:
    assert not verdict_ready(Case())
    named = set_job(Case(), "title", "Porter")
    assert not verdict_ready(named)
    assert not verdict_ready(add_reason(Case(), "Nights"))
    assert verdict_ready(add_reason(named, "Nights"))
    assert verdict_ready(add_reason(set_job(Case(), "activity", "Carrying bags"), "Nights"))
    assert not verdict_ready(add_reason(set_job(Case(), "title", "   "), "Nights"))
    assert verdict_ready(example_case())


def test_still_needed_names_the_stages() -> None:
    assert still_needed(Case()) == [Stage.JOB, Stage.REASONS]
    assert still_needed(set_job(Case(), "title", "Porter")) == [Stage.REASONS]


def test_the_report_sentence_names_each_question_and_where_it_is() -> None:
    case = Case()
    for field in ("interviews_so_far", "early_career", "selling_difficulty", "experience_years", "similarity",
                  "network_value", "curiosity", "financial_need", "travel_hours", "travel_cost"):
        case = set_job(case, field, getattr(case.job, field))
    assert middle_values_sentence(case) == (
        "The verdict took a middle value for 1 question you have not answered yet, on the page The job: "
        "“How much do you dread this interview?” (under You and interviews). Your own answers there may change it.")
    both = set_job(case, "travel_cost", 5)
    assert middle_values_sentence(both) == (
        "The verdict took middle values for 2 questions you have not answered yet, on the page The job: "
        "“How much do you dread this interview?” (under You and interviews); “What you could spend on it "
        "without strain” (under Date, travel and money). Your own answers there may change it.")
    sentence = middle_values_sentence(Case())
    assert sentence is not None and "12 questions" in sentence and "*" not in sentence and "\\" not in sentence


def test_the_answers_given_survive_a_link_even_at_their_starting_values() -> None:
    case = set_job(set_job(Case(), "experience_years", 0), "curiosity", 5)
    assert case.job.answered == ["curiosity", "experience_years"]
    assert decode(encode(case)).job.answered == ["curiosity", "experience_years"]
    assert b'"answered":["curiosity","experience_years"]' in to_json(case)


def test_a_job_made_in_code_counts_what_it_was_given() -> None:
    assert Job(title="Porter", dread=5).answered == ["dread", "title"]
    assert Job().answered == []
    assert Job.model_validate(Job(title="Porter").model_dump()).answered == ["title"]


def test_the_list_of_answers_is_bounded_and_names_only_questions() -> None:
    assert len(Job.model_fields) - 1 == MAX_ANSWERED
    with pytest.raises(ValueError, match="names a question the job does not have"):
        Job(answered=["salary"])
    with pytest.raises(ValueError, match="answered"):
        Job(answered=["answered"])
    assert Job(answered=["dread", "dread", "curiosity"]).answered == ["curiosity", "dread"]


def test_the_example_marks_every_field_it_sets() -> None:
    job = example_case().job
    assert {q.field for q in WEIGHED} <= set(job.answered)
    assert {"title", "company", "activity", "gut", "wanted_job"} <= set(job.answered)


def test_early_in_a_career_is_not_asked_once_the_years_of_work_are_given() -> None:
    henrik = persona_case(next(p for p in REVIEW_PANEL if p.id == "henrik_senior_charity_junior"))
    assert "early_career" not in {q.field for q in taken_as_middle(henrik)}
    assert "early_career" in {q.field for q in taken_as_middle(set_job(Case(), "interviews_so_far", 3))}
