"""What a reason is about: one topic from a small closed set, read from the person's own words.

The topic decides the article's test (could this employer change it for you?), and everything the
app says about the reason follows from it: the sentence that explains its sort, the suggested ask,
the question for the interviewers. A reading also says how sure it is; when it is not, Sort asks
the person the article's test in one question instead of guessing.

Two readers give their view: the word lists (``advisor.reading.own_words``), which name what they
matched, and the labelled reasons the words read most like (``advisor.reading.nearest``). The
word reader decides when it is sure and the nearest reasons do not clearly disagree; when they do,
the person is asked, as it is when the reason reads most like one about the person's own
circumstances. When the word reader is unsure, nearest reasons that are alike enough and
agree among themselves decide. The set itself lives in ``advisor.reading.topic_set``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.reading.nearest import Bank, Guess, guess
from advisor.reading.own_words import read_words
from advisor.reading.topic_set import CORE_BY_TOPIC, TEST_QUESTION, TOPIC_WORDS, Reading, Topic

__all__ = ["CORE_BY_TOPIC", "TEST_QUESTION", "TOPIC_WORDS", "Reading", "Topic", "combine", "read"]

# Chosen by 5-fold cross-validation on the own exemplars, scored with word lists that had not
# been written against them (never the held-out rows): the least asking that reads ≥ 97 % of them
# right, with a point to spare. A vote this one-sided against a sure word reading makes it unsure ...
DISSENT = 0.65
# ... so do nearest reasons about the person's own circumstances (or too vague to place), this alike:
# the words may name a term of the offer, but the reason reads like a life the offer cannot reach ...
OPEN_ALIKE = 0.45
# ... and a vote this one-sided, from an exemplar at least this alike, settles an unsure one.
TAKE = 0.8
ALIKE = 0.4

_UNSURE = "It may be about {}, but the words leave that open: only you can tell whether this employer could change it."
_READS_LIKE: Mapping[bool, str] = MappingProxyType({
    False: "It reads like a reason about {}, a term of the offer that can be discussed.",
    True: "It reads like a reason about {}, which an offer does not change.",
})


def combine(words: Reading, nearest: Guess) -> Reading:
    """The word reading, checked against what the nearest labelled reasons say."""
    if words.sure:
        dissent = nearest.core != words.core and nearest.agreement >= DISSENT
        if dissent or (CORE_BY_TOPIC[nearest.topic] is None and nearest.likeness >= OPEN_ALIKE):
            return Reading(words.topic, words.core, False, _UNSURE.format(TOPIC_WORDS[words.topic]), words.others)
        return words
    # Only a topic whose sort the article's test settles: own circumstances and vague reasons are
    # asked, and so is a reason whose words name the person's own circumstances, whatever it reads like.
    settled = CORE_BY_TOPIC[nearest.topic] is nearest.core and nearest.agreement >= TAKE
    if words.topic is not Topic.CIRCUMSTANCES and settled and nearest.likeness >= ALIKE:
        named = tuple(t for t in (words.topic, *words.others) if t not in (nearest.topic, Topic.UNKNOWN))
        return Reading(nearest.topic, nearest.core, True, _READS_LIKE[nearest.core].format(TOPIC_WORDS[nearest.topic]),
                       named)
    return words


def read(label: str, activity: str = "", bank: Bank | None = None) -> Reading:
    """Read a reason in the person's own words against the main activity they described.

    ``bank`` replaces the exemplars, for cross-validation. Nothing is cached per reason here:
    Sort keeps its readings per session (``ui.memo``).
    """
    words = read_words(label, activity)
    if activity and words.sure and words.topic is not read_words(label).topic:
        return words  # the activity the person described decided it, and the nearest reasons never saw that
    return combine(words, guess(label, bank))
