"""The Markdown report: complete, and user text always shown as typed."""

from __future__ import annotations

from hypothesis import given, settings

from advisor.article.factors import FACTORS
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.plan import CHECKLIST, asks_in_order, questions
from advisor.documents.report import md as escape_markdown
from advisor.documents.report import to_markdown
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from tests.unit.strategies import cases
from tests.unit.test_escaping import raw_characters

NASTY = "<script>alert(1)</script> ![x](http://e) [a](javascript:x) **b** # h"


def test_report_of_the_example() -> None:
    case = example_case()
    report = to_markdown(case)
    assessment = evaluate(case)
    assert report.startswith(f"# Interview Advisor — {escape_markdown(case.job.title)}\n")
    assert VERDICT_TITLES[assessment.verdict] in report
    assert assessment.reason in report
    assert escape_markdown(case.job.company) in report
    for reason in case.reasons:
        assert escape_markdown(reason.label) in report
    for factor in FACTORS:
        assert factor.title in report  # the chart in words
    for item in CHECKLIST:
        assert item.text in report
    assert [line for line in report.splitlines() if line[:2] in ("1.", "2.", "3.")] == [
        f"{n}. {escape_markdown(r.ask)} ({escape_markdown(r.label)})" for n, r in enumerate(asks_in_order(case), 1)
    ]
    assert "What would change the answer" not in report  # nothing the person could do changes it
    assert "InterviewPenguin" in report


def test_untitled_job() -> None:
    assert to_markdown(Case()).startswith("# Interview Advisor — Untitled job\n")


def test_checked_items_are_ticked() -> None:
    report = to_markdown(Case(checklist=["values"]))
    assert f"- [x] {CHECKLIST[0].text}" in report
    assert f"- [ ] {CHECKLIST[1].text}" in report


def test_user_markup_is_escaped_everywhere() -> None:
    case = Case.model_validate({
        "job": {"title": NASTY, "company": NASTY, "activity": NASTY},
        "reasons": [{"label": NASTY, "ask": NASTY, "severity": 9, "odds": 50},
                    {"label": NASTY, "kind": "core", "severity": 4}],
        "notes": NASTY,
        "reviews": [{"mentor": NASTY[:60], "overall": NASTY, "notes": {0: NASTY}}],
        "pros": [{"id": 0, "label": NASTY, "weight": 10}],  # the verdict's reason and the chart in words name it
    })
    report = to_markdown(case)
    for raw in ("<script>", "![x](", "[a](", "**b**"):
        assert raw not in report, raw
    syntax = raw_characters(report)
    assert "<" not in syntax and "![" not in syntax and "](" not in syntax and "**b" not in syntax
    assert escape_markdown(NASTY) in report
    assert "\\<script\\>" in report
    assert "!\\[x\\](http://e)" in report  # no link, and nothing more escaped than needed


def test_the_report_reads_as_plain_text() -> None:
    case = Case.model_validate({"job": {"title": "Night-shift agent: 3 days a week, 40 % odds."},
                                "reasons": [{"label": "Cold calls (mostly B2B) & e-mail", "severity": 5}]})
    report = to_markdown(case)
    assert "Night-shift agent: 3 days a week, 40 % odds." in report
    assert "Cold calls (mostly B2B) & e-mail" in report
    assert "\\" not in report


@settings(max_examples=150, deadline=None)
@given(cases())
def test_report_holds_the_case_and_no_raw_markup(case: Case) -> None:
    report = to_markdown(case)
    assessment = evaluate(case)
    assert escape_markdown(case.job.title) in report
    assert VERDICT_TITLES[assessment.verdict] in report
    for reason in case.reasons:
        assert escape_markdown(reason.label) in report
    for review in case.reviews:
        assert f"## Review by {escape_markdown(review.mentor)}" in report
    syntax = raw_characters(report)
    assert "<" not in syntax, "unescaped < in the report"
    assert "![" not in syntax and "](" not in syntax


def test_the_interview_date_is_in_the_report() -> None:
    case = example_case()
    assert "Interview date" not in to_markdown(case)
    dated = Case.model_validate({**case.model_dump(), "job": {**case.job.model_dump(), "interview_date": "2026-03-14"}})
    assert "**Interview date:** 2026-03-14  \n" in to_markdown(dated)


def test_the_report_lists_the_questions_to_ask() -> None:
    report = to_markdown(example_case())
    section = report.split("### Questions to ask them\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [f"- {q}" for q in questions(example_case())]
