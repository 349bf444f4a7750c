"""Callbacks that edit the owner's answers: read the widget, apply one typed edit from ``advisor``.

Pages only name these in ``on_change``/``on_click``. Reasons are named by id and questions by
their text, never by a place in a list, so a burst of clicks can't reach the wrong one (see
also ``ui.shell.guard``); a callback whose widget value is gone does nothing; a refused edit
leaves the case as it was, with a message at the widget.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from advisor.article.factors import Kind
from advisor.case.labels import OFFER_CHOICES
from advisor.case.models import Case
from advisor.editing import edits
from advisor.editing.edits import DebriefField, JobField, ReasonField
from ui import keys, state
from ui.callbacks import widget
from ui.shell.guard import after_a_pause, guarded

CATALOG_PICKER = "why_catalog"


def _owner_edit(key: str, change: Callable[[Case, object], Case]) -> None:
    widget.with_value(key, change, state.edit)

@guarded
def edit_job(field: JobField, key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_job(case, field, value))


@guarded
def answer_job(field: JobField, value: object, key: str) -> None:
    """A question answered with a button: the button is the answer."""
    state.edit(lambda case: edits.set_job(case, field, value), key)


@guarded
def pick_from_catalog(key: str) -> None:
    """The catalogue picker: picked reasons are added, unpicked ones removed."""
    picked = widget.value(key)
    if picked is widget.MISSING:
        return
    if after_a_pause("reasons", CATALOG_PICKER, mark=False):
        result = edits.pick_from_catalog(state.case(), set(picked or []))  # type: ignore[call-overload]
        if state.edit(lambda _: result.case, key):
            state.refuse(key, result.refused)
    _show_picked()


def _show_picked() -> None:
    """The picker shows the case's catalogue reasons: a refused or bouncing pick does not stay
    picked, a removed reason is unpicked (set, not forgotten, so the pills are not drawn anew)."""
    st.session_state[CATALOG_PICKER] = edits.picked_from_catalog(state.case())


@guarded
def add_own_reason(key: str, error_key: str) -> None:
    label = str(widget.value(key) or "") if widget.value(key) is not widget.MISSING else ""
    if state.edit(lambda case: edits.add_reason(case, label), error_key):
        st.session_state[key] = ""


@guarded
def remove_reason(reason_id: int) -> None:
    removed = after_a_pause("reasons", reason_id) and state.edit(
        lambda case: edits.remove_reason(case, reason_id), f"why_remove_{reason_id}")
    if removed:
        _show_picked()


@guarded
def edit_reason(reason_id: int, field: ReasonField, key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_reason(case, reason_id, field, value))


@guarded
def move_reason(reason_id: int, kind: Kind) -> None:
    if after_a_pause("reasons", reason_id):
        state.edit(lambda case: edits.settle_reason(case, reason_id, kind), f"sort_move_{reason_id}")


@guarded
def edit_weight(factor_id: str, key: str) -> None:
    value = widget.value(key)
    if isinstance(value, int):
        state.edit(lambda case: edits.set_weight(case, factor_id, value), key)


@guarded
def toggle_check(item_id: str, key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_checked(case, item_id, bool(value)))


@guarded
def edit_notes(key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_notes(case, str(value or "")))


@guarded
def open_part_on(path: str, part_key: str) -> None:
    """A button that leads to a part of another page: the part is open when that page is drawn.

    A page link can't carry that, so the button opens the part's state here and the next run
    switches page (``bootstrap.page_setup``) before drawing anything.
    """
    st.session_state[part_key] = True
    st.session_state[keys.GO_TO] = path


@guarded
def edit_debrief(field: DebriefField, key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_debrief(case, field, value))


@guarded
def choose_offer(key: str) -> None:
    choice = widget.value(key)
    if choice in OFFER_CHOICES:
        state.edit(lambda case: edits.set_debrief(case, "offer", OFFER_CHOICES[str(choice)]), key)


@guarded
def add_surprise(key: str) -> None:
    question = str(widget.value(key) or "") if widget.value(key) is not widget.MISSING else ""
    if state.edit(lambda case: edits.add_surprise(case, question), key):
        st.session_state[key] = ""


@guarded
def remove_surprise(question: str) -> None:
    if after_a_pause("questions", question):
        state.edit(lambda case: edits.remove_surprise(case, question), "debrief_remove")
