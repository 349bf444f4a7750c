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
from advisor.reading.clauses import WORD, Clause, clauses, fold, pattern
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
_SIGN_SENTENCES = _PLAIN_SENTENCES
_AS_PACE = _Kind(Topic.WORKLOAD, _WEAK, _TERM, doubt=True)
_AS_CLOCK = _Kind(Topic.HOURS, 3.0, _TERM)

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
    *((_AS_ELSEWHERE, "", pattern(p)) for p in lists.ELSEWHERE),
    *((_AS_ITSELF, "", pattern(p)) for p in lists.ITSELF),
    *((_AS_LIKE, "", pattern(p)) for p in lists.LIKE),
    *((_AS_PACE, "the workload", pattern(p)) for p in lists.DOUBT),
    *((_AS_CLOCK, "the hours", re.compile(p)) for p in lists.CLOCK),
    *((_Kind(topic, _STRONG, _SIGN_SENTENCES[topic], names=False), "", pattern(p))
      for topic, ps in lists.SIGNS.items() for p in ps),
)
# One-word terms: a word of the activity or a verb in -ing that is one of them names a term, not the work.
_TERM_WORDS = tuple(pattern(p) for topic, named in lists.TOPICS.items() if CORE_BY_TOPIC[topic] is False
                    for ps in named.values() for p in ps if " " not in p)
_LIKE_WORDS = tuple(pattern(p) for p in lists.LIKE if " " not in p)
_DURATIONS = tuple(pattern(p) for p in lists.DURATIONS)
_ROLE = re.compile(r"\bbe(?:ing)?\s+(an?\s+(?:[^\W_]+\s+)?[^\W_]+(?:ist|er|or|ant|ary|ian)s?)\b")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    kind: _Kind
    name: str  # what the sentence says the reason named; "" to name it with the person's words

    def overlaps(self, other: _Match) -> bool:
        return self.start < other.end and other.start < self.end


