"""The PDF brief: one page whatever the case holds, user text drawn as typed, never a crash."""

from __future__ import annotations

import datetime
import io
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader

from advisor.article.factors import FACTORS, Kind
from advisor.case.base import MAX_REASONS
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.pros import MAX_PROS, Pro
from advisor.documents.brief import MAX_ASKS, MAX_BARS, to_pdf
from advisor.documents.pdf_page import ELLIPSIS, LINE, REPLACEMENT
from advisor.documents.plan import CHECKLIST, asks_in_order
from advisor.judgement.defaults import verdict_ready
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from tests.unit.strategies import cases


def baselines(pdf: bytes) -> list[float]:
    """Where each piece of text of the first page sits, in points from the bottom, lowest first."""
    found: list[float] = []
    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, font, size: found.append(tm[5] * cm[3] + cm[5]) if text.strip() else None)
    return sorted(found)


def read(pdf: bytes) -> tuple[int, str]:
    """The page count and the text of the first page, as a PDF reader extracts it."""
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), reader.pages[0].extract_text()


def with_job(case: Case, **changes: object) -> Case:
    return case.model_copy(update={"job": case.job.model_copy(update=changes)})


def fullest_case() -> Case:
    """Every section at its largest: the longest, widest texts the model takes, the most asks and
    own pros, every item ticked (wide letters, so each line is as full as a line gets)."""
    longest = {"ask": "W" * 100, "walk_away": "W" * 100}
    reasons = [{"label": f"{n:02d}" + "W" * 78, "kind": Kind.NEGOTIABLE, "odds": 90, "severity": 10,
                **(longest if n < MAX_ASKS else {"ask": "W" * 10})} for n in range(MAX_REASONS)]
    pros = [{"id": n, "label": f"{n:02d}" + "W" * 78, "weight": 10 - n % 3} for n in range(MAX_PROS)]
    return Case.model_validate({"job": {"title": "W" * 100, "company": "W" * 100,
                                        "interview_date": "2099-12-31"},
                                "reasons": reasons, "pros": pros, "checklist": [item.id for item in CHECKLIST]})


def going_case() -> Case:
    """The example without its core reason: going to negotiate, so the asks are part of the plan."""
    case = example_case()
    return case.model_copy(update={"reasons": [r for r in case.reasons if r.kind is Kind.NEGOTIABLE]})


def test_the_example_brief() -> None:
    case = with_job(example_case(), interview_date=datetime.date(2026, 3, 14))
    pages, text = read(to_pdf(case))
    assessment = evaluate(case)
    assert pages == 1
    assert case.job.title in text and "at Brightline Telecom" in text
    assert "interview on Saturday 14 March 2026" in text
    assert VERDICT_TITLES[assessment.verdict] in text
    assert "Next step: Accept the invitation" in text
    for factor in FACTORS:  # every bar is labelled and numbered
        assert factor.title in text
    contribution = next(c for c in assessment.contributions if c.factor.id == "practice")
    assert f"{contribution.factor.title} {contribution.value:+.1f}" in text
    for option in evaluate_options(case):
        assert f"{option.title} {option.verdict}" in text
    flowing = " ".join(text.split())
    assert "They matter only if the work itself" in flowing  # going for the practice: no asks to make
    assert "I'd like to hear about the next steps" in flowing  # "go for the practice" for someone who needs the income
    assert text.index("Next step") < text.index("Before you leave") < text.index("The weighing")


def test_the_brief_of_going_to_negotiate_lists_the_asks() -> None:
    case = going_case()
    assert evaluate(case).verdict is Verdict.NEGOTIATE
    _, text = read(to_pdf(case))
    for number, reason in enumerate(asks_in_order(case), 1):
        assert f"{number}. “{reason.ask}” — for “{reason.label}”" in text


def test_only_what_is_still_to_prepare_is_listed() -> None:
    case = example_case()
    _, text = read(to_pdf(case))
    assert "☐ Rehearse answers to the common questions" in text
    ticked = case.model_copy(update={"checklist": ["questions"]})
    assert "Rehearse answers" not in read(to_pdf(ticked))[1]


def test_an_empty_case() -> None:
    pages, text = read(to_pdf(Case()))
    assert pages == 1
    assert "Untitled job" in text and "No company or date given yet" in text
    assert "No verdict yet" in text


def test_the_fullest_case_stays_on_one_page() -> None:
    pdf = to_pdf(fullest_case())
    pages, text = read(pdf)
    assert pages == 1
    assert "W" * 30 + ELLIPSIS in text  # the title, cut
    assert f"… and {MAX_REASONS - MAX_ASKS} more asks on the Game plan page." in text
    assert f"{MAX_ASKS + 1}. " not in text
    assert text.count("If they can't offer at least “WWW") == MAX_ASKS
    bars = len(FACTORS) + MAX_PROS
    assert f"… and {bars - MAX_BARS} smaller ones, together" in text
    footer, last, *_ = baselines(pdf)
    assert last - footer >= 2 * LINE * 72 / 25.4, "the page is so full that its text runs into the footer"


def test_unicode_is_drawn_and_what_the_font_lacks_is_replaced(caplog: pytest.LogCaptureFixture) -> None:
    title = "Café “Zoë” — Ünïcødé Ελληνικά Кириллица"
    case = with_job(Case(), title=title, company="日本語株式会社 🎉")
    with caplog.at_level(logging.WARNING):
        pages, text = read(to_pdf(case))
    assert pages == 1
    assert title in text
    assert f"at {REPLACEMENT * 7} {REPLACEMENT}" in text
    assert not [r for r in caplog.records if "missing" in r.getMessage()]


def test_markup_in_user_text_is_drawn_as_typed() -> None:
    nasty = "**bold** _it_ <b>tag</b> [a](javascript:x) # h"
    case = with_job(Case(), title=nasty, company="Line one\nline two")
    _, text = read(to_pdf(case))
    assert nasty in text
    assert "at Line one line two" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_any_case_makes_a_one_page_brief(case: Case) -> None:
    pages, text = read(to_pdf(case))
    assert pages == 1
    assert VERDICT_TITLES[evaluate(case).verdict] in text or not verdict_ready(case)


def test_each_ask_comes_with_its_walk_away_line() -> None:
    case = going_case()
    first = asks_in_order(case)[0]
    reasons = [r.model_copy(update={"walk_away": "evenings twice a week"}) if r.id == first.id else r
               for r in case.reasons]
    _, text = read(to_pdf(case.model_copy(update={"reasons": reasons})))
    lines = text.splitlines()
    said = lines.index(f"1. “{first.ask}” — for “{first.label}” ({first.odds} % odds they agree)")
    assert lines[said + 1] == "If they can't offer at least “evenings twice a week”, withdraw politely."
    assert lines[said + 2].startswith("2. ")


def test_own_pros_are_drawn_beside_the_articles_arguments() -> None:
    case = example_case().model_copy(update={"pros": [Pro(id=0, label="Friendly “team” at Café Zoë", weight=9)]})
    _, text = read(to_pdf(case))
    assert "Friendly “team” at Café Zoë +9.0" in text
    assert "smaller ones" not in text  # eleven bars are all drawn: a line for the last would take as much room
    assert "Cost of going -1.0" in text
