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
from advisor.editing.edits import JobField, set_answers
from advisor.judgement.progress import Stage, job_done, reasons_done
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, verdict_for
from advisor.judgement.strengths import READ_FROM, SEASONED
from advisor.wording import spoken_list

JOB_PAGE: Final = "The job"
YOU: Final = "You and interviews"
WANTED: Final = "The job you really want"
MONEY: Final = "Date, travel and money"


@dataclass(frozen=True, slots=True)
class Question:
    """A question of the job page the verdict weighs: its field, its words on the page, the part
    of the page that holds it, and the two answers that push the verdict furthest each way (what
    an answer not given yet could still do)."""

    field: JobField
    label: str
    part: str
    for_going: object
    against_going: object


# Every answer the verdict weighs, in the job page's order (each part's left column, then its right).
# A cost at the form's highest against nothing to spare counts fully; no cost counts nothing.
WEIGHED: Final[tuple[Question, ...]] = (
    Question("interviews_so_far", "Interviews you have had so far", YOU, 0, SEASONED),
    Question("early_career", "Are you early in your career?", YOU, True, False),
    Question("selling_difficulty", "How hard do you find it to sell yourself?", YOU, 10, 0),
    Question("dread", "How much do you dread this interview?", YOU, 0, 10),
    Question("experience_years", "Years of work experience", WANTED, 0, 10),
    Question("similarity", "How alike are the two interviews?", WANTED, 10, 0),
    Question("network_value", "How much could these contacts matter later?", WANTED, 10, 0),
    Question("curiosity", "How curious are you about this industry?", WANTED, 10, 0),
    Question("financial_need", "How much do you need the income?", MONEY, 10, 0),
    Question("travel_hours", "Travel time there and back (hours)", MONEY, 0, 8),
    Question("travel_cost", "What going costs you (tickets, time off)", MONEY, 0, 10_000),
    Question("spare_money", "What you could spend on it without strain", MONEY, 100_000, 0),
)
QUESTION_BY_FIELD: Final[Mapping[JobField, Question]] = MappingProxyType({q.field: q for q in WEIGHED})


def label(field: JobField) -> str:
    """A weighed question's words, one text for the job page and for what names it elsewhere."""
    return QUESTION_BY_FIELD[field].label


def _weighs_middle(case: Case, question: Question) -> bool:
    job = case.job
    if job.given(question.field):
        return False
    if question.field in READ_FROM and job.given(READ_FROM[question.field]):
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
    return spoken_list([f"“{q.label}”" for q in questions])


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


@dataclass(frozen=True, slots=True)
class Unsettled:
    """A verdict that answers not given yet could still change: the verdicts they could give
    instead, the questions that could do it each on their own (the ones to answer first), and
    every question still open."""

    could_be: tuple[Verdict, ...]
    deciding: tuple[Question, ...]
    open_questions: tuple[Question, ...]

    def turns(self) -> str:
        """The verdicts it could turn to, quoted and joined with "or"."""
        return spoken_list([f"“{VERDICT_TITLES[v]}”" for v in self.could_be], "or")


def unsettled(case: Case, verdict: Verdict) -> Unsettled | None:
    """Whether the answers the verdict takes as middle values could turn it, and to what.

    Each unanswered question's strength moves one way only as its answer grows, and the balance
    moves one way with each strength, so the two corners (every open answer at its end for
    going, every one at its end against) bound the balance; each question alone at either end
    says which ones can turn the verdict by themselves. A verdict that only middle values hold
    up is not presented as settled: the person is asked for those answers instead."""
    open_questions = taken_as_middle(case)
    if not open_questions:
        return None
    corners = [{q.field: q.for_going for q in open_questions}, {q.field: q.against_going for q in open_questions}]
    reached = {verdict_for(set_answers(case, answers)) for answers in corners}
    deciding = tuple(q for q in open_questions
                     if any(verdict_for(set_answers(case, {q.field: end})) is not verdict
                            for end in (q.for_going, q.against_going)))
    could_be = tuple(v for v in Verdict if v is not verdict and v in reached)
    return Unsettled(could_be, deciding, tuple(open_questions)) if could_be else None


def unsettled_sentence(case: Case, verdict: Verdict) -> str | None:
    """The verdict's caveat in words, when the answers not given yet could turn it: which
    verdicts they could give, and the question or two that could do it alone."""
    found = unsettled(case, verdict)
    if found is None:
        return None
    turns = found.turns()
    if len(found.open_questions) == 1:
        return f"Not settled yet: your answer to “{found.open_questions[0].label}” could turn it to {turns}."
    sentence = (f"Not settled yet: it takes middle values for {len(found.open_questions)} questions you have not "
                f"answered, and your answers could turn it to {turns}.")
    if len(found.deciding) == 1:
        return f"{sentence} “{found.deciding[0].label}” could do it on its own."
    if found.deciding:
        first, second = found.deciding[:2]
        more = len(found.deciding) - 2
        which = f"“{first.label}”, “{second.label}” and {more} more" if more else f"“{first.label}” or “{second.label}”"
        return f"{sentence} {which} could each do it on its own."
    return sentence
