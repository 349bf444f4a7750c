"""What the person likes about the job, in their own words, beside the article's arguments.

An own pro counts in the balance like one of the article's factors at full strength: its weight
(0 to 10) is its whole contribution for going. It is named by an id, never by its place, so a
burst of clicks on Remove removes only the pro clicked.
"""

from __future__ import annotations

from typing import NamedTuple

from pydantic import Field

from advisor.case.base import CaseModel
from advisor.reading.cleaning import FreeText

MAX_PROS = 10
MAX_PRO_ID = 999
DEFAULT_PRO_WEIGHT = 5


class Pro(CaseModel):
    """One thing the person likes about the job, and how much it counts for going."""

    id: int = Field(ge=0, le=MAX_PRO_ID, title="Pro id")
    label: FreeText = Field(min_length=1, max_length=80, title="What you like")
    weight: int = Field(DEFAULT_PRO_WEIGHT, ge=0, le=10, title="How much it counts")


class OwnPros(NamedTuple):
    """What the person's own pros add for going, on the scale of the factors' contributions, split
    as the verdict weighs them: what comes only with the job, and what going itself reaches (the
    employer and its people, there whatever the role: ``advisor.case.arguments.read_own_words``)."""

    with_job: float = 0.0
    by_going: float = 0.0

    @property
    def total(self) -> float:
        return self.with_job + self.by_going


NO_OWN_PROS = OwnPros()
