"""Callbacks that can't hurt: one that fails costs the visitor nothing, and a burst of clicks
changes only the item that was clicked.

Streamlit runs widget callbacks before the script, outside any ``try`` of ours; an exception
there would replace the whole page with Streamlit's own error screen. Every callback is wrapped
here; the error boundary (``ui.shell.boundary``) then apologises at the top of the page. A failed
edit never half-applies: edits build a new case and only a validated one replaces the old.
"""

from __future__ import annotations

import functools
import logging
import time
import traceback
from collections.abc import Callable
from typing import ParamSpec

import streamlit as st

from ui import keys

LOG = logging.getLogger("interview_advisor")
P = ParamSpec("P")
# A click on another item of a list this soon after a removal or move in it is the same burst
# of clicks (a double click, a bouncing mouse) landing on the item that slid into its place; no
# person reads the new list and decides that fast.
BOUNCE_SECONDS = 0.5


def guarded(callback: Callable[P, None]) -> Callable[P, None]:
    """The callback, with any ``Exception`` logged and marked for the error boundary (Streamlit's
    own control flow, a ``BaseException``, passes)."""

    @functools.wraps(callback)
    def safe(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            callback(*args, **kwargs)
        except Exception as error:
            log_failure(f"the callback {callback.__name__}", error)
            st.session_state[keys.CALLBACK_FAILED] = True

    return safe


def log_failure(where: str, error: BaseException) -> None:
    """Log where a failure happened and its kind, never its message: a message can quote what a
    person typed, and the About page promises that nothing of theirs is logged."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    LOG.error("%s failed with %s\n%s", where, type(error).__name__, frames)


def callback_failed() -> bool:
    """Whether a callback failed before this run (asked once: the apology is shown once)."""
    return bool(st.session_state.pop(keys.CALLBACK_FAILED, False))


def after_a_pause(items: str, item: object, mark: bool = True) -> bool:
    """Whether a click that changes ``item`` of the list ``items`` is meant: not one on another
    item of that list just after a removal or move in it, too soon for anyone to have seen the
    change. With ``mark``, a meant click is remembered as the list's last change."""
    now = time.monotonic()
    last: tuple[str, object, float] | None = st.session_state.get(keys.LAST_LIST_CHANGE)
    if last is not None and last[0] == items and last[1] != item and now - last[2] < BOUNCE_SECONDS:
        return False
    if mark:
        st.session_state[keys.LAST_LIST_CHANGE] = (items, item, now)
    return True
