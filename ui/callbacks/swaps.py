"""Callbacks that swap the whole case or what this browser keeps: a file, the example, a fresh
start, a locked link, an offered case (or the mentor's view of it), an undo, keeping and forgetting."""

from __future__ import annotations

import streamlit as st

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing import edits
from advisor.editing.arrival import LinkKind, Role
from advisor.errors import UnreadableInput
from advisor.sharing.codec import from_json
from ui import address, keys, state
from ui.callbacks import widget
from ui.shell.guard import guarded
from ui.shell.steps import MENTOR
from ui.storage import device


@guarded
def import_case(key: str) -> None:
    """Replace the case with an uploaded file, or explain why the file was refused."""
    new = widget.read_upload(key, from_json, "Your current case was kept.")
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
        address.unlock(token, kind, str(widget.value(key) or ""), device.on_arrival)
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
def review_instead(offered: Case) -> None:
    """Open the case an owner's link brought in the mentor's view, as its review link would have.
    A browser that kept no case before the link keeps none now: the link's case was kept as the
    visitor's own only until they said it is someone else's."""
    kept, settled = device.kept()
    if settled and kept is None:
        st.session_state[keys.UNKEPT] = True
    st.session_state.pop(keys.OFFER, None)
    st.session_state[keys.ROLE] = Role.MENTOR
    state.replace(offered, notice="You are reviewing this case as a mentor: its answers stay as its owner gave "
                                  "them. Weigh it your own way, then send your review back from this page.")
    st.session_state[keys.GO_TO] = MENTOR.path


@guarded
def undo() -> None:
    previous = st.session_state.get(keys.UNDO)
    if previous is not None:
        state.replace(previous, notice="Your case is back as it was.")


@guarded
def set_keeping(key: str) -> None:
    st.session_state[keys.KEEP] = bool(widget.value(key))
    st.session_state[keys.FORGOTTEN] = False


@guarded
def forget_device() -> None:
    """Remove everything this app stored in this browser, and keep nothing more this session."""
    st.session_state[keys.FORGET] = st.session_state[keys.FORGOTTEN] = True
    st.session_state[keys.KEEP] = False
    state.forget("share_keep")  # the switch shows keeping off
    state.notify("This browser no longer keeps anything of Interview Advisor. Your case stays open in "
                 "this tab until you close it.")
