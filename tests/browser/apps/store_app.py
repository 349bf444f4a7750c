"""A tiny app around the browser-storage bridge, for the browser tests of ui/storage/browser_store.py.

The text is kept in the visitor's browser under the name "text"; "Forget" clears everything the
app stored there.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import streamlit as st

from ui.storage.browser_store import browser_store

TEXT = "store_text"  # the text input's widget key
WRITTEN = "store_written"  # what the visitor typed last, to be written to the browser
SEEDED = "store_seeded"  # the text has been seeded from the browser's first report
FORGET = "store_forget"  # the next run clears the browser


def _typed() -> None:
    st.session_state[WRITTEN] = st.session_state[TEXT]


def _forget() -> None:
    st.session_state[FORGET] = True
    st.session_state.pop(WRITTEN, None)
    st.session_state[TEXT] = ""


writes = {"text": st.session_state[WRITTEN]} if WRITTEN in st.session_state else {}
stored = browser_store("store_bridge", writes, clear=st.session_state.pop(FORGET, False))

if stored is not None and not st.session_state.get(SEEDED):
    st.session_state[SEEDED] = True
    if TEXT not in st.session_state or not st.session_state[TEXT]:
        st.session_state[TEXT] = stored.get("text", "")

st.text_input("Text", key=TEXT, on_change=_typed)
st.button("Forget", on_click=_forget)

with st.container(key="store_loaded"):
    if stored is None:
        st.text("loaded: (waiting for the browser)")
    elif not stored.available:
        st.text("this browser does not keep data")
    else:
        # st.text, not st.write: the visitor's text is shown as it is, never as Markdown.
        st.text(f"loaded: {stored.get('text', '(nothing)')}")
    if stored is not None and stored.write_failed:
        st.text("this browser could not keep the last change")
