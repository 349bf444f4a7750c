"""Step 7: the common questions, prepared from this case, drafted and said out loud against a clock."""

import streamlit as st

from advisor.practice.rehearsal import progress_line
from ui import state
from ui.practice.drafting import choose_view, drafts_view
from ui.practice.looking_back import from_before
from ui.practice.rehearsing import rehearse_view
from ui.shell.bootstrap import page_setup
from ui.shell.steps import PRACTISE
from ui.views.navigation import step_links

page_setup(PRACTISE)
st.title("Practise")
case = state.case()
st.markdown(f"**{progress_line(case)}**")
st.write("Whether or not you want this job, its interview is practice you can't get anywhere else: the same "
         "questions come back from one employer to the next. Choose the ones to prepare, draft what you would "
         "say, then rehearse them out loud.")

st.header("Your questions")
from_before(case)
choose_view(case)
st.header("Your answers")
drafts_view(case)
st.header("Rehearse")
rehearse_view(case)
step_links(PRACTISE)
