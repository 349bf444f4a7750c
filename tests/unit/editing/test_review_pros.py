"""A mentor's weights of the owner's own pros: bounded, kept apart from the owner's, merged and
carried like the rest of a review, adopted by choice, and counted in the mentor's verdict."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import Case, Review
from advisor.case.pros import MAX_PRO_ID, MAX_PROS
from advisor.editing.edits import add_pro, remove_pro, revised, set_pro_weight
from advisor.editing.reviews import adopt, merge, set_review_pro_weight, set_review_weight, start_review
from advisor.errors import ReviewError
from advisor.judgement.compare import compare_reviews, weights_table, with_review
from advisor.judgement.scoring import evaluate
from advisor.sharing.codec import decode, encode, to_json


def _with_pros() -> Case:
    """The example with two pros of the owner's own (weights 5 and 2) and Ada's review."""
    case = add_pro(add_pro(example_case(), "The team seemed kind"), "Close to home")
    case = set_pro_weight(case, case.pros[1].id, 2)
    return start_review(case, "Ada")


@pytest.mark.parametrize("weights", [{-1: 3}, {MAX_PRO_ID + 1: 3}, {0: 11}, {0: -1},
                                     {i: 1 for i in range(MAX_PROS + 1)}])
def test_a_mentors_pro_weights_are_bounded(weights: dict[int, int]) -> None:
    with pytest.raises(ValidationError):
        Review(mentor="Ada", pro_weights=weights)


def test_a_new_review_weighs_no_pro_and_counts_the_owners_weights() -> None:
    case = _with_pros()
    (ada,) = case.reviews
    assert ada.pro_weights == {}
    assert with_review(case, ada).pros == case.pros
    assert compare_reviews(case).mentors[0].assessment == compare_reviews(case).owner


def test_the_mentor_weighs_a_pro_and_the_owners_weight_stays() -> None:
    case = _with_pros()
    first = case.pros[0].id
    weighed = set_review_pro_weight(case, " ada ", first, 10)
    assert weighed.pros == case.pros
    assert weighed.reviews[0].pro_weights == {first: 10}
    assert weighed.reviews[0].changes == case.reviews[0].changes + 1
    assert set_review_pro_weight(weighed, "Ada", first, 10) == weighed  # no change, no edit counted
    with pytest.raises(ReviewError, match="no longer lists"):
        set_review_pro_weight(case, "Ada", 77, 3)
    with pytest.raises(ReviewError, match="no review by Bob"):
        set_review_pro_weight(case, "Bob", first, 3)
    with pytest.raises(ValidationError):
        set_review_pro_weight(case, "Ada", first, 11)


def test_the_mentors_pro_weight_moves_only_the_mentors_balance() -> None:
    case = _with_pros()
    raised = set_review_pro_weight(case, "Ada", case.pros[0].id, 10)
    lowered = set_review_pro_weight(case, "Ada", case.pros[0].id, 0)
    owner = compare_reviews(case).owner
    (up,), (down,) = compare_reviews(raised).mentors, compare_reviews(lowered).mentors
    assert compare_reviews(raised).owner == owner
    assert down.assessment.balance < owner.balance < up.assessment.balance
    assert up.assessment == evaluate(set_pro_weight(case, case.pros[0].id, 10), flip=False)
    assert dict(up.differences) == {case.pros[0].id: "“The team seemed kind” (5 → 10)"}


def test_the_weights_table_has_a_row_per_own_pro() -> None:
    case = set_review_pro_weight(_with_pros(), "Ada", 1, 9)
    table = weights_table(case)
    assert table.loc["The team seemed kind"].tolist() == [5, 5]
    assert table.loc["Close to home"].tolist() == [2, 9]


def test_a_weight_of_a_pro_the_owner_removed_counts_for_nothing() -> None:
    case = set_review_pro_weight(_with_pros(), "Ada", 0, 10)
    trimmed = remove_pro(case, 0)
    (ada,) = compare_reviews(trimmed).mentors
    assert ada.assessment == compare_reviews(trimmed).owner and dict(ada.differences) == {}
    with pytest.raises(ReviewError, match="no longer in your list"):
        adopt(trimmed, "Ada", 0)


def test_adopting_all_takes_the_pros_they_weighed_and_keeps_the_others() -> None:
    case = set_review_weight(set_review_pro_weight(_with_pros(), "Ada", 1, 9), "Ada", "dread", 9)
    adopted = adopt(case, "Ada")
    assert [p.weight for p in adopted.pros] == [5, 9]
    assert adopted.weights == case.reviews[0].weights
    one = adopt(case, "Ada", 1)
    assert [p.weight for p in one.pros] == [5, 9] and one.weights == case.weights
    assert [p.weight for p in adopt(case, "Ada", "dread").pros] == [5, 2]
    with pytest.raises(ReviewError, match="did not weigh"):
        adopt(case, "Ada", 0)


def test_pro_weights_are_merged_with_the_newer_review_and_travel_in_links() -> None:
    sent = _with_pros()
    back = set_review_pro_weight(sent, "Ada", 0, 8)
    kept = revised(sent)
    merged = merge(kept, decode(encode(back)))
    assert merged.reviews[0].pro_weights == {0: 8} and merged.pros == kept.pros
    assert merge(merged, sent) == merged  # the older copy without the weight does not win
    assert decode(encode(back)) == back
    assert b"pro_weights" not in to_json(sent) and b"pro_weights" in to_json(back)
    assert len(encode(back)) <= 1_000
