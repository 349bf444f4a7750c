"""Results kept for one visitor's session, never for the process.

Every visitor shares the server process, so a process-wide cache (``functools.lru_cache``) of a
function of user text keeps what one person typed in server memory after their tab has closed,
which the About page promises the server does not. A result kept in the session's own state goes
with the session.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Final, TypeVar

import streamlit as st

from ui import keys

T = TypeVar("T")
# Enough for every reason of a case (at most 20) read against a few activities; past it the
# memo starts afresh, so a long session never grows it.
MAX_KEPT: Final = 64


def remembered(function: Callable[..., T], *args: Hashable) -> T:
    """``function(*args)``, computed once per session for the same arguments.

    For a pure function that is slow enough to feel on a rerun: reading a reason in the person's
    own words takes 0.6 to 1.7 ms, and Sort reads every reason on every rerun (up to 34 ms).
    """
    memo: dict[tuple[object, ...], T] = st.session_state.setdefault(keys.MEMO, {})
    entry = (function.__module__, function.__qualname__, *args)
    if entry not in memo:
        if len(memo) >= MAX_KEPT:
            memo.clear()
        memo[entry] = function(*args)
    return memo[entry]
