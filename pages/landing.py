"""The root address: what the app is and for whom, and the ways in (a case kept in this browser
first, when there is one)."""

import datetime

import streamlit as st

from advisor.case.certainty import COUNT as CERTAINTY_COUNT
from advisor.documents.calendar import long_date
from advisor.judgement.progress import WHAT, measure, past_interview, started
from advisor.judgement.quick import ANSWER_COUNT
from ui import state
from ui.shell.bootstrap import landing_setup
from ui.shell.steps import BY_STAGE, DEBRIEF, JOB, MENTOR, QUICK, VERDICT
from ui.views.navigation import choice

landing_setup()
case = state.case()
st.title("Interview Advisor")
st.write("Invited to an interview for a job you don't really want? This helps you decide whether to go, "
         "and if you go, how to get the most out of it.")
st.write("It is for anyone weighing such an invitation, alone or with a mentor. Nothing you type is "
         "stored on our server.")
if state.read_only():
    choice(MENTOR, "Back to your review", "The case you were sent, and your review of it.", "review")
elif started(case):
    if day := past_interview(case, datetime.date.today()):
        choice(DEBRIEF, "How did the interview go?", f"Your interview on {long_date(day)} is "
               "behind you: write down what it taught you and what you decided, while it is fresh.", "debrief")
    after = measure(case).next
    if after is None:
        choice(VERDICT, "Continue where you left off", "Everything the steps count is answered: your verdict "
               "and its game plan are ready.", "continue")
    else:
        choice(BY_STAGE[after], "Continue where you left off",
               f"Your case in this browser: next comes {WHAT[after]}, on {BY_STAGE[after].title}.", "continue")
choice(QUICK, "A two-minute answer", f"{CERTAINTY_COUNT} questions on how sure you are, {ANSWER_COUNT} about the "
       "job, and a first verdict. Your answers go into your case, so you can refine them later.", "quick")
choice(JOB, "The full worksheet", "Step by step: the job, your reasons against it, how much each counts, "
       "a verdict with what would change it, and a game plan.", "worksheet")
