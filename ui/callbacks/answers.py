"""The job page's "keep these answers" button: a value a new case starts with, taken as the
person's own answer (a widget left as it was sends nothing, so it could never be given)."""

from __future__ import annotations

from advisor.case.models import Case
from advisor.editing.edits import JobField, set_job
from ui import state
from ui.shell.guard import guarded


@guarded
def keep_as_shown(fields: tuple[JobField, ...], key: str) -> None:
    """Count the values shown for these questions as answered, each as it stands."""
    def keep(case: Case) -> Case:
        for field in fields:
            case = set_job(case, field, getattr(case.job, field))
        return case

    state.edit(keep, key)
