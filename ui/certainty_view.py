"""The four certainty questions and what their answers show, drawn alike at the start (the
quick check) and at the verdict; the rules are ``advisor.certainty``'s."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from advisor.certainty import QUESTIONS, Help, When, answered, answers_at, moved, ready, score_words, unmet
from ui import state
from ui.quick_callbacks import YES_NO, answer_certainty
from ui.steps import SHARE, VERDICT, WEIGH, Step
from ui.widgets import choose_one, go_to

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


def at_the_start() -> None:
    """The score so far, and the promise to ask again."""
    before = answers_at(state.case().certainty, When.BEFORE)
    if answered(before):
        st.caption(f"Yes to {score_words(before)} so far. The Verdict page asks again, to show how it moved.")


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
