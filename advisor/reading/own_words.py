"""Reading a reason in the person's own words for its topic, and how sure that reading is.

Every word-list phrase a reason holds (``advisor.reading.word_lists``), and every run of words it
shares with the main activity the person described, counts for its topic; where two phrases
cover the same words the longer counts. How much a phrase counts depends on its clause
(``advisor.reading.clauses``: the complaint after "but" more than the concession before it) and
on being the first thing its clause names ("Night shifts on the phone" is about the shifts). The
topic with the most wins; the reading is sure when what speaks for its sort clearly outweighs
what speaks against, otherwise the person is asked. No model, only lists and a few rules, so
every reading comes with one sentence naming what it matched. The sentence quotes the person's
words only where they read as a name ("the team", "selling insurance", "their whole business");
where they would not ("lending to desperate", "don't agree with"), it names the topic in its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.reading import small_words as small
from advisor.reading import word_lists as lists
from advisor.reading import work_words as work
from advisor.reading.clauses import WORD, Clause, clauses, fold, pattern
from advisor.reading.naming import LIKE_WORDS, activity_words, as_name, carries, excerpt, is_term, same, stem
from advisor.reading.topic_set import CORE_BY_TOPIC, TOPIC_WORDS, Reading, Topic


@dataclass(frozen=True, slots=True)
class _Kind:
    """A kind of phrase: its topic, how much it counts, and the sentence that names it."""

    topic: Topic
    weight: float
    sentence: str  # "{}" is what the reason named
    following: bool = False  # named with the words after it that say more ("selling insurance")
    doubt: bool = False  # the article's test cannot settle this topic from these words
    names: bool = True  # False for a word that only points at the topic ("mostly", "all day")
    plain: str = ""  # the sentence without the person's words, when theirs would not read as a name


_TERM = "It names {}, a term of the offer that can be discussed."
_SENTENCES: Mapping[Topic, str] = MappingProxyType({
    **{topic: _TERM for topic, core in CORE_BY_TOPIC.items() if core is False},
    Topic.GROWTH: "It names {}, which can be written into an offer (a training plan, a review date).",
    Topic.WORK: "It is about {}, the work itself: no offer changes that.",
    Topic.PEOPLE: "It is about {}, the people you would work with: an offer does not change them.",
    Topic.VALUES: "It is about {}, what the company stands for: that does not change for one hire.",
    Topic.OTHER_OFFER: "It is about another job you have in view, a choice you have elsewhere: this employer "
                       "cannot change that.",
    Topic.CIRCUMSTANCES: "It seems to be about your own circumstances: only you can tell whether this "
                         "employer could make room for them.",
})
_FOLLOWING = frozenset((Topic.WORK, Topic.VALUES))
# The sentences above without the person's words: what a reading says when the words it matched
# would not read as a name inside the sentence ("It is about lending to desperate, …").
_PLAIN_SENTENCES: Mapping[Topic, str] = MappingProxyType({
    Topic.WORK: "It is about the work itself: no offer changes that.",
    Topic.PEOPLE: "It is about the people you would work with: an offer does not change them.",
    Topic.VALUES: "It is about what the company stands for: that does not change for one hire.",
})
_WEAK, _STRONG = 1.0, 3.0

_AS_ACTIVITY = _Kind(Topic.WORK, 2.0,
                     "It is about “{}”, part of the main activity you described: no offer changes that.")
_AS_ELSEWHERE = _Kind(Topic.WORK, _STRONG,
                      "It says “{}”: the work is not what you want to do, and no offer changes that.")
_AS_ITSELF = _Kind(Topic.WORK, 1.5, "It names the work itself: no offer changes that.")
_AS_LIKE = _Kind(Topic.WORK, _WEAK, "It is about what the work is like ({}): no offer changes that.",
                 following=True)
_AS_DOING = _Kind(Topic.WORK, _WEAK, _SENTENCES[Topic.WORK], following=True, plain=_PLAIN_SENTENCES[Topic.WORK])
_AS_ROLE = _Kind(Topic.WORK, 1.5, _SENTENCES[Topic.WORK])
_AS_PACE = _Kind(Topic.WORKLOAD, _WEAK, _TERM, doubt=True)
_AS_CLOCK = _Kind(Topic.HOURS, 3.0, _TERM)
_AS_NOTHING = _Kind(Topic.UNKNOWN, 0.0, "")  # covers the words it holds and counts for nothing

_UNKNOWN = "It does not name the main activity or who you would do it with, so it is worth asking about."
_UNSURE = "It may be about {}, but the words leave that open: only you can tell whether this employer could change it."

# What a sure reading needs: its sort outweighs the other by this much.
_MARGIN = 1.5
# The first thing a clause names counts this much more: it is usually what the clause is about.
_FIRST = 1.5


def _kind(topic: Topic, weight: float) -> _Kind:
    return _Kind(topic, weight, _SENTENCES[topic], following=topic in _FOLLOWING,
                 plain=_PLAIN_SENTENCES.get(topic, ""))


_ENTRIES: tuple[tuple[_Kind, str, re.Pattern[str]], ...] = (
    *((_kind(topic, _WEAK), name, pattern(p)) for topic, named in lists.TOPICS.items()
      for name, ps in named.items() for p in ps),
    *((_kind(topic, _STRONG), next(iter(lists.TOPICS[topic])), pattern(p)) for topic, ps in lists.STRONG.items()
      for p in ps),
    *((_AS_ELSEWHERE, "", pattern(p)) for p in work.ELSEWHERE),
    *((_AS_ITSELF, "", pattern(p)) for p in work.ITSELF),
    *((_AS_LIKE, "", pattern(p)) for p in work.LIKE),
    *((_AS_PACE, "the workload", pattern(p)) for p in work.DOUBT),
    *((_AS_CLOCK, "the hours", re.compile(p)) for p in work.CLOCK),
    *((_AS_NOTHING, "", pattern(p)) for p in work.NO_TOPIC),
    *((_Kind(topic, _STRONG, _PLAIN_SENTENCES[topic], names=False), "", pattern(p))
      for topic, ps in work.SIGNS.items() for p in ps),
)
_DURATIONS = tuple(pattern(p) for p in work.DURATIONS)
_ROLE = re.compile(r"\bbe(?:ing)?\s+(an?\s+(?:[^\W_]+\s+)?[^\W_]+(?:ist|er|or|ant|ary|ian)s?)\b")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    kind: _Kind
    name: str  # what the sentence says the reason named; "" to name it with the person's words

    def overlaps(self, other: _Match) -> bool:
        return self.start < other.end and other.start < self.end


def _named(label: str, words: list[re.Match[str]], match: _Match) -> str | None:
    """A match named with the words around it, as its kind allows: up to three words after it
    while they say more about the work (not a term of the offer). For a kind with a plain
    sentence, also the determiner before it ("the team", "a big bank"), and None when what that
    gives would not read as a name inside the sentence ("lending to desperate")."""
    start, end = match.start, match.end
    place = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if place is None:
        return excerpt(label, start, end) if not match.kind.plain else None
    if match.kind.plain:
        return as_name(label, words, place, match.end, match.kind.following)
    following = words[place + 1: place + 4] if match.kind.following else []
    for after in (w for w in following if w.start() >= end):
        if is_term(after.group()) or not (carries(after.group()) or after.group() in small.BRIDGES):
            break
        if carries(after.group()):
            end = after.end()
    return excerpt(label, start, end)


def _activity_matches(label: str, words: list[re.Match[str]], activity: str) -> Iterator[_Match]:
    """Every run of the reason's words that the activity shares with it."""
    stems = [stem(w) for w in activity_words(activity)]
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and carries(word.group()) and any(same(stem(word.group()), s) for s in stems):
            run.append(word)
        elif run:
            yield _Match(run[0].start(), run[-1].end(), _AS_ACTIVITY, excerpt(label, run[0].start(), run[-1].end()))
            run = []


