"""The router: page config, the case, the URL, the sidebar, st.navigation and the page.

It lives here rather than in app.py so that a page file run on its own can run it too: the
first request after a server start that names a page (a bookmark to ``/weigh``) makes
Streamlit run that file without app.py, in its old ``pages/`` folder mode. The page's guard
(``ui.widgets.page_setup``) then calls ``route()``, which registers the navigation, switches
the server out of that mode for everyone, and runs the page inside the whole app.
"""

from __future__ import annotations

import streamlit as st

from advisor.examples import example_case
from advisor.models import Case
from advisor.progress import progress
from ui import heap, keys, state
from ui.boundary import run_safely
from ui.steps import ALL, BY_PATH, STEPS
from ui.widgets import configure


def _load_example() -> None:
    state.replace(example_case(), notice="The example case is loaded: every step is filled in.")


def _start_over() -> None:
    state.replace(Case(), notice="Everything was cleared. Start again from the job.")


def _sidebar() -> None:
    with st.sidebar:
        done = progress(state.case())
        st.markdown(f"**Your case:** {sum(done.values())} of {len(done)} steps complete")
        for path, complete in done.items():
            mark = ":material/check_circle:" if complete else ":material/radio_button_unchecked:"
            st.markdown(f"{mark} {BY_PATH[path].title}")
        st.button("Load the example case", key="app_example", on_click=_load_example,
                  icon=":material/auto_awesome:", width="stretch")
        with st.popover("Start over", icon=":material/restart_alt:", width="stretch"):
            st.write("This clears every answer in this tab. Links you shared keep working.")
            st.button("Yes, clear everything", key="app_clear", on_click=_start_over,
                      type="primary")


def _navigation() -> st.Page:
    """One flat menu in the order of the steps. Streamlit's sectioned menu nests its list
    items in divs, which screen readers (and axe, as a serious violation) reject; the steps'
    grouping shows in the sidebar's progress and in each page's "Step n of 8" instead."""
    pages = [
        st.Page(step.path, title=step.title, icon=step.icon, url_path=None if step is STEPS[0] else step.url,
                default=step is STEPS[0])
        for step in ALL
    ]
    return st.navigation(pages)


def route() -> None:
    configure()
    state.init()
    current = _navigation()
    _sidebar()
    st.session_state[keys.ROUTED] = True
    try:
        run_safely(current.run)
    finally:
        heap.settle()  # also after a page that stopped early (st.stop, st.switch_page)
        # A page that stopped early skips this line: a session-state write re-raises the stop.
        # The flag then stays set, which is harmless: the pages/-folder mode it guards against
        # ends for every session at the first st.navigation call, before any page can stop.
        st.session_state[keys.ROUTED] = False
