"""Mentor reviews: starting and editing one, merging those that come back, adopting from one.

Pure functions from a case to a new case, so the rules hold the same in the app, in tests and
anywhere else: a mentor never changes the owner's answers; the owner decides what to adopt; a
review coming back is merged into the kept case, never put in its place, so no answer and no
other mentor's review is lost; a mentor's notes on the owner's drafted answers travel and merge
inside their review, like their notes on reasons. Reviews are addressed by the mentor's name (trimmed, any case),
never by their position in the list, which differs between copies of a case.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

import orjson
from pydantic import ValidationError

from advisor.article.factors import FACTOR_IDS
from advisor.case.base import place_of
from advisor.case.models import CASE_ID, MAX_REVIEWS, Case, Review, mentor_key, passes_for_owner
from advisor.case.refusals import refusals
from advisor.editing.edits import reason_position
from advisor.errors import ReviewError


class Relation(StrEnum):
    """What a link means against the case kept in the browser (both of the same owner or not)."""

    OTHER_CASE = "other_case"  # a different case: nothing to merge
    SAME = "same"  # the kept case already holds everything the link brings
    NEW_REVIEWS = "new_reviews"  # reviews new or newer than the kept ones: merge them
    OLDER = "older"  # an older revision of the kept answers and nothing new: offer, never force
    NEWER = "newer"  # a later revision of the answers (its reviews may be new too): offer it


def start_review(case: Case, mentor: str) -> Case:
    """Add a review by this mentor, holding a copy of the owner's current weights and the
    revision it is written on."""
    name = mentor.strip()
    if not name:
        raise ReviewError("Write your name first, so the owner knows whose review it is.")
    if passes_for_owner(name, case.job.first_name):
        raise ReviewError(f"“{name}” stands for the owner or the factors in the comparison: sign with your own name.")
    if _find(case, name) is not None:
        raise ReviewError(f"There is already a review by {name}. If it is yours, written on another device, pick "
                          "it in the list above; if not, sign so the owner can tell you apart (add an initial).")
    if len(case.reviews) >= MAX_REVIEWS:
        raise ReviewError(f"A case can carry at most {MAX_REVIEWS} reviews: remove one first.")
    review = Review(mentor=name, weights=dict(case.weights), revision=case.revision)
    return _with_reviews(case, [*case.reviews, review])


def set_review_weight(case: Case, mentor: str, factor_id: str, value: int) -> Case:
    """The mentor's own weight for one factor; the owner's weights stay as they are."""
    if factor_id not in FACTOR_IDS:
        raise ReviewError(f"There is no factor called {factor_id}.")
    review = _review(case, mentor)
    return _edited(case, review, {"weights": {**review.weights, factor_id: value}})


def set_review_pro_weight(case: Case, mentor: str, pro_id: int, value: int) -> Case:
    """The mentor's own weight for one of the owner's own pros (by its id); the owner's stays."""
    if place_of(case.pros, pro_id) is None:
        raise ReviewError("This weight points at something the owner no longer lists.")
    review = _review(case, mentor)
    return _edited(case, review, {"pro_weights": {**review.pro_weights, pro_id: value}})


def set_review_note(case: Case, mentor: str, reason_id: int, text: str) -> Case:
    """The mentor's note on one of the owner's reasons (by its id); an empty text removes it."""
    if reason_position(case, reason_id) is None:
        raise ReviewError("This note points at a reason the case does not have.")
    review = _review(case, mentor)
    return _edited(case, review, {"notes": {**review.notes, reason_id: text}})


def set_draft_note(case: Case, mentor: str, question_id: str, text: str) -> Case:
    """The mentor's note on one of the owner's drafted answers (by its question's id); an empty
    text removes it. Only an answer the owner shared can be noted."""
    if question_id not in {draft.question for draft in case.drafts}:
        raise ReviewError("This note points at an answer the owner has not shared.")
    review = _review(case, mentor)
    return _edited(case, review, {"draft_notes": {**review.draft_notes, question_id: text}})


def set_review_overall(case: Case, mentor: str, text: str) -> Case:
    """The mentor's overall note on the case."""
    review = _review(case, mentor)
    return _edited(case, review, {"overall": text})


def remove_review(case: Case, mentor: str) -> Case:
    """The case without this mentor's review (a later link from the mentor brings it back)."""
    review = _review(case, mentor)
    return _with_reviews(case, [r for r in case.reviews if r is not review])


def adopt(case: Case, mentor: str, which: str | int | None = None) -> Case:
    """The owner takes a mentor's weight for one factor (by its id) or one of their own pros (by
    its id), or all of them when none is named; a pro the mentor did not weigh keeps its weight."""
    review = _review(case, mentor)
    weights, pros = dict(case.weights), {}
    if which is None:
        weights, pros = dict(review.weights), dict(review.pro_weights)
    elif isinstance(which, str):
        if which not in FACTOR_IDS:
            raise ReviewError(f"There is no factor called {which}.")
        weights[which] = review.weights[which]
    elif which in review.pro_weights and place_of(case.pros, which) is not None:
        pros = {which: review.pro_weights[which]}
    else:
        raise ReviewError("They did not weigh this, or it is no longer in your list.")
    data = case.model_dump()
    data["weights"] = weights
    for pro in data["pros"]:
        pro["weight"] = pros.get(pro["id"], pro["weight"])
    return Case.model_validate(data)


