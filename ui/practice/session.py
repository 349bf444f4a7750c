"""The rehearsal under way: which shuffle, which question of it, since when the clock runs.

It belongs to this tab, not to the case: a reload or another case starts afresh, while how each
answer felt is kept in the case itself (``advisor.editing.practice_edits.set_feeling``).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, replace

import streamlit as st

from ui import keys

# The seed of a shuffle: any number below this one (it is no secret, just a fresh order each time).
SEEDS = 2**31


@dataclass(frozen=True, slots=True)
class Rehearsal:
    seed: int  # fixes the order (advisor.practice.rehearsal.rehearsal_order)
    place: int  # 0-based place of the question being said now in that order
    started: float  # when its clock started (time.monotonic, this server process)


def current() -> Rehearsal | None:
    """The rehearsal under way in this tab, None before the first start or after a stop."""
    found: Rehearsal | None = st.session_state.get(keys.REHEARSAL)
    return found


def begin() -> None:
    """A new round: a fresh order, its first question, the clock from zero."""
    st.session_state[keys.REHEARSAL] = Rehearsal(secrets.randbelow(SEEDS), 0, time.monotonic())


def advance() -> None:
    """On to the next question of the same order, its clock from zero."""
    if (under_way := current()) is not None:
        st.session_state[keys.REHEARSAL] = replace(under_way, place=under_way.place + 1, started=time.monotonic())


def stop() -> None:
    st.session_state.pop(keys.REHEARSAL, None)


def elapsed(rehearsal: Rehearsal) -> int:
    """Whole seconds on the clock of the question being said now."""
    return int(time.monotonic() - rehearsal.started)
