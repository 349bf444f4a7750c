"""The error boundary: an unexpected failure on a page costs the visitor nothing.

Streamlit's own control flow (stop, rerun, page switch) uses BaseException subclasses, so
catching Exception here leaves it alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st

from advisor.report import file_name
from advisor.share import export_json
from ui import state
from ui.callbacks import start_over

LOG = logging.getLogger("interview_advisor")


def run_safely(page: Callable[[], None]) -> None:
    """Run a page; if it fails, apologise, keep the case and offer a way out, no traceback."""
    try:
        page()
    except Exception:
        LOG.exception("a page failed")
        st.error("Sorry, something went wrong on this page. Your answers are safe: they are "
                 "still in this tab and in the address bar.", icon=":material/sentiment_dissatisfied:")
        save, restart = st.columns(2)
        save.download_button("Download my case", data=export_json(state.case()),
                             file_name=file_name(state.case(), "json"), mime="application/json",
                             key="app_rescue_download", icon=":material/download:", wrap=True)
        restart.button("Start over", key="app_rescue_restart", on_click=start_over,
                       icon=":material/restart_alt:", wrap=True)
