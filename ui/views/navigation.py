"""Ways between pages: links, back and next, a link to a folded part of another page, and the
step a page needs done first."""

from __future__ import annotations

import streamlit as st

from ui.callbacks.owner import open_part_on
from ui.shell.steps import STEPS, Step, position


def go_to_part(step: Step, part_key: str, label: str, key: str) -> None:
    """A link to a closed part of another page (``part``), which opens on arrival."""
    st.button(label, key=key, on_click=open_part_on, args=(step.path, part_key), icon=step.icon, type="tertiary")


def go_to(step: Step, label: str | None = None) -> None:
    """A link to another page of the app."""
    st.page_link(step.path, label=label or f"Go to {step.title}", icon=step.icon)


def step_links(step: Step) -> None:
    """Back and next links at the foot of a step."""
    number = position(step)
    if not number:
        return
    back, forward = st.columns(2)
    if number > 1:
        previous = STEPS[number - 2]
        back.page_link(previous.path, label=f"Back: {previous.title}",
                       icon=":material/arrow_back:")
    if number < len(STEPS):
        following = STEPS[number]
        with forward.container(horizontal=True, horizontal_alignment="right"):
            st.page_link(following.path, label=f"Next: {following.title}",
                         icon=":material/arrow_forward:", icon_position="right")


def needs(step: Step, message: str) -> None:
    """An empty state: say what to fill in first, link to it, and stop the page."""
    st.info(message, icon=":material/info:")
    go_to(step)
    st.stop()
