"""The panel's checks, each returning the problems it finds (none is a pass).

The tests assert that each list is empty; the scorecard counts them. Kept apart from both so
the two never judge by different rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from advisor.case.models import Case
from advisor.judgement.scoring import VERDICT_TITLES, Verdict
from tests.unit.panel.build import typed_texts
from tests.unit.panel.personas import Persona

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
ANCHOR_WORDS = 4  # how many opening words of a typed text mark a place where it is quoted
RUN = 4  # a run of this many words of a complaint inside a question is the complaint pasted in
SHARED_RUN = 5  # a run of this many words found in every report is text every report shares


def words(text: str) -> list[str]:
    """Lower-cased word tokens; curly apostrophes read as straight ones."""
    return _WORD.findall(text.lower().replace("’", "'"))


def _bare(text: str) -> str:
    """A typed text without its closing full stop: quoting a sentence inside another drops it."""
    return text.strip().rstrip(".!")


def verdict_problems(p: Persona, got: Verdict) -> list[str]:
    if p.accepts(got):
        return []
    wanted = " or ".join(VERDICT_TITLES[v] for v in (p.expected, *sorted(p.also_fine)))
    return [f"verdict “{VERDICT_TITLES[got]}”, the article says “{wanted}” ({p.coach_says})"]


def forbidden_hits(p: Persona, texts: Mapping[str, str]) -> list[str]:
    return [f"{key}: /{pattern}/ matched “{m.group(0)}”" for pattern in p.forbidden
            for key, text in texts.items() if (m := re.search(pattern, text))]


def without_typed(text: str, case: Case) -> str:
    """The advice with the person's own words taken out, so only the app's words are left."""
    for typed in sorted(typed_texts(case), key=len, reverse=True):
        text = text.replace(_bare(typed), " ")
    return text


def missing_mentions(p: Persona, case: Case, texts: Mapping[str, str]) -> list[str]:
    """``must_mention`` patterns found nowhere in the app's own words."""
    own = "\n".join(without_typed(t, case) for t in texts.values())
    return [f"nothing says /{pattern}/" for pattern in p.must_mention if not re.search(pattern, own)]


def spliced_text(case: Case, texts: Mapping[str, str]) -> list[str]:
    """Typed text appears only whole and exactly as typed.

    Wherever a typed text's opening words (its first four, or all of a shorter one) appear,
    compared case-insensitively, the whole text (without its closing full stop) must follow
    exactly as typed: a lower-cased quote ("through i'd actually enjoy …"), one cut off mid-way,
    or one with characters escaped inside it fails.
    """
    problems = []
    typed_all = typed_texts(case)
    for typed in typed_all:
        whole = _bare(typed)
        opening = " ".join(whole.split()[:ANCHOR_WORDS])
        for key, text in texts.items():
            inside = _spans(text, [t for t in typed_all if t != typed])
            for m in re.finditer(re.escape(opening), text, re.IGNORECASE):
                if any(start <= m.start() < end for start, end in inside):
                    continue  # the words are part of another typed text, quoted whole ("A phased return: four days …")
                if not text.startswith(whole, m.start()):
                    shown = text[m.start():m.start() + len(whole) + 10].replace("\n", " ")
                    problems.append(f"{key}: “{typed}” shown as “{shown}”")
    return problems


def _spans(text: str, typed: list[str]) -> list[tuple[int, int]]:
    """Where each of these typed texts stands whole, as typed, in the text."""
    return [(m.start(), m.end()) for t in typed if (bare := _bare(t)) for m in re.finditer(re.escape(bare), text)]


def pasted_into_questions(case: Case, texts: Mapping[str, str]) -> list[str]:
    """No question for the interviewers holds a reason's label or a run of four of its words."""
    problems = []
    for question in texts.get("questions", "").splitlines():
        q = " ".join(words(question))
        for reason in case.reasons:
            label = words(reason.label)
            runs = {" ".join(label[i:i + RUN]) for i in range(len(label) - RUN + 1)} or {" ".join(label)}
            if reason.catalog_id is None and any(f" {run} " in f" {q} " for run in runs):
                problems.append(f"“{question}” pastes in “{reason.label}”")
    return problems


_DECLINES = re.compile(r"(?i)withdraw|declin|not the right match|isn't the right match|won't be taking")
_HEADING = re.compile(r"^#{1,6}\s")
_ASKS = re.compile(r"(?i)\basks\b")  # "Asks, in order", "Your asks"; not "Questions to ask them"
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?!none\b)", re.IGNORECASE)


