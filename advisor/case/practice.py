"""The questions a person prepares for the interview, each with the answer they drafted.

The chosen questions are exactly the drafts: a question picked but not answered yet is a draft
with empty text, so one list says what is being prepared, what is written and how each felt in
rehearsal. Drafts are named by their question's id, never by their place, and their text counts
in the case's text budget like every other text, so a case holding them still fits in a link.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from advisor.case.base import CaseModel, text_bytes
from advisor.practice.questions import QUESTION_IDS, QUESTION_ORDER, question
from advisor.reading.cleaning import FreeText

MAX_DRAFTS = 12
ANSWER_LENGTH = 600
PART_LENGTH = 300
DRAFT_NOTE_LENGTH = 300
STAR_PARTS = ("situation", "task", "action", "result")


class Feeling(StrEnum):
    CONFIDENT = "confident"
    SHAKY = "shaky"
    NOT_YET = "not_yet"


def _known_question(value: str) -> str:
    if value not in QUESTION_IDS:
        raise ValueError("is not one of our questions")
    return value


QuestionId = Annotated[str, AfterValidator(_known_question)]


class Draft(CaseModel):
    """One chosen question and the answer drafted for it: free text, or for a question about a
    time something happened, its four STAR parts (situation, task, action, result)."""

    question: QuestionId = Field(title="Question")
    answer: FreeText = Field("", max_length=ANSWER_LENGTH, title="Your answer")
    situation: FreeText = Field("", max_length=PART_LENGTH, title="Situation")
    task: FreeText = Field("", max_length=PART_LENGTH, title="Task")
    action: FreeText = Field("", max_length=PART_LENGTH, title="Action")
    result: FreeText = Field("", max_length=PART_LENGTH, title="Result")
    feeling: Feeling | None = Field(None, title="How it went in rehearsal")

    @model_validator(mode="after")
    def _star_parts_for_star_questions(self) -> Draft:
        """The STAR parts belong to questions about a time something happened; elsewhere they
        would be text nobody sees, spending the link's budget."""
        if not question(self.question).star and any(getattr(self, part) for part in STAR_PARTS):
            raise ValueError("only a question about a time something happened is answered in situation, task, "
                             "action and result")
        return self

    def texts(self) -> list[str]:
        """Every text of the draft, as the text budget counts them."""
        return [self.answer, *(getattr(self, part) for part in STAR_PARTS)]


def _one_per_question(drafts: list[Draft]) -> list[Draft]:
    """Drafts are named by their question, so each question has one, in the catalogue's order."""
    if len({draft.question for draft in drafts}) < len(drafts):
        raise ValueError("two answers are drafted for the same question")
    return sorted(drafts, key=lambda draft: QUESTION_ORDER[draft.question])


Drafts = Annotated[list[Draft], Field(max_length=MAX_DRAFTS), AfterValidator(_one_per_question)]


def _notes_fit(notes: dict[str, str]) -> dict[str, str]:
    if any(len(note) > DRAFT_NOTE_LENGTH for note in notes.values()):
        raise ValueError(f"a note on one answer can have at most {DRAFT_NOTE_LENGTH} characters")
    return {q: notes[q] for q in sorted(notes, key=QUESTION_ORDER.__getitem__) if notes[q]}


# A mentor's notes on the owner's drafts, by question id; an empty note is no note.
DraftNotes = Annotated[dict[QuestionId, FreeText], Field(max_length=MAX_DRAFTS), AfterValidator(_notes_fit)]


def _each_once(value: list[str]) -> list[str]:
    return sorted(set(value), key=QUESTION_ORDER.__getitem__)


# Questions named by id (the prepared ones that came up at the interview): each once, in the
# catalogue's order.
QuestionIds = Annotated[list[QuestionId], Field(max_length=MAX_DRAFTS), AfterValidator(_each_once)]


def what_to_shorten(drafts: Sequence[Draft]) -> str:
    """What the text budget's refusal asks to shorten: the drafted answers too once there are
    some, naming the longest, so a person sees which text does not fit."""
    used = text_bytes(text for draft in drafts for text in draft.texts())
    if not used:
        return "shorten a note or a reason"
    longest = max(drafts, key=lambda draft: text_bytes(draft.texts()))
    return (f"your drafted answers take {used:,} of them, the longest for “{question(longest.question).text}”: "
            "shorten an answer, a note or a reason")
