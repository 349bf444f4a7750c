"""Step 2: what puts you off the job, picked from common reasons or written in your words."""

import streamlit as st

from advisor.article.reasons import REASON_BY_ID, REASONS
from advisor.case.base import MAX_REASONS
from advisor.editing.edits import can_add_reason, picked_from_catalog
from ui import state
from ui.callbacks.owner import CATALOG_PICKER, add_own_reason, edit_reason, pick_from_catalog, remove_reason
from ui.callbacks.pros import add_pro, edit_pro_weight, remove_pro
from ui.shell.bootstrap import page_setup
from ui.shell.steps import WHY_NOT
from ui.views.messages import field_errors
from ui.views.navigation import step_links
from ui.views.parts import part, scored_part
from ui.views.widgets import named_slider, plain, user_text

page_setup(WHY_NOT)
read_only = state.read_only()
st.title("Why not?")
st.write("What makes this job unappealing? Pick from the common reasons or add one in your own words, "
         "then say how much each one bothers you.")

case = state.case()
if picker := part("Pick from common reasons", "why_part_pick", open_first=not case.reasons):
    with picker:
        catalog_key = state.seed(CATALOG_PICKER, picked_from_catalog(case))
        st.pills("Common reasons", options=[r.id for r in REASONS],
                 format_func=lambda cid: REASON_BY_ID[cid].label, selection_mode="multi",
                 key=catalog_key, on_change=pick_from_catalog, args=(catalog_key,),
                 help="Click to add, click again to remove.", disabled=read_only)
        field_errors(catalog_key)

full = read_only or not can_add_reason(case)
if own := part("Add a reason in your own words", "why_part_own"):
    with own, st.form("why_form", border=False):
        st.text_input("A reason in your own words", key="why_new",
                      placeholder="e.g. “I'd be on the phone all day”", disabled=full)
        st.form_submit_button("Add reason", icon=":material/add:", on_click=add_own_reason,
                              args=("why_new", "why_new_form"), disabled=full)
field_errors("why_new_form")
if full and not read_only:
    st.warning(f"You have listed the maximum of {MAX_REASONS} reasons. Remove one to add another.")

st.header(f"Your reasons ({len(case.reasons)} of {MAX_REASONS})")
if not case.reasons:
    st.info("No reasons yet. Pick some above or write your own.", icon=":material/info:")
if rows := scored_part("Change how much each bothers you, or remove one", "why_part_rows",
                       [(reason.label, reason.severity) for reason in case.reasons]):
    with rows:
        for reason in case.reasons:
            with st.container(border=True, key=f"why_reason_{reason.id}"):
                key = state.seed(f"why_sev_{reason.id}", reason.severity)
                named_slider(f"**{user_text(reason.label)}**  \nHow much does it bother you?",
                             f"How much does “{plain(reason.label)}” bother you?", key,
                             "0 = hardly at all · 10 = a deal-breaker", on_change=edit_reason,
                             args=(reason.id, "severity", key), disabled=read_only)
                st.button("Remove", key=f"why_del_{reason.id}", on_click=remove_reason, args=(reason.id,),
                          icon=":material/delete:", type="tertiary", disabled=read_only)
st.header("What you like about it")
st.write("Beside the reasons against, what draws you to this job? Each counts for going, with the weight "
         "you give it, next to the article's arguments.")
if liked := part("Add something you like", "why_part_pro"):
    with liked, st.form("why_pro_form", border=False):
        st.text_input("Something you like, in your own words", key="why_pro_new", disabled=read_only,
                      placeholder="e.g. “The team seemed friendly”")
        st.form_submit_button("Add", icon=":material/add:", on_click=add_pro,
                              args=("why_pro_new", "why_pro_form"), disabled=read_only)
field_errors("why_pro_form")
if weights := scored_part("Change how much each counts, or remove one", "why_part_pro_rows",
                          [(pro.label, pro.weight) for pro in case.pros]):
    with weights:
        for pro in case.pros:
            with st.container(border=True, key=f"why_pro_{pro.id}"):
                key = state.seed(f"why_pro_w_{pro.id}", pro.weight)
                named_slider(f"How much does **{user_text(pro.label)}** count for going?",
                             f"How much does “{plain(pro.label)}” count for going?", key,
                             "0 = not at all · 10 = as much as the strongest argument",
                             on_change=edit_pro_weight, args=(pro.id, key), disabled=read_only)
                st.button("Remove", key=f"why_pro_del_{pro.id}", on_click=remove_pro, args=(pro.id,),
                          icon=":material/delete:", type="tertiary", disabled=read_only)
step_links(WHY_NOT)
