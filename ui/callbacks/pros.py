"""The callbacks of "What you like about it" on Why not: add a pro, weigh it, remove it.

Pros are named by id, so a burst of clicks on Remove removes only the pro clicked (see
``ui.shell.guard.after_a_pause``).
"""

from __future__ import annotations

import streamlit as st

from advisor.editing import edits
from ui import state
from ui.shell.guard import after_a_pause, guarded


@guarded
def add_pro(key: str, error_key: str) -> None:
    label = str(st.session_state.get(key) or "")
    if state.edit(lambda case: edits.add_pro(case, label), error_key):
        st.session_state[key] = ""


@guarded
def edit_pro_weight(pro_id: int, key: str) -> None:
    value = st.session_state.get(key)
    if isinstance(value, int):
        state.edit(lambda case: edits.set_pro_weight(case, pro_id, value), key)


@guarded
def remove_pro(pro_id: int) -> None:
    if after_a_pause("pros", pro_id):
        state.edit(lambda case: edits.remove_pro(case, pro_id), f"why_pro_remove_{pro_id}")
