"""The weighted sum, the verdict rules and the flip point."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.article.factors import FACTOR_BY_ID, FACTOR_IDS, FACTORS, MAX_WEIGHT, Factor, Kind, Side
from advisor.article.reasons import reason_topic
from advisor.case import arguments
from advisor.case.arguments import decided_elsewhere
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.plan import closing_line
from advisor.judgement.scoring import (
    CLOSE_CALL,
    CORE_HEAVY,
    CORE_STRONG,
    VERDICT_TITLES,
    Assessment,
    Verdict,
    evaluate,
    strengths,
    verdict_for,
    verdict_of,
)
from advisor.reading.topics import Topic
from tests.unit.judgement.by_hand import QUIET_JOB, make
from tests.unit.panel.build import persona_case
from tests.unit.panel.personas import PANEL
from tests.unit.strategies import cases

GO = {Verdict.NEGOTIATE, Verdict.PRACTICE}
EPS = 1e-12  # room for floating-point rounding only


def with_weight(case: Case, factor_id: str, weight: int) -> Case:
    return case.model_copy(update={"weights": {**case.weights, factor_id: weight}})


# --- the weighted sum -------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(cases())
def test_balance_and_strengths_stay_in_range(case: Case) -> None:
    assessment = evaluate(case)
    assert -1.0 <= assessment.balance <= 1.0
    assert len(assessment.contributions) == len(FACTORS)
    for contribution in assessment.contributions:
        assert 0.0 <= contribution.strength <= 1.0, contribution
        assert contribution.weight == case.weights[contribution.factor.id]
        size = contribution.strength * contribution.weight
        assert contribution.value == (size if contribution.factor.side is Side.PRO else -size)
    for factor_id, strength in strengths(case).items():
        assert 0.0 <= strength <= 1.0, factor_id
    total = assessment.pros + assessment.cons
    expected = 0.0 if total == 0 else (assessment.pros - assessment.cons) / total
    assert math.isclose(assessment.balance, expected, abs_tol=1e-9)


@settings(max_examples=150, deadline=None)
@given(cases(), st.sampled_from(FACTORS), st.integers(0, MAX_WEIGHT), st.integers(0, MAX_WEIGHT))
def test_raising_a_pro_never_lowers_the_balance_and_a_con_never_raises_it(
    case: Case, factor: Factor, low: int, high: int
) -> None:
    low, high = min(low, high), max(low, high)
    before = evaluate(with_weight(case, factor.id, low)).balance
    after = evaluate(with_weight(case, factor.id, high)).balance
    if factor.side is Side.PRO:
        assert after >= before - EPS, (factor.id, low, high, before, after)
    else:
        assert after <= before + EPS, (factor.id, low, high, before, after)


@settings(max_examples=100, deadline=None)
@given(cases(), st.sampled_from(FACTORS), st.integers(1, MAX_WEIGHT))
def test_raising_a_weight_through_model_validate_moves_the_balance_the_right_way(
    case: Case, factor: Factor, step: int
) -> None:
    data = case.model_dump()
    before = evaluate(case).balance
    data["weights"][factor.id] = min(MAX_WEIGHT, data["weights"][factor.id] + step)
    after = evaluate(Case.model_validate(data)).balance
    assert (after - before) * (1 if factor.side is Side.PRO else -1) >= -EPS


def test_no_weights_at_all_is_an_even_balance() -> None:
    case = make(weights=dict.fromkeys(FACTOR_IDS, 0))
    assessment = evaluate(case)
    assert assessment.balance == 0.0
    assert assessment.verdict is Verdict.CLOSE_CALL
    assert "Nothing weighs" in assessment.reason


def test_only_pros_is_a_balance_of_one_and_only_cons_minus_one() -> None:
    pros_only = make(weights={f.id: (10 if f.side is Side.PRO else 0) for f in FACTORS})
    cons_only = make(job={"dread": 10, "travel_hours": 8},
                     weights={f.id: (0 if f.side is Side.PRO else 10) for f in FACTORS})
    assert evaluate(pros_only).balance == 1.0
    assert evaluate(cons_only).balance == -1.0


# --- verdicts ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(cases())
def test_verdict_follows_the_balance(case: Case) -> None:
    assessment = evaluate(case)
    heavy_core = strengths(case)["core_dislike"] >= CORE_HEAVY
    if decided_elsewhere(case):
        assert assessment.verdict is Verdict.SKIP
    elif assessment.balance >= CLOSE_CALL:
        # a heavy objection to the core against a need only the job meets is the person's own call
        assert assessment.verdict in GO or (assessment.verdict is Verdict.CLOSE_CALL and heavy_core)
    elif assessment.balance <= -CLOSE_CALL:
        assert assessment.verdict is Verdict.SKIP
    else:
        # a near tie that only what the job gives holds up, against a strong objection to the job, is a skip
        assert assessment.verdict is Verdict.CLOSE_CALL or (
            assessment.verdict is Verdict.SKIP and strengths(case)["core_dislike"] >= CORE_STRONG)
    if assessment.verdict is Verdict.PRACTICE:
        assert heavy_core
    assert assessment.reason.strip()
    assert assessment.verdict in VERDICT_TITLES


STRONG_PROS = {"interviews_so_far": 0, "early_career": True, "selling_difficulty": 8, "similarity": 8,
               "network_value": 8, "curiosity": 8, "financial_need": 8, "dread": 1, "travel_hours": 0.5,
               "experience_years": 0, "travel_cost": 0}  # every answer given: none taken as a middle value


def test_clear_benefits_with_negotiable_problems_go_and_negotiate() -> None:
    case = make(job=STRONG_PROS, reasons=[
        {"label": "The pay is too low", "kind": "negotiable", "severity": 6, "odds": 60, "ask": "+10 %"},
        {"label": "Night shifts", "kind": "negotiable", "severity": 5, "odds": 70, "ask": "Days"},
    ])
    assessment = evaluate(case)
    assert assessment.balance >= CLOSE_CALL
    assert assessment.verdict is Verdict.NEGOTIATE
    assert "Go, and put your asks." in assessment.reason


def test_heavily_disliked_core_with_positive_balance_is_practice() -> None:
    case = make(job=STRONG_PROS, reasons=[{"label": "Talking to customers", "kind": "core", "severity": 9}])
    assessment = evaluate(case)
    assert assessment.balance >= CLOSE_CALL
    assert assessment.verdict is Verdict.PRACTICE
    assert "against it, the work itself (“Talking to customers”)" in assessment.reason
    assert "no offer changes it, so go for what the interview itself brings you, not for the job" in assessment.reason


def test_a_heavy_reason_about_ones_own_life_is_no_reason_to_go_only_for_the_practice() -> None:
    """"I'd be leaving a team I really like" is a price of moving, not an objection to the job: go,
    weigh the offer against it, and say so in words (the panel's Noor got "practice" before). Only
    a deal-breaker (10 of 10) rules the job out (next test)."""
    case = make(job=STRONG_PROS, reasons=[{"label": "I'd be leaving a team I really like.", "kind": "core",
                                           "severity": 9}])
    assessment = evaluate(case)
    assert assessment.balance >= CLOSE_CALL
    assert assessment.verdict is Verdict.NEGOTIATE
    assert ("against it, your own circumstances (“I'd be leaving a team I really like.”). Go, and do your best. "
            "No offer changes that, so decide at the end whether what they offer is worth it to you."
            ) in assessment.reason
    assert "comes with the job" not in assessment.reason
    assert assessment.reason.count("I'd be leaving") == 1, "named once, then referred back to"


def test_a_reason_about_ones_own_life_too_strong_to_be_a_price_rules_the_job_out() -> None:
    """A law-school place that is decided, rated 10 of 10 ("a deal-breaker", the scale says), is no
    price an offer may be worth: the person will not take the job, so going is for what the
    interview teaches (the third fresh round's Olivia, told "go, and negotiate" before)."""
    case = make(job=STRONG_PROS, reasons=[{"label": "I start law school in September, that part is decided.",
                                           "kind": "core", "severity": 10}])
    assessment = evaluate(case)
    assert assessment.balance >= CLOSE_CALL
    assert assessment.verdict is Verdict.PRACTICE
    assert ("against it, your own circumstances (“I start law school in September, that part is decided.”). "
            "No offer changes that, so go for what the interview itself brings you") in assessment.reason


def test_a_core_objection_is_named_by_what_it_is_about_never_as_a_dislike_of_the_work() -> None:
    case = make(job=STRONG_PROS, reasons=[{"label": "Promoting cigarettes goes against my values", "kind": "core",
                                           "severity": 9}])
    reason = evaluate(case).reason
    assert "what the employer stands for (“Promoting cigarettes goes against my values”)" in reason
    assert "work itself" not in reason


def test_needing_what_only_the_job_gives_from_a_job_one_objects_to_is_the_persons_call() -> None:
    """A benefit that needs the job is never the reason to go and withdraw: the model cannot weigh
    a need against an objection to what the employer stands for, so it says so. Against the work
    itself (what one would do all day) it can: the blind coaches of the fresh panel sent all three
    such people (selling courses, euthanasia days, pressing poor farmers) for the practice."""
    values = make(job={**QUIET_JOB, "financial_need": 10, "similarity": 3}, weights={"income": 10},
                  reasons=[{"label": "Promoting cigarettes goes against my values", "kind": "core", "severity": 7}])
    assessment = evaluate(values)
    assert assessment.balance >= CLOSE_CALL and assessment.verdict is Verdict.CLOSE_CALL
    assert "For going, the income weighs most" in assessment.reason
    assert "the job is what you object to: no weighing settles that for you" in assessment.reason
    assert "not your match" not in assessment.reason and "cancel out" not in assessment.reason
    customers = values.reasons[0].model_copy(update={"label": "Talking to customers"})
    work = values.model_copy(update={"reasons": [customers]})
    assert evaluate(work).balance == assessment.balance
    assert evaluate(work).verdict is Verdict.PRACTICE


def test_a_dislike_most_people_put_up_with_for_the_pay_they_need_is_no_reason_to_hold_back() -> None:
    """Walking a man out of work for twenty months who needs the wage (10 of 10) and dislikes taking
    complaints (6 of 10): "Close call", and a closing line of hesitation. The article starts from
    there: most people work jobs they only put up with, because they have to."""
    case = make(job={**QUIET_JOB, "financial_need": 10, "similarity": 3}, weights={"income": 10},
                reasons=[{"label": "Talking to customers", "kind": "core", "severity": 6}])
    assessment = evaluate(case)
    assert strengths(case)["core_dislike"] >= CORE_HEAVY
    assert assessment.verdict is Verdict.NEGOTIATE
    assert "For going, the income weighs most" in assessment.reason
    assert "decide at the end whether you could live with it" in assessment.reason
    assert evaluate(make(job={**QUIET_JOB, "financial_need": 10, "similarity": 3}, weights={"income": 10},
                         reasons=[{"label": "Talking to customers", "kind": "core", "severity": 10 * CORE_STRONG}])
                    ).verdict is Verdict.PRACTICE  # work one cannot stand: no wage makes it one's own


def test_mildly_disliked_core_with_positive_balance_is_still_negotiate() -> None:
    case = make(job=STRONG_PROS, reasons=[{"label": "Talking to customers", "kind": "core", "severity": 5}])
    assessment = evaluate(case)
    assert assessment.balance >= CLOSE_CALL
    assert strengths(case)["core_dislike"] < CORE_HEAVY
    assert assessment.verdict is Verdict.NEGOTIATE


def test_costs_outweighing_benefits_is_skip() -> None:
    case = make(job={**QUIET_JOB, "dread": 10, "travel_hours": 8, "travel_cost": 200, "spare_money": 50,
                     "financial_need": 2},
                reasons=[{"label": "The daily work", "kind": "core", "severity": 10}])
    assessment = evaluate(case)
    assert assessment.balance <= -CLOSE_CALL
    assert assessment.verdict is Verdict.SKIP
    assert "Decline politely and soon" in assessment.reason


def test_near_even_balance_is_a_close_call() -> None:
    # one pro and one con of exactly the same size
    weights = dict.fromkeys(FACTOR_IDS, 0) | {"income": 5, "dread": 5}
    case = make(job={**QUIET_JOB, "financial_need": 6, "dread": 6}, weights=weights)
    assessment = evaluate(case)
    assert assessment.balance == 0.0
    assert assessment.verdict is Verdict.CLOSE_CALL
    assert "cancel out" in assessment.reason


@pytest.mark.parametrize(
    "balance, verdict",
    [(1.0, Verdict.NEGOTIATE), (CLOSE_CALL, Verdict.NEGOTIATE), (CLOSE_CALL - 1e-9, Verdict.CLOSE_CALL),
     (0.0, Verdict.CLOSE_CALL), (-CLOSE_CALL + 1e-9, Verdict.CLOSE_CALL), (-CLOSE_CALL, Verdict.SKIP),
     (-1.0, Verdict.SKIP)],
)
def test_verdict_thresholds(balance: float, verdict: Verdict) -> None:
    strength = dict.fromkeys(FACTOR_IDS, 0.5)
    assert verdict_of(balance, strength, dict.fromkeys(FACTOR_IDS, 5)) is verdict


def test_practice_needs_the_core_to_lead_the_cons() -> None:
    strength = dict.fromkeys(FACTOR_IDS, 0.5) | {"core_dislike": 0.9}
    leading = dict.fromkeys(FACTOR_IDS, 5)
    assert verdict_of(0.5, strength, leading) is Verdict.PRACTICE
    trailing = leading | {"dread": 10, "core_dislike": 1}
    assert verdict_of(0.5, strength, trailing) is Verdict.NEGOTIATE
    mild = strength | {"core_dislike": CORE_HEAVY - 0.01}
    assert verdict_of(0.5, mild, leading | {"core_dislike": 10}) is Verdict.NEGOTIATE


# --- the flip point ---------------------------------------------------------------------------

DIALS = {  # the words a flip uses for an answer, and the answer they name
    "how alike the interviews are": "similarity",
    "how much the contacts matter": "network_value",
    "your curiosity about the industry": "curiosity",
    "your financial need": "financial_need",
    "your dread": "dread",
    "how hard you find selling yourself": "selling_difficulty",
}
WEIGHT_FLIP = re.compile(r"the weight of “(?P<title>.+)” from (?P<a>\d+) to (?P<b>\d+)", re.S)
SEVERITY_FLIP = re.compile(r"how much “(?P<label>.*)” bothers you from (?P<a>\d+) to (?P<b>\d+)", re.S)
ODDS_FLIP = re.compile(r"the odds for “(?P<label>.*)” from (?P<a>\d+) % to (?P<b>\d+) %", re.S)
DIAL_FLIP = re.compile(r"(?P<words>.+) from (?P<a>\d+) to (?P<b>\d+)", re.S)


def apply_flip(case: Case, description: str) -> list[tuple[Case, float]]:
    """The cases the described change could mean (a label can repeat), each with the size of
    the change as a share of its range."""
    data = case.model_dump()
    out: list[tuple[Case, float]] = []
    if match := WEIGHT_FLIP.fullmatch(description):
        factor = next(f for f in FACTORS if f.title == match["title"])
        a, b = int(match["a"]), int(match["b"])
        assert case.weights[factor.id] == a
        data["weights"][factor.id] = b
        return [(Case.model_validate(data), abs(b - a) / MAX_WEIGHT)]
    for pattern, field, scale in ((SEVERITY_FLIP, "severity", 10), (ODDS_FLIP, "odds", 100)):
        if match := pattern.fullmatch(description):
            a, b = int(match["a"]), int(match["b"])
            for index, reason in enumerate(case.reasons):
                if reason.label == match["label"] and getattr(reason, field) == a:
                    changed = case.model_dump()
                    changed["reasons"][index][field] = b
                    out.append((Case.model_validate(changed), abs(b - a) / scale))
            assert out, f"no reason matches {description!r}"
            return out
    match = DIAL_FLIP.fullmatch(description)
    assert match and match["words"] in DIALS, f"flip not understood: {description!r}"
    name = DIALS[match["words"]]
    a, b = int(match["a"]), int(match["b"])
    assert getattr(case.job, name) == a
    data["job"][name] = b
    return [(Case.model_validate(data), abs(b - a) / 10)]


def verdict_without_flip(case: Case) -> Verdict:
    """The verdict by the one rule every what-if asks (``verdict_for``), without the flip search."""
    return verdict_for(case)


def test_example_flip_is_the_phone_reason_and_really_flips() -> None:
    case = example_case()
    assessment = evaluate(case)
    assert assessment.verdict is Verdict.PRACTICE
    assert assessment.flip is not None
    assert assessment.flip.description == "how much “Talking on the phone all day” bothers you from 7 to 5"
    assert assessment.flip.to is Verdict.NEGOTIATE
    data = case.model_dump()
    phone = next(r for r in data["reasons"] if r["label"] == "Talking on the phone all day")
    phone["severity"] = 5
    assert evaluate(Case.model_validate(data)).verdict is Verdict.NEGOTIATE
    # and the parsed form of the same description agrees
    [(flipped, _)] = apply_flip(case, assessment.flip.description)
    assert evaluate(flipped).verdict is assessment.flip.to


@settings(max_examples=200, deadline=None)
@given(cases())
def test_a_flip_really_changes_the_verdict(case: Case) -> None:
    assessment = evaluate(case)
    if assessment.flip is None:
        return
    assert assessment.flip.to is not assessment.verdict
    results = [verdict_without_flip(changed) for changed, _ in apply_flip(case, assessment.flip.description)]
    assert assessment.flip.to in results, (assessment.flip, results)


def single_changes(case: Case) -> list[tuple[Case, float]]:
    """Every single change the flip search is meant to consider, with its size."""
    out: list[tuple[Case, float]] = []
    for factor_id in FACTOR_IDS:
        current = case.weights[factor_id]
        out += [(with_weight(case, factor_id, w), abs(w - current) / MAX_WEIGHT)
                for w in range(MAX_WEIGHT + 1) if w != current]
    for name in DIALS.values():
        current = getattr(case.job, name)
        out += [(case.model_copy(update={"job": case.job.model_copy(update={name: v})}), abs(v - current) / 10)
                for v in range(11) if v != current]
    for index, reason in enumerate(case.reasons):
        for value in range(11):
            if value != reason.severity:
                reasons = list(case.reasons)
                reasons[index] = reason.model_copy(update={"severity": value})
                out.append((case.model_copy(update={"reasons": reasons}), abs(value - reason.severity) / 10))
    return out


@settings(max_examples=60, deadline=None)
@given(cases())
def test_flip_is_never_larger_than_the_smallest_weight_answer_or_severity_change(case: Case) -> None:
    assessment = evaluate(case)
    flipping = [size for changed, size in single_changes(case)
                if verdict_without_flip(changed) is not assessment.verdict]
    if assessment.flip is None:
        assert not flipping, "a single change flips the verdict but no flip was reported"
        return
    size = min(s for _, s in apply_flip(case, assessment.flip.description))
    if flipping:
        assert size <= min(flipping) + EPS, (assessment.flip, min(flipping))


def test_odds_flip_tries_the_nearest_multiple_of_five() -> None:
    """Odds of 61 %: lowering them to 60 % already gives a close call, so that is the smallest
    change; the flip must not skip over 60 % to 55 %. (Found with curiosity 4 and dread 7; since
    the inside view follows curiosity, curiosity 1 and dread 4 put the case on the same edge.)"""
    case = Case.model_validate({
        "job": {"interviews_so_far": 11, "early_career": False, "selling_difficulty": 6, "similarity": 6,
                "network_value": 0, "curiosity": 1, "experience_years": 0, "travel_hours": 7.93, "travel_cost": 0,
                "financial_need": 8, "dread": 4},
        "reasons": [{"label": "r0", "severity": 4, "kind": "negotiable", "odds": 61},
                    {"label": "r1", "severity": 5, "kind": "core", "odds": 27}],
        "weights": {"practice": 4, "dream_path": 2, "connections": 1, "reshape_offer": 9, "inside_view": 4,
                    "income": 8, "core_dislike": 9, "unfixed_terms": 2, "attendance_cost": 4, "dread": 6},
    })
    assessment = evaluate(case)
    assert assessment.verdict is Verdict.NEGOTIATE
    at_60 = case.model_dump()
    at_60["reasons"][0]["odds"] = 60
    assert evaluate(Case.model_validate(at_60)).verdict is Verdict.CLOSE_CALL  # a 1-point change flips it
    assert assessment.flip is not None
    assert assessment.flip.description == "the odds for “r0” from 61 % to 60 %"


def test_no_flip_when_nothing_single_can_change_the_verdict() -> None:
    # every weight zero and no reasons: no single weight, answer or severity moves the balance
    case = make(job=QUIET_JOB, weights=dict.fromkeys(FACTOR_IDS, 0))
    assessment = evaluate(case)
    assert assessment.verdict is Verdict.CLOSE_CALL
    assert assessment.flip is None


def test_assessment_is_a_plain_value() -> None:
    assessment = evaluate(example_case())
    assert isinstance(assessment, Assessment)
    assert dataclasses.is_dataclass(assessment)
    assert {c.factor.id for c in assessment.contributions} == set(FACTOR_BY_ID)
    assert assessment.pros > 0 and assessment.cons > 0
    assert all(r.kind in Kind for r in example_case().reasons)


def test_someone_who_will_take_another_offer_is_told_to_say_so_now() -> None:
    """The article: be honest and never keep them waiting; only the person knows whether they will take it."""
    reasons = [{"label": "I already have an offer from another company", "severity": 6, "kind": "core"}]
    deciding = make(job=STRONG_PROS, reasons=reasons)
    assert evaluate(deciding).verdict is not Verdict.SKIP
    taking = make(job={**STRONG_PROS, "taking_other_offer": True}, reasons=reasons)
    assessment = evaluate(taking)
    assert assessment.verdict is Verdict.SKIP and assessment.flip is None
    assert assessment.reason.startswith("You will take the other offer")
    assert "I've decided to take another offer" in closing_line(taking, assessment)
    offer_gone = make(job={**STRONG_PROS, "taking_other_offer": True},
                      reasons=[{"label": "Talking to customers", "kind": "core", "severity": 3}])
    assert evaluate(offer_gone).verdict is Verdict.NEGOTIATE  # the answer counts only beside such a reason


def test_the_flip_point_does_not_read_the_reasons_again_for_each_what_if(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hundreds of what-ifs change weights, answers, severities and odds, never a reason's words:
    reading each reason's topic anew for each made the Verdict page take 0.7 s instead of 0.01 s
    (caught by make bench, 1.71x)."""
    read: list[str] = []
    real = reason_topic

    def counted(label: str, activity: str = "", catalog_id: str | None = None, kind: Kind | None = None,
                ask: str = "") -> Topic:
        read.append(label)
        return real(label, activity, catalog_id, kind, ask)

    monkeypatch.setattr(arguments, "reason_topic", counted)
    case = example_case()
    assessment = evaluate(case)
    assert assessment.flip is not None
    assert len(read) <= 3 * len(case.reasons), len(read)


def test_the_verdict_names_what_the_person_said_not_a_starting_value() -> None:
    """Ten of the panel were told that, against going, "the time and money it takes to go" weighs
    most: a journey they never described, weighed at the middle of its scale, above what they did
    describe (Priya: her weekend rota)."""
    priya = persona_case(next(p for p in PANEL if p.id == "priya_weekend_rota"))
    assert not priya.job.given("travel_hours") and not priya.job.given("travel_cost")
    assessment = evaluate(priya, flip=False)
    heaviest = min(assessment.contributions, key=lambda c: c.value)
    assert heaviest.factor.id == "attendance_cost"  # the middle value still weighs, as the Verdict says
    assert "time and money" not in assessment.reason
    rota = "“The rota has me working every other weekend, and I have no childcare then.”"
    assert f"against it, {rota}" in assessment.reason
