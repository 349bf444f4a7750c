"""Mentor reviews: a copy of the weights, adoption by the owner, notes that follow reasons."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.catalog import FACTOR_IDS
from advisor.examples import example_case
from advisor.models import MAX_REVIEWS, Case
from advisor.reviews import ReviewError, adopt, start_review, without_reason
from advisor.share import decode, encode
from tests.unit.strategies import cases


def _reviewed() -> Case:
    case = start_review(example_case(), "Ada")
    data = case.model_dump()
    data["reviews"][0]["weights"]["dread"] = 9
    data["reviews"][0]["weights"]["income"] = 1
    data["reviews"][0]["notes"] = {0: "nights rotate?", 3: "the phone is the job"}
    return Case.model_validate(data)


def test_a_review_starts_with_a_copy_of_the_owners_weights() -> None:
    owner = example_case().model_copy(update={"weights": {**example_case().weights, "practice": 1}})
    reviewed = start_review(owner, "  Ada  ")
    assert reviewed.reviews[0].mentor == "Ada"
    assert reviewed.reviews[0].weights == owner.weights
    assert reviewed.weights == owner.weights
    assert reviewed.reviews[0].weights is not reviewed.weights


def test_mentor_weights_never_change_the_owners() -> None:
    case = _reviewed()
    assert case.weights == example_case().weights
    assert case.reviews[0].weights["dread"] == 9


@pytest.mark.parametrize("name", ["", "   "])
def test_a_review_needs_a_name(name: str) -> None:
    with pytest.raises(ReviewError, match="name"):
        start_review(example_case(), name)


def test_one_review_per_mentor_and_at_most_five() -> None:
    case = start_review(example_case(), "Ada")
    with pytest.raises(ReviewError, match="already a review by ada"):
        start_review(case, "ada")
    for name in ("B", "C", "D", "E"):
        case = start_review(case, name)
    assert len(case.reviews) == MAX_REVIEWS
    with pytest.raises(ReviewError, match="at most 5"):
        start_review(case, "F")


def test_adopting_one_weight_changes_only_that_factor() -> None:
    case = _reviewed()
    adopted = adopt(case, 0, "dread")
    assert adopted.weights["dread"] == 9
    assert {f: w for f, w in adopted.weights.items() if f != "dread"} == \
        {f: w for f, w in case.weights.items() if f != "dread"}
    assert adopted.reviews == case.reviews


def test_adopting_all_weights_takes_the_mentors_set() -> None:
    case = _reviewed()
    assert adopt(case, 0).weights == case.reviews[0].weights


def test_adopting_an_unknown_factor_is_refused() -> None:
    with pytest.raises(ReviewError):
        adopt(_reviewed(), 0, "luck")


def test_removing_a_reason_keeps_notes_on_their_reasons() -> None:
    case = _reviewed()
    trimmed = without_reason(case, 1)
    assert [r.label for r in trimmed.reasons] == [case.reasons[i].label for i in (0, 2, 3)]
    assert trimmed.reviews[0].notes == {0: "nights rotate?", 2: "the phone is the job"}
    assert without_reason(case, 0).reviews[0].notes == {2: "the phone is the job"}


def test_a_reviewed_case_travels_in_the_link() -> None:
    case = _reviewed()
    assert decode(encode(case)) == case
    assert len(encode(case)) <= 1_000


@given(cases(), st.sampled_from(FACTOR_IDS))
def test_adopting_from_a_review_of_any_case_stays_valid(case: Case, factor: str) -> None:
    if not case.reviews:
        return
    adopted = adopt(case, 0, factor)
    assert adopted.weights[factor] == case.reviews[0].weights[factor]
    assert decode(encode(adopted)) == adopted
