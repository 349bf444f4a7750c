"""The reason catalogue, and the kind it suggests for a reason in the person's own words."""

from __future__ import annotations

import pytest

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.reasons import REASON_BY_ID, REASONS, suggest_kind


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
