"""Callbacks of a mentor's review (start, weigh, note) and of the owner's use of reviews (adopt, remove)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from advisor.case.models import Case
from advisor.editing import reviews
from advisor.editing.arrival import Role
from advisor.editing.edits import revised
from ui import keys, state
from ui.callbacks import widget
from ui.shell.guard import after_a_pause, guarded
from ui.shell.steps import MENTOR
from ui.storage import device


def _review_edit(key: str, change: Callable[[Case, object], Case]) -> None:
    widget.with_value(key, change, state.apply)


@guarded
def start_review(name_key: str, who_key: str) -> None:
    """A mentor starts a review with a copy of the owner's weights, never the weights themselves."""
    name = str(st.session_state.get(name_key) or "")
    if state.apply(lambda case: reviews.start_review(case, name), name_key):
        st.session_state[who_key] = len(state.case().reviews) - 1
        device.remember_reviewer(state.case().id, name)
        state.forget(name_key)


@guarded
def edit_review_weight(mentor: str, factor_id: str, key: str) -> None:
    value = widget.value(key)
    if isinstance(value, int):
        state.apply(lambda case: reviews.set_review_weight(case, mentor, factor_id, value), key)


@guarded
def edit_review_pro_weight(mentor: str, pro_id: int, key: str) -> None:
    value = widget.value(key)
    if isinstance(value, int):
        state.apply(lambda case: reviews.set_review_pro_weight(case, mentor, pro_id, value), key)


@guarded
def edit_review_note(mentor: str, reason_id: int, key: str, part_key: str) -> None:
    _review_edit(key, lambda case, value: reviews.set_review_note(case, mentor, reason_id, str(value or "")))
    state.keep_open(part_key)


@guarded
def edit_review_overall(mentor: str, key: str) -> None:
    _review_edit(key, lambda case, value: reviews.set_review_overall(case, mentor, str(value or "")))


@guarded
def adopt(mentor: str, which: str | int | None) -> None:
    """Take a mentor's weight for one factor or own pro, or all of them, as the owner's own; one
    click on Undo gives the owner's weights back (as a new revision: links sent since stay older)."""
    before = state.case()
    if after_a_pause("reviews", mentor) and state.edit(lambda case: reviews.adopt(case, mentor, which),
                                                "mentor_adopt"):
        adopted = state.case()
        if adopted == before:  # a second click: nothing new to adopt, nor to undo
            return
        what = "all their weights" if which is None else "their weight"
        back = revised(adopted.model_copy(update={"weights": before.weights, "pros": before.pros}))
        state.replace(adopted, notice=f"You adopted {what} from {mentor}.", undo=True, previous=back)


@guarded
def remove_review(mentor: str) -> None:
    if after_a_pause("reviews", mentor) and state.edit(lambda case: reviews.remove_review(case, mentor),
                                                "mentor_remove"):
        state.forget("mentor_")


@guarded
def continue_review() -> None:
    """Open again the review this browser was writing for someone else (after a closed tab)."""
    case = device.reviewing()
    if case is None:
        return
    st.session_state[keys.ROLE] = Role.MENTOR
    state.replace(case, notice="Your review is open again, as you left it.")
    st.session_state[keys.GO_TO] = MENTOR.path


@guarded
def back_to_own_case() -> None:
    """A mentor done reviewing returns to the case this browser keeps for them (or a new one)."""
    kept, _ = device.kept()
    st.session_state[keys.ROLE] = Role.OWNER
    state.replace(kept or Case(), notice="Your own case is open again. The review you wrote travels in its "
                                         "send-back link.")
