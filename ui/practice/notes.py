"""A mentor's notes on the practice answers the owner shared: written on Mentor review, read by
the owner beside the answer on Practise and in the mentor's review on Mentor review.

Answers and notes are people's own words, shown escaped; a question is named by its id, so a
note stays with its answer whatever order either list is in.
"""

from __future__ import annotations

import streamlit as st

from advisor.case.models import Case, Review
from advisor.case.practice import DRAFT_NOTE_LENGTH
from advisor.practice.questions import question
from advisor.practice.rehearsal import draft_text
from ui import keys, state
from ui.practice.callbacks import edit_draft_note
from ui.views.messages import field_errors
from ui.views.parts import noted_part
from ui.views.widgets import user_text


def notes_on(case: Case, question_id: str) -> None:
    """Every mentor's note on the owner's answer to one question, under that answer."""
    for review in case.reviews:
        if note := review.draft_notes.get(question_id):
            st.markdown(f"**{user_text(review.mentor)}**, on this answer: {user_text(note)}")


def notes_in_review(review: Review) -> None:
    """A mentor's notes on the shared answers, in their review as the owner reads it."""
    lines = [f"- **On “{question(question_id).text}”**: {user_text(note)}"
             for question_id, note in review.draft_notes.items() if note]
    if lines:
        st.markdown("\n".join(lines))


def draft_notes_form(case: Case, who: int, review: Review) -> None:
    """The answers the owner shared, a part each, with the mentor's note on it; nothing when the
    link carried none (the owner chose not to share them)."""
    if not case.drafts:
        return
    st.subheader("Their practice answers")
    st.caption("They shared the answers they are preparing for the interview. Open one to read it and to say "
               "what would make it stronger.")
    for draft in case.drafts:
        asked = question(draft.question)
        note = review.draft_notes.get(asked.id, "")
        part_key = f"{keys.MENTOR_DRAFT_PART}{who}_{asked.id}"
        box = noted_part(asked.text, note, part_key)
        if box is None:
            continue
        with box:
            text = draft_text(draft)
            st.markdown(user_text(text) if text.strip() else "*Not drafted yet.*")
            key = state.seed(f"{keys.MENTOR_DRAFT_NOTE}{who}_{asked.id}", note)
            st.text_area("Your note on this answer", key=key, height=100, max_chars=DRAFT_NOTE_LENGTH,
                         on_change=edit_draft_note, args=(review.mentor, asked.id, key, part_key))
            field_errors(key)
