"""The two sides of Mentor review: a mentor's own review form, and the owner's comparison."""

from __future__ import annotations

import streamlit as st

from advisor.article.factors import FACTORS, Kind, Side
from advisor.case.models import MAX_REVIEWS, Case, Reason, Review
from advisor.documents.charts import comparison_chart
from advisor.editing.arrival import LinkKind
from advisor.editing.reviews import own_review
from advisor.judgement.compare import Comparison, review_weight, weights_table, with_review
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from ui import address, state
from ui.callbacks.mentor import (
    adopt,
    edit_review_note,
    edit_review_overall,
    edit_review_pro_weight,
    edit_review_weight,
    remove_review,
    start_review,
)
from ui.links import base_url, link
from ui.practice.notes import draft_notes_form, notes_in_review
from ui.shell.steps import MENTOR
from ui.storage import device
from ui.views.chart import IN_SIGHT, show_figure
from ui.views.link_box import send_back
from ui.views.messages import field_errors
from ui.views.parts import noted_part
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
        _weights(case, who, review)
    with notes_col:
        _notes(case, who, review)
    draft_notes_form(case, who, review)
    st.subheader("Send it back")
    reply = link(base_url(MENTOR), MENTOR, address.current_token(case, owner=False), LinkKind.REPLY)
    send_back(reply, key="mentor_copy_reply")
    st.caption("Send this link back: opened in the owner's browser, your review is added to their case "
               "beside any others, and nothing of theirs is changed. Your address bar keeps your review "
               "too, so a reload loses nothing.")


def _balance_line(case: Case, review: Review) -> None:
    """What the mentor's weights conclude, kept on screen while they move a slider (a mentor once
    wrote "Go" while her weights said "Close call"); only numbers and our own words."""
    assessment = evaluate(with_review(case, review), flip=False)
    with st.container(key=f"{IN_SIGHT}mentor_balance"):
        st.markdown(f"With your weights: **{VERDICT_TITLES[assessment.verdict]}** ({assessment.balance:+.2f})")


def _weights(case: Case, who: int, review: Review) -> None:
    """A slider per factor, for going and against, and one per pro the owner wrote themselves."""
    _balance_line(case, review)
    st.subheader("Your weights")
    for side, title in ((Side.PRO, "For going"), (Side.CON, "Against going")):
        with st.container(border=True, key=f"mentor_group_{side.value}"):
            st.markdown(f"**{title}**")
            for factor in (f for f in FACTORS if f.side is side):
                key = state.seed(f"mentor_w_{who}_{factor.id}", review.weights[factor.id])
                st.slider(factor.title, 0, 10, key=key, help=factor.why,
                          on_change=edit_review_weight, args=(review.mentor, factor.id, key))
            if side is Side.PRO and case.pros:
                st.caption("What they like about the job, in their own words: each counts for going with its weight "
                           "alone. Your weight starts at theirs.")
            for pro in case.pros if side is Side.PRO else ():
                key = state.seed(f"mentor_p_{who}_{pro.id}", review_weight(case, review, pro))
                label = f"How much does “{pro.label}” count for going?"
                # The label is their words: shown escaped above, and plain (not Markdown) to a screen reader.
                st.markdown(user_text(label))
                st.slider(label, 0, 10, key=key, label_visibility="collapsed",
                          on_change=edit_review_pro_weight, args=(review.mentor, pro.id, key))


def _owner_answer(reason: Reason) -> str:
    """How the owner answered a reason, in a line (Markdown; their words escaped)."""
    line = f"It bothers them {reason.severity} of 10; they sorted it as "
    if reason.kind is Kind.CORE:
        return line + "the core of the job."
    ask = f": they would ask for “{user_text(reason.ask)}”, {reason.odds} % odds they agree" if reason.ask else ""
    return line + f"negotiable{ask}."


def _notes(case: Case, who: int, review: Review) -> None:
    """A part per reason, folded, with the owner's answer and the mentor's note; then the overall."""
    st.subheader("Your notes")
    if case.reasons:
        st.caption("One part per reason they gave against going: open one to read how they answered it and "
                   "to write your note on it.")
    for reason in case.reasons:
        note = review.notes.get(reason.id, "")
        part_key = f"mentor_part_{who}_{reason.id}"
        box = noted_part(f"On “{user_text(reason.label)}”", note, part_key)
        if box is None:
            continue
        with box:
            st.markdown(_owner_answer(reason))
            key = state.seed(f"mentor_note_{who}_{reason.id}", note)
            st.text_area("Your note on this reason", key=key, height=100,
                         on_change=edit_review_note, args=(review.mentor, reason.id, key, part_key))
            field_errors(key)
    key = state.seed(f"mentor_overall_{who}", review.overall)
    st.text_area("Overall", key=key, on_change=edit_review_overall, args=(review.mentor, key))
    field_errors(key)


def comparison_view(case: Case, comparison: Comparison) -> None:
    """The owner's weights beside every mentor's, with what each concludes and a way to adopt."""
    st.header("Compare the reviews")
    show_figure(comparison_chart(comparison.owner, [(m.review.mentor, m.assessment) for m in comparison.mentors]),
                key="mentor_compare")
    st.table(weights_table(case).rename(index=user_text, columns=user_text))
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
                st.markdown(f"- **On “{user_text(label)}”**: {user_text(note)}")  # as a practice answer's note
            notes_in_review(view.review)
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
