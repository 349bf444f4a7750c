"""The words a person sees for each fixed answer, and the debrief's offer answers."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.case.debrief import Decision
from advisor.case.models import Gut, Job
from advisor.case.practice import Feeling

GUT_LABELS: Mapping[Gut, str] = MappingProxyType({Gut.GO: "Go", Gut.SKIP: "Skip it", Gut.UNSURE: "Not sure"})
# A gut answer never given is not "Not sure": that would pass the starting value off as an answer.
GUT_NOT_GIVEN = "not given yet"


def gut_words(job: Job) -> str:
    """The person's first answer as they chose it, or that they have not given one."""
    return GUT_LABELS[job.gut] if job.given("gut") else GUT_NOT_GIVEN


# A yes-or-no question answered with two buttons.
YES_NO_LABELS: Mapping[bool, str] = MappingProxyType({True: "Yes", False: "No"})
DECISION_LABELS: Mapping[Decision, str] = MappingProxyType(
    {Decision.ACCEPT: "Accept", Decision.DECLINE: "Decline", Decision.WAITING: "Still waiting"})
RATING_LABELS: Mapping[int, str] = MappingProxyType(
    {1: "Badly", 2: "Not so well", 3: "So-so", 4: "Well", 5: "Very well"})
FEELING_LABELS: Mapping[Feeling, str] = MappingProxyType(
    {Feeling.CONFIDENT: "Confident", Feeling.SHAKY: "Shaky", Feeling.NOT_YET: "Not yet"})
# The debrief's "did an offer come?" as the three answers a person can give.
OFFER_CHOICES: Mapping[str, bool | None] = MappingProxyType({"unknown": None, "yes": True, "no": False})
OFFER_LABELS: Mapping[str, str] = MappingProxyType({"unknown": "Not known yet", "yes": "Yes", "no": "No"})


def offer_choice(offer: bool | None) -> str:
    """The answer to "did an offer come?" that a debrief's offer stands for."""
    return next(choice for choice, value in OFFER_CHOICES.items() if value is offer)
