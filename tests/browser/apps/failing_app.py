"""A page that fails, or a button whose callback fails (``?fail=callback``), behind the app's own
error boundary, for the browser test."""

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from ui import address, state
from ui.shell.boundary import run_safely
from ui.shell.guard import guarded

state.init()
address.read(lambda: (None, True, True))


@guarded
def _broken_callback() -> None:
    raise RuntimeError("secret internals: /etc/passwd")


def _page() -> None:
    if st.query_params.get("fail") == "callback":
        st.button("Change something", key="test_break", on_click=_broken_callback)
        st.write("The page goes on.")
        return
    raise RuntimeError("secret internals: /etc/passwd")


run_safely(_page)
