"""Practise's first two parts: the questions to prepare, and a draft of the answer to each.

Questions, their groups and what an interviewer listens for are the app's own words; a hint is
built from the person's case and an answer is theirs, so both are shown escaped, never as markup.
Each question and each draft is a part of its own, drawn only while open: twelve drafts of four
fields each would otherwise cost a phone a long first visit.
"""

from __future__ import annotations

from typing import cast

import streamlit as st

from advisor.case.labels import FEELING_LABELS
from advisor.case.models import Case
from advisor.case.practice import ANSWER_LENGTH, MAX_DRAFTS, PART_LENGTH, STAR_PARTS, Draft
from advisor.editing.practice_edits import DraftField, chosen
from advisor.practice.hints import hint
from advisor.practice.questions import GROUP_TITLES, STAR_TITLES, Group, Question, in_group, question
from advisor.practice.rehearsal import draft_text, prepared, saying_time, suggested, text_room
from ui import keys, state
from ui.practice.callbacks import edit_draft, pick_question, take_suggested
from ui.practice.notes import notes_on
from ui.views.messages import field_errors
from ui.views.parts import part
from ui.views.widgets import user_text


def choose_view(case: Case) -> None:
    """The suggested questions while none is chosen, offered for the person to take; then every
    question of the catalogue by its group, a box each, ticked for those chosen."""
    picked = set(chosen(case))
    if not picked:
        offered = suggested(case)
        st.write(f"These {len(offered)} are the likeliest for this job and for you. Take them as they are, or "
                 "pick your own from the groups below.")
        st.markdown("\n".join(f"- {question(q).text}" for q in offered))
        st.button(f"Prepare these {len(offered)}", key=keys.PRACTISE_SUGGESTED, on_click=take_suggested,
                  icon=":material/playlist_add_check:", type="primary")
        field_errors(keys.PRACTISE_SUGGESTED)
    else:
        st.caption(f"{len(picked)} chosen, at most {MAX_DRAFTS}. Open a group to add or take away questions.")
    full = len(picked) >= MAX_DRAFTS
    for group in Group:  # a part's label is its identity: one that changed as boxes are ticked would close it
        members = in_group(group)
        box = part(GROUP_TITLES[group], f"{keys.PRACTISE_GROUP}{group}")
        if box is None:
            continue
        with box:
            for member in members:
                key = state.seed(f"{keys.PRACTISE_PICK}{member.id}", member.id in picked)
                st.checkbox(member.text, key=key, on_change=pick_question, args=(member.id, key), wrap=True,
                            disabled=full and member.id not in picked)
                field_errors(key)
            if full:
                st.caption(f"You have {MAX_DRAFTS} questions, the most: take one away to add another.")


def _status(draft: Draft) -> str:
    """How far one draft has come, in a few words of ours. Coarse on purpose: the part's label is its
    identity, and a label that changed with every edit would redraw the part under the person's hands."""
    drafted = "drafted" if prepared(draft) else "not drafted yet"
    return f"{drafted}, rehearsed: {FEELING_LABELS[draft.feeling].lower()}" if draft.feeling else drafted


def drafts_view(case: Case) -> None:
    """A part per chosen question, its label saying how far its draft has come."""
    if not case.drafts:
        st.caption("Your drafts show here once you have chosen questions.")
        return
    st.caption("Write as you would speak: a few plain sentences. Open a question to draft or change its answer.")
    for draft in case.drafts:
        asked = question(draft.question)
        box = part(f"{asked.text} · {_status(draft)}", f"{keys.PRACTISE_DRAFT}{asked.id}")
        if box is not None:
            with box:
                _draft(case, asked, draft)


def _draft(case: Case, asked: Question, draft: Draft) -> None:
    theirs = asked.group is Group.THEIRS  # most of these the person asks them, so no one listens for an answer
    st.caption(asked.listening_for if theirs else f"What they listen for: {asked.listening_for}")
    if made := hint(case, asked.id):
        st.info(user_text(made), icon=":material/lightbulb:")
    if asked.star:
        st.caption("Tell it as a short story in four steps: situation, task, action, result (STAR).")
        for field in STAR_PARTS:  # typed as plain strings in advisor: each is a DraftField
            _field(asked, draft, cast(DraftField, field), STAR_TITLES[field], PART_LENGTH)
    else:
        label = "What you would say, and what you want to find out" if theirs else "Your answer, as you would say it"
        _field(asked, draft, "answer", label, ANSWER_LENGTH)
    text = draft_text(draft)
    st.caption(f"{saying_time(text).capitalize()} to say, at an easy speaking pace." if text.strip()
               else "Nothing written yet.")
    if (room := text_room(case)) < ANSWER_LENGTH:  # the case's text must fit in a link
        st.caption(f"Your case has room for {room:,} more characters of text; past that, shorten an answer, a "
                   "note or a reason.")
    notes_on(case, asked.id)


def _field(asked: Question, draft: Draft, field: DraftField, label: str, length: int) -> None:
    key = state.seed(f"{keys.PRACTISE_FIELD}{field}_{asked.id}", getattr(draft, field))
    st.text_area(label, key=key, max_chars=length, height=110 if asked.star else 160,
                 on_change=edit_draft, args=(asked.id, field, key))
    field_errors(key)
