"""Every change of the practice part of a case: the questions chosen, the drafts, how each felt
in rehearsal, and which came up at the interview.

Like the other edits (``advisor.editing.edits``), each is a function from a case to a new,
validated case; a refused edit raises ``EditRefused`` with a sentence a person can act on (or
pydantic's ``ValidationError`` for a text too long), and the case passed in is never changed.
Drafts are named by their question's id, never by their place in the list.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from advisor.case.debrief import Debrief
from advisor.case.models import Case
from advisor.case.practice import MAX_DRAFTS, STAR_PARTS, Feeling
from advisor.editing.reviews import set_draft_note
from advisor.errors import EditRefused
from advisor.practice.questions import QUESTION_IDS, question

__all__ = ["DraftField", "choose_questions", "chosen", "set_came_up", "set_draft", "set_draft_note",
           "set_feeling"]

DraftField = Literal["answer", "situation", "task", "action", "result"]


def chosen(case: Case) -> tuple[str, ...]:
    """The ids of the chosen questions, in the catalogue's order."""
    return tuple(draft.question for draft in case.drafts)


def choose_questions(case: Case, question_ids: Collection[str]) -> Case:
    """Make the chosen questions these: a draft of a question still chosen is kept as it is, a
    newly chosen question gets an empty draft. What pointed at a question no longer chosen goes
    with it (a mentor's note on its answer, its mark as having come up), as a removed reason
    takes the notes on it."""
    picked = set(question_ids)
    if picked - QUESTION_IDS:
        raise EditRefused("That question is not in our list.")
    if len(picked) > MAX_DRAFTS:
        raise EditRefused(f"You can prepare at most {MAX_DRAFTS} questions: leave one out to add another.")
    data = case.model_dump()
    kept = [draft for draft in data["drafts"] if draft["question"] in picked]
    new = [{"question": q} for q in sorted(picked - set(chosen(case)))]
    data["drafts"] = kept + new
    for review in data["reviews"]:
        review["draft_notes"] = {q: note for q, note in review["draft_notes"].items() if q in picked}
    if data["debrief"] is not None:
        data["debrief"]["came_up"] = [q for q in data["debrief"]["came_up"] if q in picked]
    return Case.model_validate(data)


def _draft_place(data: dict[str, Any], question_id: str) -> int:
    """Where the draft of this question is; refused when the question is no longer chosen (a
    late keystroke after the question was left out changes nothing)."""
    place = next((p for p, d in enumerate(data["drafts"]) if d["question"] == question_id), None)
    if place is None:
        raise EditRefused("That question is no longer among the ones you chose.")
    return place


def set_draft(case: Case, question_id: str, field: DraftField, value: str) -> Case:
    """Write one part of a draft: the answer, or for a question about a time something happened,
    one of its STAR parts."""
    data = case.model_dump()
    place = _draft_place(data, question_id)
    if field in STAR_PARTS and not question(question_id).star:
        raise EditRefused("Only a question about a time something happened is answered in situation, task, "
                          "action and result.")
    data["drafts"][place][field] = value
    return Case.model_validate(data)


def set_feeling(case: Case, question_id: str, feeling: Feeling | None) -> Case:
    """How rehearsing this answer went (None: not said yet)."""
    data = case.model_dump()
    data["drafts"][_draft_place(data, question_id)]["feeling"] = feeling
    return Case.model_validate(data)


def set_came_up(case: Case, question_ids: Collection[str]) -> Case:
    """Which of the prepared questions came up at the interview; the first answer creates the
    debrief."""
    if set(question_ids) - set(chosen(case)):
        raise EditRefused("Only a question you prepared can be marked as having come up.")
    debrief = (case.debrief or Debrief()).model_dump()
    return Case.model_validate({**case.model_dump(), "debrief": {**debrief, "came_up": list(question_ids)}})
