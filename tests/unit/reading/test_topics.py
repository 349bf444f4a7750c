"""Reading a reason for its topic (issue 31): the issue's own examples, and the sentence shapes
that fooled the first-keyword reader (negation, "but", "though", comparison, the activity)."""

from __future__ import annotations

import pytest

from advisor.reading.topics import CORE_BY_TOPIC, TOPIC_WORDS, Reading, Topic, read


def _sure(label: str, activity: str = "") -> Reading:
    reading = read(label, activity)
    assert reading.sure, (label, reading)
    return reading


@pytest.mark.parametrize("label, topic", [
    # The examples, read wrongly by the first keyword before.
    ("Promoting gambling goes against my values", Topic.VALUES),
    ("The company's reputation on Glassdoor reviews is awful", Topic.VALUES),
    ("I'd be demoted from team lead to a regular agent", Topic.TITLE),
    ("It's located at the depot outside the city", Topic.PLACE),
    # "but": the complaint comes after it.
    ("I love the work but the pay is low", Topic.PAY),
    ("The pay is fine but I'd be selling payday loans", Topic.VALUES),
    ("I liked the role but not the people I met", Topic.PEOPLE),
    # "though", "although": a concession, whichever side it sits on.
    ("Not a fan of cold calling, though the salary is good", Topic.WORK),
    ("Although the team seemed nice, the commute is two hours", Topic.PLACE),
    # Negation: what it is not about does not count.
    ("It's not about the money, the manager was rude", Topic.PEOPLE),
    # Comparison: what follows "than" is the yardstick.
    ("The commute is worse than my current one", Topic.PLACE),
    ("Fewer chances to learn than at my current place", Topic.GROWTH),
    ("The hours are better than my current job but it still includes Saturdays", Topic.HOURS),
    # A length of time is not a rate of pay (walking a laptop user: "an hour" read as "£12 an hour").
    ("The hospital is an hour and a half away by train.", Topic.PLACE),
    ("They only offer £11.44 an hour", Topic.PAY),
])
def test_a_sentence_is_read_for_what_it_complains_about(label: str, topic: Topic) -> None:
    reading = _sure(label)
    assert reading.topic is topic
    assert reading.core is CORE_BY_TOPIC[topic]


def test_the_activity_makes_a_reason_about_the_work() -> None:
    assert _sure("Health insurance").topic is Topic.BENEFITS
    assert _sure("Health insurance", "Selling health insurance by phone").topic is Topic.WORK
    reading = _sure("Hours of cold sales calls every day", "Making cold sales calls to small businesses")
    assert reading.why == ("It is about “cold sales calls”, part of the main activity you described: no offer "
                           "changes that.")


def test_short_labels_are_still_read_by_what_they_name_first() -> None:
    assert _sure("Night shifts on the phone", "Answering customers' calls about bills").topic is Topic.HOURS
    assert _sure("Cleaning toilets").topic is Topic.WORK


@pytest.mark.parametrize("label", ["Just a feeling", "Can't put my finger on it", "We're moving to Scotland",
                                   "I need to pick my kids up at 3", ""])
def test_what_the_words_cannot_settle_is_asked(label: str) -> None:
    reading = read(label)
    assert not reading.sure
    assert reading.topic in (Topic.UNKNOWN, Topic.CIRCUMSTANCES)
    assert not reading.core  # the article: ask before giving up


def test_every_why_is_one_plain_sentence_that_claims_nothing_unsaid() -> None:
    for label in ("I love the work but the pay is low", "Promoting gambling goes against my values",
                  "Dealing with angry customers all day", "Rude customers", "Just a feeling",
                  "We're moving to Scotland in the spring", "Fast paced, the pressure never lets up"):
        why = read(label).why
        assert why[0].isupper() and why.endswith(".") and why.count(". ") == 0, why
        assert "you hold" not in why and "you dislike" not in why
    assert "customers" in read("Rude customers").why
    assert "all day" not in read("Dealing with angry customers all day").why


def test_an_unsure_reading_says_it_may_be_so() -> None:
    reading = read("Fast paced, the pressure never lets up")
    assert not reading.sure and reading.topic is Topic.WORKLOAD
    assert reading.why.startswith(f"It may be about {TOPIC_WORDS[Topic.WORKLOAD]}")
