"""Mentor reviews: a copy of the weights, the mentor's edits, adoption by the owner, notes that
follow reasons, and merging the reviews that come back without losing any answer or review."""

from __future__ import annotations

import base64
import zlib

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.article.factors import FACTOR_IDS
from advisor.case.examples import example_case
from advisor.case.models import MAX_REVIEWS, Case, Review, mentor_key
from advisor.editing.edits import revised, without_reason
from advisor.editing.reviews import (
    MAX_REMEMBERED_REVIEWS,
    Relation,
    adopt,
    merge,
    own_review,
    relation,
    remember_reviewer,
    remove_review,
    reviewers_from_json,
    set_review_note,
    set_review_overall,
    set_review_weight,
    start_review,
)
from advisor.errors import ReviewError
from advisor.sharing.codec import ShareLinkError, decode, encode
from tests.unit.strategies import cases, copies_of, reviewed_cases


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
    adopted = adopt(case, "Ada", "dread")
    assert adopted.weights["dread"] == 9
    assert {f: w for f, w in adopted.weights.items() if f != "dread"} == \
        {f: w for f, w in case.weights.items() if f != "dread"}
    assert adopted.reviews == case.reviews


def test_adopting_all_weights_takes_the_mentors_set() -> None:
    case = _reviewed()
    assert adopt(case, " ada ").weights == case.reviews[0].weights


def test_adopting_an_unknown_factor_is_refused() -> None:
    with pytest.raises(ReviewError):
        adopt(_reviewed(), "Ada", "luck")
    with pytest.raises(ReviewError, match="no review by Bob"):
        adopt(_reviewed(), "Bob")


def test_removing_a_reason_keeps_notes_on_their_reasons() -> None:
    case = _reviewed()
    trimmed = without_reason(case, 1)
    assert [r.label for r in trimmed.reasons] == [case.reasons[i].label for i in (0, 2, 3)]
    assert trimmed.reviews[0].notes == {0: "nights rotate?", 3: "the phone is the job"}
    assert [r.id for r in trimmed.reasons] == [0, 2, 3]  # ids stay: notes point at the same reasons
    assert without_reason(case, 0).reviews[0].notes == {3: "the phone is the job"}


def test_a_reviewed_case_travels_in_the_link() -> None:
    case = _reviewed()
    assert decode(encode(case)) == case
    assert len(encode(case)) <= 1_000


@given(cases(), st.sampled_from(FACTOR_IDS))
def test_adopting_from_a_review_of_any_case_stays_valid(case: Case, factor: str) -> None:
    if not case.reviews:
        return
    adopted = adopt(case, case.reviews[0].mentor, factor)
    assert adopted.weights[factor] == case.reviews[0].weights[factor]
    assert decode(encode(adopted)) == adopted


# --- the mentor's edits -----------------------------------------------------------------------


def test_a_review_is_written_on_the_case_revision_in_view() -> None:
    owner = revised(revised(example_case()))
    review = start_review(owner, "Ada").reviews[0]
    assert (review.revision, review.changes) == (2, 0)


def test_each_edit_of_a_review_raises_its_changes_and_leaves_the_owner_alone() -> None:
    owner = example_case()
    case = start_review(owner, "Ada")
    case = set_review_weight(case, "ada", "dread", 9)
    case = set_review_note(case, "ADA", 3, "  the phone is the job ")
    case = set_review_overall(case, "Ada", "Go, for the practice.")
    review = case.reviews[0]
    assert review.weights["dread"] == 9
    assert review.notes == {3: "the phone is the job"}
    assert review.overall == "Go, for the practice."
    assert (review.revision, review.changes) == (0, 3)
    assert case.model_dump(exclude={"reviews"}) == owner.model_dump(exclude={"reviews"})
    assert set_review_note(case, "Ada", 3, "").reviews[0].notes == {}


def test_an_edit_that_changes_nothing_is_not_counted() -> None:
    case = set_review_weight(start_review(example_case(), "Ada"), "Ada", "dread", 9)
    assert set_review_weight(case, "Ada", "dread", 9) is case
    assert set_review_overall(case, "Ada", "") is case


