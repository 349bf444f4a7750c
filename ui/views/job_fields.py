"""The job page's inputs, each bound to one field of the case's job and saved when it changes, and
the short screens that ask them a few at a time.

The page asks its twenty questions on four screens, one at a time with a Next, so a person on a
phone meets a handful, never a long form, and a first visit draws only the first screen's
widgets (docs/PERFORMANCE-NOTES.md). A screen not shown holds questions the verdict may weigh:
below the one shown, a line per such screen names them and says a middle value stands in.
"""

from __future__ import annotations

from typing import Final

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from advisor.editing.edits import JobField
from advisor.judgement.defaults import MONEY, WANTED, YOU, in_part, label
from ui import state
from ui.callbacks.answers import SCREEN, keep_as_shown, show_screen
from ui.callbacks.owner import edit_job
from ui.views.messages import field_errors
from ui.views.navigation import top_on_press

INVITATION: Final = "The invitation"
SCREENS: Final = (INVITATION, YOU, WANTED, MONEY)  # in the order Next walks them
MONEY_PART: Final = "job_part_money"  # the screen with the interview date, which the Game plan links to
# The screens holding weighed questions, by title as ``advisor.judgement.defaults`` names them: the
# key a link from another page sets (``navigation.go_to_part``) to have the page open on that screen.
PART_KEYS: Final = {YOU: "job_part_you", WANTED: "job_part_wanted", MONEY: MONEY_PART}
BACK: Final = "job_screen_back"
NEXT: Final = "job_screen_next"
ANSWER: Final = {title: f"job_go_{key}" for title, key in PART_KEYS.items()}  # "Answer them: <title>"
MOVES: Final = (BACK, NEXT, *ANSWER.values())  # the buttons that show another screen
TOP: Final = "job_top"  # what brings a screen reached by one of them into view from its top


def bind(field: JobField) -> str:
    """The widget key of a job field, seeded from the case."""
    return state.seed_field("job_", state.case().job, field)


def text(label: str, field: JobField, help: str, area: bool = False) -> None:
    key = bind(field)
    widget = st.text_area if area else st.text_input
    widget(label, key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    field_errors(key)


def slider(label: str, field: JobField, help: str, low: str, high: str) -> None:
    key = bind(field)
    st.slider(label, 0, 10, key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    st.caption(f"0 = {low} · 10 = {high}")


def number(label: str, field: JobField, help: str, top: float, step: float = 1) -> None:
    key = bind(field)
    st.number_input(label, min_value=type(step)(0), max_value=type(step)(top), step=step,
                    key=key, help=help, on_change=edit_job, args=(field, key), disabled=state.read_only())
    field_errors(key)


def current_screen() -> str:
    """The screen to show: the one a link from another page asked for, else the one the person
    was on, else the first. A link's request is used once, so the person's Next and Back rule after."""
    asked = [title for title, key in PART_KEYS.items() if st.session_state.pop(key, False)]
    if asked:
        st.session_state[SCREEN] = asked[0]
    shown = st.session_state.get(SCREEN)
    return shown if shown in SCREENS else INVITATION


def screen_heading(title: str) -> None:
    """Where the person is in the questions: which screen of how many. A screen reached by Back,
    Next or "Answer them" shows from its top, not from where the button was."""
    top_on_press(MOVES, key=TOP)
    st.caption(f"Questions, part {SCREENS.index(title) + 1} of {len(SCREENS)}")
    st.header(title)


def _waiting_line(title: str, count: int) -> str:
    return f"{title} · {count} question{'s' if count > 1 else ''} not answered yet, the verdict takes middle values"


def weighed_part(title: str) -> tuple[DeltaGenerator, DeltaGenerator]:
    """A screen of questions the verdict weighs, as two columns (side by side on a wide screen):
    while some are unanswered a caption on top says so, naming them, with a button that keeps the
    values shown as the answers."""
    if open_questions := in_part(state.case(), title):
        st.caption(_waiting_line(title, len(open_questions)), help="Each unanswered question counts as the "
                   "middle of its scale, pushing neither way, until you answer it.")
        if not state.read_only():
            key = f"job_keep_{PART_KEYS[title]}"
            shown = ", ".join(f"“{label(q.field)}”" for q in open_questions)
            st.caption(f"Not answered yet: {shown}. Change them below, or keep them as they are:")
            st.button("Keep these as my answers", key=key, on_click=keep_as_shown,
                      args=(tuple(q.field for q in open_questions), key), type="secondary")
    left, right = st.columns(2, gap="large")
    return left, right


def screen_moves(title: str) -> None:
    """Back and Next between the screens; the last one's Next is the next step's link."""
    place = SCREENS.index(title)
    back, forward = st.columns(2)
    if place > 0:
        back.button(f"Back: {SCREENS[place - 1]}", key=BACK, on_click=show_screen,
                    args=(SCREENS[place - 1],), icon=":material/arrow_back:", type="tertiary")
    if place < len(SCREENS) - 1:
        with forward.container(horizontal=True, horizontal_alignment="right"):
            st.button(f"Next: {SCREENS[place + 1]}", key=NEXT, on_click=show_screen,
                      args=(SCREENS[place + 1],), icon=":material/arrow_forward:", icon_position="right",
                      type="primary")


def waiting_screens(title: str) -> None:
    """A line for each other screen whose questions the verdict weighs unanswered, naming them and
    saying a middle value stands in, with a button to that screen: nothing weighed waits unseen."""
    for other in PART_KEYS:
        if other != title and (open_questions := in_part(state.case(), other)):
            names = ", ".join(f"“{label(q.field)}”" for q in open_questions)
            st.caption(f"{_waiting_line(other, len(open_questions))}: {names}.")
            st.button(f"Answer them: {other}", key=ANSWER[other], on_click=show_screen, args=(other,),
                      icon=":material/edit:", type="tertiary")
