"""Step 1: the invitation, the person's situation, and the gut answer before any thinking, asked
on short screens a few questions at a time."""

import streamlit as st

from advisor.case.labels import GUT_LABELS, YES_NO_LABELS
from advisor.case.models import FIRST_DATE, LAST_DATE, Gut
from advisor.case.money import CURRENCY_LABELS, Currency
from advisor.judgement.defaults import MONEY, WANTED, YOU, label
from ui import state
from ui.callbacks.owner import edit_job
from ui.shell.bootstrap import page_setup
from ui.shell.steps import JOB, QUICK
from ui.views.job_fields import (
    INVITATION,
    SCREENS,
    bind,
    current_screen,
    number,
    screen_heading,
    screen_moves,
    slider,
    text,
    waiting_screens,
    weighed_part,
)
from ui.views.messages import field_errors
from ui.views.navigation import go_to, step_links
from ui.views.widgets import choose_one

page_setup(JOB)
read_only = state.read_only()
st.title("The job")
st.write("Start with the invitation you have. Nothing here is stored on our server: your answers "
         "are kept in this browser, and in the links you choose to share.")
go_to(QUICK, "Short of time? Take the quick check")

shown = current_screen()
screen_heading(shown)
if shown == INVITATION:
    gut_key = state.seed_answer("job_", state.case().job, "gut")
    choose_one("If you had to decide right now, would you go to the interview?", list(Gut), gut_key, edit_job,
               ("gut", gut_key), GUT_LABELS.__getitem__, read_only,
               help="Your first answer, before any weighing. The verdict page compares it with the balance.")
    text("Job title", "title", "As it appears in the advert, e.g. “Night-shift call agent”.")
    text("Company", "company", "Who invited you.")
    text("The main activity, in one sentence", "activity",
         "What you would spend most of your day doing. This is what no negotiation changes.", area=True)

elif shown == YOU:
    left, right = weighed_part(YOU)
    with left:
        text("Your first name (optional)", "first_name",
             "Only used to tell a mentor you ask for a review whose case it is.")
        number(label("interviews_so_far"), "interviews_so_far", "Real interviews, not practice ones.", 100)
        key = state.seed_answer("job_", state.case().job, "early_career")
        choose_one(label("early_career"), [True, False], key, edit_job, ("early_career", key),
                   YES_NO_LABELS.__getitem__, read_only, help="Starting out, or changing to a new field.")
    with right:
        slider(label("selling_difficulty"), "selling_difficulty",
               "Talking up your own skills in front of strangers.", "easy", "very hard")
        slider(label("dread"), "dread", "The stress you feel thinking about it.", "not at all", "very much")

elif shown == WANTED:
    left, right = weighed_part(WANTED)
    with left:
        text("The job you really want", "wanted_job",
             "The role you are aiming for, e.g. “Junior marketing analyst”.")
        number(label("experience_years"), "experience_years", "Any paid work counts.", 60)
        slider(label("similarity"), "similarity",
               "Same field, same size of company, same kind of questions?", "nothing alike", "the same")
    with right:
        slider(label("network_value"), "network_value",
               "Would you like to work for this company, or know its people, one day?", "not at all", "a lot")
        slider(label("curiosity"), "curiosity",
               "Seeing a workplace from inside teaches you what you want.", "not at all", "very")

else:
    left, right = weighed_part(MONEY)
    with left:
        key = bind("interview_date")
        st.date_input("Interview date (optional)", key=key, min_value=FIRST_DATE, max_value=LAST_DATE,
                      format="YYYY-MM-DD", on_change=edit_job, args=("interview_date", key), disabled=read_only,
                      help="With a date, the Game plan offers the interview as a calendar file, with a reminder "
                           "the day before and one to fill in the debrief afterwards.")
        field_errors(key)
        slider(label("financial_need"), "financial_need",
               "A job you can put up with still pays the bills.", "not at all", "urgently")
        number(label("travel_hours"), "travel_hours", "Door to door, both ways.", 48, step=0.5)
    with right:
        currency_key = bind("currency")
        st.selectbox("Your currency", list(Currency), format_func=CURRENCY_LABELS.__getitem__,
                     key=currency_key, on_change=edit_job, args=("currency", currency_key),
                     disabled=read_only, help="Amounts in the game plan and the report are shown with it.")
        number(label("travel_cost"), "travel_cost", "In the currency above.", 10_000)
        number(label("spare_money"), "spare_money", "The cost is weighed against this.", 100_000)

screen_moves(shown)
waiting_screens(shown)
if shown == SCREENS[-1]:
    step_links(JOB)
