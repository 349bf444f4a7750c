"""The panel (issue 31, point 7): every persona gets the article's verdict and only true sentences.

Each persona's case is built as the app builds it (``build.persona_case``) and judged by the
rules of ``checks``; a failure names the persona and quotes the sentence at fault.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.report import to_markdown
from advisor.judgement.scoring import Verdict, evaluate
from tests.unit.panel import checks
from tests.unit.panel.build import EVERYONE, JUDGED_TWICE, advice_texts, persona_case, typed_texts
from tests.unit.panel.fresh_personas import FRESH_PANEL
from tests.unit.panel.held_out_personas import HELD_OUT_PANEL
from tests.unit.panel.personas import PANEL, Persona
from tests.unit.panel.review_personas import REVIEW_PANEL

EXAMPLE_WORDS = 400
SHARED_AT_MOST = 0.15
# Every sentence check runs over all three panels: the tuning one, the held-out one and the review's.
by_persona = pytest.mark.parametrize("p", EVERYONE, ids=[p.id for p in EVERYONE])
# Where the app's verdict still differs from the article's, and why: issue 31 stays open on these.
# Strict, so a change that gives the article's verdict fails here until its line is taken out.
STILL_DIFFERENT: dict[str, str] = {
    "joao_two_minds": "go and negotiate (+0.30), not a close call: the pros every interview brings outweigh one "
                      "negotiable commute and a like-for-like move",
    "jessie_fifo_perth_flights": "go and negotiate (+0.13), not skip: her grandmother's dialysis (9 of 10) is a "
                                 "price of her own life that the pay (8 of 10) may be worth; only a deal-breaker "
                                 "(10) rules a job out for such a reason, and at 7 one rules out Ana's, whose "
                                 "coach says go",
}
# Where the advice does not yet say what a persona needs said, and why.
STILL_UNSAID: dict[str, str] = {}


def _with_known(panel: tuple[Persona, ...], known: dict[str, str] = STILL_DIFFERENT) -> list[object]:
    return [pytest.param(p, id=p.id, marks=pytest.mark.xfail(strict=True, reason=known[p.id]))
            if p.id in known else pytest.param(p, id=p.id) for p in panel]


@cache
def _texts(persona_id: str) -> dict[str, str]:
    p = next(p for p in EVERYONE if p.id == persona_id)
    return advice_texts(persona_case(p))


def _problems(found: list[str]) -> str:
    return "\n".join(found)


def test_the_panel_is_as_the_brief_asks() -> None:
    """At least 22 people, ids unique, at most 4 with a second acceptable verdict, every verdict
    represented."""
    assert len(PANEL) >= 22
    assert len({p.id for p in PANEL}) == len(PANEL)
    assert sum(bool(p.also_fine) for p in PANEL) <= 4
    assert {p.expected for p in PANEL} == set(Verdict)


def test_the_held_out_panel_is_apart() -> None:
    """Twelve new people, none of them in the tuning panel, at most 3 with a second acceptable
    verdict."""
    assert len(HELD_OUT_PANEL) >= 12
    assert len({p.id for p in HELD_OUT_PANEL}) == len(HELD_OUT_PANEL)
    assert not {p.id for p in HELD_OUT_PANEL} & {p.id for p in PANEL}
    assert sum(bool(p.also_fine) for p in HELD_OUT_PANEL) <= 3


@by_persona
def test_forbidden_sentences_are_about_the_apps_words(p: Persona) -> None:
    """A persona's forbidden patterns never match what the person typed, so a hit is the app's."""
    typed = "\n".join(typed_texts(persona_case(p)))
    assert not [f for f in p.forbidden if re.search(f, typed)]


@pytest.mark.parametrize("p", _with_known(PANEL))
def test_verdict_is_the_articles(p: Persona) -> None:
    got = evaluate(persona_case(p), flip=False).verdict
    assert not (found := checks.verdict_problems(p, got)), _problems(found)


@pytest.mark.parametrize("p", _with_known(HELD_OUT_PANEL))
def test_held_out_persona_gets_the_articles_verdict(p: Persona) -> None:
    """The same check on people the model was not tuned against (``held_out_personas``)."""
    got = evaluate(persona_case(p), flip=False).verdict
    assert not (found := checks.verdict_problems(p, got)), _problems(found)


@pytest.mark.parametrize("p", _with_known(REVIEW_PANEL))
def test_review_persona_gets_the_articles_verdict(p: Persona) -> None:
    """The review's eight (``review_personas``): 5 of 8 at their first run, before the fixes made
    with them in view."""
    got = evaluate(persona_case(p), flip=False).verdict
    assert not (found := checks.verdict_problems(p, got)), _problems(found)


@pytest.mark.parametrize("p", _with_known(FRESH_PANEL))
def test_fresh_persona_gets_the_articles_verdict(p: Persona) -> None:
    """The same check on sixteen people written and judged blind after the others, in two rounds
    (``fresh_personas``): 4 of 8 and then 6 of 8 at their first runs."""
    got = evaluate(persona_case(p), flip=False).verdict
    assert not (found := checks.verdict_problems(p, got)), _problems(found)


# A second coach's verdicts, given blind on 7 December 2026: from the article and each person's story,
# answers, reasons and pros only, without sight of the app, its code or the verdicts above.
SECOND_OPINION = Path(__file__).with_name("second_opinion.tsv")


@cache
def _judged() -> tuple[dict[str, str], ...]:
    with SECOND_OPINION.open(encoding="utf-8") as rows:
        return tuple(csv.DictReader(rows, delimiter="\t"))


def _second_opinion() -> dict[str, set[Verdict]]:
    return {row["id"]: {Verdict(row["verdict"])} | ({Verdict(row["also"])} if row["also"] != "-" else set())
            for row in _judged()}


def test_the_second_opinion_judged_everyone_with_a_reason() -> None:
    judged = _judged()
    assert sorted(row["id"] for row in judged) == sorted(p.id for p in JUDGED_TWICE)
    assert all(len(row["why"].split()) >= 8 for row in judged)


@pytest.mark.parametrize("p", JUDGED_TWICE, ids=[p.id for p in JUDGED_TWICE])
def test_the_verdict_is_one_a_coach_gave(p: Persona) -> None:
    """Where two coaches read the article differently, the app gives one of their verdicts: João's
    "go and negotiate" is the second coach's first choice (a close call its second)."""
    got = evaluate(persona_case(p), flip=False).verdict
    assert p.accepts(got) or got in _second_opinion()[p.id]


