"""Step 3: each reason is negotiable or core of the job; negotiable ones get an ask."""

import streamlit as st

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.reasons import example_ask, example_walk_away, reading, sort_note
from advisor.case.models import Reason
from advisor.documents.plan import by_kind
from advisor.reading.topics import TEST_QUESTION, Topic
from ui import state
from ui.callbacks.owner import answer_job, edit_reason, move_reason
from ui.memo import remembered
from ui.shell.bootstrap import page_setup
from ui.shell.steps import SORT, WHY_NOT
from ui.views.messages import field_errors
from ui.views.navigation import needs, step_links
from ui.views.parts import part
from ui.views.widgets import user_text

page_setup(SORT)
read_only = state.read_only()
st.title("Negotiable, or the job itself?")
st.write("If a reason is about the job itself (its **main activity**, the people you would do it with, what the "
         "employer stands for), no offer will change it: it is *core of the job*. Pay, hours, shifts, travel, home "
         "days, title or contract sit *around* the work: they are *negotiable*. We sorted your reasons with that "
         "test and asked where your words left it open; move any you see differently, and say what would make "
         "each negotiable one acceptable.")

case = state.case()
if not case.reasons:
    needs(WHY_NOT, "There is nothing to sort yet: list your reasons first.")


def _ask_the_test(reason: Reason) -> None:
    """The reading was unsure: the article's own test, answered with one click, decides. The two
    answers stand one above the other: side by side in a card they were cut short at a laptop's width."""
    st.write(TEST_QUESTION)
    st.button("Yes, they could change it", key=f"sort_test_yes_{reason.id}", on_click=move_reason,
              args=(reason.id, Kind.NEGOTIABLE), disabled=read_only)
    st.button("No, they could not", key=f"sort_test_no_{reason.id}", on_click=move_reason,
              args=(reason.id, Kind.CORE), disabled=read_only)


def _ask_about_the_offer(reason: Reason) -> None:
    """Holding another offer: whether the person will take it decides everything else (the article:
    then tell them now), and only they know, so the page asks."""
    if case.job.given("taking_other_offer"):
        st.caption("You said you will take the other offer: the verdict is to tell them now." if
                   case.job.taking_other_offer else "You said you are still deciding about the other offer.")
    st.write("Have you decided to take the other offer?")
    yes, no = st.columns(2)
    yes.button("Yes, I'll take it", key=f"sort_offer_yes_{reason.id}", on_click=answer_job,
               args=("taking_other_offer", True, f"sort_offer_yes_{reason.id}"), disabled=read_only)
    no.button("No, I'm still deciding", key=f"sort_offer_no_{reason.id}", on_click=answer_job,
              args=("taking_other_offer", False, f"sort_offer_no_{reason.id}"), disabled=read_only)


def _card(reason: Reason) -> None:
    with st.container(border=True, key=f"sort_card_{reason.id}"):
        odds = f" · {reason.odds} % odds they agree" if reason.kind is Kind.NEGOTIABLE else ""
        st.markdown(f"**{user_text(reason.label)}** · bothers you {reason.severity}/10{odds}")
        if not reason.settled and not remembered(reading, reason.label, case.job.activity, reason.catalog_id).sure:
            _ask_the_test(reason)
            return
        st.caption(user_text(remembered(sort_note, reason.label, reason.catalog_id, reason.kind, case.job.activity,
                                        reason.settled)))
        if remembered(reading, reason.label, case.job.activity, reason.catalog_id).topic is Topic.OTHER_OFFER:
            _ask_about_the_offer(reason)
        if reason.kind is Kind.NEGOTIABLE:
            ask_key = state.seed(f"sort_ask_{reason.id}", reason.ask)
            example = remembered(example_ask, reason.catalog_id, reason.label, case.job.activity)
            st.text_input("What would make it acceptable?", key=ask_key, placeholder=f"e.g. “{example}”",
                          on_change=edit_reason, args=(reason.id, "ask", ask_key), disabled=read_only)
            field_errors(ask_key)
            if box := part("Your walk-away line and the odds", f"sort_part_{reason.id}"):
                with box:
                    walk_key = state.seed(f"sort_walk_{reason.id}", reason.walk_away)
                    walk_example = remembered(example_walk_away, reason.catalog_id, reason.label, case.job.activity)
                    st.text_input("The least you would accept (your walk-away line)", key=walk_key,
                                  placeholder=f"e.g. “{walk_example}”", on_change=edit_reason,
                                  args=(reason.id, "walk_away", walk_key), disabled=read_only,
                                  help="Decide it now, calmly: in the room it is easy to give in.")
                    field_errors(walk_key)
                    odds_key = state.seed(f"sort_odds_{reason.id}", reason.odds)
                    st.slider("Odds they would agree (%)", 0, 100, step=5, key=odds_key,
                              on_change=edit_reason, args=(reason.id, "odds", odds_key), disabled=read_only)
            st.button("Move to core of the job", key=f"sort_to_core_{reason.id}",
                      icon=":material/arrow_forward:", on_click=move_reason, args=(reason.id, Kind.CORE),
                      disabled=read_only)
        else:
            st.button("Move to negotiable", key=f"sort_to_neg_{reason.id}",
                      icon=":material/arrow_back:", on_click=move_reason,
                      args=(reason.id, Kind.NEGOTIABLE), disabled=read_only)


columns = st.columns(2, gap="large")
for column, (kind, group) in zip(columns, by_kind(case).items(), strict=True):
    with column:
        st.header(f"{KIND_LABELS[kind]} ({len(group)})")
        if not group:
            st.caption("None here.")
        for reason in group:
            _card(reason)
step_links(SORT)
