"""Questions to ask the interviewers, and list-built sentences that read as sentences."""

from __future__ import annotations

from hypothesis import given, settings

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.plan import in_sentence, questions
from advisor.documents.report import to_markdown
from advisor.editing.edits import set_debrief
from advisor.judgement.changes import known_now
from advisor.wording import spoken_list
from tests.unit.strategies import cases


@settings(max_examples=150, deadline=None)
@given(cases())
def test_every_question_is_one_question_ending_in_a_question_mark(case: Case) -> None:
    asked = questions(case)
    assert asked and len(asked) == len(set(asked))
    assert all(q.endswith("?") and q[0].isupper() for q in asked)


def test_uncertain_asks_come_first_and_certain_ones_are_not_asked() -> None:
    case = Case.model_validate({"reasons": [
        {"label": "Weekend work", "severity": 6, "odds": 50},
        {"label": "Low pay", "severity": 9, "odds": 95, "catalog_id": "pay"},
        {"label": "Cold calls", "severity": 8, "kind": "core"},
    ]})
    asked = questions(case)
    assert asked[0] == "Is there any flexibility on this: weekend work?"
    assert not any("pay" in q for q in asked)  # they will almost surely agree: nothing to find out
    assert "What does an ordinary day in this role look like, from morning to evening?" in asked


def test_the_example_asks_about_its_three_asks_in_order_of_how_much_they_bother() -> None:
    asked = questions(example_case())
    assert asked[:3] == [
        "How are the shifts or hours planned, and how much say would I have in mine?",
        "How is the pay for this role set, and is there room above the advertised figure?",
        "Do people in this team work from home some days, and when could I start doing so?",
    ]


def test_words_from_lists_read_as_a_sentence() -> None:
    assert in_sentence("Day or evening shifts only") == "day or evening shifts only"
    assert in_sentence("UX design work") == "UX design work"
    assert spoken_list(["a"]) == "a" and spoken_list(["a", "b", "c"]) == "a, b and c"


def test_the_debrief_rescores_with_the_asks_granted() -> None:
    case = example_case()
    before = known_now(case)
    assert before.startswith("With what you know now (with none of your asks granted so far), the balance is")
    granted = set_debrief(case, "granted", [r.id for r in case.reasons if r.ask])
    after = known_now(granted)
    assert "with 3 of your asks granted" in after and after != before


def test_the_report_lists_the_questions_to_ask() -> None:
    report = to_markdown(example_case())
    section = report.split("### Questions to ask them\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [f"- {q}" for q in questions(example_case())]
