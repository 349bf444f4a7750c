"""Mentor review: a mentor reads the case, weighs it their own way and sends it back;
the owner compares the weights side by side and adopts what convinces them."""

import streamlit as st

from advisor.judgement.compare import compare_reviews, owner_possessive
from ui import state
from ui.shell.bootstrap import page_setup
from ui.shell.steps import MENTOR, SHARE, VERDICT
from ui.views.case_view import case_overview
from ui.views.navigation import go_to, needs, step_links
from ui.views.review_view import comparison_view, review_form
from ui.views.widgets import user_text

page_setup(MENTOR)
st.title("Mentor review")
case = state.case()
if not case.reasons and not case.job.title:
    needs(SHARE, "There is no case to review yet. A mentor sees one here after "
          "opening a mentor link; to ask for a review, fill in your case and share it.")
comparison = compare_reviews(case)

if state.read_only():
    whose = user_text(owner_possessive(case))
    st.write(f"You have been asked for your view on {whose} case: an interview for a job they are not sure "
             "they want. Read their answers, then weigh the arguments as *you* see them and add a note "
             "where you can help. Their answers stay as they are; only your review travels back.")
    with st.expander("Their case", expanded=True):
        case_overview(case, comparison.owner)
    st.header("Your review")
    review_form(case)
else:
    st.write("Here the reviews of your mentors sit beside your own weights. To ask for one, send the "
             "mentor link from Share; when a review comes back, open its link in this browser and it is "
             "added here, beside the others.")
    if comparison.mentors:
        comparison_view(case, comparison)
        go_to(VERDICT, "See your verdict with the weights you keep")
    else:
        st.info("No review yet.", icon=":material/info:")
        go_to(SHARE, "Get a mentor link")
    step_links(MENTOR)  # a mentor's page has no steps around it: "Back: Share" led to the owner's page
