"""The verdict in words: one answer to "does the balance say go?" everywhere it is used."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.article.factors import MAX_WEIGHT
from advisor.case.debrief import Debrief, Decision
from advisor.case.examples import example_case
from advisor.case.models import Case, Gut
from advisor.editing.edits import set_job
from advisor.judgement.explain import gut_check, how_computed
from advisor.judgement.in_words import balance_says, says_go
from advisor.judgement.scoring import CLOSE_CALL, CORE_HEAVY, CORE_STRONG, Verdict, evaluate
from advisor.sharing.journal import verdict_vs_outcome
from tests.unit.strategies import cases


def _close_call_leaning_go() -> Case:
    """A case whose balance is positive but inside the close-call band."""
    case = example_case()
    for dread, core, cost in itertools.product(range(MAX_WEIGHT + 1), repeat=3):
        trial = case.model_copy(update={"weights": {**case.weights, "dread": dread, "core_dislike": core,
                                                    "attendance_cost": cost}})
        if 0.0 < evaluate(trial, flip=False).balance < CLOSE_CALL:
            return trial
    raise AssertionError("no weights give a close call leaning towards going")


def test_the_journal_does_not_call_a_close_call_go() -> None:
    """The Verdict page calls a balance of +0.10 a close call; the debrief used to say that
    accepting was "in line with the balance" because the balance was above zero."""
    case = _close_call_leaning_go()
    assert evaluate(case, flip=False).verdict is Verdict.CLOSE_CALL
    accepted = case.model_copy(update={"debrief": Debrief(decision=Decision.ACCEPT)})
    sentence = verdict_vs_outcome(accepted)
    assert "in line with the balance" not in sentence
    assert "against the balance" not in sentence
    assert "too close" in sentence


@settings(max_examples=80, deadline=None)
@given(cases(), st.sampled_from([Decision.ACCEPT, Decision.DECLINE]))
def test_the_journal_and_the_gut_check_agree_on_what_the_balance_says(case: Case, decision: Decision) -> None:
    assessment = evaluate(case, flip=False)
    sentence = verdict_vs_outcome(case.model_copy(update={"debrief": Debrief(decision=decision)}))
    go = says_go(assessment.verdict)
    if go is None:
        assert "too close" in sentence
    else:
        assert ("in line with the balance" in sentence) == ((decision is Decision.ACCEPT) == go)
    gut = case.model_copy(update={"job": case.job.model_copy(update={"gut": Gut.GO})})
    assert gut_check(gut, assessment).agrees == (go is True)


@pytest.mark.parametrize("gut", list(Gut))
def test_gut_check_names_the_balance_answer(gut: Gut) -> None:
    case = example_case().model_copy(update={"job": example_case().job.model_copy(update={"gut": gut})})
    assessment = evaluate(case, flip=False)
    check = gut_check(case, assessment)
    assert f"“{balance_says(assessment)}”" in check.text or check.agrees
    assert "honest" not in check.text  # never a hint that the person is dishonest


def test_how_computed_quotes_the_thresholds_the_scoring_uses() -> None:
    text = how_computed()
    assert f"{CLOSE_CALL:.2f}" in text
    assert f"{CORE_HEAVY * 10:g}/10" in text
    assert f"{CORE_STRONG * 10:g}/10 or more and, left without what only the job gives" in text
    assert "the employer itself (what it does, its people) counts with what going brings" in text


def test_on_a_close_call_the_gut_answer_is_offered_as_the_tie_breaker() -> None:
    case = _close_call_leaning_go()
    skip = case.model_copy(update={"job": case.job.model_copy(update={"gut": Gut.SKIP})})
    check = gut_check(skip, evaluate(skip, flip=False))
    assert not check.agrees and "fair tie-breaker" in check.text
    unsure = case.model_copy(update={"job": case.job.model_copy(update={"gut": Gut.UNSURE})})
    assert "may settle it" in gut_check(unsure, evaluate(unsure, flip=False)).text


def test_a_first_answer_never_given_is_asked_for_not_read_as_not_sure() -> None:
    """A new case starts on "Not sure"; the gut check used to tell such a person "You were not sure
    at first", an answer they never gave."""
    case = example_case()
    data = case.model_dump()
    data["job"] |= {"gut": Gut.UNSURE, "answered": [f for f in case.job.answered if f != "gut"]}
    untold = Case.model_validate(data)
    assert not untold.job.given("gut")
    check = gut_check(untold, evaluate(untold, flip=False))
    assert check.text.startswith("You have not said what your gut says. Ask yourself now")
    assert "not sure" not in check.text.lower()
    assert check.first_answer == "Your first answer: not given yet."
    told = set_job(untold, "gut", Gut.UNSURE)
    assert gut_check(told, evaluate(told, flip=False)).text.startswith("You were not sure at first")
