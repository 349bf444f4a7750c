"""The owner's case at a glance, read-only: what a mentor reads before weighing it."""

from __future__ import annotations

import streamlit as st

from advisor.article.factors import KIND_LABELS, Kind
from advisor.case.labels import gut_words
from advisor.case.models import Case
from advisor.documents.plan import by_kind
from advisor.judgement.scoring import VERDICT_TITLES, Assessment
from ui.views.chart import show_balance
from ui.views.widgets import user_text


def case_overview(case: Case, owner: Assessment) -> None:
    job = case.job
    st.markdown(f"**{user_text(job.title, 'Untitled job')}**"
                + (f" at {user_text(job.company)}" if job.company else ""))
    if job.activity:
        st.markdown(f"Main activity: {user_text(job.activity)}")
    st.markdown(f"Gut answer: {gut_words(job)} · Verdict: "
                f"**{VERDICT_TITLES[owner.verdict]}** ({owner.balance:+.2f})")
    for column, (kind, group) in zip(st.columns(2), by_kind(case).items(), strict=True):
        column.markdown(f"**{KIND_LABELS[kind]}**")
        column.markdown("\n".join(
            f"- {user_text(r.label)} ({r.severity}/10)"
            + (f" — ask: “{user_text(r.ask)}” ({r.odds} % odds they agree)"
               if kind is Kind.NEGOTIABLE and r.ask else "")
            for r in group) or "None.")
    show_balance(owner, key="mentor_owner_chart")
