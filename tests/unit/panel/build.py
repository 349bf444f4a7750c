"""A persona's case built the way the app builds it, and every sentence the app writes for it.

``persona_case`` sorts each reason as the app would: a catalogue reason by the catalogue, an own
one by the topic reader, and, where the reader is unsure, by what this person answers to the
article's test. ``advice_texts`` gathers the advice from the functions the pages call, looked up
by name so that a function the app does not have (yet, or any more) is left out instead of
breaking the panel; add a new surface to ``SOURCES``.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Callable, Iterable
from typing import Any

from advisor.article.factors import Kind
from advisor.article.reasons import suggest_kind
from advisor.case.models import Case, Job, Reason
from advisor.case.pros import Pro
from advisor.judgement.scoring import VERDICT_TITLES, Assessment, evaluate
from advisor.reading.topics import read
from tests.unit.panel.fresh_personas import FRESH_PANEL
from tests.unit.panel.held_out_personas import HELD_OUT_PANEL
from tests.unit.panel.personas import PANEL, Persona, Why
from tests.unit.panel.review_personas import REVIEW_PANEL

# The people both coaches judged (``second_opinion.tsv``); the fresh eight had one blind coach only.
JUDGED_TWICE = (*PANEL, *HELD_OUT_PANEL, *REVIEW_PANEL)
# Every panel together: the tuning one, the held-out one, the review's and the fresh eight.
EVERYONE = (*JUDGED_TWICE, *FRESH_PANEL)


def sorted_kind(why: Why, activity: str) -> tuple[Kind, bool]:
    """The kind the app would give this reason, and whether the person settled it by answering
    the article's test (the app asks only when its reading is unsure)."""
    if why.catalog_id is not None:
        return suggest_kind(why.label, activity, why.catalog_id)[0], False
    reading = read(why.label, activity)
    if reading.sure:
        return (Kind.CORE if reading.core else Kind.NEGOTIABLE), False
    return (Kind.NEGOTIABLE if why.could_change else Kind.CORE), True


def persona_case(p: Persona) -> Case:
    """The case this person ends up with after the job page, Why not and Sort.

    Job answers they would not give stay at the model's defaults; an ask, a walk-away line and
    odds are filled in only where the reason was sorted negotiable, the only place Sort asks.
    """
    given = {k: v for k, v in dataclasses.asdict(p.answers).items() if v is not None}
    job = Job(title=p.title, company=p.company, activity=p.activity, first_name=p.first_name, **given)
    reasons = []
    for n, why in enumerate(p.reasons):
        kind, settled = sorted_kind(why, p.activity)
        terms: dict[str, Any] = {}
        if kind is Kind.NEGOTIABLE:
            terms = {"ask": why.ask, "walk_away": why.walk_away}
            if why.odds is not None:
                terms["odds"] = why.odds
        reasons.append(Reason(id=n, label=why.label, severity=why.severity, kind=kind,
                              catalog_id=why.catalog_id, settled=settled, **terms))
    pros = [Pro(id=n, label=like.label, weight=like.weight) for n, like in enumerate(p.pros)]
    return Case(id=f"panel-{p.id}"[:24].rstrip("-"), job=job, reasons=reasons, pros=pros)


def person(persona_id: str) -> Case:
    """A persona's case by id, from any of the three panels."""
    return persona_case(next(p for p in EVERYONE if p.id == persona_id))


def torn_tomasz() -> Case:
    """Tomasz, were the move to a town where he knows nobody to bother him more (7) than the work
    (5): then what weighs most that no offer changes is a price of his own life, not the job, and
    his unanswered "how hard do you find it to sell yourself?" could still turn his skip into a
    close call. As written, a strong objection to the work keeps it a skip whatever he answers."""
    tomasz = person("tomasz_far_and_costly")
    work, move = tomasz.reasons
    return tomasz.model_copy(update={"reasons": [work.model_copy(update={"severity": 5}),
                                                 move.model_copy(update={"severity": 7})]})