def test_the_splice_check_can_fail() -> None:
    """A typed text lower-cased or cut into a sentence is found; one quoted whole inside another
    typed text is not a splice."""
    case = Case.model_validate({"reasons": [
        {"label": "I enjoy the analysis work", "severity": 5},
        {"label": "Full-time only", "severity": 5, "ask": "Four days a week", "walk_away": "A phased return: four "
                                                                                       "days a week for now"}]})
    assert checks.spliced_text(case, {"why": "Going pays off through i enjoy the analysis work."})
    assert not checks.spliced_text(case, {"why": "Ask for “Four days a week”; at least “A phased return: four days "
                                                 "a week for now”."})


@by_persona
def test_no_forbidden_sentence(p: Persona) -> None:
    assert not (found := checks.forbidden_hits(p, _texts(p.id))), _problems(found)


@pytest.mark.parametrize("p", _with_known(EVERYONE, STILL_UNSAID))
def test_the_advice_names_what_matters(p: Persona) -> None:
    assert not (found := checks.missing_mentions(p, persona_case(p), _texts(p.id))), _problems(found)


@by_persona
def test_typed_text_is_quoted_whole_and_as_typed(p: Persona) -> None:
    assert not (found := checks.spliced_text(persona_case(p), _texts(p.id))), _problems(found)


@by_persona
def test_no_complaint_pasted_into_a_question(p: Persona) -> None:
    assert not (found := checks.pasted_into_questions(persona_case(p), _texts(p.id))), _problems(found)


@by_persona
def test_no_asks_after_a_withdrawal(p: Persona) -> None:
    assert not (found := checks.asks_against_closing(_texts(p.id))), _problems(found)


@by_persona
def test_plain_text_reads_plain(p: Persona) -> None:
    assert not (found := checks.needless_escapes(_texts(p.id))), _problems(found)


@by_persona
def test_nobody_is_called_dishonest(p: Persona) -> None:
    assert not (found := checks.calls_dishonest(_texts(p.id))), _problems(found)


@by_persona
def test_no_sentence_ends_twice(p: Persona) -> None:
    assert not (found := checks.ended_twice(_texts(p.id))), _problems(found)


@by_persona
def test_no_limit_is_asked_for_as_a_minimum(p: Persona) -> None:
    assert not (found := checks.limit_as_offer(_texts(p.id))), _problems(found)


@by_persona
def test_the_report_opens_with_the_verdict(p: Persona) -> None:
    case = persona_case(p)
    found = checks.verdict_late(_texts(p.id)["report"], evaluate(case, flip=False).verdict)
    assert not found, _problems(found)


def test_the_example_report_is_short() -> None:
    assert len(checks.words(to_markdown(example_case()))) <= EXAMPLE_WORDS


def test_the_example_report_is_its_own() -> None:
    """At most 15 % of the example report's words are text every persona's report repeats
    (method: ``checks.shared_share``)."""
    share = checks.shared_share(to_markdown(example_case()), [_texts(p.id)["report"] for p in PANEL])
    assert share <= SHARED_AT_MOST, f"{share:.0%} of the example report is in every persona's report"
