"""What a reason is about: one topic from a small closed set, read from the person's own words.

The topic decides the article's test (could this employer change it for you?), and everything the
app says about the reason follows from it: the sentence that explains its sort, the suggested ask,
the question for the interviewers. A reading also says how sure it is; when it is not, Sort asks
the person the article's test in one question instead of guessing.

The set itself lives in ``advisor.reading.topic_set`` and the reader in
``advisor.reading.own_words``; this module is where the rest of the app finds both.
"""

from __future__ import annotations

from advisor.reading.own_words import read_words
from advisor.reading.topic_set import CORE_BY_TOPIC, TEST_QUESTION, TOPIC_WORDS, Reading, Topic

__all__ = ["CORE_BY_TOPIC", "TEST_QUESTION", "TOPIC_WORDS", "Reading", "Topic", "read"]


def read(label: str, activity: str = "") -> Reading:
    """Read a reason in the person's own words against the main activity they described."""
    return read_words(label, activity)
