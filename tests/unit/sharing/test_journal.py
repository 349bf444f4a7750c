"""The journal: keeping cases, comparing them, and the questions that come back."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.case.debrief import Debrief, Decision
from advisor.case.examples import example_case
from advisor.case.models import Case, Job
from advisor.errors import JournalFileError
from advisor.sharing.codec import decode, encode
from advisor.sharing.journal import (
    COLUMNS,
    MAX_CASES,
    Journal,
    add,
    entry,
    entry_key,
    from_file,
    ranked_table,
    remove,
    repeated_questions,
    to_file,
    trend,
    verdict_vs_outcome,
)
from tests.unit.strategies import cases


def _case(title: str, company: str = "Acme", **debrief: object) -> Case:
    base = example_case()
    return base.model_copy(update={
        "job": base.job.model_copy(update={"title": title, "company": company}),
        "debrief": Debrief.model_validate(debrief) if debrief else None,
    })


def test_adding_the_same_job_replaces_it_and_other_jobs_accumulate() -> None:
    journal = add(add(Journal(), _case("A")), _case("B"))
    journal = add(journal, _case("a", "ACME", rating=5))
    assert [c.job.title for c in journal.cases] == ["B", "a"]
    assert journal.cases[1].debrief is not None


def test_the_journal_holds_at_most_fifty() -> None:
    journal = Journal(cases=[_case(f"job {i}") for i in range(MAX_CASES)])
    with pytest.raises(ValueError, match="at most 50"):
        add(journal, _case("one more"))
    assert len(add(journal, _case("job 3")).cases) == MAX_CASES


def test_remove_drops_one_entry_by_its_key_and_a_second_remove_changes_nothing() -> None:
    journal = Journal(cases=[_case("A"), _case("B"), _case("C")])
    once = remove(journal, entry_key(journal.cases[1]))
    assert [c.job.title for c in once.cases] == ["A", "C"]
    assert remove(once, entry_key(journal.cases[1])) == once
    assert entry(once, entry_key(journal.cases[1])) is None
    assert entry(once, entry_key(_case("a", "ACME"))) == journal.cases[0]


def test_a_file_with_the_same_job_twice_keeps_the_later_entry() -> None:
    journal = Journal(cases=[_case("A"), _case("B"), _case("a", "acme")])
    assert [(c.job.title, c.job.company) for c in journal.cases] == [("a", "acme"), ("B", "Acme")]


def test_file_round_trip_and_refusals() -> None:
    journal = Journal(cases=[_case("A", rating=4, surprises=["Why us?"]), _case("B")])
    assert from_file(to_file(journal)) == journal
    for bad in (b"not json", b"[]", b'{"cases": [{"job": {"title": 5}}]}', b"{" * 2_000_000):
        with pytest.raises(JournalFileError) as caught:
            from_file(bad)
        assert str(caught.value)


def test_compare_ranks_by_balance_with_one_row_per_case() -> None:
    strong = _case("Strong", decision="accept", date=datetime.date(2026, 10, 1))
    weak_job = Job(title="Weak", company="Zed", dread=10, financial_need=0, similarity=0, network_value=0)
    weak = Case(job=weak_job, weights={"dread": 10})
    table = ranked_table([weak, strong])
    assert list(table.columns) == COLUMNS
    assert list(table["Job"]) == ["Strong", "Weak"]
    assert table["Balance"].is_monotonic_decreasing
    assert table.loc[0, "Decision"] == "Accept"
    assert table.loc[1, "Decision"] == "Not debriefed"
    assert table.loc[0, "Interview date"] == datetime.date(2026, 10, 1)


def test_trend_orders_by_date_and_skips_undebriefed() -> None:
    cases = [
        _case("Later", readiness=8, stress=2, date=datetime.date(2026, 11, 1)),
        _case("None"),
        _case("Earlier", readiness=3, stress=9, date=datetime.date(2026, 9, 1)),
        _case("Undated", readiness=5, stress=5),
    ]
    frame = trend(cases)
    assert list(frame["Interview"]) == ["Earlier", "Later", "Undated"]
    assert list(frame["Readiness"]) == [3, 8, 5]


def test_repeated_questions_count_each_interview_once_and_ignore_punctuation() -> None:
    cases = [
        _case("A", surprises=["Why do you want to work here?", "Why do you want to work here"]),
        _case("B", surprises=["why do you want to work HERE", "Tell me about a failure."]),
        _case("C", surprises=["Tell me about a failure", "Where do you see yourself?"]),
        _case("D", surprises=["Why do you want to work here?!"]),
        _case("E"),
    ]
    assert repeated_questions(cases) == [
        ("Why do you want to work here?", 3),
        ("Tell me about a failure.", 2),
    ]


def test_verdict_vs_outcome_says_when_the_decision_went_against_the_balance() -> None:
    assert "Fill in the debrief" in verdict_vs_outcome(example_case())
    against = _case("X", decision=Decision.DECLINE, rating=2)
    assert "against the balance" in verdict_vs_outcome(against)
    along = _case("X", decision=Decision.ACCEPT)
    assert "in line with the balance" in verdict_vs_outcome(along)


def test_a_debrief_travels_in_the_link() -> None:
    case = _case("A", rating=5, surprises=["Why us?"], granted=[0, 2], offer=True,
                 decision="accept", why="Day shifts granted", date=datetime.date(2026, 11, 20))
    assert decode(encode(case)) == case


@settings(max_examples=40)
@given(st.lists(cases(), max_size=6))
def test_compare_has_one_row_per_case_for_any_cases(items: list[Case]) -> None:
    table = ranked_table(items)
    assert len(table) == len(items)
    assert table["Balance"].between(-1, 1).all()