def test_an_edit_records_the_later_revision_it_was_made_on() -> None:
    case = revised(revised(start_review(example_case(), "Ada")))
    review = set_review_overall(case, "Ada", "Later thoughts.").reviews[0]
    assert (review.revision, review.changes) == (2, 1)


def test_edits_of_a_review_are_refused_with_a_reason() -> None:
    case = start_review(example_case(), "Ada")
    with pytest.raises(ReviewError, match="no review by Bob"):
        set_review_overall(case, " Bob ", "hello")
    with pytest.raises(ReviewError, match="no factor called luck"):
        set_review_weight(case, "Ada", "luck", 3)
    with pytest.raises(ValidationError):
        set_review_weight(case, "Ada", "dread", 11)
    with pytest.raises(ReviewError, match="reason the case does not have"):
        set_review_note(case, "Ada", len(case.reasons), "on nothing")
    with pytest.raises(ReviewError, match="reason the case does not have"):
        set_review_note(case, "Ada", -1, "on nothing")
    with pytest.raises(ValidationError):
        set_review_overall(case, "Ada", "x" * 1_001)


def test_removing_a_review_by_its_mentor_keeps_the_others() -> None:
    case = start_review(start_review(example_case(), "Ada"), "Bob")
    assert [r.mentor for r in remove_review(case, " ADA").reviews] == ["Bob"]
    with pytest.raises(ReviewError):
        remove_review(case, "Chen")


# --- merging reviews that come back ----------------------------------------------------------


def _another_case() -> Case:
    """The example's answers, but another case: another person started from the example too."""
    return example_case().model_copy(update={"id": "another-case"})


def _review_of(case: Case, mentor: str, overall: str = "", edits: int = 0) -> Case:
    """The case as the mentor sends it back: their review added, with this many edits."""
    back = start_review(case, mentor)
    for number in range(edits):
        back = set_review_overall(back, mentor, f"{overall} ({number + 1})")
    return back


def test_a_review_coming_back_is_merged_and_the_owners_newer_answers_stay() -> None:
    sent = example_case()
    back = _review_of(sent, "Ada", "Go", edits=1)
    kept = revised(sent.model_copy(update={"notes": "written after sending"}))
    merged = merge(kept, back)
    assert merged.model_dump(exclude={"reviews"}) == kept.model_dump(exclude={"reviews"})
    assert merged.reviews == back.reviews
    assert relation(kept, back) is Relation.NEW_REVIEWS
    assert relation(merged, back) is Relation.OLDER
    assert merge(merged, back) == merged


def test_the_newer_review_of_a_mentor_wins_and_a_tie_keeps_the_kept_one() -> None:
    sent = example_case()
    older = _review_of(sent, "Ada", "first", edits=1)
    newer = _review_of(sent, "ada", "second", edits=2)
    assert merge(merge(sent, older), newer).reviews[0].overall == "second (2)"
    assert merge(merge(sent, newer), older).reviews[0].overall == "second (2)"
    rival = _review_of(sent, "Ada", "other", edits=1)
    assert merge(merge(sent, older), rival).reviews[0].overall == "first (1)"
    on_a_later_revision = _review_of(revised(sent), "Ada")
    assert merge(merge(sent, newer), on_a_later_revision).reviews[0].revision == 1


def test_a_review_of_another_case_is_refused() -> None:
    with pytest.raises(ReviewError, match="This review is of another case"):
        merge(example_case(), _review_of(_another_case(), "Ada"))


def test_more_reviews_than_a_case_carries_are_refused_and_nothing_is_merged() -> None:
    kept = example_case()
    for name in ("A", "B", "C", "D"):
        kept = start_review(kept, name)
    back = start_review(start_review(kept.model_copy(update={"reviews": []}), "E"), "F")
    with pytest.raises(ReviewError, match=f"at most {MAX_REVIEWS}: remove one") as caught:
        merge(kept, back)
    assert "would carry 6" in str(caught.value)
    assert [r.mentor for r in merge(kept, back.model_copy(update={"reviews": back.reviews[:1]})).reviews] == \
        ["A", "B", "C", "D", "E"]


