"""The game plan: the checklist, the asks in order with their walk-away lines, the questions to ask,
the closing line and the cost."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings

from advisor.article.factors import Kind
from advisor.article.topic_advice import QUESTIONS
from advisor.case.examples import example_case
from advisor.case.models import Case, Job
from advisor.documents.next_move import next_move
from advisor.documents.plan import (
    CHECKLIST,
    CHECKLIST_IDS,
    asks_in_order,
    closing_line,
    cost_reminder,
    questions,
    walk_away_line,
)
from advisor.documents.report import to_markdown
from advisor.editing import edits
from advisor.judgement.options import beyond_means, evaluate_options
from advisor.judgement.quick import TRAVEL_LEVELS, set_travel, travel_answer
from advisor.judgement.scoring import Verdict, evaluate
from advisor.reading.topics import Topic
from advisor.sharing.codec import decode, encode
from tests.unit.panel.build import person
from tests.unit.strategies import cases


def case_with(reasons: list[dict[str, Any]], company: str = "Acme") -> Case:
    return Case.model_validate({"job": {"company": company}, "reasons": reasons})


def test_checklist_ids_are_unique_and_short() -> None:
    assert len(CHECKLIST) == len(CHECKLIST_IDS)
    assert all(len(item.id) <= 32 and item.text.endswith(".") for item in CHECKLIST)
    # the article: research the employer and prepare for the common questions
    assert {"values", "environment", "growth", "business", "leaders", "questions"} <= CHECKLIST_IDS


def test_asks_in_order_by_severity_times_odds() -> None:
    case = case_with([
        {"label": "a", "severity": 5, "odds": 20, "ask": "A"},  # 100
        {"label": "b", "severity": 9, "odds": 50, "ask": "B"},  # 450
        {"label": "c", "severity": 10, "odds": 10, "ask": "C"},  # 100
        {"label": "d", "severity": 3, "odds": 90, "ask": "D"},  # 270
        {"label": "e", "severity": 10, "kind": "core", "ask": "E"},  # core: never an ask
        {"label": "f", "severity": 10, "odds": 100},  # no ask written
    ])
    assert [r.ask for r in asks_in_order(case)][:2] == ["B", "D"]
    assert {r.ask for r in asks_in_order(case)} == {"A", "B", "C", "D"}


def test_asks_in_order_of_the_example() -> None:
    # shifts 8 * 40 = 320, pay 6 * 45 = 270, remote 4 * 55 = 220
    assert [r.catalog_id for r in asks_in_order(example_case())] == ["shifts", "pay", "remote"]


@settings(max_examples=200, deadline=None)
@given(cases())
def test_asks_are_the_negotiable_reasons_with_an_ask_most_worth_first(case: Case) -> None:
    asks = asks_in_order(case)
    expected = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask]
    assert sorted(map(id, asks)) == sorted(map(id, expected))
    values = [r.severity * r.odds for r in asks]
    assert values == sorted(values, reverse=True)


def lines_by_verdict(case: Case) -> dict[Verdict, str]:
    assessment = evaluate(case)
    return {v: closing_line(case, dataclasses.replace(assessment, verdict=v)) for v in Verdict}


WITH_ASKS = [{"label": "Night shifts", "severity": 8, "odds": 40, "ask": "Day shifts only"},
             {"label": "Calls", "severity": 7, "kind": "core"}]
WITHOUT_ASKS = [{"label": "Calls", "severity": 7, "kind": "core"}]


@pytest.mark.parametrize("reasons", [WITH_ASKS, WITHOUT_ASKS], ids=["with asks", "without asks"])
def test_closing_line_differs_by_verdict(reasons: list[dict[str, Any]]) -> None:
    lines = lines_by_verdict(case_with(reasons))
    assert all(line.strip() for line in lines.values())
    same = [(a.value, b.value) for a in Verdict for b in Verdict if a < b and lines[a] == lines[b]]
    assert not same, f"the same closing line for {same}: {lines}"


def test_closing_lines_are_honest_about_what_the_person_wants() -> None:
    lines = lines_by_verdict(case_with(WITH_ASKS, company="Brightline"))
    assert "right match for me" in lines[Verdict.PRACTICE] and "keep you waiting" in lines[Verdict.PRACTICE]
    assert "decided not to go ahead" in lines[Verdict.SKIP]
    assert "if we could agree on “Day shifts only”" in lines[Verdict.NEGOTIATE]
    assert "still weighing it up" in lines[Verdict.CLOSE_CALL]
    unsure = lines_by_verdict(case_with(WITHOUT_ASKS))
    assert "go ahead" not in unsure[Verdict.NEGOTIATE] and "a day to think it over" in unsure[Verdict.NEGOTIATE]


def test_closing_line_names_the_top_three_asks_quoted_whole() -> None:
    case = case_with([{"label": str(i), "severity": 10 - i, "odds": 50, "ask": f"Ask {i}"} for i in range(5)])
    line = closing_line(case, dataclasses.replace(evaluate(case), verdict=Verdict.NEGOTIATE))
    assert "“Ask 0”, “Ask 1” and “Ask 2”" in line
    assert "Ask 3" not in line


def test_closing_line_without_a_company() -> None:
    case = Case.model_validate({"reasons": WITHOUT_ASKS})
    line = closing_line(case, dataclasses.replace(evaluate(case), verdict=Verdict.SKIP))
    assert line.strip() and "  " not in line


def test_someone_holding_another_offer_says_so() -> None:
    case = case_with([{"label": "I already have an offer from another company", "severity": 7, "kind": "core"},
                      {"label": "Night shifts", "severity": 5, "ask": "Day shifts", "catalog_id": "shifts"}])
    for verdict in (Verdict.NEGOTIATE, Verdict.CLOSE_CALL):
        assert "I hold another offer" in closing_line(case, dataclasses.replace(evaluate(case), verdict=verdict))


def test_cost_reminder() -> None:
    assert "no travel time or cost" in cost_reminder(Case.model_validate({"job": {"travel_hours": 0}}))
    # both answered as nothing (a video interview): nothing to check, and no journey to tell them of
    nothing = Case.model_validate({"job": {"travel_hours": 0, "answered": ["travel_hours", "travel_cost"]}})
    assert cost_reminder(nothing) == "By your answers, going costs you no travel time and no money."
    example = cost_reminder(example_case())  # 1.5 hours, 12 of 60
    assert "1.5 hours" in example and "12" in example and "20 %" in example
    one = cost_reminder(Case.model_validate({"job": {"travel_hours": 1, "travel_cost": 5, "spare_money": 0}}))
    assert "1 hour " in one and "%" not in one


def test_a_quick_travel_answer_is_quoted_not_turned_into_figures() -> None:
    """Walking a first-timer: she chose "A short trip and a little money" and the plan said "costs
    12 (24 % of what you can spare)", figures and a budget she never gave."""
    quick = set_travel(Case(), 1)
    assert travel_answer(quick) == TRAVEL_LEVELS[1]
    assert cost_reminder(quick) == ("What going costs you, in your quick answer: “A short trip and a little money”. "
                                    "Check the journey and its cost before you commit.")
    assert travel_answer(example_case()) is None  # figures typed on The job, with a currency


