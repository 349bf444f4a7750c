"""The one Case in session and how widgets write into it.

The Case is the single source of truth. Widgets are seeded from it the first time they are
drawn and write back through callbacks (``ui.callbacks.owner``) that apply a typed edit from
``advisor`` and keep the result only if the whole case is valid, so a bad value leaves the case
as it was and leaves a message at the widget instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st
from pydantic import ValidationError

from advisor.case.models import Case, Job
from advisor.case.refusals import refusals
from advisor.editing.arrival import Role
from advisor.editing.edits import revised
from ui import keys


def init() -> None:
    """Make sure a case exists."""
    state = st.session_state
    if keys.CASE not in state:
        state[keys.CASE] = state[keys.INITIAL] = Case()
        state[keys.ERRORS] = {}


def untouched() -> bool:
    """Nothing has been typed, loaded or opened in this session yet."""
    return st.session_state.get(keys.CASE) is st.session_state.get(keys.INITIAL)


def case() -> Case:
    value: Case = st.session_state[keys.CASE]
    return value


def role() -> Role:
    found: Role = st.session_state.get(keys.ROLE, Role.OWNER)
    return found


def read_only() -> bool:
    """A mentor sees the owner's answers but can change only their own review."""
    return role() is Role.MENTOR


def replace(new: Case, notice: str | None = None, undo: bool = False, previous: Case | None = None) -> None:
    """Swap the whole case (example, link, import, start over) and reseed every widget; with
    ``undo`` the case it replaces (or ``previous``, when that is what the person last saw kept)
    can be brought back with one click."""
    state = st.session_state
    state[keys.UNDO] = (previous or state.get(keys.CASE)) if undo else None
    state.pop(keys.INITIAL, None)  # no longer untouched, and the empty case need not be kept
    state[keys.CASE] = new
    state[keys.ERRORS] = {}
    forget(*keys.WIDGET_PREFIXES)
    if notice:
        notify(notice)


def forget(*prefixes: str) -> None:
    """Drop widget values so the widgets are drawn again from the case."""
    state = st.session_state
    for key in [k for k in state if isinstance(k, str) and k.startswith(prefixes)]:
        del state[key]


def seed(key: str, value: Any) -> str:
    """Give a widget its value from the case the first time it is drawn on a page."""
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def keep_open(part_key: str) -> None:
    """A folded part whose label an edit changed ("· your note is written") is a new part to
    Streamlit, drawn closed: it stays open for the person still working in it."""
    st.session_state[part_key] = True


def seed_field(prefix: str, source: object, field: str, shown: object = None) -> str:
    """The widget key of one field of a part of the case (``prefix`` + its name), seeded from the
    field's value, or from how the widget shows it when that differs (``shown``)."""
    return seed(f"{prefix}{field}", getattr(source, field) if shown is None else shown)


def seed_answer(prefix: str, job: Job, field: str) -> str:
    """Like seed_field, for a question answered by a choice: nothing is chosen until the person
    has answered, since a starting value shown as chosen reads as their answer, and choosing it
    would change nothing."""
    return seed(f"{prefix}{field}", getattr(job, field) if job.given(field) else None)


def seed_choice(key: str, choices: list[Any], default: Any) -> str:
    """Like seed, for a choice whose options can change under it (a review removed): a value
    that is no longer among the options falls back to the default."""
    if st.session_state.get(key, default) not in choices:
        del st.session_state[key]
    return seed(key, default)


def edit(change: Callable[[Case], Case], error_key: str) -> bool:
    """An edit of the owner's answers: refused to a mentor, and one revision up when kept."""
    if read_only():
        refuse(error_key, "Only the owner can change these answers. Your review is on Mentor review.")
        return False
    def edited(current: Case) -> Case:
        new = change(current)
        return current if new is current or new == current else revised(new)

    return apply(edited, error_key)


def apply(change: Callable[[Case], Case], error_key: str) -> bool:
    """Apply a whole-case change from ``advisor``; its refusal becomes the field's message."""
    try:
        new = change(case())
    except ValidationError as error:
        _errors()[error_key] = refusals(error)
        return False
    except ValueError as error:
        refuse(error_key, str(error))
        return False
    refuse(error_key, None)
    st.session_state[keys.CASE] = new
    return True


def notify(message: str) -> None:
    """A one-off notice shown at the top of the next page that runs; plain text, never Markdown
    (``ui.views.widgets.show_messages`` escapes it whole, so it may name what a person typed)."""
    st.session_state[keys.NOTICE] = message


def refuse(key: str, message: str | None) -> None:
    """Show a message at a widget on the next run (None clears it); plain text, escaped whole
    where it is shown."""
    if message is None:
        _errors().pop(key, None)
    else:
        _errors()[key] = [message]


def _errors() -> dict[str, list[str]]:
    found: dict[str, list[str]] = st.session_state.setdefault(keys.ERRORS, {})
    return found


def errors_for(error_key: str) -> list[str]:
    found: list[str] = st.session_state.get(keys.ERRORS, {}).get(error_key, [])
    return found
