"""About: what the app does, where its advice comes from, and what it keeps."""

import streamlit as st

from advisor.article.factors import ARTICLE_SITE, ARTICLE_TITLE, FACTORS
from advisor.sharing.locking import STRONG_GUESSES, SUGGESTED_WORDS, WORDS
from ui.shell.bootstrap import page_setup
from ui.shell.steps import ABOUT
from ui.storage.device import WHAT_IS_KEPT

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
st.header("What is stored, and what our server sees")
st.write(WHAT_IS_KEPT)
st.markdown(
    "- **The links you share carry the case itself.** Anyone who has an unlocked link can read it, so "
    "lock a link with a passphrase on Share when it travels where others could see it. The address bar "
    "never holds your private notes.\n"
    "- **What the server sees:** the app runs on our server, so while your tab is open the server holds "
    "your case in its memory (your notes too) to draw each page, and it receives every link you open and "
    "every file you upload. None of it is written to disk, logged or sent anywhere else.\n"
    "- **When you close the tab,** the server keeps that memory for two minutes, so a dropped connection "
    "can pick up where it was, and then lets it go.\n"
    "- **A file you download** (the report, the JSON export, the journal) is made only when you press its "
    "button. It can then be fetched at its own long, random address until the server has updated a page "
    "twice, anyone's: your next action in the app leaves it there, your second deletes it (sooner when "
    "other people are using the app). If you close the tab right after downloading, it goes after the next "
    "two page updates of other visitors.\n"
    "- **Nothing else leaves your browser:** the page asks no other site for anything (no fonts, icons, "
    "statistics or trackers from elsewhere), and no usage statistics are collected."
)
st.header("How hard a locked link is to open")
st.markdown(
    "- **Whoever has a locked link can guess its passphrase** on their own computer, one try after another, "
    "for as long as they like. Each try costs them as much work as it costs us to make the key from the "
    "passphrase, so we made that slow on purpose.\n"
    "- **Measured on a computer with two cores** (busy with other work, so the figures vary from run to run): "
    "making the key takes about 480 ms, so both cores together try 2 to 4 passphrases a second. For links "
    "locked with earlier versions of the app it took about 50 ms, for 16 to 41 tries a second: about 9 times "
    "as many. Those links still open.\n"
    f"- **A passphrase must be hard to guess before it can lock a link:** at least {STRONG_GUESSES:,} tries by "
    "the estimate we use, which knows common passwords, names, dates and keys next to each other: at 4 tries "
    f"a second, trying that many takes more than 70 years. The passphrase Share suggests is {SUGGESTED_WORDS} words "
    f"drawn at random from a list of {len(WORDS):,}."
)
