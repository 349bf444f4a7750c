"""The article as data: the ten factors and the article's sections, in order."""

from __future__ import annotations

import pytest

from advisor.article.factors import (
    ARTICLE_SITE,
    ARTICLE_TITLE,
    DEFAULT_WEIGHTS,
    FACTOR_BY_ID,
    FACTOR_IDS,
    FACTORS,
    MAX_WEIGHT,
    SECTIONS,
    Side,
)
from advisor.documents import plan

# The article's ten arguments: id -> side
DESIGN_SIDES = {
    "practice": Side.PRO, "dream_path": Side.PRO, "connections": Side.PRO, "reshape_offer": Side.PRO,
    "inside_view": Side.PRO, "income": Side.PRO, "core_dislike": Side.CON, "unfixed_terms": Side.CON,
    "attendance_cost": Side.CON, "dread": Side.CON,
}
# Sections whose advice is not a factor to weigh: they become the plan and the closing line.
ADVICE_SECTIONS = {"Try your best regardless", "Be honest with the interviewers at the end"}


def test_ten_factors_with_unique_ids() -> None:
    assert len(FACTORS) == 10
    assert len(set(FACTOR_IDS)) == 10
    assert set(FACTOR_BY_ID) == set(FACTOR_IDS)
    assert len({f.title for f in FACTORS}) == 10


def test_sides_are_as_designed() -> None:
    assert {f.id: f.side for f in FACTORS} == DESIGN_SIDES
    assert sum(f.side is Side.PRO for f in FACTORS) == 6
    assert sum(f.side is Side.CON for f in FACTORS) == 4


def test_factors_are_explained_and_weighted() -> None:
    for factor in FACTORS:
        assert factor.title and factor.why and factor.more, factor.id
        assert len(factor.more) > len(factor.why), factor.id
        assert factor.section in SECTIONS, factor.id
        assert 0 <= factor.default_weight <= MAX_WEIGHT
        assert DEFAULT_WEIGHTS[factor.id] == factor.default_weight


def test_dread_has_a_low_default_weight() -> None:
    # the article treats fear as a reason to practise
    assert DEFAULT_WEIGHTS["dread"] == min(DEFAULT_WEIGHTS.values())
    assert DEFAULT_WEIGHTS["dread"] <= 3


@pytest.mark.parametrize("section", [s for s in SECTIONS if s not in ADVICE_SECTIONS])
def test_every_argument_section_maps_to_a_factor(section: str) -> None:
    assert any(f.section == section for f in FACTORS), section


def test_advice_sections_exist_and_become_the_plan_and_closing_line() -> None:
    assert set(SECTIONS) >= ADVICE_SECTIONS
    assert len(plan.CHECKLIST) >= 5
    assert {"values", "environment", "growth", "business", "leaders", "questions"} <= plan.CHECKLIST_IDS
    assert callable(plan.closing_line)


def test_sections_are_the_articles_in_order() -> None:
    assert len(SECTIONS) == len(set(SECTIONS)) == 8
    assert SECTIONS[0].startswith("Introduction")
    assert SECTIONS[-1] == "Final thoughts"
    assert ARTICLE_TITLE == "Interviewing for a job you do not want"
    assert ARTICLE_SITE == "InterviewPenguin"
