"""Which parts of a case are complete, for the sidebar and the empty states."""

from __future__ import annotations

from enum import StrEnum

from advisor.article.factors import Kind
from advisor.case.models import Case


class Stage(StrEnum):
    """The parts of a case a person fills in, in order; the app maps each to its page."""

    JOB = "job"
    REASONS = "reasons"
    SORT = "sort"
    WEIGH = "weigh"


def job_done(case: Case) -> bool:
    return bool(case.job.title and case.job.activity)


def reasons_done(case: Case) -> bool:
    return bool(case.reasons)


def sort_done(case: Case) -> bool:
    """Sorted when every negotiable reason says what would fix it."""
    return reasons_done(case) and all(r.ask for r in case.reasons if r.kind is Kind.NEGOTIABLE)


def progress(case: Case) -> dict[Stage, bool]:
    """Complete or not, per part of the case, in order."""
    return {
        Stage.JOB: job_done(case),
        Stage.REASONS: reasons_done(case),
        Stage.SORT: sort_done(case),
        Stage.WEIGH: job_done(case) and reasons_done(case),
    }
