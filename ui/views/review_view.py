"""The two sides of Mentor review: a mentor's own review form, and the owner's comparison."""

from __future__ import annotations

import streamlit as st

from advisor.article.factors import FACTORS
from advisor.case.models import MAX_REVIEWS, Case
from advisor.documents.charts import comparison_chart
from advisor.editing.arrival import LinkKind
from advisor.editing.reviews import own_review
from advisor.judgement.compare import Comparison, weights_table
from advisor.judgement.scoring import VERDICT_TITLES
from ui import address, state
from ui.callbacks.mentor import (
    adopt,
    edit_review_note,
    edit_review_overall,
    edit_review_weight,
    remove_review,
    start_review,
)
from ui.links import base_url, link
from ui.shell.steps import MENTOR
from ui.storage import device
from ui.views.chart import show_figure
from ui.views.link_box import send_back
from ui.views.messages import field_errors
from ui.views.widgets import user_text

NEW = -1


def review_form(case: Case) -> None:
    """A mentor picks or starts their review, weighs, writes notes, and gets the link back.

    It opens on the review this browser started on the case, else on someone new: a case
    reviewed before reaches the next mentor with the earlier reviews in it, and their edits must
    never land in someone else's."""
    choices = [*range(len(case.reviews)), NEW]
    mine = own_review(case, device.reviewers())
    who_key = state.seed_choice("mentor_who", choices, NEW if mine is None else mine)
    who = st.selectbox("Who is reviewing?", choices, key=who_key,
                       format_func=lambda i: "Someone new" if i == NEW else case.reviews[i].mentor)
    if who == NEW:
        if len(case.reviews) >= MAX_REVIEWS:
            st.warning(f"This case already holds {MAX_REVIEWS} reviews, the most a link can carry.")
            return
        st.text_input("Your name", key="mentor_name", placeholder="So the owner knows whose review it is")
        st.button("Start my review", key="mentor_start", on_click=start_review,
                  args=("mentor_name", "mentor_who"), icon=":material/rate_review:")
        field_errors("mentor_name")
        return
    review = case.reviews[who]
    st.caption(f"Reviewing as {user_text(review.mentor)}. These are your own weights: the owner's stay "
               "as they are until they choose to adopt yours.")
    weights_col, notes_col = st.columns(2, gap="large")
    with weights_col:
        st.subheader("Your weights")
        for factor in FACTORS:
            key = state.seed(f"mentor_w_{who}_{factor.id}", review.weights[factor.id])
            st.slider(factor.title, 0, 10, key=key, help=factor.why,
                      on_change=edit_review_weight, args=(review.mentor, factor.id, key))
    with notes_col:
        st.subheader("Your notes")
        for reason in case.reasons:
            key = state.seed(f"mentor_note_{who}_{reason.id}", review.notes.get(reason.id, ""))
            st.text_input(f"On “{user_text(reason.label)}”", key=key,
                          on_change=edit_review_note, args=(review.mentor, reason.id, key))
            field_errors(key)
        key = state.seed(f"mentor_overall_{who}", review.overall)
        st.text_area("Overall", key=key, on_change=edit_review_overall, args=(review.mentor, key))
        field_errors(key)
    st.subheader("Send it back")
    reply = link(base_url(MENTOR), MENTOR, address.current_token(case, owner=False), LinkKind.REPLY)
    send_back(reply, key="mentor_copy_reply")
    st.caption("Send this link back: opened in the owner's browser, your review is added to their case "
               "beside any others, and nothing of theirs is changed. Your address bar keeps your review "
               "too, so a reload loses nothing.")


def comparison_view(case: Case, comparison: Comparison) -> None:
    """The owner's weights beside every mentor's, with what each concludes and a way to adopt."""
    st.header("Compare the reviews")
    show_figure(comparison_chart(comparison.owner, [(m.review.mentor, m.assessment) for m in comparison.mentors]),
                key="mentor_compare")
    st.table(weights_table(case).rename(columns=user_text))
    st.caption("Balances: " + "; ".join(
        [f"you {comparison.owner.balance:+.2f} ({VERDICT_TITLES[comparison.owner.verdict]})"]
        + [f"{user_text(m.review.mentor)} {m.assessment.balance:+.2f} ({VERDICT_TITLES[m.assessment.verdict]})"
           for m in comparison.mentors]))
    for number, view in enumerate(comparison.mentors):
        with st.container(border=True, key=f"mentor_review_{number}"):
            st.subheader(f"From {user_text(view.review.mentor)}")
            if view.review.overall:
                st.markdown(user_text(view.review.overall))
            for label, note in view.notes:
                st.markdown(f"- **{user_text(label)}**: {user_text(note)}")
            if view.differences:
                pick = st.selectbox("Adopt their weight for", list(view.differences), key=f"mentor_pick_{number}",
                                    format_func=view.differences.__getitem__)
                one, every, drop = st.columns(3)
                one.button("Adopt this weight", key=f"mentor_adopt1_{number}", on_click=adopt,
                           args=(view.review.mentor, pick), disabled=pick is None, wrap=True)
                every.button("Adopt all their weights", key=f"mentor_adoptall_{number}",
                             on_click=adopt, args=(view.review.mentor, None), wrap=True)
            else:
                st.caption("Their weights are the same as yours.")
                drop = st.columns(3)[2]
            drop.button("Remove this review", key=f"mentor_remove_{number}", on_click=remove_review,
                        args=(view.review.mentor,), wrap=True)
    field_errors("mentor_adopt")
