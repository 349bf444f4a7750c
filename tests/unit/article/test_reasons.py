"""The reason catalogue, and the kind it suggests for a reason in the person's own words."""

from __future__ import annotations

import pytest

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.reasons import REASON_BY_ID, REASONS, example_ask, reason_topic, sort_note, suggest_kind
from advisor.article.topic_advice import EXAMPLE_ASKS
from advisor.reading.topics import Topic


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


def test_the_persons_sort_chooses_among_the_topics_the_words_name() -> None:
    """The person has the last word on the article's test, and the ask, the question and the
    walk-away line follow the topic: a recruiter who sorted "the same payroll work for only about
    10 % more" as negotiable was asked what an ordinary day looks like; it is about the pay."""
    same_work = "It's the same payroll work I do now for only about 10 % more."
    payroll = "Running payroll for client companies"
    assert reason_topic(same_work, payroll) is Topic.WORK
    assert reason_topic(same_work, payroll, kind=Kind.NEGOTIABLE) is Topic.PAY
    assert reason_topic(same_work, payroll, kind=Kind.CORE) is Topic.WORK
    assert example_ask(None, same_work, payroll) == EXAMPLE_ASKS[Topic.PAY]
    note = sort_note(same_work, None, Kind.NEGOTIABLE, payroll)
    assert note.endswith("You moved it. So we take it to be about the pay.")


def test_ones_own_circumstances_sorted_as_core_stay_ones_own() -> None:
    """Leaving a team one likes is a price of one's own life, which keeps a verdict from "go for the
    practice, not the job" (``against_job``); a move abroad the employer could spare one is about
    where the work is."""
    move = "I'd have to move to Oslo, away from my partner and my mum."
    assert reason_topic(move) is Topic.CIRCUMSTANCES
    assert reason_topic(move, kind=Kind.CORE) is Topic.CIRCUMSTANCES
    assert reason_topic(move, kind=Kind.NEGOTIABLE) is Topic.PLACE
    assert sort_note(move, None, Kind.NEGOTIABLE, settled=True) == (
        "You said they could change it. So we take it to be about where the work is and the journey.")
    assert sort_note(move, None, Kind.CORE, settled=True) == "You said they could not change it."
    nothing_else = "I'd be leaving a team I really like."
    assert reason_topic(nothing_else, kind=Kind.NEGOTIABLE) is reason_topic(nothing_else)
