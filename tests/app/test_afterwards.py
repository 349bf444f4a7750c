"""After the interview and My interviews: the debrief writes the case, the journal keeps cases."""

from __future__ import annotations

import pytest

from advisor.case.debrief import Decision
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.journal import Journal
from tests.app.conftest import BOTH_CASES, assert_ok, errors, open_page, open_page_alone, texts, the_case
from ui import keys


@BOTH_CASES
@pytest.mark.parametrize("name", ["debrief", "journal"])
def test_renders(name: str, case: Case) -> None:
    assert_ok(open_page(name, case))
    assert_ok(open_page_alone(name, case))


def test_the_debrief_is_created_by_the_first_answer_and_compared_with_the_verdict() -> None:
    at = open_page("debrief", example_case(), parts=True)
    assert the_case(at).debrief is None
    at.slider(key="debrief_stress").set_value(8).run()
    at.segmented_control(key="debrief_decision").set_value(Decision.DECLINE).run()
    at.text_input(key="debrief_new").input("Why nights?")
    at.button(key="FormSubmitter:debrief_form-Add question").click().run()
    assert_ok(at)
    debrief = the_case(at).debrief
    assert debrief is not None
    assert (debrief.stress, debrief.decision, debrief.surprises) == (8, Decision.DECLINE, ["Why nights?"])
    assert "against the balance" in texts(at)


def test_an_over_long_answer_is_refused_with_a_message() -> None:
    at = open_page("debrief", example_case(), parts=True)
    at.text_area(key="debrief_why").input("x" * 600).run()
    assert any("at most 500 characters" in e for e in errors(at))
    assert the_case(at).debrief is None


def test_the_journal_keeps_the_current_case_once_per_job() -> None:
    at = open_page("journal", example_case())
    assert "Your journal is empty" in texts(at)
    at.button(key="journal_add").click().run()
    at.button(key="journal_add").click().run()
    assert_ok(at)
    journal: Journal = at.session_state[keys.JOURNAL]
    assert [c.job.title for c in journal.cases] == [example_case().job.title]
    assert "Ranked by balance (1)" in texts(at)


def test_the_debrief_asks_what_was_learned_lists_the_planned_questions_and_rescores() -> None:
    at = open_page("debrief", example_case(), parts=True)
    assert_ok(at)
    at.text_area(key="debrief_learned").input("Day shifts are possible after three months").run()
    debrief = the_case(at).debrief
    assert debrief is not None and debrief.learned == "Day shifts are possible after three months"
    page = texts(at)
    assert "The questions you planned to ask them: What does an ordinary day in this role look like?" in page
    assert "With what you know now (with none of your asks granted so far), the balance is" in page
