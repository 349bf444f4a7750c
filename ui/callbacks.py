"""Every widget callback of the app: read the widget, apply one typed edit from ``advisor``.

Pages only name these in ``on_change``/``on_click``. Reasons are named by id and questions by
their text, never by a place in a list, so a burst of clicks can't reach the wrong one (see
also ``ui.guard``); a callback whose widget value is gone does nothing; a refused edit leaves
the case as it was, with a message at the widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from advisor import edits, reviews
from advisor.arrival import LinkKind, Role
from advisor.catalog import Kind
from advisor.edits import DebriefField, JobField, ReasonField
from advisor.errors import UnreadableInput
from advisor.examples import example_case
from advisor.labels import OFFER_CHOICES
from advisor.models import Case
from advisor.share import from_json
from ui import address, device, keys, state
from ui.guard import after_a_pause, guarded

T = TypeVar("T")
CATALOG_PICKER = "why_catalog"
_MISSING = object()


def _widget(key: str) -> object:
    return st.session_state.get(key, _MISSING)


def _owner_edit(key: str, change: Callable[[Case, object], Case]) -> None:
    """The owner's edit with the widget's value; nothing when the widget's value is gone."""
    value = _widget(key)
    if value is not _MISSING:
        state.edit(lambda case: change(case, value), key)


def _review_edit(key: str, change: Callable[[Case, object], Case]) -> None:
    """A mentor's edit of their review with the widget's value; nothing when it is gone."""
    value = _widget(key)
    if value is not _MISSING:
        state.apply(lambda case: change(case, value), key)


@guarded
def edit_job(field: JobField, key: str) -> None:
    _owner_edit(key, lambda case, value: edits.set_job(case, field, value))


@guarded
def pick_from_catalog(key: str) -> None:
    """The catalogue picker: picked reasons are added, unpicked ones removed."""
    picked = _widget(key)
    if picked is _MISSING:
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
    label = str(_widget(key) or "") if _widget(key) is not _MISSING else ""
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
        state.edit(lambda case: edits.move_reason(case, reason_id, kind), f"sort_move_{reason_id}")


@guarded
def edit_weight(factor_id: str, key: str) -> None:
    value = _widget(key)
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
    choice = _widget(key)
    if choice in OFFER_CHOICES:
        state.edit(lambda case: edits.set_debrief(case, "offer", OFFER_CHOICES[str(choice)]), key)


@guarded
def add_surprise(key: str) -> None:
    question = str(_widget(key) or "") if _widget(key) is not _MISSING else ""
    if state.edit(lambda case: edits.add_surprise(case, question), key):
        st.session_state[key] = ""


@guarded
def remove_surprise(question: str) -> None:
    if after_a_pause("questions", question):
        state.edit(lambda case: edits.remove_surprise(case, question), "debrief_remove")


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
    value = _widget(key)
    if isinstance(value, int):
        state.apply(lambda case: reviews.set_review_weight(case, mentor, factor_id, value), key)


@guarded
def edit_review_note(mentor: str, reason_id: int, key: str) -> None:
    _review_edit(key, lambda case, value: reviews.set_review_note(case, mentor, reason_id, str(value or "")))


@guarded
def edit_review_overall(mentor: str, key: str) -> None:
    _review_edit(key, lambda case, value: reviews.set_review_overall(case, mentor, str(value or "")))


@guarded
def adopt(mentor: str, factor_id: str | None) -> None:
    """Take a mentor's weight for one factor, or all of them, as the owner's own."""
    if after_a_pause("reviews", mentor) and state.edit(lambda case: reviews.adopt(case, mentor, factor_id),
                                                "mentor_adopt"):
        state.forget("weigh_")
        what = "all their weights" if factor_id is None else "their weight"
        state.notify(f"You adopted {what} from {mentor}.")


@guarded
def remove_review(mentor: str) -> None:
    if after_a_pause("reviews", mentor) and state.edit(lambda case: reviews.remove_review(case, mentor),
                                                "mentor_remove"):
        state.forget("mentor_")


def read_upload(key: str, parse: Callable[[bytes], T], kept: str) -> T | None:
    """Parse the file an uploader holds; a refusal is shown at the uploader, saying what was kept."""
    upload = st.session_state.get(key)
    if upload is None:
        return None
    try:
        parsed = parse(upload.getvalue())
    except UnreadableInput as error:
        state.refuse(key, f"{error} {kept}")
        return None
    state.refuse(key, None)
    return parsed


@guarded
def import_case(key: str) -> None:
    """Replace the case with an uploaded file, or explain why the file was refused."""
    new = read_upload(key, from_json, "Your current case was kept.")
    if new is not None:
        state.replace(new, notice="The case from your file is loaded.", undo=True)


@guarded
def load_example() -> None:
    state.replace(edits.fresh(example_case()), notice="The example case is loaded: every step is filled in.",
                  undo=True)


@guarded
def start_over() -> None:
    state.replace(Case(), notice="Everything was cleared. Start again from the job; links you shared "
                  "keep working.", undo=True)


@guarded
def unlock(key: str) -> None:
    """Open the locked link waiting in the address bar with the passphrase typed."""
    waiting: tuple[str, LinkKind] | None = st.session_state.get(keys.LOCKED)
    if waiting is None:
        return
    token, kind = waiting
    try:
        address.unlock(token, kind, str(_widget(key) or ""), device.kept)
    except UnreadableInput as error:
        state.refuse(key, str(error))
        return
    state.refuse(key, None)


@guarded
def skip_unlock() -> None:
    """Leave a locked link unopened and work on the case this browser keeps (after a reload of
    one's own locked address bar, the same case); the address bar then carries it unlocked."""
    kept, _ = device.kept()
    if kept is None:
        return
    st.session_state.pop(keys.LOCKED, None)
    st.session_state.pop(keys.HELD, None)
    st.session_state[keys.ROLE] = Role.OWNER
    state.replace(kept, notice="The case this browser keeps is open; the locked link was not opened. The "
                               "address bar now holds your case unlocked: lock it again on Share if you wish.")


@guarded
def open_offer() -> None:
    """Open the case a link offered instead of the kept one; the kept one can be brought back."""
    offer = st.session_state.pop(keys.OFFER, None)
    if offer is not None:
        state.replace(offer[0], notice="The case from the link is open.", undo=True)


@guarded
def undo() -> None:
    previous = st.session_state.get(keys.UNDO)
    if previous is not None:
        state.replace(previous, notice="Your case is back as it was.")


@guarded
def set_keeping(key: str) -> None:
    st.session_state[keys.KEEP] = bool(_widget(key))
    st.session_state[keys.FORGOTTEN] = False


@guarded
def forget_device() -> None:
    """Remove everything this app stored in this browser, and keep nothing more this session."""
    st.session_state[keys.FORGET] = st.session_state[keys.FORGOTTEN] = True
    st.session_state[keys.KEEP] = False
    state.forget("share_keep")  # the switch shows keeping off
    state.notify("This browser no longer keeps anything of Interview Advisor. Your case stays open in "
                 "this tab until you close it.")


@guarded
def back_to_own_case() -> None:
    """A mentor done reviewing returns to the case this browser keeps for them (or a new one)."""
    kept, _ = device.kept()
    st.session_state[keys.ROLE] = Role.OWNER
    state.replace(kept or Case(), notice="Your own case is open again. The review you wrote travels in its "
                                         "send-back link.")
