"""The owner's weights beside each mentor's: what each review concludes and where it differs.

A review holds only weights and notes, so each mentor's verdict is the owner's case scored with
that mentor's weights (of the article's factors, and of the owner's own pros where the mentor
weighed them): the answers stay the owner's, only the judgement of what matters moves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pandas as pd

from advisor.article.factors import FACTORS
from advisor.case.models import FACTOR_COLUMN, OWNER_COLUMN, Case, Review
from advisor.case.pros import Pro
from advisor.judgement.scoring import Assessment, evaluate


@dataclass(frozen=True, slots=True)
class MentorView:
    """One review as the owner reads it."""

    review: Review
    assessment: Assessment
    notes: tuple[tuple[str, str], ...]  # (reason label, the mentor's note on it)
    differences: Mapping[str | int, str]  # factor id or own pro's id -> "Title (yours → theirs)"


@dataclass(frozen=True, slots=True)
class Comparison:
    owner: Assessment
    mentors: tuple[MentorView, ...]


def with_weights(case: Case, weights: Mapping[str, int]) -> Case:
    """The owner's answers judged with other weights."""
    return case.model_copy(update={"weights": dict(weights)})


def with_review(case: Case, review: Review) -> Case:
    """The owner's answers judged with a mentor's weights: their factors' weights, and their
    weight of each own pro they weighed (the owner's where they did not)."""
    pros = [pro.model_copy(update={"weight": review.pro_weights.get(pro.id, pro.weight)}) for pro in case.pros]
    return case.model_copy(update={"weights": dict(review.weights), "pros": pros})


def review_weight(case: Case, review: Review, pro: Pro) -> int:
    """How much an own pro of the owner counts for this mentor."""
    return review.pro_weights.get(pro.id, pro.weight)


def notes_on_reasons(case: Case, review: Review) -> tuple[tuple[str, str], ...]:
    """A mentor's notes as (reason, note), in the case's order; a note on a reason the case no
    longer has is left out."""
    return tuple((r.label, review.notes[r.id]) for r in case.reasons if r.id in review.notes)


def _view(case: Case, review: Review) -> MentorView:
    notes = notes_on_reasons(case, review)
    differences: dict[str | int, str] = {
        f.id: f"{f.title} ({case.weights[f.id]} → {review.weights[f.id]})"
        for f in FACTORS if review.weights[f.id] != case.weights[f.id]
    }
    differences.update({pro.id: f"“{pro.label}” ({pro.weight} → {review_weight(case, review, pro)})"
                        for pro in case.pros if review_weight(case, review, pro) != pro.weight})
    return MentorView(review, evaluate(with_review(case, review), flip=False), notes, MappingProxyType(differences))


def compare_reviews(case: Case) -> Comparison:
    return Comparison(evaluate(case, flip=False), tuple(_view(case, r) for r in case.reviews))


def weights_table(case: Case) -> pd.DataFrame:
    """Every factor's weight and every own pro's: the owner's, then each mentor's, one column
    each (a case's mentors never sign with the owner's or the factors' column name, nor with
    each other's)."""
    columns = {FACTOR_COLUMN: [f.title for f in FACTORS] + [pro.label for pro in case.pros],
               OWNER_COLUMN: [case.weights[f.id] for f in FACTORS] + [pro.weight for pro in case.pros]}
    for review in case.reviews:
        columns[review.mentor] = ([review.weights[f.id] for f in FACTORS]
                                  + [review_weight(case, review, pro) for pro in case.pros])
    return pd.DataFrame(columns).set_index(FACTOR_COLUMN)


def owner_possessive(case: Case) -> str:
    """How a mentor's screens name whose case it is: "Alex's", or "the owner's" without a name."""
    name = case.job.first_name
    return f"{name}’s" if name else "the owner’s"
