"""Opening a link next to the case this browser keeps: nothing the owner made is ever lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.arrival import LinkKind, Role, arrive
from advisor.editing.edits import revised, set_job, set_notes
from advisor.editing.practice_edits import choose_questions, set_draft
from advisor.editing.reviews import set_review_weight, start_review


def _owner() -> Case:
    return set_notes(example_case(), "private: ask about the night bonus")


def _reviewed_by(case: Case, mentor: str, dread: int) -> Case:
    return set_review_weight(start_review(case, mentor), mentor, "dread", dread)


def test_a_mentor_link_opens_read_only_and_never_becomes_the_kept_case() -> None:
    mine = Case()
    arrival = arrive(mine, example_case(), LinkKind.REVIEW)
    assert arrival.role is Role.MENTOR
    assert arrival.keep is False


def test_a_review_coming_back_is_merged_into_the_newer_kept_case() -> None:
    sent = _owner()
    later = revised(set_job(sent, "title", "Night porter"))
    back = _reviewed_by(sent.model_copy(update={"notes": ""}), "Sam", 9)
    arrival = arrive(later, back, LinkKind.REPLY)
    assert arrival.role is Role.OWNER
    assert arrival.case.job.title == "Night porter"
    assert arrival.case.notes == sent.notes
    assert [r.mentor for r in arrival.case.reviews] == ["Sam"]
    assert arrival.notice == "Sam's review has been added."


@settings(max_examples=20, deadline=None)
@given(st.permutations(["Ada", "Sam", "Lee"]))
def test_reviews_of_several_mentors_meet_in_any_order(order: list[str]) -> None:
    kept = revised(set_job(_owner(), "company", "Later edit Ltd"))
    link = _owner().model_copy(update={"notes": ""})
    for mentor in order:
        kept = arrive(kept, _reviewed_by(link, mentor, 3), LinkKind.REPLY).case
    assert sorted(r.mentor for r in kept.reviews) == ["Ada", "Lee", "Sam"]
    assert kept.job.company == "Later edit Ltd"
    assert kept.notes == _owner().notes


def test_an_older_link_of_ones_own_case_is_offered_not_forced() -> None:
    old = _owner()
    newer = revised(set_job(old, "title", "Changed since"))
    arrival = arrive(newer, old, LinkKind.CASE)
    assert arrival.case is newer
    assert arrival.offer is old
    assert arrival.notice is not None and "older version" in arrival.notice


def test_a_newer_link_of_ones_own_case_is_offered_with_the_private_notes_and_reviews() -> None:
    kept = _reviewed_by(_owner(), "Ada", 9)
    newer = revised(set_job(_owner(), "title", "From the address bar")).model_copy(update={"notes": ""})
    arrival = arrive(kept, newer, LinkKind.CASE)
    assert arrival.case is kept
    assert arrival.offer is not None and arrival.offer.job.title == "From the address bar"
    assert arrival.offer.notes == kept.notes
    assert [r.mentor for r in arrival.offer.reviews] == ["Ada"]
    assert arrival.notice is not None and "later version" in arrival.notice


def test_a_newer_link_without_the_practice_answers_is_offered_with_the_kept_ones() -> None:
    """A link leaves the drafts behind unless the owner asks (issue 33): a newer version of one's
    own case opened from such a link must not lose the answers this browser keeps."""
    kept = set_draft(choose_questions(_owner(), ["why_here"]), "why_here", "answer", "The training they offer.")
    newer = revised(set_job(kept, "title", "From another device")).model_copy(update={"drafts": []})
    arrival = arrive(kept, newer, LinkKind.CASE)
    assert arrival.offer is not None and arrival.offer.job.title == "From another device"
    assert [(d.question, d.answer) for d in arrival.offer.drafts] == [("why_here", "The training they offer.")]


def test_practice_answers_that_would_not_fit_beside_the_newer_version_are_named_not_lost_silently() -> None:
    ids = ["tell_me", "walk_cv", "why_leaving", "outside_work", "why_here", "why_role"]
    kept = choose_questions(_owner(), ids)
    for n, question in enumerate(ids):
        kept = set_draft(kept, question, "answer", f"{n} " + "word " * 115)
    newer = set_notes(_owner(), "n" * 900).model_copy(update={"revision": kept.revision + 1})
    arrival = arrive(kept, newer, LinkKind.CASE)
    assert arrival.offer is not None and arrival.offer.drafts == []
    assert arrival.warning is not None and "practice answers" in arrival.warning


def _forged(kept: Case, mentor: str = "Mallory") -> Case:
    """What anyone sent a mentor link can make: the case with other answers, a higher revision
    and a review, sent back as a reply."""
    forged = kept.model_copy(update={"revision": kept.revision + 1, "weights": {**kept.weights, "income": 0},
                                     "job": kept.job.model_copy(update={"title": "Forged title"}), "notes": ""})
    return _reviewed_by(forged, mentor, 0)


def test_a_reply_adds_its_review_and_never_touches_the_answers_whatever_its_revision() -> None:
    kept = _owner()
    arrival = arrive(kept, _forged(kept), LinkKind.REPLY)
    assert arrival.case.model_dump(exclude={"reviews"}) == kept.model_dump(exclude={"reviews"})
    assert [r.mentor for r in arrival.case.reviews] == ["Mallory"]
    assert arrival.offer is None
    assert arrival.notice == "Mallory's review has been added."


def test_a_reply_that_replaces_a_mentors_review_says_so_and_can_be_undone() -> None:
    kept = _reviewed_by(_owner(), "Ada", 9)
    newer_ada = set_review_weight(kept.model_copy(update={"notes": ""}), " ada ", "dread", 1)
    arrival = arrive(kept, newer_ada, LinkKind.REPLY)
    assert arrival.case.reviews[0].weights["dread"] == 1
    assert arrival.restores is kept
    assert arrival.notice is not None and "Ada's earlier review was replaced" in arrival.notice


def test_a_reply_with_nothing_new_changes_nothing_and_says_so() -> None:
    kept = _reviewed_by(_owner(), "Ada", 9)
    arrival = arrive(kept, revised(kept.model_copy(update={"notes": ""})), LinkKind.REPLY)
    assert arrival.case is kept and arrival.offer is None
    assert arrival.notice is not None and "nothing changed" in arrival.notice


def test_a_refused_merge_keeps_every_kept_review_and_says_why() -> None:
    kept = _owner()
    for mentor in ("A0", "A1", "A2"):
        kept = _reviewed_by(kept, mentor, 1)
    other = _owner().model_copy(update={"notes": ""})
    for mentor in ("B0", "B1", "B2"):
        other = _reviewed_by(other, mentor, 2)
    for link in (other, revised(other)):
        for kind in (LinkKind.REPLY, LinkKind.CASE):
            arrival = arrive(kept, link, kind)
            assert arrival.case is kept
            assert arrival.warning is not None and "at most 5" in arrival.warning


def test_another_case_never_replaces_the_kept_one_silently() -> None:
    mine, theirs = _owner(), Case()
    for kind in (LinkKind.CASE, LinkKind.REPLY):
        arrival = arrive(mine, theirs, kind)
        assert arrival.case is mine
        assert arrival.offer is theirs
        assert arrival.warning


def test_with_nothing_kept_a_link_simply_opens() -> None:
    arrival = arrive(None, example_case(), LinkKind.CASE)
    assert arrival.case == example_case()
    assert arrival.role is Role.OWNER and arrival.keep


def test_an_owners_link_in_a_browser_new_to_it_asks_whose_case_it_is_and_offers_the_review() -> None:
    """A mentor sent the owner's link instead of the review link is told so (issue 32)."""
    link = example_case()
    arrival = arrive(None, link, LinkKind.CASE)
    assert arrival.role is Role.OWNER and arrival.case is link
    assert arrival.warning is not None and arrival.warning.startswith("Is this your case, or are you reviewing")
    assert arrival.review is link


def test_before_the_browser_reported_nothing_is_asked() -> None:
    """The owner reloading their own tab opens a link before the browser says it keeps it."""
    arrival = arrive(None, example_case(), LinkKind.CASE, settled=False)
    assert arrival.warning is None and arrival.review is None


def test_another_case_than_ones_own_offers_the_mentors_view_too() -> None:
    mine, theirs = _owner(), example_case().model_copy(update={"id": Case().id})
    arrival = arrive(mine, theirs, LinkKind.CASE)
    assert arrival.case is mine and arrival.review is theirs
    assert arrival.warning is not None and "review it as a mentor instead" in arrival.warning


def test_ones_own_case_and_review_links_offer_no_mentors_view() -> None:
    mine = _owner()
    assert arrive(mine, mine, LinkKind.CASE).review is None
    assert arrive(mine, revised(mine), LinkKind.CASE).review is None
    assert arrive(None, example_case(), LinkKind.REPLY).review is None
    assert arrive(None, example_case(), LinkKind.REVIEW).review is None
