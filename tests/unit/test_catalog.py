"""The article as data: the ten factors, their sections, and the reason catalogue."""

from __future__ import annotations

import pytest

from advisor.article.factors import (
    ARTICLE_SITE,
    ARTICLE_TITLE,
    DEFAULT_WEIGHTS,
    FACTOR_BY_ID,
    FACTOR_IDS,
    FACTORS,
    KIND_LABELS,
    MAX_WEIGHT,
    SECTIONS,
    Kind,
    Side,
)
from advisor.article.reasons import REASON_BY_ID, REASONS, suggest_kind
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


def test_reason_catalogue() -> None:
    assert len(REASONS) >= 12
    assert len({r.id for r in REASONS}) == len(REASONS) == len(REASON_BY_ID)
    assert len({r.label for r in REASONS}) == len(REASONS)
    for reason in REASONS:
        assert reason.label and reason.why, reason.id
        assert len(reason.id) <= 32 and len(reason.label) <= 80
        if reason.kind is Kind.NEGOTIABLE:
            assert reason.example_ask, f"{reason.id} is negotiable but has no example ask"
    assert set(KIND_LABELS) == set(Kind)


def test_catalogue_covers_the_common_reasons_of_the_design() -> None:
    wanted = {"pay", "shifts", "travel", "commute", "remote", "daily_work", "team", "culture", "growth",
              "security", "benefits", "contract"}
    assert wanted <= set(REASON_BY_ID)
    assert REASON_BY_ID["daily_work"].kind is Kind.CORE
    assert REASON_BY_ID["pay"].kind is Kind.NEGOTIABLE


@pytest.mark.parametrize("reason", REASONS, ids=lambda r: r.id)
def test_catalogue_reason_keeps_its_kind(reason: object) -> None:
    from advisor.article.reasons import CatalogReason

    assert isinstance(reason, CatalogReason)
    # whatever the label says, a catalogue id decides
    for label in (reason.label, "I hate talking to customers", "the salary", ""):
        kind, why = suggest_kind(label, "Answering customers' calls", reason.id)
        assert kind is reason.kind
        assert why == reason.why


@pytest.mark.parametrize(
    "label, kind",
    [
        ("I hate talking to customers", Kind.CORE),
        ("the salary", Kind.NEGOTIABLE),
        ("Talking on the phone all day", Kind.CORE),
        ("Teaching teenagers", Kind.CORE),
        ("Leading a team", Kind.CORE),
        ("THE BORING, REPETITIVE TASKS", Kind.CORE),
        ("Night shifts", Kind.NEGOTIABLE),
        ("No remote days", Kind.NEGOTIABLE),
        ("A long commute", Kind.NEGOTIABLE),
        ("The pay", Kind.NEGOTIABLE),
        ("Something else entirely", Kind.NEGOTIABLE),  # the article: ask before giving up
    ],
)
def test_suggest_kind_for_own_words(label: str, kind: Kind) -> None:
    suggested, why = suggest_kind(label)
    assert suggested is kind
    assert why.strip().endswith(".")


def test_unknown_catalogue_id_falls_back_to_the_words() -> None:
    assert suggest_kind("I hate talking to customers", catalog_id="no_such_id")[0] is Kind.CORE
