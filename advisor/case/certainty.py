"""How sure a person is of their choice, asked at the start and again at the verdict.

Four yes-or-no questions in the spirit of the SURE test for decisional conflict (sure of
oneself, understanding the options, clear on what matters, support): four yeses mean the
person feels ready to choose; each "no" names a need the app can help with, and where.
This module knows no ``Case`` (the model imports it); the edit that writes an answer is
``advisor.editing.edits.set_certainty``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from advisor.case.base import CaseModel


class When(StrEnum):
    """The two moments the questions are asked."""

    BEFORE = "before"  # at the start, on the quick check, before any verdict
    AFTER = "after"  # at the verdict


class Help(StrEnum):
    """Where in the app an unmet need is met; the app maps each to its page."""

    VERDICT = "verdict"  # what would change the answer, the gut check
    OPTIONS = "options"  # the options side by side and how the verdict is computed
    WEIGH = "weigh"  # how much each argument counts
    SHARE = "share"  # a mentor's view, through a link


@dataclass(frozen=True, slots=True)
class Question:
    """One question, the need a "no" shows, and the next step that meets it."""

    id: str
    text: str
    need: str
    next_step: str
    help: Help


QUESTIONS: tuple[Question, ...] = (
    Question("sure", "Do you feel sure which choice is best for you?",
             "You are not yet sure which choice is best.",
             "See what would change the answer and compare it with your gut on Verdict.", Help.VERDICT),
    Question("understand", "Do you know the good and the bad sides of each option?",
             "The good and bad sides of each option are not clear yet.",
             "Read “Your options” and open “How is this computed?” on Verdict.", Help.OPTIONS),
    Question("values", "Is it clear to you which of those sides matter most to you?",
             "You are unsure which sides matter most to you.",
             "Set how much each argument counts for you on Weigh.", Help.WEIGH),
    Question("support", "Do you have enough support and advice to make the choice?",
             "You would like more support or advice.",
             "Send your case to a mentor from Share and ask for their view.", Help.SHARE),
)
COUNT = len(QUESTIONS)


def _unanswered() -> list[bool | None]:
    return [None] * COUNT


Answers = Annotated[list[bool | None], Field(min_length=COUNT, max_length=COUNT)]


class Certainty(CaseModel):
    """The answers at both moments, in the order of :data:`QUESTIONS`: True for yes, False for
    no, None while unanswered."""

    before: Answers = Field(default_factory=_unanswered, title="At the start")
    after: Answers = Field(default_factory=_unanswered, title="At the verdict")

    def at(self, when: When) -> list[bool | None]:
        return self.before if when is When.BEFORE else self.after


def answers_at(certainty: Certainty | None, when: When) -> list[bool | None]:
    return _unanswered() if certainty is None else list(certainty.at(when))


def yes_count(answers: list[bool | None]) -> int:
    return sum(1 for answer in answers if answer is True)


def answered(answers: list[bool | None]) -> bool:
    return any(answer is not None for answer in answers)


def complete(answers: list[bool | None]) -> bool:
    """All four answered. Until then the quick check opens on these questions alone, so the
    start is measured before any verdict is in sight (on one screen with the first answer, the
    "before" could be given after reading it)."""
    return all(answer is not None for answer in answers)


def score_words(answers: list[bool | None]) -> str:
    """"3 of 4" — the yeses out of the questions, whatever is still unanswered."""
    return f"{yes_count(answers)} of {COUNT}"


def moved(certainty: Certainty | None) -> str | None:
    """How certainty moved, in words ("2 of 4 before → 4 of 4 now"); None before any answer
    at the verdict. An unasked start is said to be unasked rather than counted as no."""
    before, after = answers_at(certainty, When.BEFORE), answers_at(certainty, When.AFTER)
    if not answered(after):
        return None
    now = f"{score_words(after)} now"
    if not answered(before):
        return f"{now} (not asked at the start: the quick check asks it first)"
    return f"{score_words(before)} before → {now}"


def unmet(answers: list[bool | None]) -> list[Question]:
    """The questions answered "no", in order: each is a need and says where it is met."""
    return [question for question, answer in zip(QUESTIONS, answers, strict=True) if answer is False]


def ready(answers: list[bool | None]) -> bool:
    """Four yeses: the person feels ready to choose."""
    return yes_count(answers) == COUNT
