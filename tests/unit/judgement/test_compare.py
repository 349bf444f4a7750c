"""The owner's weights beside each mentor's: what each review concludes and where it differs."""

from __future__ import annotations

from advisor.article.factors import FACTORS
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import set_job, without_reason
from advisor.editing.reviews import set_review_note, set_review_weight, start_review
from advisor.judgement.compare import compare_reviews, owner_possessive, weights_table, with_weights
from advisor.judgement.scoring import evaluate


def _reviewed() -> Case:
    """The example with Ada's review: she weighs dread at 10 and notes the pay."""
    case = start_review(example_case(), "Ada")
    case = set_review_weight(case, "Ada", "dread", 10)
    return set_review_note(case, "Ada", case.reasons[1].id, "Ask for more")


def test_a_case_without_reviews_compares_only_the_owner() -> None:
    case = example_case()
    comparison = compare_reviews(case)
    assert comparison.owner == evaluate(case, flip=False)
    assert comparison.mentors == ()


def test_a_review_with_the_owners_weights_concludes_as_the_owner_does() -> None:
    case = start_review(example_case(), "Ada")
    (ada,) = compare_reviews(case).mentors
    assert ada.review.mentor == "Ada"
    assert ada.assessment == compare_reviews(case).owner
    assert dict(ada.differences) == {} and ada.notes == ()


def test_a_mentors_weights_move_only_the_mentors_balance() -> None:
    case = _reviewed()
    comparison = compare_reviews(case)
    (ada,) = comparison.mentors
    assert comparison.owner == evaluate(case, flip=False)
    assert ada.assessment == evaluate(with_weights(case, {**case.weights, "dread": 10}), flip=False)
    assert ada.assessment.balance < comparison.owner.balance  # dread counts against going
    assert dict(ada.differences) == {"dread": "Dread of the interview (2 → 10)"}


def test_with_weights_keeps_the_owners_answers() -> None:
    case = example_case()
    judged = with_weights(case, {f.id: 0 for f in FACTORS})
    assert set(judged.weights.values()) == {0}
    assert judged.model_dump(exclude={"weights"}) == case.model_dump(exclude={"weights"})
    assert case.weights["dread"] == 2  # the owner's own case is left as it was


def test_notes_follow_the_cases_order_and_leave_out_a_removed_reason() -> None:
    case = set_review_note(_reviewed(), "Ada", example_case().reasons[0].id, "Nights wear you down")
    (ada,) = compare_reviews(case).mentors
    assert ada.notes == (("Night shifts", "Nights wear you down"), ("The pay is too low", "Ask for more"))
    (ada,) = compare_reviews(without_reason(case, case.reasons[0].id)).mentors
    assert ada.notes == (("The pay is too low", "Ask for more"),)


def test_the_weights_table_has_the_owners_column_then_each_mentors() -> None:
    case = start_review(_reviewed(), "Bo")
    table = weights_table(case)
    assert list(table.columns) == ["You", "Ada", "Bo"]
    assert table.index.name == "Factor"
    assert list(table.index) == [f.title for f in FACTORS]
    assert table.loc["Dread of the interview"].tolist() == [2, 10, 2]
    assert table["You"].tolist() == [case.weights[f.id] for f in FACTORS]


def test_the_owner_is_named_when_they_gave_a_name() -> None:
    assert owner_possessive(example_case()) == "the owner’s"
    assert owner_possessive(set_job(example_case(), "first_name", "Alex")) == "Alex’s"
