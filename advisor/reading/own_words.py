"""Reading a reason in the person's own words: is it core of the job or negotiable, and why.

A reason is compared with the main activity the person described (shared words, lightly stemmed)
and with the word lists of ``advisor.reading.word_lists``; the earliest thing it names decides, so "Night
shifts on the phone" is about shifts, "Cleaning offices" about cleaning and "Hours of cold
calls" about the calls. No model, only lists and a few rules, so that every suggestion comes
with one sentence naming what it matched and a person can see when to overrule it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from advisor.reading import word_lists as lists


@dataclass(frozen=True, slots=True)
class _Topic:
    """What a reason can be about: whether that makes it core, and the sentence that says so."""

    core: bool
    sentence: str  # "{}" is what the reason named
    rank: int  # which topic is named first when two matches start together and are as long
    articles: tuple[str, ...] = ()  # name the match with one of these before it ("the team")
    following: bool = False  # and with the words after it that say more ("selling insurance")


_AS_ACTIVITY = _Topic(True, "It is about {}, the main activity you described: no offer changes that.", 0)
_AS_ELSEWHERE = _Topic(True, "It says “{}”: the work is not what you want to do, and no offer changes that.", 1)
_AS_VALUES = _Topic(True, "It is about {}, what the company stands for: that does not change for one hire.", 2,
                    following=True)
_AS_PEOPLE = _Topic(True, "It is about {}, the people you would work with: an offer does not change them.", 3,
                    articles=("the", "a", "an"))
# What the person would be doing, read from their own verb or role ("Stacking shelves", "be a
# cashier"): the same sentence as the work lists, but it names more of what they wrote.
_AS_DOING = _Topic(True, "It is about {}, the work itself: no offer changes that.", 4, following=True)
_AS_WORK = _Topic(True, _AS_DOING.sentence, 5, articles=("the",), following=True)
_AS_ITSELF = _Topic(True, "It names the work itself: no offer changes that.", 5)
_AS_LIKE = _Topic(True, "It is about what the work is like ({}): no offer changes that.", 5, following=True)
_AS_TERM = _Topic(False, "It names {}, a term of the offer that can be discussed.", 6)
_AS_GROWTH = _Topic(False, "It names {}, which can be written into an offer (a training plan, a review date).", 7)
_UNKNOWN = "It does not name the main activity or who you would do it with, so it is worth asking about."

# Being someone: "be a receptionist", "being an analyst" (one word may come between).
_ROLE = re.compile(r"\bbe(?:ing)?\s+(an?\s+(?:[^\W_]+\s+)?[^\W_]+(?:ist|er|or|ant|ary|ian)s?)\b")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "/": " "})


def _regex(pattern: str) -> re.Pattern[str]:
    words = (re.escape(w[:-1]) + r"[^\W_]*" if w.endswith("*") else re.escape(w) for w in pattern.split())
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


_ENTRIES: tuple[tuple[_Topic, str | None, re.Pattern[str]], ...] = (
    *((topic, None, _regex(p)) for topic, ps in (
        (_AS_ELSEWHERE, lists.ELSEWHERE), (_AS_VALUES, lists.VALUES), (_AS_PEOPLE, lists.PEOPLE),
        (_AS_WORK, lists.WORK), (_AS_ITSELF, lists.ITSELF), (_AS_LIKE, lists.LIKE)) for p in ps),
    *((_AS_TERM, name, _regex(p)) for name, ps in lists.TERMS.items() for p in ps),
    *((_AS_GROWTH, name, _regex(p)) for name, ps in lists.GROWTH.items() for p in ps),
)
# One-word terms: a word of the activity or a verb in -ing that is one of them names a term, not the work.
_TERM_WORDS = tuple(_regex(p) for ps in (*lists.TERMS.values(), *lists.GROWTH.values()) for p in ps if " " not in p)
# Verbs in -ing that say how the work feels ("boring"), not what it is.
_LIKE_WORDS = tuple(_regex(p) for p in lists.LIKE if " " not in p)
_DURATION_RES = tuple(_regex(p) for p in lists.DURATIONS)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    topic: _Topic
    name: str  # what the sentence says the reason named; "" to name it with the person's words

    def key(self) -> tuple[int, int, int]:
        """Earliest first; of two that start together the longer, then the more telling topic."""
        return self.start, self.start - self.end, self.topic.rank


def _fold(text: str) -> str:
    """The text in small letters with one kind of apostrophe and hyphens as spaces, as long as the
    text itself, so a match's place is also its place in what the person typed."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text).translate(_FOLD)


