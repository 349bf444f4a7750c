"""Options beyond go or skip, under the verdict's own model."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from advisor.case.arguments import decided_elsewhere
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.judgement.options import EQUAL, evaluate_options, with_granted
from advisor.judgement.scoring import Verdict, evaluate
from tests.unit.strategies import cases


def _by_id(case: Case) -> dict[str, float]:
    return {o.id: o.balance for o in evaluate_options(case)}


def _with_job(case: Case, **changes: object) -> Case:
    return case.model_copy(update={"job": case.job.model_copy(update=changes)})


def test_the_example_puts_the_verdicts_own_option_first_then_the_best() -> None:
    case = example_case()
    assert evaluate(case).verdict is Verdict.PRACTICE
    options = evaluate_options(case)
    assert options[0].id == "invited" and options[0].title == "Go for the practice, ask for nothing"
    assert "negotiate" not in {o.id for o in options}  # no asks to put when the core is what stands in the way
    assert "call" not in {o.id for o in options}  # an interview still teaches this first-timer
    rest = options[1:]
    assert [o.balance for o in rest] == sorted((o.balance for o in rest), reverse=True)
    assert all(o.why.endswith(".") and o.title and o.verdict for o in options)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_the_first_option_is_always_the_verdicts_own(case: Case) -> None:
    verdict = evaluate(case, flip=False).verdict
    options = evaluate_options(case)
    first = options[0].id
    if verdict is Verdict.SKIP:
        assert first == "decline"
    elif verdict is Verdict.PRACTICE:
        assert first == "invited"
    elif verdict is Verdict.NEGOTIATE:
        assert first in ("negotiate", "invited")
    else:
        assert options[0].balance == max(o.balance for o in options)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_options_too_close_to_tell_apart_are_shown_as_equals(case: Case) -> None:
    options = evaluate_options(case)
    assert not options[0].tied
    for before, option in pairwise(options):
        assert option.tied == (abs(option.balance - before.balance) < EQUAL)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_going_and_negotiating_is_the_verdicts_own_balance(case: Case) -> None:
    balances = _by_id(case)
    if "negotiate" in balances:
        assert abs(balances["negotiate"] - evaluate(case, flip=False).balance) < 1e-3


@settings(max_examples=150, deadline=None)
@given(cases())
def test_a_video_interview_never_costs_more_to_attend_than_going_in_person(case: Case) -> None:
    cost = {o.id: o.cost for o in evaluate_options(case)}
    if "video" in cost:
        assert cost["video"] <= cost["invited"]


@settings(max_examples=150, deadline=None)
@given(cases())
def test_asking_never_weighs_less_than_asking_for_nothing(case: Case) -> None:
    balances = _by_id(case)
    if "negotiate" in balances:
        assert balances["negotiate"] >= balances["invited"] - 1e-9


@settings(max_examples=150, deadline=None)
@given(cases(), st.data())
def test_granting_an_ask_never_lowers_the_balance(case: Case, data: st.DataObject) -> None:
    ids = [r.id for r in case.reasons]
    granted = set(data.draw(st.lists(st.sampled_from(ids), unique=True))) if ids else set()
    assert evaluate(with_granted(case, granted), flip=False).balance >= evaluate(case, flip=False).balance - 1e-9


@settings(max_examples=150, deadline=None)
@given(cases())
def test_declining_is_worth_it_exactly_when_going_is_not(case: Case) -> None:
    """Declining saves what going costs and gives up what it brings, keeping a little of the contact."""
    assume(not decided_elsewhere(case))  # nothing weighed: the decline is the person's own decision
    options = evaluate_options(case)
    balances = {o.id: o.balance for o in options}
    going = balances.get("negotiate", balances["invited"])
    assert balances["decline"] == pytest.approx(-going, abs=0.2 + 1e-3)
    assert balances["decline"] >= -going - 1e-3


def test_declining_a_job_the_person_loves_is_not_worth_it() -> None:
    case = Case.model_validate({"job": {"title": "Designer", "financial_need": 8, "similarity": 9},
                                "reasons": [{"label": "The pay", "severity": 3, "ask": "+5 %", "odds": 80,
                                             "catalog_id": "pay"}],
                                "pros": [{"id": 0, "label": "I love the design work", "weight": 10}]})
    decline = next(o for o in evaluate_options(case) if o.id == "decline")
    assert decline.verdict == "Not worth it"


def test_a_fare_beyond_what_one_can_spare_offers_to_ask_for_it_and_for_video() -> None:
    case = _with_job(example_case(), travel_cost=150, spare_money=40)
    ids = {o.id for o in evaluate_options(case)}
    assert {"fare", "video"} <= ids
    assert "fare" not in {o.id for o in evaluate_options(example_case())}  # 12 of 60 to spare: no need


def test_an_informational_call_is_offered_only_where_an_interview_teaches_little() -> None:
    seasoned = _with_job(example_case(), interviews_so_far=30, early_career=False, selling_difficulty=0,
                         similarity=0, network_value=0, financial_need=0, curiosity=6, experience_years=20)
    assert evaluate(seasoned).verdict in (Verdict.SKIP, Verdict.CLOSE_CALL)
    assert "call" in {o.id for o in evaluate_options(seasoned)}


def test_no_informational_call_for_someone_with_nothing_to_learn_from_it() -> None:
    """A designer who objects to a payday lender, contacts and curiosity 2 of 10, was told first to
    ask them for "twenty minutes for a short call": a call has no cons, so it led the options."""
    incurious = _with_job(example_case(), interviews_so_far=30, early_career=False, selling_difficulty=0,
                          similarity=0, network_value=2, financial_need=0, curiosity=2, experience_years=20)
    assert evaluate(incurious).verdict in (Verdict.SKIP, Verdict.CLOSE_CALL)
    assert "call" not in {o.id for o in evaluate_options(incurious)}


def test_someone_taking_another_offer_is_offered_only_the_decline() -> None:
    """Walking a graduate who will take another scheme: under "Skip it" the options said "Decline
    politely — Not worth it" and "Go as invited — Worth it", weighing a choice already made."""
    case = Case.model_validate({"job": {"title": "Rail engineer", "taking_other_offer": True, "network_value": 9},
                                "reasons": [{"label": "I've already accepted a graduate scheme somewhere else.",
                                             "severity": 7, "kind": "core"}]})
    assert evaluate(case, flip=False).verdict is Verdict.SKIP
    (only,) = evaluate_options(case)
    assert (only.id, only.verdict) == ("decline", "Your decision")
