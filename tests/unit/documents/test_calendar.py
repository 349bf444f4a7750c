"""The calendar file: the interview on its day, the debrief two days later, each with a reminder."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import FIRST_DATE, LAST_DATE, Case
from advisor.documents.calendar import DEBRIEF_AFTER, PRODID, event_title, long_date, to_ics
from advisor.documents.plan import asks_in_order, closing_line
from advisor.errors import NoInterviewDate
from advisor.judgement.scoring import evaluate
from tests.unit.strategies import cases

DAY = datetime.date(2026, 3, 14)


def dated(case: Case, day: datetime.date = DAY) -> Case:
    return case.model_copy(update={"job": case.job.model_copy(update={"interview_date": day})})


def events(ics: str) -> dict[str, Event]:
    """The file's events by the part of their UID that names them (interview, debrief)."""
    calendar = Calendar.from_ical(ics)
    assert str(calendar["prodid"]) == PRODID and str(calendar["version"]) == "2.0"
    return {str(e["uid"]).split("@")[0].rsplit("-", 1)[1]: e for e in calendar.walk("VEVENT")
            if isinstance(e, Event)}


def test_the_example_interview() -> None:
    case = dated(example_case())
    found = events(to_ics(case))
    assert set(found) == {"interview", "debrief"}
    interview = found["interview"]
    assert str(interview["summary"]) == "Interview: Customer service agent (nights) at Brightline Telecom"
    assert interview.decoded("dtstart") == DAY  # a date, so an all-day event
    assert interview.decoded("dtend") == DAY + datetime.timedelta(days=1)
    description = str(interview["description"])
    for number, reason in enumerate(asks_in_order(case)[:3], 1):
        assert f"{number}. {reason.ask}" in description
    assert closing_line(case, evaluate(case)) in description
    (alarm,) = interview.walk("VALARM")
    assert alarm.decoded("trigger") == datetime.timedelta(hours=-15)  # 9:00 the day before


def test_the_debrief_reminder_comes_two_days_later() -> None:
    debrief = events(to_ics(dated(example_case())))["debrief"]
    assert str(debrief["summary"]) == "Fill in the debrief: Customer service agent (nights)"
    assert debrief.decoded("dtstart") == DAY + DEBRIEF_AFTER
    (alarm,) = debrief.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == datetime.timedelta(hours=9)


def test_uids_follow_the_case_and_the_sequence_its_revision() -> None:
    case = dated(example_case()).model_copy(update={"id": "abcdef123456", "revision": 7})
    found = events(to_ics(case))
    assert str(found["interview"]["uid"]) == "abcdef123456-interview@interview-advisor"
    assert str(found["debrief"]["uid"]) == "abcdef123456-debrief@interview-advisor"
    assert found["interview"]["sequence"] == 7
    moved = events(to_ics(dated(case, DAY + datetime.timedelta(days=5))))
    assert str(moved["interview"]["uid"]) == str(found["interview"]["uid"])


def test_text_that_means_something_to_icalendar_comes_back_as_typed() -> None:
    case = dated(Case.model_validate({"job": {"title": "Agent, nights; \\ “B” é", "company": "Grand\nHotel"}}))
    assert str(events(to_ics(case))["interview"]["summary"]) == "Interview: Agent, nights; \\ “B” é at Grand Hotel"


def test_no_date_no_file() -> None:
    with pytest.raises(NoInterviewDate, match="The job"):
        to_ics(example_case())


def test_a_job_without_a_company() -> None:
    assert event_title(Case()) == "Interview: a job"


@settings(max_examples=40, deadline=None)
@given(cases(), st.dates(FIRST_DATE, LAST_DATE))
def test_any_dated_case_makes_a_calendar(case: Case, day: datetime.date) -> None:
    found = events(to_ics(dated(case, day)))
    assert found["interview"].decoded("dtstart") == day
    assert found["debrief"].decoded("dtstart") == day + DEBRIEF_AFTER
    assert str(found["interview"]["summary"]) == event_title(case)


def test_long_dates_read_the_same_in_any_locale() -> None:
    assert long_date(DAY) == "Saturday 14 March 2026"
    assert long_date(LAST_DATE) == "Friday 31 December 2100"


@pytest.mark.parametrize("day", ["1999-12-31", "2101-01-01"])
def test_a_date_no_calendar_should_hold_is_refused(day: str) -> None:
    with pytest.raises(ValidationError, match="interview_date"):
        Case.model_validate({"job": {"interview_date": day}})


def test_the_asks_in_the_calendar_carry_their_walk_away_lines() -> None:
    case = dated(example_case())
    first = asks_in_order(case)[0]
    reasons = [r.model_copy(update={"walk_away": "evenings twice a week"}) if r.id == first.id else r
               for r in case.reasons]
    description = str(events(to_ics(case.model_copy(update={"reasons": reasons})))["interview"]["description"])
    assert f"1. {first.ask} If they can't offer at least “evenings twice a week”, withdraw politely." in description
