"""Widgets shared by the pages: headers, navigation, messages, safe text."""

from __future__ import annotations

import streamlit as st

from advisor.text import escape_markdown
from ui import keys, state
from ui.steps import STEPS, position


def configure() -> None:
    """Page config, called by the router and again by each page (idempotent), so a page run
    without the router still looks like the app."""
    st.set_page_config(page_title="Interview Advisor", page_icon=":material/balance:", layout="wide",
                       menu_items={"About": "Interview Advisor: should you go to an interview for a job "
                                            "you don't really want? Nothing you type is stored on the server."})


def page_setup(path: str) -> None:
    """Every page starts here. A page run without the router (the first request after a
    server start that names it) runs the whole app around itself instead, then stops."""
    if not st.session_state.get(keys.ROUTED):
        from ui.router import route  # the router imports this module

        route()
        st.stop()
    state.init()
    state.sync_url()
    show_messages()
    step = position(path)
    if step:
        st.caption(f"Step {step} of {len(STEPS)}")


def show_messages() -> None:
    """One-off notices and link errors, shown at the top of whatever page runs next."""
    link_error = st.session_state.pop(keys.LINK_ERROR, None)
    if link_error:
        st.error(f"{link_error} Your current case was kept.", icon=":material/link_off:")
    notice = st.session_state.pop(keys.NOTICE, None)
    if notice:
        st.success(notice, icon=":material/check_circle:")


def field_errors(error_key: str) -> None:
    for message in state.errors_for(error_key):
        st.error(message, icon=":material/error:")


def user_text(text: str, fallback: str = "") -> str:
    """User text for Markdown elements: escaped, so it shows exactly as typed."""
    return escape_markdown(text) if text else fallback


def step_links(path: str) -> None:
    """Back and next links at the foot of a step."""
    step = position(path)
    if not step:
        return
    back, forward = st.columns(2)
    if step > 1:
        previous = STEPS[step - 2]
        back.page_link(previous.path, label=f"Back: {previous.title}",
                       icon=":material/arrow_back:")
    if step < len(STEPS):
        following = STEPS[step]
        with forward.container(horizontal=True, horizontal_alignment="right"):
            st.page_link(following.path, label=f"Next: {following.title}",
                         icon=":material/arrow_forward:", icon_position="right")


def needs(step_path: str, message: str) -> None:
    """An empty state: say what to fill in first, link to it, and stop the page."""
    st.info(message, icon=":material/info:")
    step = next(s for s in STEPS if s.path == step_path)
    st.page_link(step.path, label=f"Go to {step.title}", icon=step.icon)
    st.stop()


def bind_job(key: str, field: str) -> str:
    """Seed a widget of the job page from the case and name the key it writes from."""
    return state.seed(key, getattr(state.case().job, field))
