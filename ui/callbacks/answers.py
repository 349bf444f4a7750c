"""The job page's own buttons: "keep these answers", which takes a value a new case starts with as
the person's own answer (a widget left as it was sends nothing, so it could never be given), and
the moves between the page's short screens of questions."""

from __future__ import annotations

from typing import Final

import streamlit as st

from advisor.case.models import Case
from advisor.editing.edits import JobField, set_job
from ui import state
from ui.shell.guard import guarded

SCREEN: Final = "job_screen"  # the title of the job page's screen of questions the person is on


@guarded
def keep_as_shown(fields: tuple[JobField, ...], key: str) -> None:
    """Count the values shown for these questions as answered, each as it stands."""
    def keep(case: Case) -> Case:
        for field in fields:
            case = set_job(case, field, getattr(case.job, field))
        return case

    state.edit(keep, key)


@guarded
def show_screen(title: str) -> None:
    """Move to another screen of the job page's questions: it changes what is shown, not the case."""
    st.session_state[SCREEN] = title