def typed_texts(case: Case) -> list[str]:
    """What the person typed that the advice may quote: own-word reasons, pros, asks and
    walk-away lines (catalogue labels are the app's words, not theirs)."""
    texts = [r.label for r in case.reasons if r.catalog_id is None]
    texts += [t for r in case.reasons for t in (r.ask, r.walk_away)]
    texts += [pro.label for pro in case.pros]
    return [t for t in texts if t]


# --- gathering the advice -------------------------------------------------------------------

def _text(value: object) -> str:
    """Any result as the text a person reads: a string as it is, a sentence-bearing object by its
    ``sentence``, a dataclass by its text fields, a list line by line."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Iterable):
        return "\n".join(t for t in map(_text, value) if t)
    sentence = getattr(value, "sentence", None)
    if isinstance(sentence, str):
        return sentence
    if dataclasses.is_dataclass(value):
        return "\n".join(v for f in dataclasses.fields(value) if f.name != "id"
                         and isinstance(v := getattr(value, f.name), str) and not _is_enum(v))
    return str(value)


def _is_enum(value: str) -> bool:
    return type(value) is not str  # a StrEnum member is a code ("negotiate"), not a sentence


def _verdict(a: Assessment) -> str:
    return f"{VERDICT_TITLES[a.verdict]} — {a.reason}"


def _options(options: Iterable[Any]) -> str:
    return "\n".join(f"{o.title} — {getattr(o, 'verdict', '')}. {getattr(o, 'why', '')}" for o in options)


# (key, module, function, how its result reads); a function missing from its module is skipped.
SOURCES: tuple[tuple[str, str, str, Callable[[Any], str]], ...] = (
    ("report", "advisor.documents.report", "to_markdown", _text),
    ("gut_check", "advisor.judgement.explain", "gut_check", _text),
    ("what_would_change", "advisor.judgement.changes", "what_would_change", _text),
    ("nerves_note", "advisor.judgement.changes", "nerves_note", _text),
    ("options", "advisor.judgement.options", "evaluate_options", _options),
    ("next_move", "advisor.judgement.options", "next_move", _text),
    ("next_move", "advisor.judgement.next_move", "next_move", _text),
    ("next_move", "advisor.documents.plan", "next_move", _text),
    ("headline", "advisor.judgement.scoring", "headline", _text),
    ("headline", "advisor.judgement.in_words", "headline", _text),
    ("closing_line", "advisor.documents.plan", "closing_line", _text),
    ("questions", "advisor.documents.plan", "questions", _text),
    ("cost_reminder", "advisor.documents.plan", "cost_reminder", _text),
    ("defaults", "advisor.judgement.progress", "middle_values", _text),
)


def _find(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError:
        return None
    return found if callable(found) else None


def _call(function: Callable[..., Any], case: Case, assessment: Assessment) -> Any:
    """Call with the case, and the assessment too when the function takes a second argument."""
    required = [p for p in inspect.signature(function).parameters.values()
                if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return function(case, assessment) if len(required) >= 2 else function(case)


def advice_texts(case: Case) -> dict[str, str]:
    """Every piece of advice the app writes for this case, by where it appears.

    Keys: ``verdict`` (title and reason), ``flip``, ``walk_away``, ``sort_notes`` and those of
    ``SOURCES`` that exist (``report``, ``gut_check``, ``what_would_change``, ``options``,
    ``closing_line``, ``questions`` (one per line) …); an empty text is left out.
    """
    from advisor.article.reasons import sort_note
    from advisor.documents.plan import walk_away_line

    assessment = evaluate(case)
    texts = {
        "verdict": _verdict(assessment),
        "flip": assessment.flip.description if assessment.flip else "",
        "walk_away": _text([walk_away_line(r) for r in case.reasons]),
        "sort_notes": _text([sort_note(r.label, r.catalog_id, r.kind, case.job.activity, r.settled)
                             for r in case.reasons]),
    }
    for key, module, name, render in SOURCES:
        function = _find(module, name)
        if function is not None:
            texts[key] = "\n".join(t for t in (texts.get(key, ""), render(_call(function, case, assessment))) if t)
    return {k: v for k, v in texts.items() if v}