def test_reviews_too_long_for_a_link_beside_the_answers_are_refused() -> None:
    kept = Case(notes="n" * 1_000, reasons=[{"label": "l" * 80, "ask": "a" * 100} for _ in range(18)])
    back = kept.model_copy(update={"notes": "", "reasons": []})
    back = set_review_overall(start_review(back, "Ada"), "Ada", "o" * 1_000)
    with pytest.raises(ReviewError, match="do not fit beside your answers"):
        merge(kept, back)


def test_relation_names_what_a_link_is_to_the_kept_case() -> None:
    kept = start_review(revised(example_case()), "Ada")
    assert relation(kept, kept) is Relation.SAME
    assert relation(kept, kept.model_copy(update={"reviews": []})) is Relation.SAME
    assert relation(kept, _another_case()) is Relation.OTHER_CASE
    older = kept.model_copy(update={"revision": 0})
    assert relation(kept, older) is Relation.OLDER
    assert relation(kept, revised(kept)) is Relation.NEWER
    assert relation(kept, set_review_overall(older, "Ada", "more")) is Relation.NEW_REVIEWS
    assert relation(kept, start_review(older, "Bob")) is Relation.NEW_REVIEWS
    assert relation(kept, start_review(revised(kept), "Bob")) is Relation.NEWER


def _versions(case: Case) -> dict[str, tuple[int, int]]:
    return {mentor_key(r.mentor): (r.revision, r.changes) for r in case.reviews}


def _merged_or_refused(case: Case, incoming: Case) -> Case | None:
    """merge(), or None when it refused for a reason it must: the reviews did not fit a link."""
    try:
        return merge(case, incoming)
    except ReviewError as error:
        assert "do not fit beside your answers" in str(error), error
        return None


@settings(max_examples=150, deadline=None)
@given(reviewed_cases(), st.data())
def test_merge_keeps_every_owner_answer_and_loses_no_review(case: Case, data: st.DataObject) -> None:
    incoming = data.draw(copies_of(case))
    merged = _merged_or_refused(case, incoming)
    if merged is None:
        return
    assert merged.model_dump(exclude={"reviews"}) == case.model_dump(exclude={"reviews"})
    mentors = set(_versions(case)) | set(_versions(incoming))
    assert set(_versions(merged)) == mentors
    for review in merged.reviews:  # each the newest of its mentor's copies, the kept one on a tie
        key = mentor_key(review.mentor)
        kept = next((r for r in case.reviews if mentor_key(r.mentor) == key), None)
        copies = [r for r in (kept, *incoming.reviews) if r is not None and mentor_key(r.mentor) == key]
        assert (review.revision, review.changes) == max((r.revision, r.changes) for r in copies)
        if kept is not None and (kept.revision, kept.changes) == (review.revision, review.changes):
            assert review == kept


@settings(max_examples=150, deadline=None)
@given(reviewed_cases(), st.data())
def test_merge_is_idempotent(case: Case, data: st.DataObject) -> None:
    incoming = data.draw(copies_of(case))
    merged = _merged_or_refused(case, incoming)
    if merged is not None:
        assert merge(merged, incoming) == merged
        assert relation(merged, incoming) in (Relation.SAME, Relation.OLDER, Relation.NEWER)


@settings(max_examples=150, deadline=None)
@given(reviewed_cases(max_reviews=1), st.data())
def test_the_order_in_which_reviews_come_back_does_not_matter(case: Case, data: st.DataObject) -> None:
    first, second = data.draw(copies_of(case)), data.draw(copies_of(case))
    one_way = _merged_or_refused(case, first)
    other_way = _merged_or_refused(case, second)
    if one_way is None or other_way is None:
        return
    one_way, other_way = _merged_or_refused(one_way, second), _merged_or_refused(other_way, first)
    if one_way is None or other_way is None:
        return
    assert _versions(one_way) == _versions(other_way)
    assert one_way.model_dump(exclude={"reviews"}) == other_way.model_dump(exclude={"reviews"})