def _stem(word: str) -> str:
    """A light stem, so "calls", "calling" and "call" compare equal."""
    word = word.removesuffix("'s")
    for suffix, tail in (("ing", ""), ("ies", "y"), ("es", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + tail
            break
    return word.removesuffix("e")


_PLAIN_STEMS = frozenset(_stem(w) for w in lists.PLAIN)


def _same(one: str, other: str) -> bool:
    """Two stems of one word: equal, or one a longer form of the other ("teach", "teacher")."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def _is_term(word: str) -> bool:
    """Whether a word on its own names a term of the offer or room to grow ("nights", "pension")."""
    return any(r.fullmatch(word) for r in _TERM_WORDS)


def _carries(word: str) -> bool:
    """Whether a word can say what the activity is: not a plain word, a number or a term of the offer."""
    stem = _stem(word)
    return len(stem) >= 3 and stem not in _PLAIN_STEMS and not word.isdigit() and not _is_term(word)


def activity_words(activity: str) -> tuple[str, ...]:
    """The words of the main activity that a reason is compared with, in small letters."""
    return tuple(w.group() for w in _WORD.finditer(_fold(activity)) if _carries(w.group()))


def _excerpt(label: str, start: int, end: int) -> str:
    """What the person typed between two places, as one line; a capital that only opens their
    sentence is made small ("Cleaning" → "cleaning"), one that means something ("UX") stays."""
    shown = " ".join(label[start:end].split())
    first = shown.split(" ", 1)[0]
    return shown[:1].lower() + shown[1:] if start == 0 and first[1:] == first[1:].lower() else shown


def _named(label: str, words: list[re.Match[str]], match: _Match) -> str:
    """A match named with the words around it, as its topic allows: an article just before it,
    and up to three words after it while they say more about the work (not a term of the offer)."""
    start, end = match.start, match.end
    place = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if place is None:
        return _excerpt(label, start, end)
    if place > 0 and words[place - 1].group() in match.topic.articles:
        start = words[place - 1].start()
    following = words[place + 1: place + 4] if match.topic.following else []
    for after in (w for w in following if w.start() >= end):
        if _is_term(after.group()) or not (_carries(after.group()) or after.group() in lists.BRIDGES):
            break
        if _carries(after.group()):
            end = after.end()
    return _excerpt(label, start, end)


def _activity_match(label: str, words: list[re.Match[str]], activity: str) -> _Match | None:
    """The first run of the reason's words that the activity shares with it."""
    stems = [_stem(w) for w in activity_words(activity)]
    run: list[re.Match[str]] = []
    for word in words:
        if _carries(word.group()) and any(_same(_stem(word.group()), s) for s in stems):
            run.append(word)
        elif run:
            break
    if not run:
        return None
    return _Match(run[0].start(), run[-1].end(), _AS_ACTIVITY, _excerpt(label, run[0].start(), run[-1].end()))


def _doing_match(label: str, text: str, words: list[re.Match[str]]) -> _Match | None:
    """What they would be: a role ("be a cashier"), or a verb in -ing that opens the reason or
    follows "I'd be", "just", "hate" …; it races as long as the verb alone."""
    for role in _ROLE.finditer(text):
        named = role.group(1).split()[1:]
        if not any(_is_term(word) or word in lists.NOT_ROLES for word in named):
            return _Match(role.start(), role.end(), _AS_DOING, "being " + _excerpt(label, role.start(1), role.end()))
    for place, word in enumerate(words):
        verb = word.group()
        if (verb.endswith("ing") and len(verb) >= 5 and verb not in lists.NOT_DOING and not _is_term(verb)
                and not any(r.fullmatch(verb) for r in _LIKE_WORDS)
                and (place == 0 or words[place - 1].group() in lists.BEFORE_DOING)):
            return _Match(word.start(), word.end(), _AS_DOING, "")
    return None


def read_reason(label: str, activity: str = "") -> tuple[bool, str]:
    """Whether a reason in the person's own words is core of the job, and a sentence saying why.

    The earliest thing the reason names wins; a reason naming nothing we know is negotiable,
    because the article's advice is to ask before giving up. Never cached here: a cache in the
    process would keep every visitor's words after they left; Sort keeps its notes per session
    (``ui.memo``).
    """
    text = _fold(label)
    for duration in _DURATION_RES:
        text = duration.sub(lambda found: " " * len(found.group()), text)
    words = list(_WORD.finditer(text))
    found = [_Match(m.start(), m.end(), topic, name or "")
             for topic, name, regex in _ENTRIES if (m := regex.search(text))]
    found += [m for m in (_activity_match(label, words, activity), _doing_match(label, text, words)) if m]
    if not found:
        return False, _UNKNOWN
    first = min(found, key=_Match.key)
    name = first.name or _named(label, words, first)
    return first.topic.core, first.topic.sentence.format(name)
