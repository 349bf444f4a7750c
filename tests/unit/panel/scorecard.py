"""The panel's scorecard: per persona the article's verdict, the app's, and what went wrong.

Run ``.venv/bin/python -m tests.unit.panel.scorecard``; it prints one row per persona, the
overall "N of M" with the article's verdict, and how often each sentence check fails, first for
the panel the model was tuned against, then for the held-out, review and fresh panels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from advisor.case.examples import example_case
from advisor.documents.report import to_markdown
from advisor.judgement.scoring import evaluate
from tests.unit.panel import checks
from tests.unit.panel.build import advice_texts, persona_case
from tests.unit.panel.fresh_personas import FRESH_PANEL
from tests.unit.panel.held_out_personas import HELD_OUT_PANEL
from tests.unit.panel.personas import PANEL, Persona
from tests.unit.panel.review_personas import REVIEW_PANEL


def _table(panel: Sequence[Persona]) -> tuple[int, Counter[str], list[str]]:
    """Print one row per persona; return how many got the article's verdict, how many personas
    fail each check, and their reports."""
    right, failing, reports = 0, Counter[str](), []
    print(f"{'persona':32} {'expected':11} {'got':11} {'forbidden':>9}  other checks failing")
    for p in panel:
        case = persona_case(p)
        got = evaluate(case, flip=False).verdict
        texts = advice_texts(case)
        reports.append(texts["report"])
        right += p.accepts(got)
        found = {
            "verdict": checks.verdict_problems(p, got),
            "forbidden": checks.forbidden_hits(p, texts),
            "must_mention": checks.missing_mentions(p, case, texts),
            "spliced": checks.spliced_text(case, texts),
            "pasted_question": checks.pasted_into_questions(case, texts),
            "asks_vs_closing": checks.asks_against_closing(texts),
            "escapes": checks.needless_escapes(texts),
            "dishonest": checks.calls_dishonest(texts),
            "verdict_late": checks.verdict_late(texts["report"], got),
            "ended_twice": checks.ended_twice(texts),
        }
        failing.update(name for name, problems in found.items() if problems)
        expected = p.expected.value + ("+" if p.also_fine else "")
        others = ", ".join(name for name, problems in found.items()
                           if problems and name not in ("verdict", "forbidden"))
        print(f"{p.id:32} {expected:11} {got.value:11} {len(found['forbidden']):>9}  {others}")
    return right, failing, reports


def _failing_line(failing: Counter[str]) -> str:
    return "Personas failing each check: " + ", ".join(f"{name} {n}" for name, n in failing.most_common())


def main() -> None:
    right, failing, reports = _table(PANEL)
    example = to_markdown(example_case())
    print(f"\nThe article's verdict: {right} of {len(PANEL)} personas.")
    print(f"Example report: {len(checks.words(example))} words (at most 400); "
          f"{checks.shared_share(example, reports):.0%} shared with every persona's report (at most 15 %).")
    print(_failing_line(failing))

    for name, panel in (("held-out panel", HELD_OUT_PANEL), ("review panel", REVIEW_PANEL),
                        ("fresh panel", FRESH_PANEL)):
        print(f"\nThe {name}:")
        other_right, other_failing, _ = _table(panel)
        print(f"\nThe article's verdict on the {name}: {other_right} of {len(panel)} personas.")
        print(_failing_line(other_failing))


if __name__ == "__main__":
    main()
