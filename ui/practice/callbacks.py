"""Practise's callbacks, and those of what practice adds to the debrief and to a mentor's review.

Questions are named by their id, never by a place in a list, so a burst of clicks can't reach the
wrong one; each edit is one typed function of ``advisor.editing.practice_edits``, applied through
``ui.state`` like every other edit (refused to a mentor, a refusal shown at its widget).
"""

from __future__ import annotations

import streamlit as st

from advisor.case.practice import Feeling
from advisor.editing import practice_edits
from advisor.editing.edits import revised
from advisor.editing.practice_edits import DraftField
from advisor.practice.questions import question
from advisor.practice.rehearsal import draft_text, suggested
from ui import keys, state
from ui.callbacks import widget
from ui.practice import session
from ui.shell.guard import after_a_pause, guarded


@guarded
def take_suggested() -> None:
    """The suggested questions, confirmed by the person: each becomes a draft to write."""
    if state.edit(lambda case: practice_edits.choose_questions(case, suggested(case)), keys.PRACTISE_SUGGESTED):
        state.forget(keys.PRACTISE_PICK)  # every box shows the case again


@guarded
def take_again(question_ids: tuple[str, ...]) -> None:
    """Questions earlier interviews asked, added to those chosen (refused past the most a case holds)."""
    if state.edit(lambda case: practice_edits.choose_questions(case, {*practice_edits.chosen(case), *question_ids}),
                  keys.PRACTISE_AGAIN):
        state.forget(keys.PRACTISE_PICK)


@guarded
def pick_question(question_id: str, key: str) -> None:
    """A question ticked or unticked. Unticking one with a draft takes the draft with it, so the
    person is told and can undo it with one click (a draft with nothing in it loses nothing)."""
    ticked = widget.value(key)
    if ticked is widget.MISSING:
        return
    before = state.case()
    picked = practice_edits.chosen(before)
    wanted = [*picked, question_id] if ticked else [q for q in picked if q != question_id]
    if not state.edit(lambda case: practice_edits.choose_questions(case, wanted), key):
        st.session_state[key] = question_id in picked  # the box shows what the case holds
        return
    dropped = None if ticked else next((d for d in before.drafts if d.question == question_id), None)
    if dropped is not None and (draft_text(dropped).strip() or dropped.feeling is not None):
        # What the undo brings back: the case before, as one more revision (links sent since stay older).
        kept = revised(before.model_copy(update={"revision": state.case().revision}))
        state.replace(state.case(), undo=True, previous=kept,
                      notice=f"“{question(question_id).text}” is no longer among your questions, and its draft "
                             "went with it.")


@guarded
def edit_draft(question_id: str, field: DraftField, key: str) -> None:
    widget.with_value(key, lambda case, value: practice_edits.set_draft(case, question_id, field, str(value or "")),
                      state.edit)
    state.keep_open(f"{keys.PRACTISE_DRAFT}{question_id}")


@guarded
def start_rehearsal() -> None:
    session.begin()


@guarded
def stop_rehearsal() -> None:
    session.stop()


@guarded
def feel(question_id: str, feeling: Feeling) -> None:
    """How saying one answer went; then the next question, its clock from zero. A second click
    landing on the next question's buttons before anyone could read it is ignored."""
    if after_a_pause("rehearsal", question_id) and state.edit(
            lambda case: practice_edits.set_feeling(case, question_id, feeling), f"{keys.PRACTISE_FEEL}{feeling}"):
        session.advance()


@guarded
def came_up(question_id: str, key: str) -> None:
    """A prepared question ticked as asked in the interview, or unticked."""
    ticked = widget.value(key)
    if ticked is widget.MISSING:
        return
    debrief = state.case().debrief
    asked = [q for q in (debrief.came_up if debrief else []) if q != question_id] + ([question_id] if ticked else [])
    state.edit(lambda case: practice_edits.set_came_up(case, asked), key)


@guarded
def edit_draft_note(mentor: str, question_id: str, key: str, part_key: str) -> None:
    """A mentor's note on one shared answer: their review changes, never the owner's answers."""
    widget.with_value(key, lambda case, value: practice_edits.set_draft_note(case, mentor, question_id,
                                                                             str(value or "")), state.apply)
    state.keep_open(part_key)
