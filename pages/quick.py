"""The quick check: how sure you are, eight answers, and a first verdict from the same case."""

import streamlit as st

from advisor.case.certainty import COUNT as CERTAINTY_COUNT
from advisor.case.labels import GUT_LABELS
from advisor.case.models import Gut
from advisor.judgement.quick import (
    ANSWER_COUNT,
    INTERVIEW_COUNTS,
    TRAVEL_LEVELS,
    answers_of,
    can_answer,
    interviews_label,
    interviews_shown,
    quick_verdict,
    reason_choices,
    reason_label,
    sort_words,
)
from ui import state
from ui.callbacks.quick import answer_quick
from ui.shell.bootstrap import page_setup
from ui.shell.steps import GAME_PLAN, JOB, QUICK
from ui.views import certainty_view
from ui.views.messages import field_errors
from ui.views.navigation import choice
from ui.views.widgets import choose_one, user_text

page_setup(QUICK)
read_only = state.read_only()
case = state.case()
now = answers_of(case)
st.title("Quick check")
st.write(f"A first answer in about two minutes: {CERTAINTY_COUNT} questions on how sure you are, then {ANSWER_COUNT} "
         "about the job and a verdict from the same model as the full steps. Your answers go into your case, so the "
         "steps start from them.")
if certainty_view.start_screen():
    st.stop()


def bind(name: str, shown: object = None) -> str:
    return state.seed_field("quick_", now, name, shown)


def slider(label: str, name: str, low: str, high: str, off: bool = False) -> None:
    key = bind(name)
    st.slider(label, 0, 10, key=key, on_change=answer_quick, args=(name, key), disabled=read_only or off)
    st.caption(f"0 = {low} · 10 = {high}")
    field_errors(key)


certainty_view.at_the_start()

st.header("The questions")
key = state.seed_answer("quick_", case.job, "gut")
choose_one("1. If you had to decide right now, would you go to the interview?", list(Gut), key, answer_quick,
           ("gut", key), GUT_LABELS.__getitem__, read_only)
key = bind("interviews_so_far", interviews_shown(now.interviews_so_far))
st.select_slider("2. How many real interviews have you had so far?", INTERVIEW_COUNTS,
                 format_func=interviews_label, key=key, on_change=answer_quick,
                 args=("interviews_so_far", key), disabled=read_only)
st.caption("0 = none yet · 10 = ten or more. The fewer you have had, the more a real one teaches you.")
field_errors(key)
slider("3. How alike is this interview to the ones for the job you really want?", "similarity",
       "nothing alike", "the same")
slider("4. How much do you need the income?", "financial_need", "not at all", "urgently")
slider("5. How much do you dread this interview?", "dread", "not at all", "very much")
key = bind("reason")
st.pills("6. What puts you off this job most?", reason_choices(case), key=key,
         format_func=lambda choice: user_text(reason_label(case, choice)), on_change=answer_quick,
         args=("reason", key), disabled=read_only, required=True)
field_errors(key)
if words := sort_words(case):
    st.caption(words)
slider("7. How much does it bother you?", "severity", "hardly", "it rules the job out", off=not can_answer(case))
key = bind("travel")
st.select_slider("8. What would going cost you in time and money: travel there and back, tickets, a day off?",
                 list(range(len(TRAVEL_LEVELS))), key=key, format_func=TRAVEL_LEVELS.__getitem__,
                 on_change=answer_quick, args=("travel", key), disabled=read_only)

st.header("Your first answer")
if not can_answer(case):
    st.info("Choose what puts you off most (question 6) to see your first answer.", icon=":material/info:")
else:
    result = quick_verdict(case)
    st.subheader(result.title)
    st.markdown(f"{user_text(result.reason)}\n\n**How firm:** {result.firmness}\n\n"
                f"**Your best option:** {result.best.title} "
                f"— {result.best.verdict.lower()} ({result.best.balance:+.2f}). {result.best.why}")
st.write("What is not asked here keeps the answer you gave in the steps (a middle value on a new case). "
         "The steps ask for the rest and can change the verdict; your quick answers are already in them.")
choice(GAME_PLAN, "Your game plan", "How to prepare, what to ask for and in which order, and how to close "
       "honestly, from the answers you have given.", "quick_plan")
choice(JOB, "Refine it step by step", "The full worksheet, starting from your quick answers.", "quick_refine")
