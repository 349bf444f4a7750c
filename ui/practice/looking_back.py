"""Practice looked back on: which prepared questions the interview asked (the debrief); across
interviews, the questions that keep coming and how each felt (the journal); and on Practise, those
of them worth another go, so the next interview starts from the last one's lessons."""

from __future__ import annotations

import streamlit as st

from advisor.case.labels import FEELING_LABELS
from advisor.case.models import Case
from advisor.editing.practice_edits import chosen
from advisor.practice.questions import question
from advisor.sharing.journal import QuestionHistory, practise_again, question_history, question_table
from ui import keys, state
from ui.practice.callbacks import came_up, take_again
from ui.storage.journal_store import journal
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


def _history_line(history: QuestionHistory) -> str:
    times = "once" if history.came_up == 1 else f"in {history.came_up} interviews"
    last = history.last_feeling
    return f"{history.text} (it came up {times}; last time: {FEELING_LABELS[last].lower() if last else 'not said'})"


def from_before(case: Case) -> None:
    """The questions the interviews in the journal asked that did not end confident, offered to add
    to this case's; nothing when there are none (or all are chosen already)."""
    kept = journal().cases
    histories = {history.question: history for history in question_history(kept)}
    again = tuple(q for q in practise_again(kept) if q not in chosen(case))
    if not again:
        return
    st.write("From the interviews in your journal, these came up and are worth another go:")
    st.markdown("\n".join(f"- {_history_line(histories[q])}" for q in again))
    st.button("Add it" if len(again) == 1 else f"Add these {len(again)}", key=keys.PRACTISE_AGAIN,
              on_click=take_again, args=(again,), icon=":material/history:")
    field_errors(keys.PRACTISE_AGAIN)
