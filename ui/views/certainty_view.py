"""The four certainty questions and what their answers show, drawn alike at the start (the
quick check) and at the verdict; the rules are ``advisor.case.certainty``'s."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from advisor.case.certainty import (
    QUESTIONS,
    Help,
    When,
    answered,
    answers_at,
    complete,
    moved,
    ready,
    score_words,
    unmet,
)
from ui import state
from ui.callbacks.quick import ON_QUESTIONS, ON_SURE, SCREEN, YES_NO, answer_certainty, show
from ui.shell.steps import SHARE, VERDICT, WEIGH, Step
from ui.views.navigation import go_to
from ui.views.widgets import choose_one

# Where each unmet need is met in the app.
HELP_PAGES: Mapping[Help, Step] = MappingProxyType(
    {Help.VERDICT: VERDICT, Help.OPTIONS: VERDICT, Help.WEIGH: WEIGH, Help.SHARE: SHARE})
_SHOWN = {True: "yes", False: "no", None: None}


def ask(prefix: str, when: When) -> None:
    """The four questions, each answered yes or no, keyed ``<prefix>_sure_<question>``."""
    answers = answers_at(state.case().certainty, when)
    for index, (question, answer) in enumerate(zip(QUESTIONS, answers, strict=True)):
        key = state.seed(f"{prefix}_sure_{question.id}", _SHOWN[answer])
        choose_one(question.text, list(YES_NO), key, answer_certainty, (when, index, key), str.capitalize,
                   state.read_only())


def start_screen() -> bool:
    """The quick check's first screen, the four questions alone, while they are not all answered
    (``advisor.case.certainty.complete``) or the person goes back to them; True when it was drawn.

    A mentor's read-only view never stops here: it shows the owner's answers on one screen.
    """
    if state.read_only():
        return False
    before = answers_at(state.case().certainty, When.BEFORE)
    # Kept for the session once chosen, so the fourth answer does not carry the person on.
    if st.session_state.setdefault(SCREEN, ON_QUESTIONS if complete(before) else ON_SURE) != ON_SURE:
        return False
    st.header("Before you start: how sure are you?")
    st.write("Four yes-or-no questions, asked before you see any verdict. The Verdict page asks them "
             "again, so you can see how your certainty moved.")
    ask("quick", When.BEFORE)
    if answered(before):
        st.caption(f"Yes to {score_words(before)} so far.")
    st.button("Next: the eight questions", key="quick_next", type="primary", icon=":material/arrow_forward:",
              on_click=show, args=(ON_QUESTIONS,), help="Any question left unanswered can be answered later.")
    return True


def at_the_start() -> None:
    """Above the eight questions: the owner sees the start's score and can go back to it; a
    mentor sees the owner's four answers, read-only."""
    if state.read_only():
        st.header("Before you start: how sure are you?")
        ask("quick", When.BEFORE)
        return
    before = answers_at(state.case().certainty, When.BEFORE)
    words = f"At the start you said yes to {score_words(before)}." if answered(before) else \
        "You left the questions on how sure you are unanswered."
    with st.container(horizontal=True, vertical_alignment="center", key="quick_start_score"):
        st.caption(words, width="content")
        st.button("Change your answers", key="quick_change_sure", type="tertiary", icon=":material/edit:",
                  on_click=show, args=(ON_SURE,))


def at_the_verdict(current: Step) -> None:
    """How certainty moved, and for each "no" the need it shows and where it is met."""
    certainty = state.case().certainty
    change = moved(certainty)
    if change is None:
        st.caption("Answer the four questions to see how your certainty moved since the start.")
        return
    st.markdown(f"**How sure you are:** {change}.")
    after = answers_at(certainty, When.AFTER)
    if ready(after):
        st.success("Four yeses: you feel ready to choose.", icon=":material/check_circle:")
    for question in unmet(after):
        st.markdown(f"**{question.need}** {question.next_step}")
        page = HELP_PAGES[question.help]
        if page is not current:
            go_to(page)
