"""Step 3: each reason is negotiable or core of the job; negotiable ones get an ask."""

import streamlit as st

from advisor.catalog import KIND_LABELS, REASON_BY_ID, Kind, suggest_kind
from advisor.models import Reason
from ui import state
from ui.edits import set_value
from ui.widgets import field_errors, needs, page_setup, step_links, user_text

PAGE = "pages/sort.py"
page_setup(PAGE)
st.title("Negotiable, or the job itself?")
st.write("If a reason is about the **main activity** of the job, no offer will change it: it "
         "is *core of the job*. Pay, hours, shifts, travel, home days, title or contract sit "
         "*around* the work: they are *negotiable*. We sorted your reasons with that test; "
         "move any you see differently, and say what would make each negotiable one acceptable.")

case = state.case()
if not case.reasons:
    needs("pages/why_not.py", "There is nothing to sort yet: list your reasons first.")


def _move(index: int, kind: Kind) -> None:
    state.commit(lambda data: data["reasons"][index].update(kind=kind), f"sort_move_{index}")
    state.forget("sort_")


def _card(index: int, reason: Reason) -> None:
    with st.container(border=True, key=f"sort_card_{index}"):
        st.markdown(f"**{user_text(reason.label)}** · bothers you {reason.severity}/10")
        suggested, why = suggest_kind(reason.label, reason.catalog_id)
        note = why if suggested is reason.kind else (
            f"We suggested {KIND_LABELS[suggested].lower()}: {why} You moved it.")
        st.caption(note)
        if reason.kind is Kind.NEGOTIABLE:
            example = REASON_BY_ID[reason.catalog_id].example_ask if reason.catalog_id else ""
            ask_key = state.seed(f"sort_ask_{index}", reason.ask)
            st.text_input("What would make it acceptable?", key=ask_key,
                          placeholder=f"e.g. “{example or 'two days from home'}”",
                          on_change=set_value, args=(("reasons", index, "ask"), ask_key))
            field_errors(ask_key)
            odds_key = state.seed(f"sort_odds_{index}", reason.odds)
            st.slider("Odds they would agree (%)", 0, 100, step=5, key=odds_key,
                      on_change=set_value, args=(("reasons", index, "odds"), odds_key))
            st.button("Move to core of the job", key=f"sort_to_core_{index}",
                      icon=":material/arrow_forward:", on_click=_move, args=(index, Kind.CORE))
        else:
            st.button("Move to negotiable", key=f"sort_to_neg_{index}",
                      icon=":material/arrow_back:", on_click=_move,
                      args=(index, Kind.NEGOTIABLE))


columns = st.columns(2, gap="large")
for column, kind in zip(columns, Kind, strict=True):
    with column:
        group = [(i, r) for i, r in enumerate(case.reasons) if r.kind is kind]
        st.header(f"{KIND_LABELS[kind]} ({len(group)})")
        if not group:
            st.caption("None here.")
        for index, reason in group:
            _card(index, reason)
step_links(PAGE)