@settings(max_examples=50, deadline=None)
@given(reviewed_cases(), reviewed_cases())
def test_merging_a_review_of_another_case_always_raises(case: Case, other: Case) -> None:
    if other.id == case.id:
        return
    with pytest.raises(ReviewError, match="another case"):
        merge(case, other)


@settings(max_examples=100, deadline=None)
@given(reviewed_cases(), st.data())
def test_relation_agrees_with_merge(case: Case, data: st.DataObject) -> None:
    incoming = data.draw(copies_of(case))
    found = relation(case, incoming)
    merged = _merged_or_refused(case, incoming)
    if found is Relation.NEWER:
        assert incoming.revision > case.revision
    elif merged is not None:
        assert (merged != case) == (found is Relation.NEW_REVIEWS)


@pytest.mark.parametrize("name", ["You", " you ", "FACTOR", "Owner", "Me"])
def test_a_mentor_cannot_sign_as_the_owner_or_a_column(name: str) -> None:
    with pytest.raises(ReviewError, match="sign with your own name"):
        start_review(example_case(), name)


def test_a_mentor_cannot_sign_with_the_owners_first_name() -> None:
    case = example_case().model_copy(update={"job": example_case().job.model_copy(update={"first_name": "Alex"})})
    with pytest.raises(ReviewError):
        start_review(case, "alex")


@pytest.mark.parametrize("name", ["You", " you ", "FACTOR", "Owner", "Me", "alex"])
def test_a_review_signed_as_the_owner_is_refused_on_merge_and_on_decode(name: str) -> None:
    """Forged in a link: the rule holds wherever a review arrives, not only where one starts."""
    kept = example_case().model_copy(update={"job": example_case().job.model_copy(update={"first_name": "Alex"})})
    forged = kept.model_dump()
    forged["reviews"] = [{"mentor": name, "weights": {**kept.weights, "income": 0}}]
    token = "1." + base64.urlsafe_b64encode(zlib.compress(orjson.dumps(forged))).decode().rstrip("=")
    with pytest.raises(ShareLinkError, match="stands for the owner"):
        decode(token)
    incoming = kept.model_construct(**{**kept.__dict__, "reviews": [Review.model_construct(
        mentor=name, revision=0, changes=0, weights=kept.weights, notes={}, overall="")]})
    with pytest.raises(ReviewError, match="stands for the owner"):
        merge(kept, incoming)


def test_a_browser_remembers_whom_it_reviewed_as_and_drops_what_it_cannot_trust() -> None:
    book = remember_reviewer({}, "case-one", " Ada ")
    book = remember_reviewer(book, "case-two", "Sam")
    assert reviewers_from_json(orjson.dumps(book).decode()) == {"case-one": "Ada", "case-two": "Sam"}
    for raw in (None, "", "not json", "[1, 2]", '{"case-one": 3}', '{"no spaces here": "Ada"}',
                '{"case-one": "' + "x" * 61 + '"}'):
        assert reviewers_from_json(raw) == {}, raw
    many: dict[str, str] = {}
    for number in range(MAX_REMEMBERED_REVIEWS + 5):
        many = remember_reviewer(many, f"case-{number:03}", "Ada")
    assert len(many) == MAX_REMEMBERED_REVIEWS and "case-024" in many and "case-000" not in many


def test_a_mentor_opens_on_their_own_review_only() -> None:
    case = start_review(start_review(example_case(), "Ada"), "Sam")
    assert own_review(case, {}) is None  # someone new, not the last review (Sam's)
    assert own_review(case, {case.id: "ada"}) == 0
    assert own_review(case, {"another-case": "Sam"}) is None
    assert own_review(remove_review(case, "Ada"), {case.id: "Ada"}) is None
