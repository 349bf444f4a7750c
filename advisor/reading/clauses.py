"""How much each part of a reason counts: the complaint, not what the person concedes around it.

"I love the work but the pay is low" is about the pay: a clause after "but" carries the
complaint, one opened by "though" or "although" is a concession, a clause that speaks well of
the job ("the store is lovely") is not what bothers the person, words after "it's not about" are
ruled out, and what follows "than" is the yardstick ("worse than my current one"), not the topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from advisor.reading import small_words as small

_FOLD = str.maketrans({"’": "'", "‘": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "/": " "})
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_STOPS = re.compile(r"(?<!\d)[,:.]|[,:.](?!\d)|[;!?()\n]|\s-\s")  # "5:30", "£11.44", "£30,000" are no stops
_SENTENCE_END = frozenset(".!?\n")
_NEGATING = frozenset(("not", "no", "never", "isn't", "don't", "doesn't", "didn't", "wasn't", "aren't",
                       "wouldn't", "won't", "can't", "hardly", "nothing"))

# How much a clause counts: after "but" the complaint (1), what came before it in the sentence
# half, a concession and a good word about the job less.
_BEFORE_TURN = 0.5
_CONCEDED = 0.4
_GOOD_WORDS = 0.3
_YARDSTICK = 0.3


def fold(text: str) -> str:
    """The text in small letters with one kind of apostrophe and hyphens as spaces, as long as the
    text itself, so a match's place is also its place in what the person typed."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text).translate(_FOLD)


def pattern(words: str) -> re.Pattern[str]:
    """A word-list pattern as a regular expression: whole words, ``*`` for any ending."""
    parts = (re.escape(w[:-1]) + r"[^\W_]*" if w.endswith("*") else re.escape(w) for w in words.split())
    return re.compile(r"(?<![^\W_])" + r"\s+".join(parts) + r"(?![^\W_])")


def _alternatives(phrases: Sequence[str]) -> re.Pattern[str]:
    longest_first = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![^\W_'])(?:" + "|".join(pattern(p).pattern for p in longest_first) + r")(?![^\W_])")


_TURNING = _alternatives(small.TURNING)
_CONCEDING = _alternatives(small.CONCEDING)
_GOOD = _alternatives(small.GOOD)
_SKILLED = _alternatives(small.SKILLED)
_NOT_ABOUT = _alternatives(small.NOT_ABOUT)
_COMPARING = _alternatives(small.COMPARING)


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of the reason and how much what it names counts towards the reading."""

    start: int
    end: int
    weight: float
    ruled_out_from: int  # matches starting here or later in the clause do not count
    yardstick_from: int  # matches starting here or later count as a yardstick only

    def counts(self, start: int) -> float:
        """How much a match starting at ``start`` (inside this clause) counts."""
        if start >= self.ruled_out_from:
            return 0.0
        return self.weight * (_YARDSTICK if start >= self.yardstick_from else 1.0)


def _negated(text: str, start: int) -> bool:
    """Whether one of the two words before ``start`` negates what follows ("not great")."""
    return any(w in _NEGATING for w in WORD.findall(text[:start])[-2:])


def _speaks_well(text: str, start: int, end: int) -> bool:
    """Whether a clause speaks well of the job: a good word not negated, and not one about the
    person ("I'd be good at it")."""
    skilled = [m.start() for m in _SKILLED.finditer(text, start, end)]
    return any(not _negated(text, m.start()) and m.start() not in skilled for m in _GOOD.finditer(text, start, end))


def _ruled_out_from(found: re.Match[str]) -> int:
    """Where what "it's not about" rules out begins: after it, or at its closing "the", so that
    "not the work" rules out "the work" too."""
    return found.end() - len("the") if found.group().endswith(" the") else found.end()


def clauses(text: str) -> list[Clause]:
    """The clauses of a folded reason with their weights, in order."""
    cuts: list[tuple[int, int, str]] = [(m.start(), m.end(), "stop" if m.group() not in _SENTENCE_END else "end")
                                        for m in _STOPS.finditer(text)]
    cuts += [(m.start(), m.end(), "turn") for m in _TURNING.finditer(text)]
    cuts += [(m.start(), m.end(), "concede") for m in _CONCEDING.finditer(text)]
    cuts.sort()
    found: list[tuple[int, int, str]] = []  # start, end, how it was opened
    place, opened = 0, "start"
    for start, end, kind in cuts:
        if start < place:
            continue
        found.append((place, start, opened))
        place, opened = end, kind
    found.append((place, len(text), opened))
    weights = [_CONCEDED if opened == "concede" else 1.0 for _, _, opened in found]
    for i, (_, _, opened) in enumerate(found):
        if opened == "turn":
            j = i - 1
            while j >= 0 and found[j + 1][2] != "end":
                weights[j] *= _BEFORE_TURN
                j -= 1
    result = []
    for (start, end, _), weight in zip(found, weights, strict=True):
        if _speaks_well(text, start, end):
            weight *= _GOOD_WORDS
        ruled_from = next((_ruled_out_from(m) for m in _NOT_ABOUT.finditer(text, start, end)), end + 1)
        yardstick_from = next((m.end() for m in _COMPARING.finditer(text, start, end)), end + 1)
        result.append(Clause(start, end, weight, ruled_from, yardstick_from))
    return result
