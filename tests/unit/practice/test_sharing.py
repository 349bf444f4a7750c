"""Drafts leave in a link only when the owner chooses, fit its limits when they do, and a
mentor's notes on them merge like the rest of a review."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.case.base import text_bytes
from advisor.case.debrief import Debrief
from advisor.case.models import TEXT_BUDGET, Case, text_size
from advisor.case.practice import Feeling
from advisor.editing.practice_edits import set_came_up, set_draft_note, set_feeling
from advisor.editing.reviews import merge, set_review_overall, start_review
from advisor.practice.questions import QUESTIONS
from advisor.sharing.codec import decode, encode, export_json, for_link, from_json, holds_practice
from advisor.sharing.link_contents import link_contents
from tests.unit.practice.drafted import drafted_cases, example_with_eight
from tests.unit.sharing.test_codec import LINK_LIMIT, filled_case, many_scripts, quotes_and_backslashes
from tests.unit.sharing.tokens import LOCK, PASSPHRASE


def practised() -> Case:
    """The example with eight answers, one rehearsed, two come up and a mentor's note on one."""
    case = set_came_up(set_feeling(example_with_eight(), "why_here", Feeling.CONFIDENT), ["why_here", "salary"])
    return set_draft_note(start_review(case, "Ada"), "Ada", "salary", "Give a range, not one number.")


def test_a_link_leaves_the_practice_behind_unless_asked() -> None:
    case = practised()
    left = for_link(case, include_notes=True)
    assert left.drafts == [] and left.reviews[0].draft_notes == {}
    assert left.debrief is None  # it said only which questions came up
    rated = case.model_copy(update={"debrief": case.debrief.model_copy(update={"rating": 5})})  # type: ignore[union-attr]
    assert for_link(rated, include_notes=True).debrief == Debrief(rating=5)
    assert left.model_dump(exclude={"drafts", "reviews", "debrief"}) == case.model_dump(
        exclude={"drafts", "reviews", "debrief"})
    assert not holds_practice(decode(encode(left)))
    assert "Give a range" not in str(decode(encode(left)).model_dump())
    assert for_link(case, include_notes=True, include_drafts=True) == case
    assert decode(encode(for_link(case, include_notes=False, include_drafts=True))).drafts == case.drafts


def test_link_contents_say_whether_the_drafts_go() -> None:
    case = practised()
    without = link_contents(case, include_notes=False)
    assert without[-1] == "It does not carry your practice answers."
    assert not any("drafted" in sentence for sentence in without)
    assert "their notes on your practice answers" not in " ".join(without)
    carried = link_contents(case, include_notes=False, include_drafts=True)
    assert "It carries the 8 questions you chose to practise, your 8 drafted answers and how rehearsing 1 of them " \
           "went." in carried
    assert ("It carries the review of one mentor: their name, which revision of your answers it is written on "
            "and their notes on your practice answers.") in carried
    assert "It does not carry your practice answers." not in carried
    assert link_contents(Case(), include_notes=False) == link_contents(Case(), include_notes=False,
                                                                       include_drafts=True)


def test_the_example_with_eight_drafted_answers_fits_in_a_link_plain_and_locked() -> None:
    case = practised()
    plain = encode(for_link(case, include_notes=False, include_drafts=True))
    locked = encode(for_link(case, include_notes=False, include_drafts=True), LOCK)
    assert len(plain) <= LINK_LIMIT and len(locked) <= LINK_LIMIT
    assert decode(plain) == case and decode(locked, PASSPHRASE) == case
    print(f"example + eight drafted answers: {len(plain):,} characters plain, {len(locked):,} locked; "
          f"without the drafts {len(encode(for_link(case, include_notes=False))):,}")


