"""The practice edits: choosing questions keeps what was drafted, drafts and feelings are written
by question, what came up is marked, and a mentor's notes on answers follow their question."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.practice import MAX_DRAFTS, Feeling
from advisor.editing.practice_edits import (
    choose_questions,
    chosen,
    set_came_up,
    set_draft,
    set_draft_note,
    set_feeling,
)
from advisor.editing.reviews import start_review
from advisor.errors import EditRefused, ReviewError
from advisor.practice.questions import QUESTIONS
from tests.unit.practice.drafted import drafted_cases, example_with_eight

IDS = [q.id for q in QUESTIONS]


def test_choosing_questions_adds_empty_drafts_in_the_catalogues_order() -> None:
    case = choose_questions(example_case(), {"salary", "tell_me", "conflict"})
    assert chosen(case) == ("tell_me", "conflict", "salary")
    assert all(not any(d.texts()) and d.feeling is None for d in case.drafts)
    assert case.revision == example_case().revision  # the app's state revises an edit, as for every other edit


def test_choosing_again_keeps_every_draft_still_chosen_and_drops_what_pointed_at_the_others() -> None:
    case = example_with_eight()
    case = set_feeling(case, "why_here", Feeling.SHAKY)
    case = set_came_up(case, ["why_here", "salary"])
    case = set_draft_note(start_review(case, "Ada"), "Ada", "salary", "Say the number first.")
    case = set_draft_note(case, "Ada", "why_here", "Good.")
    kept = {d.question: d for d in case.drafts}
    after = choose_questions(case, ["why_here", "tell_me", "proud"])
    assert chosen(after) == ("tell_me", "why_here", "proud")
    assert {d.question: d for d in after.drafts}["why_here"] == kept["why_here"]
    assert after.debrief is not None and after.debrief.came_up == ["why_here"]
    assert after.reviews[0].draft_notes == {"why_here": "Good."}


def test_choosing_more_than_twelve_or_an_unknown_question_is_refused() -> None:
    with pytest.raises(EditRefused, match="at most 12 questions"):
        choose_questions(Case(), IDS[:MAX_DRAFTS + 1])
    with pytest.raises(EditRefused, match="not in our list"):
        choose_questions(Case(), ["why_not"])


def test_a_draft_is_written_by_its_question_and_star_parts_only_where_they_belong() -> None:
    case = choose_questions(Case(), ["why_here", "conflict"])
    case = set_draft(case, "conflict", "situation", "  At the shop  ")
    case = set_draft(case, "why_here", "answer", "Because of the training.")
    assert case.drafts[0].answer == "Because of the training." and case.drafts[1].situation == "At the shop"
    with pytest.raises(EditRefused, match="time something happened"):
        set_draft(case, "why_here", "task", "t")
    with pytest.raises(EditRefused, match="no longer among"):
        set_draft(case, "salary", "answer", "x")
    with pytest.raises(ValidationError):
        set_draft(case, "why_here", "answer", "x" * 601)


def test_feelings_and_what_came_up() -> None:
    case = choose_questions(Case(), ["why_here", "conflict"])
    case = set_feeling(case, "conflict", Feeling.CONFIDENT)
    assert case.drafts[1].feeling is Feeling.CONFIDENT
    assert set_feeling(case, "conflict", None).drafts[1].feeling is None
    with pytest.raises(EditRefused):
        set_feeling(case, "salary", Feeling.SHAKY)
    marked = set_came_up(case, ["conflict"])
    assert marked.debrief is not None and marked.debrief.came_up == ["conflict"]
    assert set_came_up(marked, []).debrief.came_up == []  # type: ignore[union-attr]
    with pytest.raises(EditRefused, match="Only a question you prepared"):
        set_came_up(case, ["salary"])


def test_a_mentors_note_goes_only_on_a_shared_answer_and_counts_as_their_edit() -> None:
    case = start_review(choose_questions(example_case(), ["why_here"]), "Ada")
    noted = set_draft_note(case, "Ada", "why_here", "Name the training.")
    assert noted.reviews[0].draft_notes == {"why_here": "Name the training."}
    assert noted.reviews[0].changes == 1 and noted.revision == case.revision
    assert set_draft_note(noted, "Ada", "why_here", "").reviews[0].draft_notes == {}
    with pytest.raises(ReviewError, match="has not shared"):
        set_draft_note(case, "Ada", "salary", "x")
    with pytest.raises(ReviewError):
        set_draft_note(case, "Bo", "why_here", "x")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(drafted_cases(), st.lists(st.sampled_from(IDS), unique=True, max_size=MAX_DRAFTS))
def test_choosing_keeps_at_most_twelve_and_never_loses_a_draft_that_stays_chosen(case: Case, picked: list[str]) -> None:
    after = choose_questions(case, picked)
    assert len(after.drafts) <= MAX_DRAFTS
    assert set(chosen(after)) == set(picked)
    before = {d.question: d for d in case.drafts}
    for draft in after.drafts:
        if draft.question in before:
            assert draft == before[draft.question]
        else:
            assert not any(draft.texts()) and draft.feeling is None
    assert after.model_dump(exclude={"drafts", "reviews", "debrief"}) == case.model_dump(
        exclude={"drafts", "reviews", "debrief"})
