"""After the interview: how it went, what surprised you, what you decided and why."""

import streamlit as st

from advisor.case.debrief import MAX_SURPRISES, Debrief, Decision
from advisor.case.labels import DECISION_LABELS, OFFER_CHOICES, OFFER_LABELS, RATING_LABELS, offer_choice
from advisor.documents.plan import questions
from advisor.editing.edits import DebriefField, grantable_asks, granted_asks
from advisor.judgement.changes import known_now
from advisor.judgement.scoring import evaluate
from advisor.sharing.journal import verdict_vs_outcome
from ui import state
from ui.callbacks.owner import add_surprise, choose_offer, edit_debrief, remove_surprise
from ui.practice.looking_back import came_up_view
from ui.shell.bootstrap import page_setup
from ui.shell.steps import DEBRIEF, JOURNAL
from ui.views.messages import field_errors
from ui.views.navigation import go_to
from ui.views.parts import part
from ui.views.widgets import choose_one, text_key, user_text

page_setup(DEBRIEF)
read_only = state.read_only()
st.title("After the interview")
st.write("Every interview teaches something. Write it down while it is fresh: what surprised "
         "you, what went well, what you would do differently, and what you decided.")
case = state.case()
debrief = case.debrief or Debrief()
st.info(verdict_vs_outcome(case), icon=":material/compare_arrows:")


def bound(field: DebriefField) -> str:
    return state.seed_field("debrief_", debrief, field)


st.header("How it went")
rating_col, ready_col, stress_col = st.columns(3, gap="large")
key = bound("rating")
rating_col.select_slider("How did it go?", options=list(RATING_LABELS), format_func=RATING_LABELS.__getitem__,
                   key=key, on_change=edit_debrief, args=("rating", key), disabled=read_only)
key = bound("readiness")
ready_col.slider("How ready did you feel?", 0, 10, key=key, on_change=edit_debrief, args=("readiness", key),
                 disabled=read_only, help="0 = caught out · 10 = fully prepared")
key = bound("stress")
stress_col.slider("How stressed were you?", 0, 10, key=key, on_change=edit_debrief, args=("stress", key),
                  disabled=read_only, help="0 = calm · 10 = overwhelmed")
st.write("Open the parts below to note what you learned, the questions that surprised you, the date, the "
         "offer and your decision.")

if box := part("What went well, and what you learned", "debrief_part_lessons"):
    texts: tuple[tuple[DebriefField, str], ...] = (("went_well", "What went well"),
                                                   ("improve", "What to do better next time"),
                                                   ("learned", "What did their answers teach you?"))
    for column, (field, label) in zip(box.columns(3), texts, strict=True):
        key = bound(field)
        column.text_area(label, key=key, on_change=edit_debrief, args=(field, key), disabled=read_only)
        with column:
            field_errors(key)

if box := part("Questions that surprised you", "debrief_part_surprises"):
    with box:
        planned = questions(case, evaluate(case, flip=False))
        st.caption("The questions you planned to ask them: " + " · ".join(user_text(q) for q in planned))
        full = read_only or len(debrief.surprises) >= MAX_SURPRISES
        with st.form("debrief_form", border=False):
            st.text_input("A question you did not expect", key="debrief_new", disabled=full)
            st.form_submit_button("Add question", on_click=add_surprise, args=("debrief_new",),
                                  icon=":material/add:", disabled=full)
        field_errors("debrief_new")
        if full and not read_only:
            st.warning(f"You can note at most {MAX_SURPRISES} questions per interview.")
        for index, question in enumerate(debrief.surprises):
            text_col, button_col = st.columns([5, 1], vertical_alignment="center")
            text_col.markdown(f"{index + 1}\\. {user_text(question)}")
            button_col.button("Remove", key=text_key("debrief_del_", question), on_click=remove_surprise,
                              args=(question,), wrap=True, disabled=read_only)

came_up_view(case, read_only)
if box := part("The outcome: the date, the offer and your decision", "debrief_part_outcome"):
    with box:
        key = bound("date")
        st.date_input("Interview date", key=key, format="YYYY-MM-DD", on_change=edit_debrief,
                      args=("date", key), disabled=read_only)
        offer_key = state.seed("debrief_offer_choice",
                               offer_choice(debrief.offer))
        choose_one("Did an offer come?", list(OFFER_CHOICES), offer_key, choose_offer, (offer_key,),
                   OFFER_LABELS.__getitem__, read_only)
        asks = grantable_asks(case)
        if asks:
            key = state.seed("debrief_granted", granted_asks(case))
            st.multiselect("Which of your asks did they grant?", list(asks), format_func=asks.__getitem__,
                           key=key, on_change=edit_debrief, args=("granted", key), disabled=read_only)
        st.info(known_now(case), icon=":material/balance:")
        key = bound("decision")
        choose_one("Your decision", list(Decision), key, edit_debrief, ("decision", key), DECISION_LABELS.__getitem__,
                   read_only)
        key = bound("why")
        st.text_area("Why? (It may go against the balance: your reasons count.)", key=key,
                     on_change=edit_debrief, args=("why", key), disabled=read_only)
        field_errors(key)

go_to(JOURNAL, "Add it to My interviews")
