"""The words a person sees for each fixed answer, and the debrief's offer answers."""

from __future__ import annotations

import pytest

from advisor.case.debrief import Debrief, Decision
from advisor.case.labels import (
    DECISION_LABELS,
    GUT_LABELS,
    OFFER_CHOICES,
    OFFER_LABELS,
    RATING_LABELS,
    offer_choice,
)
from advisor.case.models import Gut


def test_every_fixed_answer_has_its_own_words() -> None:
    for labels, answers in ((GUT_LABELS, set(Gut)), (DECISION_LABELS, set(Decision)),
                            (RATING_LABELS, set(range(1, 6)))):
        assert set(labels) == answers
        assert len(set(labels.values())) == len(labels)
        assert all(label and label[0].isupper() for label in labels.values())


def test_every_rating_a_debrief_accepts_has_words() -> None:
    for rating in RATING_LABELS:
        assert Debrief(rating=rating).rating == rating
    assert RATING_LABELS[1] == "Badly" and RATING_LABELS[5] == "Very well"


def test_each_offer_answer_has_words_and_stands_for_one_offer() -> None:
    assert list(OFFER_LABELS) == list(OFFER_CHOICES) == ["unknown", "yes", "no"]
    assert OFFER_LABELS["unknown"] == "Not known yet"


@pytest.mark.parametrize("offer, choice", [(None, "unknown"), (True, "yes"), (False, "no")])
def test_a_debriefs_offer_reads_back_as_the_answer_given(offer: bool | None, choice: str) -> None:
    assert offer_choice(offer) == choice
    assert OFFER_CHOICES[offer_choice(offer)] is offer
    assert offer_choice(Debrief(offer=offer).offer) == choice