@settings(max_examples=150, deadline=None)
@given(cases())
def test_every_question_is_one_question_ending_in_a_question_mark(case: Case) -> None:
    asked = questions(case, evaluate(case, flip=False))
    assert asked and len(asked) == len(set(asked))
    assert all(q.endswith("?") and q[0].isupper() for q in asked)


def test_uncertain_asks_come_first_and_certain_ones_are_not_asked() -> None:
    case = Case.model_validate({"reasons": [
        {"label": "Weekend work", "severity": 6, "odds": 50},
        {"label": "Low pay", "severity": 9, "odds": 95, "catalog_id": "pay"},
        {"label": "Cold calls", "severity": 8, "kind": "core"},
    ]})
    asked = questions(case, dataclasses.replace(evaluate(case), verdict=Verdict.NEGOTIATE))
    assert asked[0] == QUESTIONS[Topic.HOURS]  # a question of our own, never the reason pasted in
    assert QUESTIONS[Topic.PAY] not in asked  # they will almost surely agree: nothing to find out
    assert QUESTIONS[Topic.WORK] in asked
    for reason in case.reasons:
        assert not any(reason.label.lower() in q.lower() for q in asked)


def test_an_ask_they_hardly_expect_granted_is_asked_about_first() -> None:
    """A move they would make only if they could work from home decides the whole job: asking is how
    they learn whether it can be had, all the more when they doubt it (Katarzyna, at 15 %)."""
    case = Case.model_validate({"reasons": [
        {"label": "I'd have to move to Oslo, away from my partner", "severity": 8, "odds": 15},
        {"label": "Cold calls", "severity": 5, "kind": "core"},
    ]})
    asked = questions(case, dataclasses.replace(evaluate(case), verdict=Verdict.NEGOTIATE))
    assert asked[0] == QUESTIONS[Topic.PLACE]
    assert "remotely" in asked[0]


def test_going_to_negotiate_asks_about_the_asks_in_order_of_how_much_they_bother() -> None:
    case = example_case()
    asked = questions(case, dataclasses.replace(evaluate(case), verdict=Verdict.NEGOTIATE))
    assert asked[:3] == [QUESTIONS[Topic.HOURS], QUESTIONS[Topic.PAY], QUESTIONS[Topic.HOME]]


