"""The Markdown report: short, in the order a person acts on it, and user text always shown as typed."""

from __future__ import annotations

from hypothesis import given, settings

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.plan import CHECKLIST, questions
from advisor.documents.report import first_sentence, to_markdown
from advisor.documents.report import md as escape_markdown
from advisor.judgement.defaults import verdict_ready
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from tests.unit.strategies import cases
from tests.unit.test_escaping import raw_characters

CHECKLIST_BY_ID = {item.id: item for item in CHECKLIST}
NASTY = "<script>alert(1)</script> ![x](http://e) [a](javascript:x) **b** # h"


def test_the_example_report_opens_with_the_verdict_its_reason_and_the_next_step() -> None:
    case = example_case()
    report = to_markdown(case)
    assessment = evaluate(case)
    opening = " ".join(report.split()[:60])
    assert f"**Verdict:** {VERDICT_TITLES[assessment.verdict]}." in opening
    assert f"**Why:** {first_sentence(assessment.reason)}" in opening
    assert "**Next step:** Accept the invitation." in opening
    assert len(report.split()) <= 400
    assert report.startswith(f"# Interview Advisor: {escape_markdown(case.job.title)}\n")
    assert report.index("## The numbers") > report.index("## Before you leave")  # the numbers last
    assert "InterviewPenguin" in report


def test_a_report_for_the_practice_puts_no_asks_it_will_not_make() -> None:
    case = example_case()
    assert evaluate(case).verdict is Verdict.PRACTICE
    report = to_markdown(case)
    assert "They matter only if the work itself (“Talking on the phone all day”)" in report
    assert not any(line.startswith("1. ") for line in report.splitlines())
    assert "withdraw" not in report.split("## Before you leave")[0]


def test_a_report_for_going_lists_the_asks_quoted_whole_with_their_walk_away_lines() -> None:
    case = Case.model_validate({
        "job": {"title": "Analyst", "activity": "Analysing sales data", "financial_need": 8, "similarity": 9,
                "network_value": 8, "answered": ["financial_need", "similarity", "network_value"]},
        "reasons": [{"label": "The pay", "severity": 6, "ask": "+10 % on the pay", "walk_away": "+5 %",
                     "odds": 60, "catalog_id": "pay"}]})
    assert evaluate(case).verdict is Verdict.NEGOTIATE
    report = to_markdown(case)
    assert "1. “+10 % on the pay”, for “The pay”. If they can't offer at least “+5 %”, withdraw politely." in report
    assert "\\+" not in report


def test_without_a_job_and_a_reason_there_is_no_verdict() -> None:
    report = to_markdown(Case())
    assert report.startswith("# Interview Advisor: Untitled job\n")
    assert "No verdict yet" in report and "**Verdict:**" not in report


def test_checked_items_are_left_out_of_what_is_still_to_prepare() -> None:
    case = example_case()
    report = to_markdown(case)
    assert CHECKLIST_BY_ID["questions"].text in report
    ticked = case.model_copy(update={"checklist": ["questions"]})
    assert CHECKLIST_BY_ID["questions"].text not in to_markdown(ticked)


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
                                "reasons": [{"label": "Cold calls (mostly B2B) & e-mail", "severity": 9,
                                             "kind": "core"}]})
    report = to_markdown(case)
    assert "Night-shift agent: 3 days a week, 40 % odds." in report
    assert "Cold calls (mostly B2B) & e-mail" in report
    assert "\\" not in report


@settings(max_examples=150, deadline=None)
@given(cases())
def test_report_holds_the_case_and_no_raw_markup(case: Case) -> None:
    report = to_markdown(case)
    assert escape_markdown(case.job.title or "Untitled job") in report
    if verdict_ready(case):
        assert VERDICT_TITLES[evaluate(case).verdict] in report
    for review in case.reviews:
        assert f"## Review by {escape_markdown(review.mentor)}" in report
    syntax = raw_characters(report)
    assert "<" not in syntax, "unescaped < in the report"
    assert "![" not in syntax and "](" not in syntax


def test_the_interview_date_is_in_the_report() -> None:
    case = example_case()
    assert "interview on" not in to_markdown(case)
    dated = Case.model_validate({**case.model_dump(), "job": {**case.job.model_dump(), "interview_date": "2026-03-14"}})
    assert "at Brightline Telecom · interview on 2026-03-14\n" in to_markdown(dated)


def test_the_report_lists_the_questions_to_ask() -> None:
    case = example_case()
    report = to_markdown(case)
    section = report.split("## Questions to ask them\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [f"- {q}" for q in questions(case, evaluate(case))]


def test_the_opening_reason_keeps_a_quoted_reason_whole() -> None:
    """Kayla's reason "Pay's a bit lower, thats fine honestly. It's euthanasia days I can't do" was
    cut at its own full stop in the report's "Why:" line, leaving half of what she said."""
    said = "“Pay's a bit lower, thats fine honestly. It's euthanasia days I can't do”"
    reason = f"For going, the practice weighs most; against it, the work itself ({said}). That comes with the job."
    assert first_sentence(reason) == f"For going, the practice weighs most; against it, the work itself ({said})."
    assert first_sentence("No full stop here") == "No full stop here"
