"""Options beyond go or skip, under the verdict's own model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.judgement.options import evaluate_options, with_granted
from advisor.judgement.scoring import evaluate
from tests.unit.strategies import cases

IDS = {"negotiate", "invited", "video", "later", "call", "decline"}


def _by_id(case: Case) -> dict[str, float]:
    return {o.id: o.balance for o in evaluate_options(case)}


def test_the_example_has_every_option_best_first_each_with_a_reason() -> None:
    options = evaluate_options(example_case())
    assert {o.id for o in options} == IDS
    assert [o.balance for o in options] == sorted((o.balance for o in options), reverse=True)
    assert all(o.why.endswith(".") and o.title and o.verdict for o in options)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_going_and_negotiating_is_the_verdicts_own_balance(case: Case) -> None:
    assert abs(_by_id(case)["negotiate"] - evaluate(case, flip=False).balance) < 1e-3


@settings(max_examples=150, deadline=None)
@given(cases())
def test_a_video_interview_never_costs_more_to_attend_than_going_in_person(case: Case) -> None:
    cost = {o.id: o.cost for o in evaluate_options(case)}
    assert cost["video"] <= cost["negotiate"] and cost["video"] <= cost["invited"]


@settings(max_examples=150, deadline=None)
@given(cases())
def test_asking_never_weighs_less_than_asking_for_nothing(case: Case) -> None:
    balances = _by_id(case)
    assert balances["negotiate"] >= balances["invited"] - 1e-9


@settings(max_examples=150, deadline=None)
@given(cases(), st.data())
def test_granting_an_ask_never_lowers_the_balance(case: Case, data: st.DataObject) -> None:
    ids = [r.id for r in case.reasons]
    granted = set(data.draw(st.lists(st.sampled_from(ids), unique=True))) if ids else set()
    assert evaluate(with_granted(case, granted), flip=False).balance >= evaluate(case, flip=False).balance - 1e-9


@settings(max_examples=150, deadline=None)
@given(cases())
def test_declining_gains_and_costs_almost_nothing(case: Case) -> None:
    assert 0 <= _by_id(case)["decline"] <= 0.2
