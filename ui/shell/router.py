"""The router: page config, the case, the URL, the sidebar, st.navigation and the page.

It lives here rather than in app.py so that a page file run on its own can run it too: the
first request after a server start that names a page (a bookmark to ``/weigh``) makes
Streamlit run that file without app.py, in its old ``pages/`` folder mode. The page's guard
(``ui.shell.bootstrap.page_setup``) then calls ``route()``, which registers the navigation, switches
the server out of that mode for everyone, and runs the page inside the whole app.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from advisor.judgement.compare import owner_possessive
from ui import address, keys, state
from ui.callbacks.mentor import back_to_own_case, continue_review
from ui.callbacks.swaps import load_example, start_over
from ui.server import heap, nodelay
from ui.shell.boundary import run_safely
from ui.shell.steps import ALL, LANDING
from ui.storage import device
from ui.views.navigation import progress_list
from ui.views.widgets import user_text

# Our own file: a material-icon page icon makes every visitor's browser fetch it from Google's
# font servers, telling them who visits.
ICON = str(Path(__file__).resolve().parents[2] / "assets" / "icon.png")
ABOUT_TEXT = ("Interview Advisor: should you go to an interview for a job you don't really want? "
              "Nothing you type is stored on the server.")


def _configure() -> None:
    st.set_page_config(page_title="Interview Advisor", page_icon=ICON, layout="wide",
                       menu_items={"About": ABOUT_TEXT})


def _sidebar() -> None:
    with st.sidebar:
        progress_list()
        if state.read_only():
            whose = user_text(owner_possessive(state.case()))
            st.caption(f"You are reviewing {whose} case: the answers are the owner's and stay as they are.")
            st.button("Back to my own case", key="app_own_case", on_click=back_to_own_case,
                      icon=":material/home:", width="stretch")
        else:
            st.button("Load the example case", key="app_example", on_click=load_example,
                      icon=":material/auto_awesome:", width="stretch")
            # One click and an Undo after it, as for the example: a popover asking first would hold
            # every page's first visit back (docs/PERFORMANCE-NOTES.md).
            st.button("Start over", key="app_clear", on_click=start_over, icon=":material/restart_alt:",
                      width="stretch")
            if (review := device.reviewing()) is not None and review.id != state.case().id:
                whose = user_text(owner_possessive(review))
                st.button(f"Continue my review of {whose} case", key="app_continue_review", on_click=continue_review,
                          icon=":material/rate_review:", width="stretch")



def _keeper() -> None:
    """The browser-storage bridge. It is drawn before the page (a page that stops early would
    stop it too) and reports only once the run is over."""
    with st.sidebar:
        _bridge()


@st.fragment
def _bridge() -> None:
    """The bridge in a fragment of its own: the browser's report then reruns only this, not the
    page, which a fresh browser's report would only draw again as it was (every element marked
    stale and redrawn, and the page complete that much later). Settling runs here too and asks
    for the whole app only when the report changed what the page shows. A fragment's rerun also
    never cuts a running page short: Streamlit holds it until that run is over."""
    if device.settle():
        st.rerun(scope="app")
    stored = device.draw()
    if stored is not None and (not stored.available or stored.write_failed):
        st.caption("This browser does not keep data for us: download your case from Share to keep it.")


def _navigation() -> st.Page:
    """One flat menu in the order of the steps. Streamlit's sectioned menu nests its list
    items in divs, which screen readers (and axe, as a serious violation) reject; how far the
    case has come shows in the sidebar's progress and in each page's header instead. The landing
    is the root address; every other page keeps the address it always had but The job, which
    moved from the root to ``/job`` (a link to the root still opens a case: pages/landing.py)."""
    pages = [
        st.Page(step.path, title=step.title, icon=step.icon, url_path=None if step is LANDING else step.url,
                default=step is LANDING)
        for step in ALL
    ]
    # Every page listed: folded behind "View more", a step would be one tap further away.
    return st.navigation(pages, expanded=True)


def route() -> None:
    nodelay.set_nodelay()
    _configure()
    state.init()
    device.settle()
    address.read(device.on_arrival)
    current = _navigation()
    _sidebar()
    _keeper()
    st.session_state[keys.ROUTED] = True
    try:
        run_safely(current.run)
    finally:
        heap.freeze_after_run()  # also after a page that stopped early (st.stop, st.switch_page)
        # A page that stopped early skips this line: a session-state write re-raises the stop.
        # The flag then stays set, which is harmless: the pages/-folder mode it guards against
        # ends for every session at the first st.navigation call, before any page can stop.
        st.session_state[keys.ROUTED] = False
