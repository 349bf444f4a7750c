"""The job page's inputs, each bound to one field of the case's job and saved when it changes."""

from __future__ import annotations

from typing import Final

import streamlit as st

from advisor.editing.edits import JobField
from advisor.judgement.defaults import MONEY, WANTED, YOU
from ui import state
from ui.callbacks.owner import edit_job
from ui.views.messages import field_errors

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
