"""The Verdict page's parts that need more than a line: the one next move with its message, and
the options list that shows as equals what the model cannot tell apart."""

from __future__ import annotations

import streamlit as st

from advisor.case.models import Case
from advisor.documents.next_move import next_move
from advisor.judgement.options import Option
from advisor.judgement.scoring import Assessment
from ui.views.link_box import message_box
from ui.views.widgets import user_text


def show_next_move(case: Case, assessment: Assessment, options: list[Option]) -> None:
    """One step to take today, with its message in a box that copies with one click."""
    move = next_move(case, assessment.verdict, options[0])
    with st.container(border=True, key="verdict_next_move"):
        st.markdown(f"**Your next step: {move.title}**")
        st.write(move.why)
        st.caption("The message, for once the verdict stands:" if move.waits else
                   "The message, ready to copy and send:")
        message_box(move.message, key="verdict_next_move_copy")


def options_in_words(options: list[Option]) -> str:
    """The options as a numbered list, the verdict's own first; one that weighs the same as the one
    above it says so, so a difference the model cannot tell is never called "better"."""
    return "\n".join(f"{n}. **{user_text(o.title)}**: {o.verdict.lower()}"
                     + (", as good as the one above" if o.tied else "") + f". {user_text(o.why)}"
                     for n, o in enumerate(options, 1))
