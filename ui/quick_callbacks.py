"""Callbacks of the quick check and of the certainty questions: read the widget, apply one
typed edit from ``advisor`` (see ``ui.callbacks`` for the rules every callback follows)."""

from __future__ import annotations

import streamlit as st

from advisor import quick
from advisor.certainty import When
from advisor.edits import set_certainty
from ui import state
from ui.guard import guarded

# Which of the quick check's two screens a session shows: the certainty questions, or the
# eight questions and the first answer. Prefixed ``quick_``, so a new case clears it.
SCREEN = "quick_screen"
ON_SURE, ON_QUESTIONS = "sure", "questions"

# The certainty questions' two answers, as their buttons offer them.
YES_NO: dict[str, bool] = {"yes": True, "no": False}
_MISSING = object()


@guarded
def answer_quick(name: str, key: str) -> None:
    """One of the eight quick answers (``name`` is a field of ``advisor.quick.QuickAnswers``)."""
    value = st.session_state.get(key, _MISSING)
    if value is None:  # cleared (no required control sends that from a browser): the case keeps its answer, drawn again
        state.forget(key)
        return
    if value is _MISSING:
        return
    if state.edit(lambda case: quick.answer(case, name, value), key) and name == "reason":
        state.forget("quick_severity")  # drawn again with the severity of the reason now first


@guarded
def answer_certainty(when: When, question: int, key: str) -> None:
    value = st.session_state.get(key, _MISSING)
    if value in YES_NO:
        state.edit(lambda case: set_certainty(case, when, question, YES_NO[str(value)]), key)


@guarded
def show(screen: str) -> None:
    """The quick check's Next and Change buttons: the screen this session shows from now on."""
    st.session_state[SCREEN] = screen
