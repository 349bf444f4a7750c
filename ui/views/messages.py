"""What the app tells the visitor at the top of a page or at a field: notices, warnings, link
errors, a field's refusals, and the passphrase a locked link waits for. Every message is plain
text by contract and shown escaped as a whole."""

from __future__ import annotations

import streamlit as st

from ui import keys, state
from ui.callbacks.swaps import open_offer, review_instead, skip_unlock, undo, unlock
from ui.storage import device
from ui.views.widgets import user_text


def show_messages() -> None:
    """One-off notices and link errors, shown at the top of whatever page runs next, each with
    its way on: an undo after a swap, the other case a link offered.

    Every message is plain text by contract and is shown escaped as a whole: a notice names a
    mentor, and a link error may quote the link's own content (a refused weight's name), both
    written by someone else, so no part of a message is ever read as Markdown.
    """
    session = st.session_state
    if not session.get(keys.SETTLED):  # the run after the browser's report shows them again
        session[keys.SHOWN] = {k: session[k] for k in (keys.LINK_ERROR, keys.WARNING, keys.NOTICE) if session.get(k)}
    link_error = session.pop(keys.LINK_ERROR, None)
    if link_error:
        st.error(user_text(f"{link_error} Your current case was kept."), icon=":material/link_off:")
    warning = session.pop(keys.WARNING, None)
    if warning:
        st.warning(user_text(warning), icon=":material/info:")
    notice = session.pop(keys.NOTICE, None)
    if notice:
        st.success(user_text(notice), icon=":material/check_circle:")
        if session.get(keys.UNDO) is not None:
            st.button("Undo", key="app_undo_button", on_click=undo, icon=":material/undo:")
    offer = session.get(keys.OFFER)
    if offer is not None:
        st.button(f"Open {user_text(offer[1])} instead", key="app_open_offer", on_click=open_offer,
                  icon=":material/open_in_new:")
    if (review := session.pop(keys.REVIEW_OFFER, None)) is not None:  # offered with its warning, once
        st.button("Review it as a mentor instead", key="app_review_instead", on_click=review_instead,
                  args=(review,), icon=":material/rate_review:")


def unlock_form() -> None:
    """A locked link waits for its passphrase: ask for it, then stop the page."""
    st.info("This link is locked with a passphrase. Type the passphrase its sender gave you to open the case.",
            icon=":material/lock:")
    with st.form("app_unlock", border=False):
        st.text_input("Passphrase", type="password", key="app_unlock_passphrase")
        st.form_submit_button("Open the case", on_click=unlock, args=("app_unlock_passphrase",),
                              icon=":material/lock_open:")
    field_errors("app_unlock_passphrase")
    if device.kept()[0] is not None:
        # A reload of one's own locked address bar lands here too: the case is in this browser.
        st.button("Not now: open the case this browser keeps", key="app_skip_unlock", on_click=skip_unlock,
                  icon=":material/home:")
    st.stop()


def field_errors(error_key: str) -> None:
    """A field's refusals, plain text shown escaped: one may quote what was typed or uploaded
    (a mentor's name, a file's content)."""
    for message in state.errors_for(error_key):
        st.error(user_text(message), icon=":material/error:")
