"""How far a case has come: the one count the sidebar, every page's header and the landing show.

It counts what the person has *answered*, never which pages they opened, so two places can't
disagree and nothing is ticked that nobody did. Five things are counted, in the order the steps
ask them:

* **the job named**: a title or the main activity (what the verdict needs first);
* **a reason given**: at least one thing that puts the person off;
* **every reason sorted, a negotiable one with its ask**: each one the person settled
  themselves, or the app sorted with its answer in place (a negotiable reason with its ask
  written, or a reason of the job's core); a reason the app could not place and that has no ask
  is still open;
* **the weights looked at**: at least one weight moved from where it starts (a case records no
  "I keep them as they are", so weights left at their starting values count as not looked at);
* **the checklist begun**: at least one preparation item of the Game plan ticked.

The Verdict, Share and Mentor review pages ask nothing of their own, so they are not counted.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from advisor.article.factors import Kind
from advisor.case.models import Case, Reason
from advisor.case.weights import default_weights


class Stage(StrEnum):
    """The things a person answers, in the order the steps ask them; the app maps each to its page."""

    JOB = "job"
    REASONS = "reasons"
    SORT = "sort"
    WEIGH = "weigh"
    PLAN = "plan"


# What each one means, in the words the sidebar and the page headers use.
WHAT: Mapping[Stage, str] = MappingProxyType({
    Stage.JOB: "the job named",
    Stage.REASONS: "a reason given",
    Stage.SORT: "every reason sorted, a negotiable one with its ask",
    Stage.WEIGH: "the weights looked at",
    Stage.PLAN: "the checklist begun",
})


def job_done(case: Case) -> bool:
    """Named when it has a title or its main activity: either says which job this is."""
    return bool(case.job.title.strip() or case.job.activity.strip())


def reasons_done(case: Case) -> bool:
    return bool(case.reasons)


def reason_sorted(reason: Reason) -> bool:
    """Sorted when the person settled it, or it stands as the app sorted it with nothing left to
    answer: a core reason has no ask; a negotiable one needs the ask that would fix it."""
    return reason.settled or reason.kind is Kind.CORE or bool(reason.ask.strip())


def sort_done(case: Case) -> bool:
    """Every reason sorted; with no reason there is nothing sorted yet."""
    return reasons_done(case) and all(reason_sorted(r) for r in case.reasons)


def weigh_done(case: Case) -> bool:
    return case.weights != default_weights()


def plan_done(case: Case) -> bool:
    return bool(case.checklist)


def progress(case: Case) -> dict[Stage, bool]:
    """Answered or not, per thing counted, in order."""
    return {
        Stage.JOB: job_done(case),
        Stage.REASONS: reasons_done(case),
        Stage.SORT: sort_done(case),
        Stage.WEIGH: weigh_done(case),
        Stage.PLAN: plan_done(case),
    }


@dataclass(frozen=True, slots=True)
class Progress:
    """The count in one place: ``done`` per thing, and the words every surface shows for it."""

    done: Mapping[Stage, bool]

    @property
    def count(self) -> int:
        return sum(self.done.values())

    @property
    def summary(self) -> str:
        """The count in words, identical wherever it is shown."""
        return f"{self.count} of {len(self.done)} answered"

    @property
    def next(self) -> Stage | None:
        """The first thing not answered yet: where a returning person picks up."""
        return next((stage for stage, done in self.done.items() if not done), None)

    def line(self, stage: Stage) -> str:
        """One thing and whether it is answered, e.g. "the job named: yes"."""
        return f"{WHAT[stage][0].upper()}{WHAT[stage][1:]}: {'yes' if self.done[stage] else 'not yet'}"


def measure(case: Case) -> Progress:
    return Progress(MappingProxyType(progress(case)))


def started(case: Case) -> bool:
    """Whether the case holds anything the person answered: a returning person is offered to
    carry on with it, a new one to begin."""
    return (measure(case).count > 0 or bool(case.job.answered) or bool(case.pros)
            or case.certainty is not None)


def past_interview(case: Case, today: datetime.date) -> datetime.date | None:
    """The interview's date when it has passed with nothing written of how it went: someone back
    after it comes to tell how it went and what they decided, not to carry on preparing."""
    day = case.job.interview_date
    return day if day is not None and day < today and case.debrief is None else None
