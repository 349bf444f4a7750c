"""The strength rules: how each factor's strength in [0, 1] is read from the answers."""

from __future__ import annotations

import math

import pytest

from advisor.article.factors import FACTOR_IDS
from advisor.case.models import Case
from advisor.editing.edits import JobField, set_job
from advisor.judgement import scoring
from advisor.judgement.strengths import rule_text, strengths
from tests.unit.judgement.by_hand import QUIET_JOB, make


def test_strength_rules_at_their_extremes() -> None:
    full = make(job={"interviews_so_far": 0, "early_career": True, "selling_difficulty": 10,
                     "similarity": 10, "network_value": 10, "curiosity": 10, "experience_years": 0,
                     "financial_need": 10, "dread": 10, "travel_hours": 8, "travel_cost": 100,
                     "spare_money": 0},
                reasons=[{"label": "calls", "kind": "core", "severity": 10},
                         {"label": "pay", "kind": "negotiable", "severity": 10, "odds": 0}])
    assert strengths(full) == {
        "practice": 1.0, "dream_path": 1.0, "connections": 1.0, "reshape_offer": 0.0,
        "inside_view": 1.0, "income": 1.0, "core_dislike": 1.0, "unfixed_terms": 1.0,
        "attendance_cost": 1.0, "dread": 1.0,
    }
    assert set(strengths(make(job=QUIET_JOB)).values()) == {0.0}


def test_reshape_offer_counts_negotiable_reasons_by_severity_and_odds() -> None:
    case = make(reasons=[{"label": "pay", "kind": "negotiable", "severity": 6, "odds": 50},
                         {"label": "calls", "kind": "core", "severity": 4}])
    assert math.isclose(strengths(case)["reshape_offer"], 6 * 0.5 / 10)
    assert math.isclose(strengths(case)["unfixed_terms"], 0.6 * 0.5)
    assert math.isclose(strengths(case)["core_dislike"], 0.4)


def test_attendance_cost_weighs_time_and_money() -> None:
    case = make(job={"travel_hours": 4, "travel_cost": 30, "spare_money": 60})
    assert math.isclose(strengths(case)["attendance_cost"], 0.5 * 0.5 + 0.5 * 0.5)


@pytest.mark.parametrize("factor_id", FACTOR_IDS)
def test_rule_text_explains_every_factor(factor_id: str) -> None:
    text = rule_text(factor_id)
    assert text.strip()
    assert len(text.split()) >= 5, text
    assert "\n" not in text and "  " not in text


def test_every_factor_has_a_strength_rule() -> None:
    assert set(scoring.STRENGTH_RULES) == set(FACTOR_IDS)


def test_a_new_case_weighs_every_answer_it_was_not_given_at_the_middle() -> None:
    """Before issue 31 a blank job read practice 0.625, inside view 0.75 and the cost of going
    0.0625 (no interviews, no experience, an hour and nothing spent: starting values that pushed
    towards going); unanswered, each now counts as the middle of its scale."""
    blank = strengths(Case())
    assert {f: blank[f] for f in ("practice", "dream_path", "connections", "inside_view", "income",
                                   "attendance_cost", "dread")} == dict.fromkeys(
        ("practice", "dream_path", "connections", "inside_view", "income", "attendance_cost", "dread"), 0.5)
    assert blank["reshape_offer"] == blank["core_dislike"] == blank["unfixed_terms"] == 0.0


def test_an_answer_given_at_the_starting_value_is_weighed_as_given() -> None:
    case = Case()
    answers: tuple[tuple[JobField, object], ...] = (
        ("interviews_so_far", 0), ("early_career", False), ("experience_years", 0), ("travel_hours", 1.0),
        ("travel_cost", 0))
    for field, value in answers:
        case = set_job(case, field, value)
    given = strengths(case)
    assert given["practice"] == pytest.approx(0.5 * 1 + 0.25 * 0 + 0.25 * 0.5)
    assert given["inside_view"] == pytest.approx(0.5 * 0.5 + 0.5 * 1)
    assert given["attendance_cost"] == pytest.approx(0.5 * 1 / 8 + 0.5 * 0)  # going costs nothing: spare money aside


def test_the_money_half_of_the_cost_needs_both_the_cost_and_the_money_one_can_spare() -> None:
    cost_only = set_job(Case(), "travel_cost", 30)
    assert strengths(cost_only)["attendance_cost"] == pytest.approx(0.5 * 0.5 + 0.5 * 0.5)
    both = set_job(cost_only, "spare_money", 60)
    assert strengths(both)["attendance_cost"] == pytest.approx(0.5 * 0.5 + 0.5 * 30 / 60)
    nothing_to_spare = set_job(cost_only, "spare_money", 0)
    assert strengths(nothing_to_spare)["attendance_cost"] == pytest.approx(0.5 * 0.5 + 0.5 * 1)


def test_every_reason_no_offer_changes_counts_and_together_they_never_pass_ten() -> None:
    """Before, only the worst core reason counted: a second one at 6 added nothing (a persona with
    work outside his field *and* a move to a town where he knows nobody read as one objection)."""
    one = make(reasons=[{"label": "the work", "kind": "core", "severity": 6}])
    two = make(reasons=[{"label": "the work", "kind": "core", "severity": 6},
                        {"label": "the move", "kind": "core", "severity": 6}])
    assert math.isclose(strengths(one)["core_dislike"], 0.6)
    assert math.isclose(strengths(two)["core_dislike"], 1 - 0.4 * 0.4)
    many = make(reasons=[{"label": f"r{n}", "kind": "core", "severity": 9} for n in range(5)])
    assert strengths(many)["core_dislike"] <= 1.0


def test_a_look_inside_is_worth_what_you_are_curious_about() -> None:
    """No curiosity, no inside view, however new to work one is; before, a first-timer with no
    interest in the industry still read as half of it."""
    fresh_bored = make(job={"curiosity": 0, "experience_years": 0, "answered": ["experience_years"]})
    fresh_keen = make(job={"curiosity": 6, "experience_years": 0, "answered": ["experience_years"]})
    unsaid = make(job={"curiosity": 6})
    seasoned_keen = make(job={"curiosity": 6, "experience_years": 12})
    assert strengths(fresh_bored)["inside_view"] == 0.0
    assert math.isclose(strengths(fresh_keen)["inside_view"], 0.6 * 1.5)
    assert math.isclose(strengths(seasoned_keen)["inside_view"], 0.6 * 0.5)
    assert math.isclose(strengths(unsaid)["inside_view"], 0.6)  # experience not said: curiosity as it is


def test_years_of_work_say_how_early_in_a_career_one_is_until_one_says() -> None:
    """Henrik, eighteen years a head of finance, was told to answer "Are you early in your career?"
    first: his years had been given, and practice still weighed that question at its middle."""
    veteran = make(job={"interviews_so_far": 10, "selling_difficulty": 0, "experience_years": 18})
    newcomer = make(job={"interviews_so_far": 10, "selling_difficulty": 0, "experience_years": 0,
                         "answered": ["experience_years", "interviews_so_far", "selling_difficulty"]})
    said_early = make(job={"interviews_so_far": 10, "selling_difficulty": 0, "experience_years": 18,
                           "early_career": True})
    assert strengths(veteran)["practice"] == 0.0
    assert math.isclose(strengths(newcomer)["practice"], 0.25)
    assert math.isclose(strengths(said_early)["practice"], 0.25)  # what one says of oneself comes first
