"""Which steps of a case are complete, for the sidebar and the empty states."""

from __future__ import annotations

from advisor.catalog import Kind
from advisor.models import Case


def job_done(case: Case) -> bool:
    return bool(case.job.title and case.job.activity)


def reasons_done(case: Case) -> bool:
    return bool(case.reasons)


def sort_done(case: Case) -> bool:
    """Sorted when every negotiable reason says what would fix it."""
    return reasons_done(case) and all(r.ask for r in case.reasons if r.kind is Kind.NEGOTIABLE)


def progress(case: Case) -> dict[str, bool]:
    """Complete or not, per step of 'Your case', keyed by the step's page file."""
    return {
        "pages/job.py": job_done(case),
        "pages/why_not.py": reasons_done(case),
        "pages/sort.py": sort_done(case),
        "pages/weigh.py": job_done(case) and reasons_done(case),
    }