def test_a_case_filled_to_the_budget_with_twelve_drafts_still_fits() -> None:
    """Twelve drafts (eight told in STAR parts), each rehearsed and come up, a mentor's note on each:
    structure the text budget does not count, beside as much random text as it allows."""
    for next_char in (many_scripts, quotes_and_backslashes):
        filled = filled_case(next_char, 0)
        data = filled.model_dump(mode="json")
        rnd = random.Random(3)
        chosen = [q for q in QUESTIONS if q.star] + [q for q in QUESTIONS if not q.star][:4]
        data["drafts"] = [{"question": q.id, "feeling": "not_yet",
                           **({p: next_char(rnd) for p in ("situation", "task", "action", "result")} if q.star
                              else {"answer": next_char(rnd)})} for q in chosen]
        data["debrief"] = {"came_up": [q.id for q in chosen]}
        data["reviews"][0]["draft_notes"] = {q.id: next_char(rnd) for q in chosen}
        added = [t for d in data["drafts"] for k, t in d.items() if k not in ("question", "feeling")]
        to_free = text_bytes([*added, *data["reviews"][0]["draft_notes"].values()]) - (TEXT_BUDGET - text_size(filled))
        for reason in data["reasons"]:  # the asks give the drafts and the notes their share of the budget
            while to_free > 0 and reason["ask"]:
                to_free -= text_bytes([reason["ask"][-1]])
                reason["ask"] = reason["ask"][:-1]
        case = Case.model_validate(data)
        assert len(case.drafts) == 12 and text_size(case) > TEXT_BUDGET - 8
        plain, locked = encode(case), encode(case, LOCK)
        assert len(plain) <= LINK_LIMIT and len(locked) <= LINK_LIMIT, (len(plain), len(locked))
        assert decode(locked, PASSPHRASE) == case
        print(f"filled to the budget with twelve drafts: {len(plain):,} characters plain, {len(locked):,} locked")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(drafted_cases(), st.booleans())
def test_any_case_with_drafts_round_trips_when_they_are_included_and_carries_none_when_not(
        case: Case, include_notes: bool) -> None:
    assert from_json(export_json(case)) == case  # the export file keeps everything, the drafts too
    sent = for_link(case, include_notes, include_drafts=True)
    assert decode(encode(sent)) == sent
    assert sent.drafts == case.drafts
    left = decode(encode(for_link(case, include_notes)))
    assert left.drafts == [] and not holds_practice(left)
    assert ("It does not carry your practice answers." in link_contents(case, include_notes)) == holds_practice(case)


def test_a_mentors_notes_on_answers_merge_like_the_rest_of_a_review() -> None:
    kept = practised()
    mentor_copy = decode(encode(for_link(kept, include_notes=False, include_drafts=True)))
    mentor_copy = set_draft_note(mentor_copy, "Ada", "why_here", "Say what the training is.")
    mentor_copy = set_draft_note(start_review(mentor_copy, "Bo"), "Bo", "tell_me", "Shorter.")
    merged = merge(kept, decode(encode(mentor_copy)))
    notes = {r.mentor: r.draft_notes for r in merged.reviews}
    assert notes == {"Ada": {"why_here": "Say what the training is.", "salary": "Give a range, not one number."},
                     "Bo": {"tell_me": "Shorter."}}
    assert merged.drafts == kept.drafts  # only reviews move
    assert merge(merged, decode(encode(mentor_copy))) == merged
    # A mentor link sent without the drafts brings back a review without notes on them: the kept notes stay.
    bare = decode(encode(for_link(merged, include_notes=False)))
    assert merge(merged, bare) == merged
    # ... and a newer review from such a link keeps the notes on the answers it was not sent.
    newer = merge(merged, set_review_overall(bare, "Ada", "Go, and ask for days."))
    assert newer.reviews[0].overall == "Go, and ask for days."
    assert newer.reviews[0].draft_notes == merged.reviews[0].draft_notes
    # A note the mentor cleared on an answer they were sent is cleared.
    cleared = set_draft_note(mentor_copy, "Ada", "why_here", "")
    assert merge(merged, decode(encode(cleared))).reviews[0].draft_notes == {"salary": "Give a range, not one number."}
