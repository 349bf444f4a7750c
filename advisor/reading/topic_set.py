"""The closed set of topics a reason can be about, and what the article's test says of each.

Kept apart from the reader (``advisor.reading.own_words``) so the reader and the public face
(``advisor.reading.topics``) both use one set without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Topic(StrEnum):
    PAY = "pay"
    HOURS = "hours"  # hours and shifts
    PLACE = "place"  # place of work and commute
    HOME = "home"  # days from home
    CONTRACT = "contract"  # contract and security
    TITLE = "title"  # title and level
    BENEFITS = "benefits"
    GROWTH = "growth"
    START = "start"  # start date
    TRAVEL = "travel"
    WORKLOAD = "workload"
    WORK = "work"  # the work itself
    PEOPLE = "people"  # the people and the culture
    VALUES = "values"  # the employer's values or product
    OTHER_OFFER = "other_offer"
    CIRCUMSTANCES = "circumstances"  # the person's own circumstances
    UNKNOWN = "unknown"


# The article's test per topic: True is core of the job (no offer changes it), False negotiable,
# None when the topic alone cannot tell and the person is asked.
CORE_BY_TOPIC: Mapping[Topic, bool | None] = MappingProxyType({
    Topic.PAY: False, Topic.HOURS: False, Topic.PLACE: False, Topic.HOME: False, Topic.CONTRACT: False,
    Topic.TITLE: False, Topic.BENEFITS: False, Topic.GROWTH: False, Topic.START: False, Topic.TRAVEL: False,
    Topic.WORKLOAD: False, Topic.WORK: True, Topic.PEOPLE: True, Topic.VALUES: True, Topic.OTHER_OFFER: True,
    Topic.CIRCUMSTANCES: None, Topic.UNKNOWN: None,
})

# The topic as a noun phrase inside a sentence ("what bothers you most is {}").
TOPIC_WORDS: Mapping[Topic, str] = MappingProxyType({
    Topic.PAY: "the pay", Topic.HOURS: "the hours or shifts", Topic.PLACE: "where the work is and the journey",
    Topic.HOME: "the days from home", Topic.CONTRACT: "the contract and its security",
    Topic.TITLE: "the title and level", Topic.BENEFITS: "the benefits", Topic.GROWTH: "room to grow",
    Topic.START: "the start date", Topic.TRAVEL: "the travel", Topic.WORKLOAD: "the workload",
    Topic.WORK: "the work itself", Topic.PEOPLE: "the people and the culture",
    Topic.VALUES: "what the employer stands for", Topic.OTHER_OFFER: "another job you have in view",
    Topic.CIRCUMSTANCES: "your own circumstances", Topic.UNKNOWN: "this reason",
})

# The article's test, asked of the person when a reading is unsure.
TEST_QUESTION = "Could this employer change this for you if they wanted to hire you?"


@dataclass(frozen=True, slots=True)
class Reading:
    """A reason read: its topic, the sort the article's test suggests, and one plain sentence of why.

    ``sure`` is False when the words do not settle it; then Sort asks ``TEST_QUESTION``.
    """

    topic: Topic
    core: bool
    sure: bool
    why: str
    others: tuple[Topic, ...] = ()  # the other topics the words name, the most named first

    def as_sorted(self, core: bool) -> Topic:
        """The topic that agrees with the person's own sort: they have the last word on the article's
        test, so where the words also name a topic on the side they chose, the reason is about that
        one ("the same payroll work for only 10 % more", sorted negotiable, is about the pay). A
        reason about one's own circumstances sorted as core stays about them."""
        test = CORE_BY_TOPIC[self.topic]
        if test is core or (test is None and core):
            return self.topic
        return next((t for t in self.others if CORE_BY_TOPIC[t] is core), self.topic)
