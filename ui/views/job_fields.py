"""The job page's inputs, each bound to one field of the case's job and saved when it changes."""

from __future__ import annotations

from typing import Final

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from advisor.editing.edits import JobField
from advisor.judgement.defaults import MONEY, WANTED, YOU, in_part, label
from ui import state
from ui.callbacks.answers import keep_as_shown
from ui.callbacks.owner import edit_job
from ui.views.messages import field_errors
from ui.views.parts import part_in_halves

MONEY_PART: Final = "job_part_money"  # the part with the interview date, which the Game plan links to
# The job page's folding parts by title, as ``advisor.judgement.defaults`` names them: their widget keys.
PART_KEYS: Final = {YOU: "job_part_you", WANTED: "job_part_wanted", MONEY: MONEY_PART}


def bind(field: JobField) -> str:
    """The widget key of a job field, seeded from the case."""
    return state.seed_field("job_", state.case().job, field)


def text(label: str, field: JobField, help: str, area: bool = False) -> None:
    key = bind(field)
    widget = st.text_area if area else st.text_input
    widget(label, key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    field_errors(key)


def slider(label: str, field: JobField, help: str, low: str, high: str) -> None:
    key = bind(field)
    st.slider(label, 0, 10, key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    st.caption(f"0 = {low} · 10 = {high}")


def number(label: str, field: JobField, help: str, top: float, step: float = 1) -> None:
    key = bind(field)
    st.number_input(label, min_value=type(step)(0), max_value=type(step)(top), step=step,
                    key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    field_errors(key)


def weighed_part(title: str) -> tuple[DeltaGenerator, DeltaGenerator] | None:
    """A part of the job page holding questions the verdict weighs: while some are unanswered a
    caption on top of it says so, folded or not, and inside it a button keeps the values shown as
    the answers. The part's own title stays as it is: a new title would be a new part, closed."""
    open_questions = in_part(state.case(), title)
    if count := len(open_questions):
        st.caption(f"{title} · {count} question{'s' if count > 1 else ''} not answered yet, the verdict "
                   "takes middle values", help="Each unanswered question counts as the middle of its scale, "
                   "pushing neither way. Open the part to answer them.")
    halves = part_in_halves(title, PART_KEYS[title])
    if halves and open_questions and not state.read_only():
        key = f"job_keep_{PART_KEYS[title]}"
        shown = ", ".join(f"“{label(q.field)}”" for q in open_questions)
        halves[0].caption(f"Not answered yet: {shown}. Change them below, or keep them as they are:")
        halves[0].button("Keep these as my answers", key=key, on_click=keep_as_shown,
                         args=(tuple(q.field for q in open_questions), key), type="secondary")
    return halves
