"""Small widgets shared by the pages: messages, safe text, the links between steps."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from advisor.text import shown
from ui import device, keys, state
from ui.callbacks import open_offer, open_part_on, skip_unlock, undo, unlock
from ui.steps import STEPS, Step, position


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


def user_text(text: str, fallback: str = "") -> str:
    """User text for Markdown elements: escaped, so it shows exactly as typed."""
    return shown(text) if text else fallback


def text_key(prefix: str, text: str) -> str:
    """A widget key for an item named by its text (a debrief question): the same text gives the
    same key in every run, whatever its place in the list."""
    return f"{prefix}{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def choose_one(label: str, options: Sequence[Any], key: str, on_change: Callable[..., None], args: tuple[Any, ...],
               format_func: Callable[[Any], str], disabled: bool, help: str | None = None) -> None:
    """A question with a few short answers, drawn as one row of buttons.

    A segmented control rather than a radio: Streamlit's radio costs more to draw, and a page's
    first visit waits for every widget on it (README, Performance). It is ``required``, so it
    behaves as a radio does: nothing is chosen until the person chooses, and a second click on
    the chosen answer keeps it (a plain segmented control would clear it).
    """
    st.segmented_control(label, options, key=key, format_func=format_func, on_change=on_change, args=args,
                         disabled=disabled, help=help, required=True)


def download(label: str, make: Callable[[], bytes | str], file_name: str, mime: str, key: str,
             disabled: bool = False) -> None:
    """A download whose file is made only when the button is pressed, and that reruns nothing.

    A file made up front (Streamlit's default) sits at a ``/media/…`` address on the server from
    the moment the page is drawn, private notes and all, and is rebuilt on every rerun. Made on
    the press, it exists only from the press until the second run after it, anyone's (Streamlit
    marks an unused download at the end of one run and deletes it at the next: About says so,
    tests/browser/test_privacy.py measures it). A download changes
    nothing in the case, so it asks for no rerun: a rerun would give every download on the page
    a new address, and a second download pressed before the page had them would fetch nothing.
    """
    st.download_button(label, data=make, file_name=file_name, mime=mime, key=key, on_click="ignore",
                       icon=":material/download:", disabled=disabled, wrap=True)


def part(label: str, key: str, open_first: bool = False) -> DeltaGenerator | None:
    """A part of a page whose widgets are drawn only while it is open; ``None`` while closed.

    A first visit pays for every widget it draws: the browser fetches the code of each kind of
    widget and renders each one before the page is complete (docs/PERFORMANCE.md). A long form
    shows its first part at once and draws the rest when the person opens them. Open or closed,
    the answers stay in the case. ``open_first`` opens it when the page is first drawn (there is
    nothing else to do there yet); it stays as the person leaves it while they are on the page.
    """
    if open_first:
        state.seed(key, True)
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def listed_part(label: str, key: str, lines: Sequence[str]) -> DeltaGenerator | None:
    """A part whose widgets, while it is folded, are read as a list in their place: a line per
    widget saying what it holds. The person sees every answer at once, and the page draws none
    of those widgets until they open the part to change one (each costs a first visit its
    render). ``lines`` are Markdown; user text in them must be passed through ``user_text``."""
    listing = st.container()
    box = part(label, key)
    if box is None:
        listing.markdown("\n".join(f"- {line}" for line in lines))
    return box


def scored_part(label: str, key: str, scores: Sequence[tuple[str, int]]) -> DeltaGenerator | None:
    """A ``listed_part`` holding a row per scored item (its slider, its Remove), read as name and
    score while folded. A page drawn with none opens it, so what the person adds shows its
    slider at once. ``None`` while folded or empty."""
    if not scores:
        state.seed(key, True)
        return None
    return listed_part(label, key, [f"**{user_text(name)}**: {score} of 10" for name, score in scores])


def part_in_halves(label: str, key: str) -> tuple[DeltaGenerator, DeltaGenerator] | None:
    """A ``part`` laid out as two columns, side by side on a wide screen; ``None`` while closed."""
    box = part(label, key)
    return box.columns(2, gap="large") if box else None


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