def asks_against_closing(texts: Mapping[str, str]) -> list[str]:
    """When the closing line withdraws or declines, the report lists no asks to put to them.

    Simple on purpose: if ``closing_line`` says withdraw/decline, any report section whose heading
    names asks (plural: "Asks, in order") must hold no list items, unless that section says they
    matter "only if" something changes (the core could change, say). A "- none" item is no ask.
    """
    if not _DECLINES.search(texts.get("closing_line", "")):
        return []
    problems, heading, items, section = [], "", 0, ""

    def close() -> None:
        if _ASKS.search(heading) and items and "only if" not in section.lower():
            problems.append(f"closing line withdraws, yet “{heading.strip('# ')}” lists {items} ask(s)")

    for line in texts.get("report", "").splitlines():
        if _HEADING.match(line):
            close()
            heading, items, section = line, 0, ""
        else:
            items += bool(_ITEM.match(line))
            section += line + "\n"
    close()
    return problems


# A backslash before a character that needs none where it stands. Needed: `+`, `-`, `#`, `=`
# opening a line's text and followed by a space (a list item, heading or underline); `.` and `)`
# after the number opening a line (an ordered list); `!` before `[` (an image). Never needed:
# `%`, `@`, `:`, `;`, `,`, `?`, quotes, `/`, `(` except after `]` (a link), and the others elsewhere.
_NEEDED = re.compile(r"^(\s*(?:[-*+>]\s+)*)(?:\\[+\-#=](?=\s|$)|\d+\\[.)])")
_NEEDLESS = re.compile(r"\\[%@:;,?'\"/+\-#=.)]|(?<!\])\\\(|\\!(?!\[)")


def needless_escapes(texts: Mapping[str, str]) -> list[str]:
    """Text a person reads shows no Markdown escape it doesn't need, and no "(in your currency)".

    The report is Markdown read as plain text too, so outside code a backslash may stand only
    where the next character would otherwise start markup (see ``_NEEDLESS``); the other texts
    are plain sentences and may hold none of those escapes either.
    """
    problems = []
    for key, text in texts.items():
        fenced = False
        for line in text.splitlines():
            if line.lstrip().startswith("```"):
                fenced = not fenced
            if fenced:
                continue
            plain = _NEEDED.sub(r"\1", re.sub(r"`[^`]*`", "", line))
            found = [m.group(0) for m in _NEEDLESS.finditer(plain)]
            if found:
                problems.append(f"{key}: {' '.join(found)} in “{line.strip()[:80]}”")
            if "(in your currency)" in line:
                problems.append(f"{key}: “(in your currency)” in “{line.strip()[:80]}”")
    return problems


_DISHONEST = re.compile(r"(?i)isn't honest|not honest yet|be honest with yourself")


def calls_dishonest(texts: Mapping[str, str]) -> list[str]:
    """The gut check never suggests the person is dishonest (issue 31, point 2)."""
    return [f"{key}: “{m.group(0)}”" for key, text in texts.items() if (m := _DISHONEST.search(text))]


# A sentence that ends on a quoted sentence and then again: “… far.”.
_TWICE_ENDED = re.compile(r"[.!?][”’\"]\s*[.!?]")


def ended_twice(texts: Mapping[str, str]) -> list[str]:
    """A quoted sentence of the person's closes the app's sentence too; a second stop reads as a slip."""
    return [f"{key}: “{line.strip()[:80]}”" for key, text in texts.items() for line in text.splitlines()
            if _TWICE_ENDED.search(line)]


# A limit set as a thing to be offered: "If they can't offer at least “Less than 2,800 a month net”".
_LIMIT_AS_OFFER = re.compile(r"(?i)at least “\W*(?:no|not|never|nothing|less|fewer|below|under)\b")


def limit_as_offer(texts: Mapping[str, str]) -> list[str]:
    """A walk-away line written as a limit, wrapped in a sentence that asks for it as a minimum."""
    return [f"{key}: “{line.strip()[:80]}”" for key, text in texts.items() for line in text.splitlines()
            if _LIMIT_AS_OFFER.search(line)]


def verdict_late(report: str, verdict: Verdict) -> list[str]:
    """The report's first 60 words hold the verdict's title (compared word by word)."""
    first, title = words(report)[:60], words(VERDICT_TITLES[verdict])
    spans = (first[i:i + len(title)] for i in range(len(first) - len(title) + 1))
    return [] if title in spans else [f"“{VERDICT_TITLES[verdict]}” is not in the report's first 60 words"]


def shared_share(example: str, others: Sequence[str]) -> float:
    """The share of the example report's words that every other report repeats.

    Method: the example report's lower-cased word tokens; a token counts as shared when it lies
    in a run of ``SHARED_RUN`` (5) consecutive tokens that occurs, as a run of tokens, in every
    other persona's report. Shared tokens / all tokens. Single words are not compared one by one,
    because "the", "you" and "to" are in every English text; what the issue measures is text
    repeated in every report (the checklist, the footer), and that comes in runs.
    """
    tokens = words(example)
    grams = [set(_runs(words(o))) for o in others]
    shared = [False] * len(tokens)
    for i, run in enumerate(_runs(tokens)):
        if all(run in g for g in grams):
            shared[i:i + SHARED_RUN] = [True] * SHARED_RUN
    return sum(shared) / len(tokens) if tokens else 0.0


def _runs(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + SHARED_RUN]) for i in range(len(tokens) - SHARED_RUN + 1)]
