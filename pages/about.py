"""About: what the app does, where its advice comes from, and what it keeps."""

import streamlit as st

from advisor.catalog import ARTICLE_SITE, ARTICLE_TITLE, FACTORS
from ui.bootstrap import page_setup
from ui.device import WHAT_IS_KEPT
from ui.steps import ABOUT

page_setup(ABOUT)
st.title("About Interview Advisor")
st.write(
    "You have been invited to an interview for a job you don't really want. Interview Advisor "
    "helps you decide whether to go and, if you go, how to play it: it asks why the job "
    "puts you off, separates what could be negotiated from what is the job itself, lets you "
    "weigh the arguments, and draws the balance."
)
st.header("Where the advice comes from")
st.write(
    f"The arguments are our summary, in our own words, of the article **“{ARTICLE_TITLE}”** "
    f"published by **{ARTICLE_SITE}**. Its main points: every interview is practice you can't "
    "get at home, it prepares you for the interview you do want, it brings contacts, the offer "
    "can change if they like you, you should prepare fully whatever you think of the job, be "
    "honest at the end, and weigh the time and money it costs."
)
st.header("How the balance is computed")
st.write(
    "Each argument (a *factor*) gets a **strength** between 0 and 1 from your answers and a "
    "**weight** between 0 and 10 from its slider. Its contribution is strength × weight, "
    "counted for going or against. The **balance** is (for − against) ÷ (for + against): "
    "−1 means everything argues against going, +1 everything for it."
)
st.markdown("\n".join(f"- **{f.title}** ({f.side}): {f.why}" for f in FACTORS))
st.header("What is stored")
st.write(WHAT_IS_KEPT)
st.write(
    "The links you share carry the case itself; anyone who has an unlocked link can read it, so "
    "lock a link with a passphrase on Share when it travels where others could see it. The address "
    "bar never holds your private notes. No usage statistics are collected."
)
