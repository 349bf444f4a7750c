"""Words as names: which of a reason's words can say what the work is, and whether the words
around a match read as a name a sentence can quote ("It is about the team, …"), or would not
("It is about lending to desperate, …"), when the plain sentence serves instead.
"""

from __future__ import annotations

import re

from advisor.reading import small_words as small
from advisor.reading import word_lists as lists
from advisor.reading import work_words as work
from advisor.reading.clauses import WORD, fold, pattern
from advisor.reading.topic_set import CORE_BY_TOPIC

# One-word terms: a word of the activity or a verb in -ing that is one of them names a term, not the work.
TERM_WORDS = tuple(pattern(p) for topic, named in lists.TOPICS.items() if CORE_BY_TOPIC[topic] is False
                   for ps in named.values() for p in ps if " " not in p)
LIKE_WORDS = tuple(pattern(p) for p in work.LIKE if " " not in p)


def stem(word: str) -> str:
    """A light stem, so "calls", "calling" and "call" compare equal."""
    word = word.removesuffix("'s")
    if word in small.IRREGULAR_STEMS:
        return small.IRREGULAR_STEMS[word]
    for suffix, tail in (("ing", ""), ("ies", "y"), ("es", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + tail
            break
    return word.removesuffix("e")


PLAIN_STEMS = frozenset(stem(w) for w in small.PLAIN)


def same(one: str, other: str) -> bool:
    """Two stems of one word: equal, or one a longer form of the other ("teach", "teacher")."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def is_term(word: str) -> bool:
    """Whether a word on its own names a term of the offer ("nights", "pension")."""
    return any(r.fullmatch(word) for r in TERM_WORDS)


def carries(word: str) -> bool:
    """Whether a word can say what the activity is: not a plain word, a number or a term of the offer."""
    root = stem(word)
    return (len(root) >= 3 and root not in PLAIN_STEMS and word not in small.FUNCTION and not word.isdigit()
            and not is_term(word))


def activity_words(activity: str) -> tuple[str, ...]:
    """The words of the main activity that a reason is compared with, in small letters."""
    return tuple(w.group() for w in WORD.finditer(fold(activity)) if carries(w.group()))


def excerpt(label: str, start: int, end: int) -> str:
    """What the person typed between two places, as one line; a capital that only opens their
    sentence is made small ("Cleaning" → "cleaning"), one that means something ("UX") stays."""
    shown = " ".join(label[start:end].split())
    first = shown.split(" ", 1)[0]
    return shown[:1].lower() + shown[1:] if start == 0 and first[1:] == first[1:].lower() else shown


def apart(label: str, one: re.Match[str], other: re.Match[str]) -> bool:
    """Whether a stop (a comma, a full stop …) stands between two words."""
    return any(c in ",;:.!?()\n" for c in label[one.end():other.start()])


def ends_a_name(word: str) -> bool:
    """Whether a word after a name starts something else: a verb in -ing, a word of manner, a
    describing word, a verb or a contraction ("the work itself bores me", "customer service isn't")."""
    return (word.endswith(("ing", "n't", "'re", "'ll", "'d", "'ve", "'m")) or manner(word) or describes(word)
            or word in small.VERBS or word in small.FUNCTION or (word.endswith("ed") and len(word) > 4))


def manner(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in small.NOT_MANNER


def describes(word: str) -> bool:
    return (word in small.DESCRIBING or any(r.fullmatch(word) for r in LIKE_WORDS)
            or (word.endswith(small.DESCRIBING_ENDINGS) and len(word) > 5))


def cut_short(label: str, words: list[re.Match[str]], last: int) -> bool:
    """Whether the word after ``last`` carries the name on, so ending there cuts it short
    ("lending to desperate | people")."""
    if last + 1 >= len(words) or apart(label, words[last], words[last + 1]):
        return False
    after, before = words[last + 1].group(), words[last].group()
    return (after in small.PLAIN_NOUNS or (carries(after) and not ends_a_name(after))
            or (after.endswith("ing") and not before.endswith("ing") and carries(before)))  # "lesson | planning"


def as_name(label: str, words: list[re.Match[str]], place: int, end: int, following: bool) -> str | None:
    """The match as a name the sentence can quote, or None when unsure it reads as one."""
    last = max(i for i, w in enumerate(words) if w.start() < end and i >= place)
    first = place
    for back in range(place - 1, max(place - 3, -1), -1):  # "the team", "a big bank"
        if apart(label, words[back], words[back + 1]):
            break
        before = words[back].group()
        if before in small.DETERMINERS:
            first = back
            break
        if not describes(before) and (not carries(before) or ends_a_name(before)):
            break
    if following:  # "selling insurance", "cold calls to strangers"
        stop = last
        for after in range(last + 1, min(last + 4, len(words))):
            word = words[after].group()
            if apart(label, words[after - 1], words[after]):
                break
            if word in small.BRIDGES or describes(word):  # crossed, never the end ("angry customers")
                continue
            if word in small.CARRIED_ON:  # "a betting company", "lending to desperate people"
                stop = after
                break
            if not carries(word) or is_term(word) or ends_a_name(word):
                break
            stop = after
        if not cut_short(label, words, stop):
            last = stop
    shown = [w.group() for w in words[first: last + 1]]
    ends_well = shown[-1].endswith("ing") or plural(shown[-1]) or not cut_short(label, words, last)
    if not ends_well or not reads_as_name(shown):
        return None
    text = excerpt(label, words[first].start(), words[last].end())
    return "your" + text[2:] if shown[0] == "my" else text


def plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and len(word) > 3


def reads_as_name(shown: list[str]) -> bool:
    """Whether words read as a name inside "It is about {}, …": no negation, no word of manner,
    not opened by a verb or a small word, not ended by a describing or small word, and a thing of
    which there are many ("team", "bank") only after a determiner ("the team")."""
    named = shown[1:] if shown[0] in small.DETERMINERS else shown
    if not named or "itself" in named:  # "the work itself, the work itself"
        return False
    if any(w.endswith("n't") or w in small.NEGATIONS or manner(w) for w in named):
        return False
    opening, closing = named[0], named[-1]
    if opening in small.FUNCTION or opening in small.VERBS or closing in small.FUNCTION or describes(closing):
        return False
    if named is shown and opening.endswith("ed"):
        return False
    # "fast fashion brand": one of a kind reads as a name only after a determiner
    return closing not in small.COUNTABLE or any(w in small.DETERMINERS for w in shown)
