"""The Interview Advisor's domain: pure Python, usable without Streamlit.

Everything that decides, scores, encodes or writes lives here so that a notebook, a command
line or a test can use it; the Streamlit pages only lay out widgets around it. The packages
draw the architecture, each using only those listed before it:

- ``reading``: a person's own words (typed text cleaned, a reason read for what it is about);
- ``article``: what the article gives us (its arguments, the common reasons, the checklist);
- ``case``: the case itself, one validated model in parts, and the words for its fixed answers;
- ``editing``: every change of a case: the owner's edits, mentor reviews, what opening a link does;
- ``judgement``: strengths, the balance and verdict, options, what would change it, the quick check;
- ``practice``: the common interview questions, the hints a case gives for the hard ones, and
  rehearsing them (its catalogue, ``practice.questions``, stands with ``article``'s: the case names
  its chosen questions by id; the hints and the rehearsal use the case and the judgement);
- ``sharing``: the link codec, locking, what a link carries, the journal file;
- ``documents``: the game plan, the report, the PDF brief with its cue cards, the calendar file, the charts.

The names below are the public surface; they load on first use, so importing one part (the
model, say) does not load the charts or the PDF writer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from advisor.article.factors import FACTORS, Factor, Kind, Side
    from advisor.article.reasons import REASONS, suggest_kind
    from advisor.case.examples import example_case
    from advisor.case.models import Case, Job, Reason, Review
    from advisor.documents.brief import to_pdf
    from advisor.documents.calendar import to_ics
    from advisor.documents.charts import balance_chart
    from advisor.documents.report import to_markdown
    from advisor.errors import ShareLinkError, UnreadableInput
    from advisor.judgement.options import evaluate_options
    from advisor.judgement.scoring import Assessment, Verdict, evaluate
    from advisor.practice.hints import hint
    from advisor.practice.questions import QUESTIONS, Question
    from advisor.sharing.codec import decode, encode, from_json, to_json

_WHERE = {
    "FACTORS": "article.factors", "Factor": "article.factors", "Kind": "article.factors", "Side": "article.factors",
    "REASONS": "article.reasons", "suggest_kind": "article.reasons",
    "example_case": "case.examples",
    "Case": "case.models", "Job": "case.models", "Reason": "case.models", "Review": "case.models",
    "to_pdf": "documents.brief", "to_ics": "documents.calendar", "balance_chart": "documents.charts",
    "to_markdown": "documents.report",
    "ShareLinkError": "errors", "UnreadableInput": "errors",
    "evaluate_options": "judgement.options",
    "Assessment": "judgement.scoring", "Verdict": "judgement.scoring", "evaluate": "judgement.scoring",
    "QUESTIONS": "practice.questions", "Question": "practice.questions", "hint": "practice.hints",
    "decode": "sharing.codec", "encode": "sharing.codec", "from_json": "sharing.codec", "to_json": "sharing.codec",
}

__all__ = [
    "FACTORS",
    "QUESTIONS",
    "REASONS",
    "Assessment",
    "Case",
    "Factor",
    "Job",
    "Kind",
    "Question",
    "Reason",
    "Review",
    "ShareLinkError",
    "Side",
    "UnreadableInput",
    "Verdict",
    "balance_chart",
    "decode",
    "encode",
    "evaluate",
    "evaluate_options",
    "example_case",
    "from_json",
    "hint",
    "suggest_kind",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_pdf",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module 'advisor' has no attribute {name!r}")
    return getattr(importlib.import_module(f"advisor.{_WHERE[name]}"), name)