def merge(case: Case, incoming: Case) -> Case:
    """The kept case with the incoming case's reviews added or brought up to date.

    Every answer of the kept case (its id and revision too) stays exactly as it is; only reviews
    move. A mentor's review replaces the kept one of the same mentor only when it is newer by
    ``(revision, changes)``; on a tie the kept one stays, so merging the same link twice changes
    nothing and the order in which mentors' links arrive does not matter. Nothing is half
    applied: a review of another case, more than ``MAX_REVIEWS`` reviews, or reviews too long to
    fit beside the kept answers raise :class:`ReviewError` and the kept case is unchanged.

    A mentor's notes on drafted answers travel inside their review; a link that did not carry an
    answer cannot carry a note on it either, so a newer review keeps the kept notes on answers its
    link left behind (a note the mentor cleared on an answer they were sent is cleared).
    """
    if incoming.id != case.id:
        raise ReviewError(
            "This review is of another case than the one you have here, so it was not added. "
            "Open the link on its own to see that case."
        )
    reviews = list(case.reviews)
    carried = {draft.question for draft in incoming.drafts}
    for review in incoming.reviews:
        kept = _find(case, review.mentor)
        if kept is None:
            reviews.append(review)
        elif _newer(review, kept):
            left_behind = {q: note for q, note in kept.draft_notes.items() if q not in carried}
            reviews[reviews.index(kept)] = review.model_copy(
                update={"draft_notes": {**left_behind, **review.draft_notes}}) if left_behind else review
    if len(reviews) > MAX_REVIEWS:
        raise ReviewError(
            f"With these reviews your case would carry {len(reviews)}, but it can carry at most "
            f"{MAX_REVIEWS}: remove one you no longer need first, then open the link again."
        )
    try:
        return _with_reviews(case, reviews)
    except ValidationError as exc:
        found = " ".join(refusals(exc)[:2])
        raise ReviewError(f"These reviews do not fit beside your answers. {found}") from exc


def relation(kept: Case, incoming: Case) -> Relation:
    """What the incoming case (from a link) is to the kept one, for the app to act on.

    A later revision of the answers outranks new reviews (the owner is offered the newer answers,
    whose reviews can then be merged with the kept ones); new reviews outrank an older revision
    (they are merged and the kept answers stay).
    """
    if incoming.id != kept.id:
        return Relation.OTHER_CASE
    if incoming.revision > kept.revision:
        return Relation.NEWER
    if any(_brings(review, kept) for review in incoming.reviews):
        return Relation.NEW_REVIEWS
    if incoming.revision < kept.revision:
        return Relation.OLDER
    return Relation.SAME


def _brings(review: Review, kept: Case) -> bool:
    """Whether merging this review would change the kept case."""
    existing = _find(kept, review.mentor)
    return existing is None or _newer(review, existing)


def _newer(review: Review, than: Review) -> bool:
    return (review.revision, review.changes) > (than.revision, than.changes)


def _find(case: Case, mentor: str) -> Review | None:
    key = mentor_key(mentor)
    return next((r for r in case.reviews if mentor_key(r.mentor) == key), None)


def _review(case: Case, mentor: str) -> Review:
    review = _find(case, mentor)
    if review is None:
        raise ReviewError(f"There is no review by {mentor.strip() or 'that name'} in this case.")
    return review


def _edited(case: Case, review: Review, change: dict[str, Any]) -> Case:
    """The case with one review changed by its mentor: one more edit, on the revision in view.

    An edit that changes nothing returns the case as it is, so ``changes`` counts real edits.
    """
    updated = Review.model_validate({**review.model_dump(), **change})
    if updated == review:
        return case
    updated = updated.model_copy(
        update={"changes": review.changes + 1, "revision": max(review.revision, case.revision)})
    return _with_reviews(case, [updated if r is review else r for r in case.reviews])


def _with_reviews(case: Case, reviews: list[Review]) -> Case:
    """The case holding these reviews, validated as a whole (the text budget counts them)."""
    return Case.model_validate({**case.model_dump(), "reviews": [r.model_dump() for r in reviews]})


# How many cases a browser remembers having reviewed (the oldest is forgotten first).
MAX_REMEMBERED_REVIEWS = 20


def reviewers_from_json(raw: str | None) -> dict[str, str]:
    """Which mentor this browser reviewed each case as (case id → name), as kept in the browser.

    What the browser hands back is anyone's to edit: anything but a small map of a case id to a
    name a review could carry is dropped, so a damaged entry only means starting as someone new.
    """
    try:
        found = orjson.loads(raw or "{}")
    except orjson.JSONDecodeError:
        return {}
    if not isinstance(found, dict):
        return {}
    pairs = [(case_id, name) for case_id, name in found.items()
             if isinstance(name, str) and re.fullmatch(CASE_ID, case_id) and 0 < len(name.strip()) <= 60]
    return dict(pairs[-MAX_REMEMBERED_REVIEWS:])


def remember_reviewer(reviewers: dict[str, str], case_id: str, mentor: str) -> dict[str, str]:
    """The map with this browser's review of ``case_id`` signed by ``mentor``, newest last."""
    rest = {k: v for k, v in reviewers.items() if k != case_id}
    return dict([*rest.items(), (case_id, mentor.strip())][-MAX_REMEMBERED_REVIEWS:])


def own_review(case: Case, reviewers: dict[str, str]) -> int | None:
    """The place of the review this browser started on ``case``, if it is still there: only that
    one is picked for a mentor who opens the case, so a second mentor never edits the first's."""
    name = reviewers.get(case.id)
    found = _find(case, name) if name else None
    return case.reviews.index(found) if found is not None else None
