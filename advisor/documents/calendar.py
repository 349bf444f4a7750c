"""The interview as a calendar file (iCalendar, .ics) that any calendar app can import.

Two all-day events: the interview, with its top asks and the closing line to hand and a
reminder the morning before, and two days later "Fill in the debrief", while the day is still
fresh. Their UIDs come from the case id and their SEQUENCE from its revision, so importing the
file again after a change of date moves the events instead of adding a second pair.
"""

from __future__ import annotations

import datetime

from icalendar import Alarm, Calendar, Event

from advisor.case.models import Case, Reason
from advisor.documents.plan import asks_in_order, closing_line, walk_away_line
from advisor.errors import NoInterviewDate
from advisor.judgement.scoring import evaluate

PRODID = "-//Interview Advisor//Interview Advisor//EN"
DEBRIEF_AFTER = datetime.timedelta(days=2)
# Alarms of an all-day event count from its midnight: 9:00 the day before, 9:00 on the day.
REMIND_BEFORE = datetime.timedelta(hours=-15)
REMIND_ON_THE_DAY = datetime.timedelta(hours=9)
TOP_ASKS = 3
# Spelled out rather than strftime's %A and %B, which follow the server's locale.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def long_date(day: datetime.date) -> str:
    """A date as a person says it, "Saturday 14 March 2026", the same wherever the server runs."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def event_title(case: Case) -> str:
    """The interview event's title: "Interview: <job> at <company>"."""
    job = case.job
    title = _one_line(job.title) or "a job"
    return f"Interview: {title} at {_one_line(job.company)}" if job.company else f"Interview: {title}"


def _ask(number: int, reason: Reason) -> str:
    walk_away = walk_away_line(reason)
    return f"{number}. {_one_line(reason.ask)}" + (f" {_one_line(walk_away)}" if walk_away else "")


def _description(case: Case) -> str:
    asks = asks_in_order(case)[:TOP_ASKS]
    lines = ["Your asks, most worth making first:", *(_ask(n, r) for n, r in enumerate(asks, 1))] \
        if asks else ["No asks written yet."]
    closing = closing_line(case, evaluate(case, flip=False))
    return "\n".join([*lines, "", "Before you leave, say it honestly:", closing, "",
                      "Made with Interview Advisor."])


def _event(case: Case, kind: str, day: datetime.date, title: str, description: str) -> Event:
    event = Event()
    event.add("uid", f"{case.id}-{kind}@interview-advisor")
    event.add("sequence", case.revision)
    event.add("dtstamp", datetime.datetime.now(datetime.UTC))
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("summary", title)
    event.add("description", description)
    return event


def _alarm(trigger: datetime.timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", text)
    return alarm


def to_ics(case: Case) -> str:
    """The calendar file of the case's interview; :class:`NoInterviewDate` when it has no date."""
    day = case.job.interview_date
    if day is None:
        raise NoInterviewDate("Set the interview date on The job page first.")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    interview = _event(case, "interview", day, event_title(case), _description(case))
    interview.add_component(_alarm(REMIND_BEFORE, f"Tomorrow: {event_title(case)}"))
    job = _one_line(case.job.title) or "the interview"
    debrief = _event(case, "debrief", day + DEBRIEF_AFTER, f"Fill in the debrief: {job}",
                     "While you still remember it, open Interview Advisor and fill in After the interview: "
                     "how it went, the questions that surprised you, and what you decided.")
    debrief.add_component(_alarm(REMIND_ON_THE_DAY, f"Fill in the debrief: {job}"))
    calendar.add_component(interview)
    calendar.add_component(debrief)
    ics: bytes = calendar.to_ical()
    return ics.decode("utf-8")
