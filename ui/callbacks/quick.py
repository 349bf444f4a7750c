"""Callbacks of the quick check and of the certainty questions: read the widget, apply one
typed edit from ``advisor`` (see ``ui.callbacks.owner`` for the rules every callback follows)."""

from __future__ import annotations

import streamlit as st

from advisor.case.certainty import When
from advisor.editing.edits import set_certainty
from advisor.judgement import quick
from ui import state
from ui.callbacks import widget
from ui.shell.guard import guarded

# Which of the quick check's two screens a session shows: the certainty questions, or the
# eight questions and the first answer. Prefixed ``quick_``, so a new case clears it.
SCREEN = "quick_screen"
ON_SURE, ON_QUESTIONS = "sure", "questions"

# The certainty questions' two answers, as their buttons offer them.
YES_NO: dict[str, bool] = {"yes": True, "no": False}


@guarded
def answer_quick(name: str, key: str) -> None:
    """One of the eight quick answers (``name`` is a field of ``advisor.judgement.quick.QuickAnswers``)."""
    value = widget.value(key)
    if value is None:  # cleared (no required control sends that from a browser): the case keeps its answer, drawn again
        state.forget(key)
        return
    if value is widget.MISSING:
        return
    if state.edit(lambda case: quick.answer(case, name, value), key) and name == "reason":
        state.forget("quick_severity")  # drawn again with the severity of the reason now first


@guarded
def answer_certainty(when: When, question: int, key: str) -> None:
    value = widget.value(key)
    if value in YES_NO:
        state.edit(lambda case: set_certainty(case, when, question, YES_NO[str(value)]), key)


@guarded
def show(screen: str) -> None:
    """The quick check's Next and Change buttons: the screen this session shows from now on."""
    st.session_state[SCREEN] = screen