def _stem(word: str) -> str:
    """A light stem, so "calls", "calling" and "call" compare equal."""
    word = word.removesuffix("'s")
    if word in small.IRREGULAR_STEMS:
        return small.IRREGULAR_STEMS[word]
    for suffix, tail in (("ing", ""), ("ies", "y"), ("es", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + tail
            break
    return word.removesuffix("e")


_PLAIN_STEMS = frozenset(_stem(w) for w in small.PLAIN)


def _same(one: str, other: str) -> bool:
    """Two stems of one word: equal, or one a longer form of the other ("teach", "teacher")."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def _is_term(word: str) -> bool:
    """Whether a word on its own names a term of the offer ("nights", "pension")."""
    return any(r.fullmatch(word) for r in _TERM_WORDS)


def _carries(word: str) -> bool:
    """Whether a word can say what the activity is: not a plain word, a number or a term of the offer."""
    stem = _stem(word)
    return len(stem) >= 3 and stem not in _PLAIN_STEMS and not word.isdigit() and not _is_term(word)


def activity_words(activity: str) -> tuple[str, ...]:
    """The words of the main activity that a reason is compared with, in small letters."""
    return tuple(w.group() for w in WORD.finditer(fold(activity)) if _carries(w.group()))


def _excerpt(label: str, start: int, end: int) -> str:
    """What the person typed between two places, as one line; a capital that only opens their
    sentence is made small ("Cleaning" → "cleaning"), one that means something ("UX") stays."""
    shown = " ".join(label[start:end].split())
    first = shown.split(" ", 1)[0]
    return shown[:1].lower() + shown[1:] if start == 0 and first[1:] == first[1:].lower() else shown


def _named(label: str, words: list[re.Match[str]], match: _Match) -> str | None:
    """A match named with the words around it, as its kind allows: up to three words after it
    while they say more about the work (not a term of the offer). For a kind with a plain
    sentence, also the determiner before it ("the team", "a big bank"), and None when what that
    gives would not read as a name inside the sentence ("lending to desperate")."""
    start, end = match.start, match.end
    place = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if place is None:
        return _excerpt(label, start, end) if not match.kind.plain else None
    if match.kind.plain:
        return _as_name(label, words, place, match)
    following = words[place + 1: place + 4] if match.kind.following else []
    for after in (w for w in following if w.start() >= end):
        if _is_term(after.group()) or not (_carries(after.group()) or after.group() in small.BRIDGES):
            break
        if _carries(after.group()):
            end = after.end()
    return _excerpt(label, start, end)


def _apart(label: str, one: re.Match[str], other: re.Match[str]) -> bool:
    """Whether a stop (a comma, a full stop …) stands between two words."""
    return any(c in ",;:.!?()\n" for c in label[one.end():other.start()])


def _ends_a_name(word: str) -> bool:
    """Whether a word after a name starts something else: a verb in -ing, a word of manner, a
    describing word, a verb or a contraction ("the work itself bores me", "customer service isn't")."""
    return (word.endswith(("ing", "n't", "'re", "'ll", "'d", "'ve", "'m")) or _manner(word) or _describes(word)
            or word in small.VERBS or word in small.FUNCTION or (word.endswith("ed") and len(word) > 4))


def _manner(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in small.NOT_MANNER


def _describes(word: str) -> bool:
    return (word in small.DESCRIBING or any(r.fullmatch(word) for r in _LIKE_WORDS)
            or (word.endswith(small.DESCRIBING_ENDINGS) and len(word) > 5))


def _cut_short(label: str, words: list[re.Match[str]], last: int) -> bool:
    """Whether the word after ``last`` carries the name on, so ending there cuts it short
    ("lending to desperate | people")."""
    if last + 1 >= len(words) or _apart(label, words[last], words[last + 1]):
        return False
    after, before = words[last + 1].group(), words[last].group()
    return (after in small.PLAIN_NOUNS or (_carries(after) and not _ends_a_name(after))
            or (after.endswith("ing") and not before.endswith("ing") and _carries(before)))  # "lesson | planning"


def _as_name(label: str, words: list[re.Match[str]], place: int, match: _Match) -> str | None:
    """The match as a name the sentence can quote, or None when unsure it reads as one."""
    last = max(i for i, w in enumerate(words) if w.start() < match.end and i >= place)
    first = place
    for back in range(place - 1, max(place - 3, -1), -1):  # "the team", "a big bank"
        if _apart(label, words[back], words[back + 1]):
            break
        before = words[back].group()
        if before in small.DETERMINERS:
            first = back
            break
        if not _describes(before) and (not _carries(before) or _ends_a_name(before)):
            break
    if match.kind.following:  # "selling insurance", "cold calls to strangers"
        end = last
        for after in range(last + 1, min(last + 4, len(words))):
            word = words[after].group()
            if _apart(label, words[after - 1], words[after]):
                break
            if word in small.BRIDGES or _describes(word):  # crossed, never the end ("angry customers")
                continue
            if word in small.CARRIED_ON:  # "a betting company", "lending to desperate people"
                end = after
                break
            if not _carries(word) or _is_term(word) or _ends_a_name(word):
                break
            end = after
        if not _cut_short(label, words, end):
            last = end
    shown = [w.group() for w in words[first: last + 1]]
    ends_well = shown[-1].endswith("ing") or _plural(shown[-1]) or not _cut_short(label, words, last)
    if not ends_well or not _reads_as_name(shown):
        return None
    text = _excerpt(label, words[first].start(), words[last].end())
    return "your" + text[2:] if shown[0] == "my" else text


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and len(word) > 3


def _reads_as_name(shown: list[str]) -> bool:
    """Whether words read as a name inside "It is about {}, …": no negation, no word of manner,
    not opened by a verb or a small word, not ended by a describing or small word, and a thing of
    which there are many ("team", "bank") only after a determiner ("the team")."""
    named = shown[1:] if shown[0] in small.DETERMINERS else shown
    if not named or "itself" in named:  # "the work itself, the work itself"
        return False
    if any(w.endswith("n't") or w in small.NEGATIONS or _manner(w) for w in named):
        return False
    opening, closing = named[0], named[-1]
    if opening in small.FUNCTION or opening in small.VERBS or closing in small.FUNCTION or _describes(closing):
        return False
    if named is shown and opening.endswith("ed"):
        return False
    # "fast fashion brand": one of a kind reads as a name only after a determiner
    return closing not in small.COUNTABLE or any(w in small.DETERMINERS for w in shown)


def _activity_matches(label: str, words: list[re.Match[str]], activity: str) -> Iterator[_Match]:
    """Every run of the reason's words that the activity shares with it."""
    stems = [_stem(w) for w in activity_words(activity)]
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and _carries(word.group()) and any(_same(_stem(word.group()), s) for s in stems):
            run.append(word)
        elif run:
            yield _Match(run[0].start(), run[-1].end(), _AS_ACTIVITY, _excerpt(label, run[0].start(), run[-1].end()))
            run = []


def _doing_matches(label: str, text: str, words: list[re.Match[str]]) -> Iterator[_Match]:
    """What they would be: a role ("be a cashier"), or a verb in -ing that opens the reason or
    follows "I'd be", "just", "hate" …"""
    for role in _ROLE.finditer(text):
        named = role.group(1).split()[1:]
        if not any(_is_term(word) or word in small.NOT_ROLES for word in named):
            yield _Match(role.start(), role.end(), _AS_ROLE, "being " + _excerpt(label, role.start(1), role.end()))
    for place, word in enumerate(words):
        verb = word.group()
        if (verb.endswith("ing") and len(verb) >= 5 and verb not in small.NOT_DOING and not _is_term(verb)
                and not any(r.fullmatch(verb) for r in _LIKE_WORDS)
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
    topic = max(scores, key=lambda t: scores[t])
    best = max((mw for mw in weighed if mw[0].kind.topic is topic), key=lambda mw: (mw[0].kind.names, mw[1]))[0]
    core = CORE_BY_TOPIC[topic]
    words = list(WORD.finditer(text))
    if core is None:
        return Reading(topic, False, False, _why(label, words, best))
    agree = sum(s for t, s in scores.items() if CORE_BY_TOPIC[t] is core)
    against = sum(s for t, s in scores.items() if CORE_BY_TOPIC[t] is not core)
    doubt = any(m.kind.doubt for m, _ in weighed) and topic is Topic.WORKLOAD
    if doubt or agree < _MARGIN * against:
        return Reading(topic, core, False, _UNSURE.format(TOPIC_WORDS[topic]))
    return Reading(topic, core, True, _why(label, words, best))


def read_reason(label: str, activity: str = "") -> tuple[bool, str]:
    """Whether a reason in the person's own words is core of the job, and a sentence saying why."""
    reading = read_words(label, activity)
    return reading.core, reading.why
