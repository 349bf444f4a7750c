"""The error boundary: an unexpected failure on a page or in a callback costs the visitor nothing.

Streamlit's own control flow (stop, rerun, page switch) uses BaseException subclasses, so
catching Exception here leaves it alone. A failed callback (``ui.shell.guard``) changed nothing; the
page runs on below the apology.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from advisor.documents.report import file_name
from advisor.sharing.codec import export_json
from ui import state
from ui.callbacks.swaps import start_over
from ui.shell.guard import callback_failed, log_failure
from ui.views.widgets import download

PAGE_FAILED = ("Sorry, something went wrong on this page. Your answers are safe: they are still in this "
               "tab and in the address bar.")
CHANGE_FAILED = ("Sorry, something went wrong with that change, so it was not made. Your answers are safe: "
                 "everything else is as it was. Try it once more, or keep a copy of your case first.")


def run_safely(page: Callable[[], None]) -> None:
    """Run a page; if it or the callback before it failed, apologise, keep the case and offer a
    way on, never a traceback."""
    if callback_failed():
        _apologise(CHANGE_FAILED, "app_rescue_change", start_again=False)
    try:
        page()
    except Exception as error:
        log_failure("a page", error)
        _apologise(PAGE_FAILED, "app_rescue")


def _apologise(message: str, key: str, start_again: bool = True) -> None:
    """The apology, a copy of the case to keep and, when the page itself failed, a fresh start."""
    st.error(message, icon=":material/sentiment_dissatisfied:")
    save, restart = st.columns(2)
    case = state.case()
    with save:
        download("Download my case", lambda: export_json(case), file_name(case, "json"), "application/json",
                 key=f"{key}_download")
    if start_again:
        restart.button("Start over", key=f"{key}_restart", on_click=start_over,
                       icon=":material/restart_alt:", wrap=True)
