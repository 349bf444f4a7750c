"""Whether a link of Share carries the practice answers: the owner's choice, link by link.

A draft says more about a person than the rest of the case, so the review link goes without them
unless the owner switches them on; their own link, which brings the case back on another device,
carries them unless switched off. A case with no practice in it asks nothing.
"""

from __future__ import annotations

import streamlit as st

from advisor.case.models import Case
from advisor.sharing.codec import holds_practice


def drafts_switch(case: Case, key: str, on: bool, what: str) -> bool:
    """The switch for one link (``what`` says what turning it on does), and its state."""
    if not holds_practice(case):
        return False
    return st.toggle("Include my practice answers", value=on, key=key,
                     help=f"The questions you chose to practise, your drafts, how each felt and your mentors' notes on "
                          f"them. {what}")
