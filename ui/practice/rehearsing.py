"""Practise's last part: the chosen questions one at a time, in a shuffled order, against a clock,
each ended by how saying it went.

The clock is a fragment that reruns alone each second, only while a question is being said, so
the rest of the page (and what is being typed elsewhere on it) is left alone. It shows numbers
and the app's own words only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from advisor.case.labels import FEELING_LABELS
from advisor.case.models import Case
from advisor.case.practice import Feeling
from advisor.practice.questions import question
from advisor.practice.rehearsal import draft_text, progress_line, rehearsal_order, speaking_seconds
from ui import keys
from ui.practice import session
from ui.practice.callbacks import feel, start_rehearsal, stop_rehearsal
from ui.practice.session import Rehearsal
from ui.views.parts import part
from ui.views.widgets import user_text

# Past this many seconds on one question the clock stops: a tab left open with a rehearsal under
# way would otherwise rerun on the server every second for as long as it stays open.
CLOCK_LIMIT = 600

# Each answer to "how did it go?": its button's icon.
FEELING_ICONS: Mapping[Feeling, str] = MappingProxyType({
    Feeling.CONFIDENT: ":material/sentiment_satisfied:",
    Feeling.SHAKY: ":material/sentiment_neutral:",
    Feeling.NOT_YET: ":material/sentiment_dissatisfied:",
})


def rehearse_view(case: Case) -> None:
    if not case.drafts:
        st.caption("Choose your questions first: they come here one at a time.")
        return
    under_way = session.current()
    order = rehearsal_order(case, under_way.seed) if under_way is not None else ()
    if under_way is None:
        st.write("Say each answer out loud, as you would in the room, with a clock running. The questions come "
                 "one at a time in a shuffled order, as they would from someone else; then say how it went.")
        st.button("Start rehearsing", key=keys.PRACTISE_START, on_click=start_rehearsal, type="primary",
                  icon=":material/play_arrow:")
    elif under_way.place >= len(order):
        st.success(f"That was all {len(order)}. {progress_line(case)}", icon=":material/flag:")
        st.button("Go again, in a new order", key=keys.PRACTISE_START, on_click=start_rehearsal,
                  icon=":material/replay:")
    else:
        _question(case, under_way, order)


def _question(case: Case, under_way: Rehearsal, order: tuple[str, ...]) -> None:
    asked = question(order[under_way.place])
    draft = next(d for d in case.drafts if d.question == asked.id)
    st.caption(f"Question {under_way.place + 1} of {len(order)}")
    st.subheader(asked.text, anchor=False)
    text = draft_text(draft)
    if session.elapsed(under_way) < CLOCK_LIMIT:
        _clock(under_way, speaking_seconds(text) if text.strip() else 0)
    else:
        st.markdown(f":material/timer_off: The clock stopped at {CLOCK_LIMIT // 60} minutes. Say how it went, "
                    "or stop and start again.")
    if text.strip() and (box := part("Peek at your draft", keys.PRACTISE_PEEK)):
        box.markdown(user_text(text))
    st.write("How did it go?")
    with st.container(horizontal=True, key=f"{keys.PRACTISE_FEEL}row"):
        for feeling, icon in FEELING_ICONS.items():
            st.button(FEELING_LABELS[feeling], key=f"{keys.PRACTISE_FEEL}{feeling}", on_click=feel,
                      args=(asked.id, feeling), icon=icon)
    st.button("Stop rehearsing", key=keys.PRACTISE_STOP, on_click=stop_rehearsal, type="tertiary",
              icon=":material/stop:")


@st.fragment(run_every=1)
def _clock(under_way: Rehearsal, target: int) -> None:
    """The seconds on this question so far, next to how long the draft takes to say."""
    seconds = session.elapsed(under_way)
    if seconds >= CLOCK_LIMIT:
        st.rerun(scope="app")  # the page draws the stopped clock instead
    aim = f" · your draft takes about {target} seconds" if target else ""
    with st.container(key=keys.PRACTISE_CLOCK):
        st.markdown(f":material/timer: **{seconds // 60}:{seconds % 60:02d}**{aim}")
