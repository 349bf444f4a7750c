"""After the interview: how it went, the questions that came up, and what was decided."""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, field_validator

from advisor.case.base import MAX_REASON_ID, MAX_REASONS, CaseModel
from advisor.case.practice import QuestionIds
from advisor.reading.cleaning import FreeText


class Decision(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    WAITING = "waiting"


MAX_SURPRISES = 10


class Debrief(CaseModel):
    """What happened at the interview and what was decided, even against the balance."""

    date: datetime.date | None = Field(None, title="Interview date")
    rating: int = Field(3, ge=1, le=5, title="How it went")
    readiness: int = Field(5, ge=0, le=10, title="How ready you felt")
    stress: int = Field(5, ge=0, le=10, title="How stressed you were")
    surprises: list[Annotated[FreeText, Field(min_length=1, max_length=150)]] = Field(
        default_factory=list, max_length=MAX_SURPRISES, title="Questions that surprised you")
    came_up: QuestionIds = Field(default_factory=list, title="Prepared questions that came up")
    went_well: FreeText = Field("", max_length=500, title="What went well")
    improve: FreeText = Field("", max_length=500, title="What to improve")
    learned: FreeText = Field("", max_length=500, title="What their answers taught you")
    offer: bool | None = Field(None, title="Did an offer come?")
    granted: list[int] = Field(default_factory=list, max_length=MAX_REASONS,
                               title="Asks granted (by reason id)")
    decision: Decision = Field(Decision.WAITING, title="Your decision")
    why: FreeText = Field("", max_length=500, title="Why you decided so")

    @field_validator("surprises")
    @classmethod
    def _each_question_once(cls, value: list[str]) -> list[str]:
        """A question is named by its text (to remove it), so each is kept once."""
        return list(dict.fromkeys(value))

    @field_validator("granted")
    @classmethod
    def _reason_ids(cls, value: list[int]) -> list[int]:
        if any(not 0 <= i <= MAX_REASON_ID for i in value):
            raise ValueError("an ask points at a reason that does not exist")
        return sorted(set(value))
