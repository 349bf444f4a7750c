"""After the interview: how it went, what surprised you, what you decided and why."""

import streamlit as st

from advisor.catalog import Kind
from advisor.journal import verdict_vs_outcome
from advisor.models import DECISION_LABELS, MAX_SURPRISES, Debrief, Decision
from ui import state
from ui.edits import add_surprise, remove_surprise, set_debrief
from ui.widgets import field_errors, page_setup, user_text

PAGE = "pages/debrief.py"
page_setup(PAGE)
st.title("After the interview")
st.write("Every interview teaches something. Write it down while it is fresh: what surprised "
         "you, what went well, what you would do differently, and what you decided.")
case = state.case()
debrief = case.debrief or Debrief()
st.info(verdict_vs_outcome(case), icon=":material/compare_arrows:")


def bound(field: str) -> str:
    return state.seed(f"debrief_{field}", getattr(debrief, field))


RATINGS = {1: "Badly", 2: "Not so well", 3: "So-so", 4: "Well", 5: "Very well"}
OFFER = {"unknown": None, "yes": True, "no": False}
OFFER_LABELS = {"unknown": "Not known yet", "yes": "Yes", "no": "No"}

left, right = st.columns(2, gap="large")
with left:
    key = bound("date")
    st.date_input("Interview date", key=key, format="YYYY-MM-DD", on_change=set_debrief,
                  args=("date", key))
    key = bound("rating")
    st.select_slider("How did it go?", options=list(RATINGS), format_func=RATINGS.__getitem__, key=key,
                     on_change=set_debrief, args=("rating", key))
    key = bound("readiness")
    st.slider("How ready did you feel?", 0, 10, key=key, on_change=set_debrief, args=("readiness", key),
              help="0 = caught out · 10 = fully prepared")
    key = bound("stress")
    st.slider("How stressed were you?", 0, 10, key=key, on_change=set_debrief, args=("stress", key),
              help="0 = calm · 10 = overwhelmed")
    for field, label in (("went_well", "What went well"), ("improve", "What to do better next time")):
        key = bound(field)
        st.text_area(label, key=key, on_change=set_debrief, args=(field, key))
        field_errors(key)
with right:
    st.header("Questions that surprised you")
    full = len(debrief.surprises) >= MAX_SURPRISES
    with st.form("debrief_form", border=False):
        st.text_input("A question you did not expect", key="debrief_new", disabled=full)
        st.form_submit_button("Add question", on_click=add_surprise, args=("debrief_new",),
                              icon=":material/add:", disabled=full)
    field_errors("debrief_new")
    if full:
        st.warning(f"You can note at most {MAX_SURPRISES} questions per interview.")
    for index, question in enumerate(debrief.surprises):
        text_col, button_col = st.columns([5, 1], vertical_alignment="center")
        text_col.markdown(f"{index + 1}\\. {user_text(question)}")
        button_col.button("Remove", key=f"debrief_del_{index}", on_click=remove_surprise, args=(index,),
                          wrap=True)

    st.header("The outcome")
    offer_key = state.seed("debrief_offer_choice",
                           next(k for k, v in OFFER.items() if v is debrief.offer))

    def _offer() -> None:
        st.session_state["debrief_offer"] = OFFER[st.session_state[offer_key]]
        set_debrief("offer", "debrief_offer")

    st.radio("Did an offer come?", list(OFFER), format_func=OFFER_LABELS.__getitem__, key=offer_key,
             horizontal=True, on_change=_offer)
    asks = {i: f"{r.ask} (for “{r.label}”)" for i, r in enumerate(case.reasons)
            if r.kind is Kind.NEGOTIABLE and r.ask}
    if asks:
        key = state.seed("debrief_granted", [i for i in debrief.granted if i in asks])
        st.multiselect("Which of your asks did they grant?", list(asks), format_func=asks.__getitem__,
                       key=key, on_change=set_debrief, args=("granted", key))
    key = bound("decision")
    st.radio("Your decision", list(Decision), format_func=DECISION_LABELS.__getitem__, key=key,
             horizontal=True, on_change=set_debrief, args=("decision", key))
    key = bound("why")
    st.text_area("Why? (It may go against the balance: your reasons count.)", key=key,
                 on_change=set_debrief, args=("why", key))
    field_errors(key)
st.page_link("pages/journal.py", label="Add it to My interviews", icon=":material/library_books:")
