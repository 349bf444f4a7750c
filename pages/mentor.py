"""Mentor review: a mentor reads the case, weighs it their own way and sends it back;
the owner compares the weights side by side and adopts what convinces them."""

import pandas as pd
import streamlit as st

from advisor.catalog import FACTORS, KIND_LABELS, Kind
from advisor.charts import comparison_chart
from advisor.models import GUT_LABELS, MAX_REVIEWS
from advisor.scoring import VERDICT_TITLES, evaluate
from advisor.share import encode
from ui import state
from ui.chart import show_balance, show_figure
from ui.edits import adopt, remove_review, set_value, start_review
from ui.links import base_url, link
from ui.widgets import field_errors, needs, page_setup, step_links, user_text

PAGE = "pages/mentor.py"
page_setup(PAGE)
st.title("Mentor review")
case = state.case()
if not case.reasons and not case.job.title:
    needs("pages/share.py", "There is no case to review yet. A mentor sees one here after "
          "opening a mentor link; to ask for a review, fill in your case and share it.")
owner = evaluate(case, flip=False)

with st.expander("The case", expanded=not case.reviews):
    job = case.job
    st.markdown(f"**{user_text(job.title, 'Untitled job')}**"
                + (f" at {user_text(job.company)}" if job.company else ""))
    if job.activity:
        st.markdown(f"Main activity: {user_text(job.activity)}")
    st.markdown(f"Gut answer: {GUT_LABELS[job.gut]} · Verdict: "
                f"**{VERDICT_TITLES[owner.verdict]}** ({owner.balance:+.2f})")
    for column, kind in zip(st.columns(2), Kind, strict=True):
        group = [r for r in case.reasons if r.kind is kind]
        column.markdown(f"**{KIND_LABELS[kind]}**")
        column.markdown("\n".join(
            f"- {user_text(r.label)} ({r.severity}/10)"
            + (f" — ask: {user_text(r.ask)}, {r.odds} %" if kind is Kind.NEGOTIABLE and r.ask else "")
            for r in group) or "None.")
    show_balance(owner, key="mentor_owner_chart")

st.header("Write a review")
NEW = -1
choices = [*range(len(case.reviews)), NEW]
who_key = state.seed("mentor_who", NEW if not case.reviews else len(case.reviews) - 1)
if st.session_state[who_key] not in choices:
    st.session_state[who_key] = NEW
who = st.selectbox("Who is reviewing?", choices, key=who_key,
                   format_func=lambda i: "Someone new" if i == NEW else case.reviews[i].mentor)
if who == NEW:
    if len(case.reviews) >= MAX_REVIEWS:
        st.warning(f"This case already holds {MAX_REVIEWS} reviews, the most a link can carry. "
                   "Remove one below to add another.")
    else:
        st.text_input("Your name", key="mentor_name",
                      placeholder="So the owner knows whose review it is")
        st.button("Start my review", key="mentor_start", on_click=start_review,
                  args=("mentor_name", who_key), icon=":material/rate_review:")
        field_errors("mentor_name")
else:
    review = case.reviews[who]
    st.caption(f"Reviewing as {user_text(review.mentor)}. These are your own weights: the owner's stay "
               "as they are until they choose to adopt yours.")
    weights_col, notes_col = st.columns(2, gap="large")
    with weights_col:
        st.subheader("Your weights")
        for factor in FACTORS:
            key = state.seed(f"mentor_w_{who}_{factor.id}", review.weights[factor.id])
            st.slider(factor.title, 0, 10, key=key, help=factor.why,
                      on_change=set_value, args=(("reviews", who, "weights", factor.id), key))
    with notes_col:
        st.subheader("Your notes")
        for index, reason in enumerate(case.reasons):
            key = state.seed(f"mentor_note_{who}_{index}", review.notes.get(index, ""))
            st.text_input(f"On “{user_text(reason.label)}”", key=key,
                          on_change=set_value, args=(("reviews", who, "notes", index), key))
            field_errors(key)
        key = state.seed(f"mentor_overall_{who}", review.overall)
        st.text_area("Overall", key=key, on_change=set_value, args=(("reviews", who, "overall"), key))
        field_errors(key)
    st.subheader("Send it back")
    st.code(link(base_url(PAGE), "mentor", encode(case)), language=None, wrap_lines=True)
    st.caption("Send this link to the owner: it carries their case with your review. "
               "The address bar holds the same link, so a reload keeps your review.")

if case.reviews:
    st.header("Compare the reviews")
    others = [(r.mentor, evaluate(case.model_copy(update={"weights": r.weights}), flip=False))
              for r in case.reviews]
    show_figure(comparison_chart(owner, others), key="mentor_compare")
    table = pd.DataFrame(
        {"Factor": [f.title for f in FACTORS], "You": [case.weights[f.id] for f in FACTORS],
         **{user_text(r.mentor): [r.weights[f.id] for f in FACTORS] for r in case.reviews}}
    )
    st.table(table.set_index("Factor"))
    st.caption("Balances: " + "; ".join(
        [f"you {owner.balance:+.2f} ({VERDICT_TITLES[owner.verdict]})"]
        + [f"{user_text(name)} {a.balance:+.2f} ({VERDICT_TITLES[a.verdict]})" for name, a in others]))
    for number, review in enumerate(case.reviews):
        with st.container(border=True, key=f"mentor_review_{number}"):
            st.subheader(f"From {user_text(review.mentor)}")
            if review.overall:
                st.markdown(user_text(review.overall))
            for index, note in review.notes.items():
                if index < len(case.reasons):
                    st.markdown(f"- **{user_text(case.reasons[index].label)}**: {user_text(note)}")
            differ = {f.id: f"{f.title} ({case.weights[f.id]} → {review.weights[f.id]})"
                      for f in FACTORS if review.weights[f.id] != case.weights[f.id]}
            if differ:
                pick = st.selectbox("Adopt their weight for", list(differ), key=f"mentor_pick_{number}",
                                    format_func=differ.__getitem__)
                one, every, drop = st.columns(3)
                one.button("Adopt this weight", key=f"mentor_adopt1_{number}", on_click=adopt,
                           args=(number, pick), disabled=pick is None, wrap=True)
                every.button("Adopt all their weights", key=f"mentor_adoptall_{number}",
                             on_click=adopt, args=(number, None), wrap=True)
            else:
                st.caption("Their weights are the same as yours.")
                drop = st.columns(3)[2]
            drop.button("Remove this review", key=f"mentor_remove_{number}", on_click=remove_review,
                        args=(number,), wrap=True)
step_links(PAGE)
