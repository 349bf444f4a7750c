"""What the verdict does not rest on yet: the answers it needs before it speaks, and those it
takes as middle values, each a click away from where it is asked."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from advisor.case.models import Case
from advisor.judgement.defaults import JOB_PAGE, Question, still_needed, taken_as_middle, unsettled_sentence
from advisor.judgement.progress import Stage
from advisor.judgement.quick import can_answer
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from ui.shell.steps import BY_STAGE, JOB
from ui.views.job_fields import PART_KEYS
from ui.views.navigation import go_to, go_to_part

_NEEDED: Mapping[Stage, tuple[str, str]] = MappingProxyType({
    Stage.JOB: ("What the job is: its title or its main activity.", "Name the job"),
    Stage.REASONS: ("At least one reason you don't want it.", "Add a reason"),
})


def show_missing(case: Case) -> None:
    """The empty state of the verdict: what it still needs, and a link to the page for each. Someone
    back from the quick check is reminded of the answer it gave, so the page does not seem to take
    it away."""
    if can_answer(case):
        st.info(f"Your first answer, from the quick check: **{VERDICT_TITLES[evaluate(case, flip=False).verdict]}**. "
                "The full verdict, with what would change it and your options, also needs:", icon=":material/info:")
    else:
        st.info("No verdict yet. A verdict weighs what you said about the job and against it; until you "
                "have said both, it would rest on nothing of yours. It still needs:", icon=":material/info:")
    for stage in still_needed(case):
        words, link = _NEEDED[stage]
        st.write(words)
        go_to(BY_STAGE[stage], f"{link} on {BY_STAGE[stage].title}")


def _count(questions: list[Question]) -> str:
    return "a middle value for 1 answer" if len(questions) == 1 else f"middle values for {len(questions)} answers"


def note_middle_values(case: Case, verdict: Verdict) -> None:
    """Beside the verdict, one line that it rests partly on answers not given: a warning when
    those answers could turn it, so a verdict held up by middle values never reads as firm. The
    verdict comes first, the list of those answers (each a click from where it is asked) follows
    the chart."""
    if caveat := unsettled_sentence(case, verdict):
        st.warning(f"{caveat} What is still open is listed below, each question a click from where {JOB_PAGE} "
                   "asks it.", icon=":material/help:")
    elif questions := taken_as_middle(case):
        st.caption(f"It rests partly on {_count(questions)} you have not given yet: they are listed below, "
                   f"each a click from where {JOB_PAGE} asks it.")


def show_middle_values(case: Case) -> None:
    """The answers the verdict weighs that the person has not given: each counts as the middle
    of its scale, and each button opens the part of the job page that asks it."""
    questions = taken_as_middle(case)
    if not questions:
        return
    with st.container(border=True):
        st.markdown(f"**This verdict takes {_count(questions)} you have not given yet**")
        st.write(f"Each counts as the middle of its scale, pushing neither way. Give your own on "
                 f"{JOB_PAGE}, and the verdict follows:")
        for question in questions:
            go_to_part(JOB, PART_KEYS[question.part], f"{question.label} ({question.part})",
                       key=f"verdict_middle_{question.field}")
