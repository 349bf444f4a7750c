"""Ways between pages: links, back and next, a link to a folded part of another page, the
step a page needs done first, and how far the case has come (the one count of
``advisor.judgement.progress``, in the sidebar and in each page's header)."""

from __future__ import annotations

import streamlit as st

from advisor.judgement.progress import measure
from ui import state
from ui.callbacks.owner import open_part_on
from ui.shell.steps import STEPS, Step, position

DONE, OPEN = ":material/check_circle:", ":material/radio_button_unchecked:"


def progress_header(step: Step) -> None:
    """The count at the top of a page, the sidebar's own words; on a page that asks one of the
    things counted, whether it is answered. A mentor is shown no count: the answers are the
    owner's, and a mentor has no steps to go through."""
    if state.read_only():
        return
    measured = measure(state.case())
    here = f" · on this page, {measured.line(step.stage).lower()}" if step.stage is not None else ""
    st.caption(f"Your case: {measured.summary}{here}")


def progress_list() -> None:
    """The sidebar's count and what it counts, each answered or not; nothing for a mentor."""
    if state.read_only():
        return
    measured = measure(state.case())
    st.markdown(f"**Your case:** {measured.summary}")
    st.markdown("\n".join(f"- {DONE if done else OPEN} {measured.line(stage)}"
                          for stage, done in measured.done.items()))


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


# A choice is a link a thumb can hit: at least 3 rem (48 px) tall, as wide as the column, its words
# in the body's size; the rule is the storage bridge's constant stylesheet (``ui.storage.browser_store``),
# drawn on every page, keyed on this prefix.
CHOICE_PREFIX = "choice_"


def choice(step: Step, label: str, what: str, name: str) -> None:
    """A large choice: a link to ``step`` and, below it, what it does (``name`` makes its key)."""
    with st.container(key=f"{CHOICE_PREFIX}{name}"):
        st.page_link(step.path, label=label, icon=step.icon, width="stretch")
        st.caption(what)
