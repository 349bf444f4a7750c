"""Practice looked back on: which prepared questions the interview asked (the debrief), and across
interviews, the questions that keep coming and how each felt (the journal)."""

from __future__ import annotations

import streamlit as st

from advisor.case.models import Case
from advisor.practice.questions import question
from advisor.sharing.journal import question_table
from ui import keys, state
from ui.practice.callbacks import came_up
from ui.views.messages import field_errors
from ui.views.parts import part


def came_up_view(case: Case, read_only: bool) -> None:
    """A box per prepared question, ticked for those they asked; nothing when none was prepared."""
    if not case.drafts:
        return
    box = part("Which of your prepared questions came up", keys.DEBRIEF_CAME_UP_PART)
    if box is None:
        return
    asked = set(case.debrief.came_up) if case.debrief else set()
    with box:
        st.caption("Tick those they asked. A question you had not prepared belongs with the surprises.")
        for draft in case.drafts:
            prepared = question(draft.question)
            key = state.seed(f"{keys.DEBRIEF_CAME_UP}{prepared.id}", prepared.id in asked)
            st.checkbox(prepared.text, key=key, on_change=came_up, args=(prepared.id, key), wrap=True,
                        disabled=read_only)
            field_errors(key)


def questions_across(cases: list[Case]) -> None:
    """Every question prepared for a kept interview, those that came up most often first, with how
    it felt each time it was rehearsed: the next interview starts from the last one's lessons."""
    st.header("Your prepared questions, interview after interview")
    table = question_table(cases)
    if table.empty:
        st.caption("None yet. Choose questions on Practise before an interview and tick those that came up in "
                   "its debrief: the ones that keep coming show here, with how each felt.")
        return
    st.table(table.set_index("Question"))
    st.caption("How it felt: in each interview you prepared the question for, oldest first.")
