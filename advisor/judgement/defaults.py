"""What the verdict rests on that the person has not said: no verdict from nothing, and none
that passes a starting value off as an answer.

A question of the job left unanswered is weighed at the middle of its scale
(``advisor.judgement.strengths``); this module names those questions as the job page asks them
and where, so the Verdict page and the report can say so, each one a click away.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from advisor.case.models import Case
from advisor.editing.edits import JobField
from advisor.judgement.progress import Stage, job_done, reasons_done

JOB_PAGE: Final = "The job"
YOU: Final = "You and interviews"
WANTED: Final = "The job you really want"
MONEY: Final = "Date, travel and money"


@dataclass(frozen=True, slots=True)
class Question:
    """A question of the job page the verdict weighs: its field, its words on the page, and the
    part of the page that holds it."""

    field: JobField
    label: str
    part: str


# Every answer the verdict weighs, in the job page's order (each part's left column, then its right).
WEIGHED: Final[tuple[Question, ...]] = (
    Question("interviews_so_far", "Interviews you have had so far", YOU),
    Question("early_career", "I am early in my career", YOU),
    Question("selling_difficulty", "How hard do you find it to sell yourself?", YOU),
    Question("dread", "How much do you dread this interview?", YOU),
    Question("experience_years", "Years of work experience", WANTED),
    Question("similarity", "How alike are the two interviews?", WANTED),
    Question("network_value", "How much could these contacts matter later?", WANTED),
    Question("curiosity", "How curious are you about this industry?", WANTED),
    Question("financial_need", "How much do you need the income?", MONEY),
    Question("travel_hours", "Travel time there and back (hours)", MONEY),
    Question("travel_cost", "What going costs you (tickets, time off)", MONEY),
    Question("spare_money", "What you could spend on it without strain", MONEY),
)
QUESTION_BY_FIELD: Final[Mapping[JobField, Question]] = MappingProxyType({q.field: q for q in WEIGHED})


def label(field: JobField) -> str:
    """A weighed question's words, one text for the job page and for what names it elsewhere."""
    return QUESTION_BY_FIELD[field].label


def _weighs_middle(case: Case, question: Question) -> bool:
    job = case.job
    if job.given(question.field):
        return False
    # Going that costs nothing costs nothing whatever one can spare: that answer is not needed.
    return not (question.field == "spare_money" and job.given("travel_cost") and job.travel_cost == 0)


def taken_as_middle(case: Case) -> list[Question]:
    """The answers the verdict weighs that the person has not given, in the job page's order:
    the verdict takes the middle of each one's scale instead."""
    return [q for q in WEIGHED if _weighs_middle(case, q)]


def in_part(case: Case, part: str) -> list[Question]:
    """The unanswered questions the verdict weighs in one part of the job page."""
    return [q for q in taken_as_middle(case) if q.part == part]


def still_needed(case: Case) -> list[Stage]:
    """What a verdict needs that the case lacks: the job named, and at least one reason against it."""
    return [stage for stage, done in ((Stage.JOB, job_done(case)), (Stage.REASONS, reasons_done(case)))
            if not done]


def verdict_ready(case: Case) -> bool:
    """A verdict only once there is something to judge: the job, and at least one reason against it.
    Without a reason the balance weighs nothing the person said against going."""
    return not still_needed(case)


def _quoted(questions: list[Question]) -> str:
    words = [f"“{q.label}”" for q in questions]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def middle_values_sentence(case: Case) -> str | None:
    """One plain sentence for the report naming the answers taken as middle values and where to
    give them; None when the verdict rests on the person's own answers only."""
    questions = taken_as_middle(case)
    if not questions:
        return None
    count = len(questions)
    what = "a middle value for 1 question" if count == 1 else f"middle values for {count} questions"
    parts = [p for p in (YOU, WANTED, MONEY) if any(q.part == p for q in questions)]
    where = "; ".join(f"{_quoted([q for q in questions if q.part == p])} (under {p})" for p in parts)
    return (f"The verdict took {what} you have not answered yet, on the page {JOB_PAGE}: {where}. "
            "Your own answers there may change it.")
