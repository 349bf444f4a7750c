"""Where this visitor's journal of interviews is kept during the session."""

from __future__ import annotations

import streamlit as st

from advisor.sharing.journal import Journal
from ui import keys


def journal() -> Journal:
    found: Journal = st.session_state.setdefault(keys.JOURNAL, Journal())
    return found


def keep(book: Journal) -> None:
    st.session_state[keys.JOURNAL] = book