def test_going_for_the_practice_asks_nothing_about_asks_it_will_not_make() -> None:
    case = example_case()
    assert evaluate(case).verdict is Verdict.PRACTICE
    asked = questions(case, evaluate(case))
    assert asked[0] == QUESTIONS[Topic.WORK]
    assert not {QUESTIONS[Topic.HOURS], QUESTIONS[Topic.PAY], QUESTIONS[Topic.HOME]} & set(asked)


def _with_line() -> tuple[Case, int]:
    case = example_case()
    case = case.model_copy(update={"reasons": case.reasons[:3]})  # no core reason: the asks are the plan
    night = case.reasons[0]
    return edits.set_reason(case, night.id, "walk_away", "Nights at most twice a week"), night.id


def test_an_ask_carries_its_walk_away_line_into_the_plan_the_report_and_the_link() -> None:
    case, night = _with_line()
    first = asks_in_order(case)[0]
    assert first.id == night
    assert walk_away_line(first) == "If they can't offer at least “Nights at most twice a week”, withdraw politely."
    assert "If they can't offer at least “Nights at most twice a week”, withdraw politely." in to_markdown(case)
    assert decode(encode(case)).reasons[0].walk_away == "Nights at most twice a week"
    assert walk_away_line(example_case().reasons[1]) is None


def test_a_walk_away_line_written_as_a_condition_reads_as_one() -> None:
    """The fresh panel wrote three of four walk-away lines as conditions; "If they can't offer at
    least “If it's every weekend all winter”" pasted them where they do not fit."""
    case, night = _with_line()
    case = edits.set_reason(case, night, "walk_away", "If it's every weekend all winter")
    line = walk_away_line(next(r for r in case.reasons if r.id == night))
    assert line == "Your walk-away line: “If it's every weekend all winter”. Then withdraw politely."
    assert line in to_markdown(case)


def _example_with(**job: object) -> Case:
    data = example_case().model_dump()
    data["job"].update(job)
    return Case.model_validate(data)


def test_someone_who_needs_the_pay_is_never_scripted_to_turn_the_job_down_in_the_room() -> None:
    """Walking a first-timer who needs the income (9 of 10): "go for the practice" closed with "I
    don't think the role is the right match for me", which gives up the pay she said she needs."""
    needy = _example_with(financial_need=9)
    assessment = evaluate(needy, flip=False)
    assert assessment.verdict is Verdict.PRACTICE
    line = closing_line(needy, assessment)
    assert "right match" not in line and "a day to think" not in line
    assert "I'd like to hear about the next steps" in line
    comfortable = _example_with(financial_need=3)
    assert "right match for me" in closing_line(comfortable, evaluate(comfortable, flip=False))


def test_it_would_tip_only_where_the_asks_would_tip_it() -> None:
    """A close call whose asks, granted, leave it a close call: the line said "it would tip for me
    if we could agree on …", a promise the model itself did not back."""
    seasoned = _example_with(financial_need=10, interviews_so_far=10, early_career=False, selling_difficulty=2,
                             similarity=3, network_value=3)
    *terms, work = seasoned.reasons  # an objection to the employer, not to the work: the person's call
    torn = seasoned.model_copy(update={"reasons": [
        *terms, work.model_copy(update={"label": "Selling payday loans goes against my values"})]})
    assessment = evaluate(torn, flip=False)
    assert assessment.verdict is Verdict.CLOSE_CALL and asks_in_order(torn)
    line = closing_line(torn, assessment)
    assert "tip for me" not in line and "I'd like to hear about the next steps" in line  # needs the pay: no hesitation
    tipping = Case.model_validate({"job": {"company": "Acme"}, "weights": {"attendance_cost": 10, "dread": 10},
                                   "reasons": [{"label": "Night shifts", "severity": 8, "odds": 5,
                                                "ask": "Day shifts only"}]})
    assessment = evaluate(tipping, flip=False)
    assert assessment.verdict is Verdict.CLOSE_CALL
    assert "it would tip for me if we could agree on “Day shifts only”" in closing_line(tipping, assessment)


def test_accepting_a_journey_one_cannot_afford_asks_for_the_fare_or_a_video_round_in_the_same_message() -> None:
    """Camille's return flight is 300 euros with 50 to spare; she was told "Accept the invitation" and
    handed a message that only asked who she would meet. The article: ask them to pay, or to meet by
    video, before committing money one does not have."""
    camille = person("camille_flight_to_interview")
    assessment = evaluate(camille, flip=False)
    move = next_move(camille, assessment.verdict, evaluate_options(camille)[0])
    assert move.title == "Accept the invitation"
    assert "do you cover candidates' travel costs, or could the first round be held by video?" in move.message
    assert "costs more than you can spare" in move.why
    unsaid = camille.model_copy(update={"job": camille.job.model_copy(
        update={"answered": [a for a in camille.job.answered if a != "spare_money"]})})
    assert camille.job.spare_money == Job().spare_money and not beyond_means(unsaid)  # a middle value is no answer
