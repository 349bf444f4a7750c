"""How every page starts: inside the whole app, with the URL in step and its messages shown."""

from __future__ import annotations

import streamlit as st

from advisor.editing.arrival import LinkKind
from advisor.judgement.compare import owner_possessive
from ui import address, keys, state
from ui.shell.router import route
from ui.shell.steps import JOB, JOURNAL, MENTOR, PRACTISE, SHARE, Step
from ui.views.messages import show_messages, unlock_form
from ui.views.navigation import go_to, needs, progress_header
from ui.views.widgets import user_text

OWNER_ONLY = (SHARE, JOURNAL)


def _start() -> None:
    """A page run without the router (the first request after a server start that names it)
    runs the whole app around itself instead, then stops."""
    if not st.session_state.get(keys.ROUTED):
        route()
        st.stop()
    state.init()
    if target := st.session_state.pop(keys.GO_TO, None):
        st.switch_page(target)


def landing_setup() -> None:
    """How the landing starts. It never writes the case into its address, so a link in it came
    from outside: one made when The job was the root address, or a bookmark of one. The router
    has opened it already; it goes on to the page it always opened, The job for an owner's
    link, Mentor review for a mentor's link or a review coming back, which show what opening
    it did (a passphrase to ask, a link that could not be read, a notice)."""
    _start()
    if any(st.query_params.get(kind.value) for kind in LinkKind):
        st.switch_page(JOB.path if st.query_params.get(LinkKind.CASE.value) else MENTOR.path)
    show_messages()


def page_setup(step: Step) -> None:
    """Every page starts here."""
    _start()
    if st.session_state.get(keys.LOCKED):
        unlock_form()
    address.sync()
    show_messages()
    if state.read_only() and step in OWNER_ONLY:
        needs(MENTOR, "Sharing and the journal belong to the case's owner. Your review and its link "
                      "back are on Mentor review.")
    if state.read_only() and step is PRACTISE:
        needs(MENTOR, "Practising belongs to the case's owner. Any answers they chose to share with you are on "
                      "Mentor review, where you can leave a note on each.")
    if state.read_only() and step is not MENTOR:
        st.info(f"You are looking at {user_text(owner_possessive(state.case()))} answers, read-only. "
                "Your review is written on Mentor review.", icon=":material/visibility:")
        go_to(MENTOR, "Go to my review")
    progress_header(step)
