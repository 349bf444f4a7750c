"""The strength rules: how each factor's strength in [0, 1] is read from the answers."""

from __future__ import annotations

import math

import pytest

from advisor.article.factors import FACTOR_IDS
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
