"""Mentor reviews: starting one with a copy of the owner's weights, and adopting from one.

Pure functions from a case to a new case, so the rules (a mentor never changes the owner's
weights; the owner decides what to adopt) hold the same in the app, in tests and anywhere else.
"""

from __future__ import annotations

from advisor.catalog import FACTOR_IDS
from advisor.models import MAX_REVIEWS, Case, Review


class ReviewError(ValueError):
    """A review action that cannot be done; the message says why."""


def start_review(case: Case, mentor: str) -> Case:
    """Add a review by this mentor, holding a copy of the owner's current weights."""
    name = mentor.strip()
    if not name:
        raise ReviewError("Write your name first, so the owner knows whose review it is.")
    if any(r.mentor.casefold() == name.casefold() for r in case.reviews):
        raise ReviewError(f"There is already a review by {name}: pick it in the list above.")
    if len(case.reviews) >= MAX_REVIEWS:
        raise ReviewError(f"A case can carry at most {MAX_REVIEWS} reviews: remove one first.")
    review = Review(mentor=name, weights=dict(case.weights))
    return Case.model_validate({**case.model_dump(), "reviews": [*case.model_dump()["reviews"],
                                                                 review.model_dump()]})


def adopt(case: Case, review: int, factor_id: str | None = None) -> Case:
    """The owner takes a mentor's weight for one factor, or all of them when none is named."""
    theirs = case.reviews[review].weights
    if factor_id is not None and factor_id not in FACTOR_IDS:
        raise ReviewError(f"There is no factor called {factor_id}.")
    chosen = dict(theirs) if factor_id is None else {**case.weights, factor_id: theirs[factor_id]}
    return case.model_copy(update={"weights": Case.model_validate({"weights": chosen}).weights})


def without_reason(case: Case, index: int) -> Case:
    """Remove a reason and keep every mentor note on the reason it was written about."""
    data = case.model_dump()
    del data["reasons"][index]
    for review in data["reviews"]:
        review["notes"] = {
            (i if i < index else i - 1): note for i, note in review["notes"].items() if i != index
        }
    return Case.model_validate(data)
