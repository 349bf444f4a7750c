"""Interview Advisor: the router. Page config, the case, the URL, the sidebar, the pages."""

from __future__ import annotations

import streamlit as st

from advisor.examples import example_case
from advisor.models import Case
from advisor.progress import progress
from ui import state
from ui.boundary import run_safely
from ui.steps import ALL, BY_PATH, STEPS
from ui.widgets import configure

configure()
state.init()


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


pages: dict[str, list[st.Page]] = {}
for step in ALL:
    pages.setdefault(step.section, []).append(
        st.Page(step.path, title=step.title, icon=step.icon, url_path=step.url,
                default=step is STEPS[0])
    )
current = st.navigation(pages)
_sidebar()
run_safely(current.run)
