"""The quick check: eight answers that are edits of the case, and a first verdict that is the case's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.article.factors import Kind
from advisor.article.reasons import REASON_BY_ID
from advisor.case.examples import example_case
from advisor.case.models import Case, Gut, Reason, Review
from advisor.editing.edits import pick_from_catalog, set_job, set_reason
from advisor.errors import EditRefused
from advisor.judgement.defaults import unsettled_sentence
from advisor.judgement.in_words import FIRM_MARGIN
from advisor.judgement.options import evaluate_options
from advisor.judgement.quick import (
    ANSWER_COUNT,
    INTERVIEW_COUNTS,
    OWN,
    TRAVEL_LEVELS,
    QuickAnswers,
    answer,
    answers_of,
    apply_answers,
    can_answer,
    interviews_label,
    interviews_shown,
    main_reason,
    quick_verdict,
    reason_choice,
    reason_choices,
    reason_label,
    set_main_reason,
    set_main_severity,
    set_travel,
    sort_words,
    travel_level,
)
from advisor.judgement.scoring import CLOSE_CALL, evaluate
from advisor.judgement.strengths import SEASONED, attendance_cost
from tests.unit.strategies import cases

CATALOG = sorted(REASON_BY_ID)


@st.composite
def quick_answers(draw: st.DrawFn, case: Case) -> QuickAnswers:
    """Any eight answers the quick page can give for this case."""
    return QuickAnswers(
        gut=draw(st.sampled_from(list(Gut))),
        interviews_so_far=draw(st.integers(0, 100)),
        similarity=draw(st.integers(0, 10)),
        financial_need=draw(st.integers(0, 10)),
        dread=draw(st.integers(0, 10)),
        reason=draw(st.sampled_from(reason_choices(case))),
        severity=draw(st.integers(0, 10)),
        travel=draw(st.integers(0, len(TRAVEL_LEVELS) - 1)),
    )


def test_at_most_eight_answers() -> None:
    assert ANSWER_COUNT == 8


def test_a_first_answer_from_a_new_case() -> None:
    answers = QuickAnswers(gut=Gut.SKIP, interviews_so_far=1, similarity=6, financial_need=7, dread=6,
                           reason="daily_work", severity=8, travel=1)
    case = apply_answers(Case(), answers)
    assert answers_of(case) == answers
    reason = main_reason(case)
    assert reason is not None and reason.catalog_id == "daily_work" and reason.kind is Kind.CORE
    assert reason.severity == 8
    assert case.job.travel_hours == 2.0 and case.job.travel_cost == round(0.25 * case.job.spare_money)
    result = quick_verdict(case)
    assert result.verdict is evaluate(case).verdict
    assert result.title and result.reason and result.firmness
    assert result.best == evaluate_options(case)[0]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_quick_check_and_the_full_steps_agree_on_the_same_answers(data: st.DataObject) -> None:
    """The same answers given on The job, Why not and Sort give the same verdict and balance as
    the quick check (and the quick verdict is the case's own)."""
    answers = data.draw(quick_answers(Case()))
    quick = apply_answers(Case(), answers)
    full = Case()
    for field in ("gut", "interviews_so_far", "similarity", "financial_need", "dread"):
        if getattr(answers, field) != getattr(full.job, field):  # a widget left as it was sends nothing
            full = set_job(full, field, getattr(answers, field))
    if answers.travel != travel_level(full):  # a new case's hour of travel already reads as this answer
        share = answers.travel / (len(TRAVEL_LEVELS) - 1)
        full = set_job(full, "spare_money", full.job.spare_money)  # the cost given as a share of it, as quick does
        full = set_job(set_job(full, "travel_hours", share * 8), "travel_cost", round(share * full.job.spare_money))
    assert answers.reason is not None
    full = pick_from_catalog(full, {answers.reason}).case
    full = set_reason(full, full.reasons[0].id, "severity", answers.severity)
    assert quick_verdict(quick).verdict is evaluate(full).verdict is evaluate(quick).verdict
    assert quick_verdict(quick).balance == pytest.approx(evaluate(full).balance)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_quick_answers_carry_into_any_case_and_read_back(data: st.DataObject) -> None:
    case = data.draw(cases())
    answers = data.draw(quick_answers(case))
    try:
        after = apply_answers(case, answers)
    except EditRefused:  # a new reason in front of twenty: the case's limit
        assert len(case.reasons) == 20
        return
    assert answers_of(after) == answers
    assert quick_verdict(after).verdict is evaluate(after).verdict
    assert quick_verdict(after).best == evaluate_options(after)[0]


@settings(max_examples=100, deadline=None)
@given(cases())
def test_reading_the_answers_back_changes_nothing(case: Case) -> None:
    assert apply_answers(case, answers_of(case)) == case


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_choosing_what_puts_you_off_most_loses_nothing_worked_on(data: st.DataObject) -> None:
    case = data.draw(cases())
    choice = data.draw(st.sampled_from(reason_choices(case)))
    try:
        after = set_main_reason(case, choice)
    except EditRefused:
        assert len(case.reasons) == 20
        return
    assert reason_choice(after) == choice
    first, new_first = main_reason(case), main_reason(after)
    assert new_first is not None
    if first is not None:
        assert new_first.severity >= first.severity or new_first.id == first.id
    kept = {r.id for r in after.reasons}
    lost = [r for r in case.reasons if r.id not in kept]
    assert len(lost) <= 1
    if lost:  # only an untouched only reason is replaced
        assert case.reasons == lost and not lost[0].ask


def test_changing_your_mind_replaces_the_only_reason() -> None:
    case = set_main_reason(Case(), "pay")
    case = set_main_severity(case, 9)
    case = set_main_reason(case, "shifts")
    assert [r.catalog_id for r in case.reasons] == ["shifts"]
    assert case.reasons[0].severity == 9  # how much it bothers you stays with the answer
    assert case.reasons[0].id == 1  # a removed reason's id is not reused


def test_a_reason_listed_already_moves_to_the_front_and_the_others_stay() -> None:
    case = example_case()  # night shifts, pay, no home days, the phone all day
    after = set_main_reason(case, "remote")
    assert [r.label for r in after.reasons] == ["No days from home", "Night shifts", "The pay is too low",
                                                "Talking on the phone all day"]
    assert after.reasons[0].severity == 8  # at least as much as the one it displaced


def test_a_new_reason_goes_in_front_of_reasons_already_worked_on() -> None:
    case = example_case()
    after = set_main_reason(case, "culture")
    assert after.reasons[0].catalog_id == "culture" and after.reasons[0].kind is Kind.CORE
    assert after.reasons[1:] == case.reasons


def test_an_only_reason_with_an_ask_or_a_mentor_note_is_kept() -> None:
    asked = Case(reasons=[Reason(label="The pay is too low", catalog_id="pay", ask="+10 %")])
    assert len(set_main_reason(asked, "shifts").reasons) == 2
    noted = Case(reasons=[Reason(label="The pay is too low", catalog_id="pay")],
                 reviews=[Review(mentor="Ann", notes={0: "ask for more"})])
    assert len(set_main_reason(noted, "shifts").reasons) == 2


def test_a_reason_in_your_own_words_is_offered_as_it_is() -> None:
    case = Case(reasons=[Reason(label="Cold calling strangers", kind=Kind.CORE)])
    assert reason_choice(case) == OWN and OWN in reason_choices(case)
    assert reason_label(case, OWN) == "Cold calling strangers"
    assert set_main_reason(case, OWN) is case
    assert OWN not in reason_choices(Case())


def test_the_interviews_scale_ends_where_practice_stops_counting() -> None:
    assert tuple(range(SEASONED + 1)) == INTERVIEW_COUNTS
    assert interviews_shown(3) == 3 and interviews_shown(40) == SEASONED
    assert interviews_label(SEASONED) == f"{SEASONED} or more" and interviews_label(0) == "0"
    many, most = (Case(job=Case().job.model_copy(update={"interviews_so_far": n})) for n in (40, SEASONED))
    assert evaluate(many) == evaluate(most)  # the end of the scale weighs what any larger count does


def test_the_chosen_answer_says_its_sort() -> None:
    assert reason_label(Case(), "pay") == "The pay is too low"
    moved = Case(reasons=[Reason(label="The pay is too low", catalog_id="pay", kind=Kind.CORE)])
    assert "no offer changes it" in (sort_words(moved) or "")  # the person's sort wins
    assert sort_words(Case()) is None
    assert "no offer changes it" in (sort_words(set_main_reason(Case(), "team")) or "")
    assert "negotiable" in (sort_words(set_main_reason(Case(), "pay")) or "")


def test_refusals_say_what_to_do() -> None:
    with pytest.raises(EditRefused, match="First choose"):
        set_main_severity(Case(), 7)
    with pytest.raises(EditRefused):
        set_main_reason(Case(), "not-a-reason")
    with pytest.raises(EditRefused):
        set_main_reason(Case(), OWN)
    with pytest.raises(EditRefused):
        set_travel(Case(), len(TRAVEL_LEVELS))
    with pytest.raises(EditRefused):
        answer(Case(), "title", "Barista")  # not a quick question
    with pytest.raises(EditRefused):
        answer(Case(), "travel", "far")
    with pytest.raises(ValidationError):
        answer(Case(), "interviews_so_far", 101)
    with pytest.raises(ValidationError):
        set_main_severity(set_main_reason(Case(), "pay"), 11)


@given(st.integers(0, len(TRAVEL_LEVELS) - 1), st.sampled_from([1, 4, 50, 60, 999, 10_000, 100_000]))
def test_the_travel_answer_is_the_share_of_the_most_going_can_cost(level: int, spare: int) -> None:
    case = set_travel(Case(), 0).model_copy(update={"job": Case().job.model_copy(update={"spare_money": spare})})
    after = set_travel(case, level)
    assert travel_level(after) == level
    share = level / (len(TRAVEL_LEVELS) - 1)
    if spare <= 10_000 and spare % 4 == 0:
        assert attendance_cost(after) == pytest.approx(share)
    assert attendance_cost(after) <= share + 1e-9 + 0.5 / spare


def test_no_spare_money_leaves_the_time_to_carry_the_cost() -> None:
    broke = Case().model_copy(update={"job": Case().job.model_copy(update={"spare_money": 0})})
    after = set_travel(broke, 4)
    assert after.job.travel_cost == 0 and attendance_cost(after) == pytest.approx(0.5)


@given(cases())
def test_the_verdict_is_firm_only_well_clear_of_the_close_call_band(case: Case) -> None:
    """Firm only well clear of the band, and only when no unanswered question could turn it: the
    quick check said "A clear lead" where the Game plan, one tap on, said "Not settled yet"."""
    result = quick_verdict(case)
    caveat = unsettled_sentence(case, result.verdict)
    assert result.firm == (abs(result.balance) >= CLOSE_CALL + FIRM_MARGIN and caveat is None)
    assert result.verdict is evaluate(case, flip=False).verdict
    if caveat:
        assert result.firmness.startswith(caveat)


def test_a_verdict_waits_for_what_puts_you_off() -> None:
    assert not can_answer(Case())
    assert can_answer(set_main_reason(Case(), "pay"))


def test_answers_are_applied_only_where_they_differ() -> None:
    case = example_case()
    same = answers_of(case)
    assert apply_answers(case, same) is case
    changed = apply_answers(case, replace(same, dread=2))
    assert changed.job.dread == 2 and changed.job.travel_hours == case.job.travel_hours
