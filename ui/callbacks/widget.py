"""A widget's value as a callback reads it, and an uploaded file's content.

A callback can run after its widget is gone (a list changed under a burst of clicks): its
value is then ``MISSING`` and the callback does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from advisor.case.models import Case
from advisor.errors import UnreadableInput
from ui import state

T = TypeVar("T")
MISSING = object()


def value(key: str) -> object:
    """What the widget ``key`` holds now, or ``MISSING``."""
    return st.session_state.get(key, MISSING)


def with_value(key: str, change: Callable[[Case, object], Case], apply: Callable[..., bool]) -> None:
    """Apply ``change`` with the widget's value through ``apply`` (``state.edit`` for the owner's
    answers, ``state.apply`` for a mentor's review); nothing when the widget's value is gone."""
    found = value(key)
    if found is not MISSING:
        apply(lambda case: change(case, found), key)


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