def _doing_matches(label: str, text: str, words: list[re.Match[str]]) -> Iterator[_Match]:
    """What they would be: a role ("be a cashier"), or a verb in -ing that opens the reason or
    follows "I'd be", "just", "hate" …"""
    for role in _ROLE.finditer(text):
        named = role.group(1).split()[1:]
        if not any(is_term(word) or word in small.NOT_ROLES for word in named):
            yield _Match(role.start(), role.end(), _AS_ROLE, "being " + excerpt(label, role.start(1), role.end()))
    for place, word in enumerate(words):
        verb = word.group()
        if (verb.endswith("ing") and len(verb) >= 5 and verb not in small.NOT_DOING and not is_term(verb)
                and not any(r.fullmatch(verb) for r in LIKE_WORDS)
                and (place == 0 or words[place - 1].group() in small.BEFORE_DOING)):
            yield _Match(word.start(), word.end(), _AS_DOING, "")


def _matches(label: str, text: str, activity: str) -> list[_Match]:
    """What the reason names, one match per stretch of words: the longer phrase, then the
    activity's own words, then the phrase that counts more."""
    words = list(WORD.finditer(text))
    found = [_Match(m.start(), m.end(), kind, name)
             for kind, name, regex in _ENTRIES for m in regex.finditer(text)]
    found += [*_activity_matches(label, words, activity), *_doing_matches(label, text, words)]
    found.sort(key=lambda m: (m.start - m.end, m.kind is not _AS_ACTIVITY, -m.kind.weight, m.start))
    kept: list[_Match] = []
    for match in found:
        if not any(match.overlaps(k) for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def _weighed(matches: list[_Match], parts: list[Clause]) -> list[tuple[_Match, float]]:
    """Each match with how much it counts in its clause.

    A word that only points at the work ("mostly", "be doing") points at what follows it: when
    that is a term of the offer, it says nothing of the work ("mostly commission", "be doing the
    work of two").
    """
    weighed = []
    for part in parts:
        inside = [m for m in matches if part.start <= m.start < part.end]
        inside = [m for m in inside if m.kind.names or m.kind.topic is not Topic.WORK
                  or not any(CORE_BY_TOPIC[n.kind.topic] is False and n.start >= m.end for n in inside)]
        for place, match in enumerate(inside):
            first = _FIRST if place == 0 else 1.0
            weighed.append((match, match.kind.weight * part.counts(match.start) * first))
    return [(m, w) for m, w in weighed if w > 0]


def _why(label: str, words: list[re.Match[str]], best: _Match) -> str:
    """The sentence of the match a reading rests on, naming it with the person's words when they
    read as a name, and without them otherwise."""
    name = best.name or _named(label, words, best)
    return best.kind.sentence.format(name) if name is not None else best.kind.plain


def read_words(label: str, activity: str = "") -> Reading:
    """Read a reason in the person's own words for its topic, against the main activity they described.

    A reason naming nothing we know is unsure and leans negotiable, because the article's advice
    is to ask before giving up. Never cached here: a cache in the process would keep every
    visitor's words after they left; Sort keeps its readings per session (``ui.memo``).
    """
    text = fold(label)
    for duration in _DURATIONS:
        text = duration.sub(lambda found: " " * len(found.group()), text)
    weighed = _weighed(_matches(label, text, activity), clauses(text))
    if not weighed:
        return Reading(Topic.UNKNOWN, False, False, _UNKNOWN)
    scores: dict[Topic, float] = defaultdict(float)
    for match, weight in weighed:
        scores[match.kind.topic] += weight
    topic, *rest = sorted(scores, key=lambda t: -scores[t])
    others = tuple(rest)
    best = max((mw for mw in weighed if mw[0].kind.topic is topic), key=lambda mw: (mw[0].kind.names, mw[1]))[0]
    core = CORE_BY_TOPIC[topic]
    words = list(WORD.finditer(text))
    if core is None:
        return Reading(topic, False, False, _why(label, words, best), others)
    agree = sum(s for t, s in scores.items() if CORE_BY_TOPIC[t] is core)
    against = sum(s for t, s in scores.items() if CORE_BY_TOPIC[t] is not core)
    doubt = any(m.kind.doubt for m, _ in weighed) and topic is Topic.WORKLOAD
    if doubt or agree < _MARGIN * against:
        return Reading(topic, core, False, _UNSURE.format(TOPIC_WORDS[topic]), others)
    return Reading(topic, core, True, _why(label, words, best), others)


def read_reason(label: str, activity: str = "") -> tuple[bool, str]:
    """Whether a reason in the person's own words is core of the job, and a sentence saying why."""
    reading = read_words(label, activity)
    return reading.core, reading.why
