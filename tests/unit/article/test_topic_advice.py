"""Advice per topic (issue 31): complete for every topic, in our own words, never a pasted complaint."""

from __future__ import annotations

import re

import pytest

from advisor.article.reasons import REASON_BY_ID, TOPIC_BY_ID, example_ask, example_walk_away, reason_topic
from advisor.article.topic_advice import EXAMPLE_ASKS, QUESTIONS, WALK_AWAY_LINES
from advisor.reading.topics import Topic


@pytest.mark.parametrize("advice", [QUESTIONS, EXAMPLE_ASKS, WALK_AWAY_LINES], ids=["questions", "asks", "walk"])
def test_every_topic_has_its_advice(advice: dict[Topic, str]) -> None:
    assert set(advice) == set(Topic)
    for topic, text in advice.items():
        assert text.strip() and text == text.strip() and not text[0].islower(), topic


def test_questions_are_questions_of_our_own() -> None:
    assert len(set(QUESTIONS.values())) == len(QUESTIONS) - 0
    for text in QUESTIONS.values():
        assert text.endswith("?") and "flexibility on this:" not in text


def test_questions_assume_nothing_about_the_persons_present_job() -> None:
    """Asked aloud by someone laid off, a student or a returner, a question must still be true: no
    notice period or current job is taken for granted (the start date's question spoke of "my
    notice period" to a product manager laid off in March)."""
    for topic, text in QUESTIONS.items():
        assert not re.search(r"(?i)\bmy (notice|current|present)\b", text), topic


def test_every_catalogue_reason_has_a_topic_of_its_sort() -> None:
    assert set(TOPIC_BY_ID) == set(REASON_BY_ID)
    for catalog_id, topic in TOPIC_BY_ID.items():
        assert reason_topic("anything", "", catalog_id) is topic


def test_the_example_ask_follows_the_topic_never_the_words() -> None:
    assert example_ask("pay") == REASON_BY_ID["pay"].example_ask
    label = "I love the work but the pay is low"
    assert example_ask(None, label) == EXAMPLE_ASKS[Topic.PAY]
    assert label not in example_ask(None, label)
    assert example_ask(None) == EXAMPLE_ASKS[Topic.UNKNOWN]


def test_the_walk_away_example_follows_the_topic_never_the_persons_words() -> None:
    assert example_walk_away("shifts") == WALK_AWAY_LINES[Topic.HOURS]
    own = "They want me to drive 90 minutes each way"
    assert example_walk_away(None, own) == WALK_AWAY_LINES[Topic.PLACE]
