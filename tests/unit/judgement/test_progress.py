"""The one progress count: what the person has answered, never which pages they opened."""

from __future__ import annotations

import datetime

from advisor.article.factors import Kind
from advisor.case.certainty import Certainty
from advisor.case.examples import example_case
from advisor.case.models import Case, Job, Reason
from advisor.editing.edits import set_checked, set_debrief, set_job, set_reason, set_weight, settle_reason
from advisor.judgement.progress import (
    Stage,
    job_done,
    measure,
    past_interview,
    progress,
    reasons_done,
    sort_done,
    started,
    weigh_done,
)


def test_a_new_case_has_nothing_answered_and_the_things_counted_come_in_order() -> None:
    done = progress(Case())
    assert list(done) == list(Stage) == [Stage.JOB, Stage.REASONS, Stage.SORT, Stage.WEIGH, Stage.PLAN]
    assert not any(done.values())
    assert measure(Case()).summary == "0 of 5 answered"
    assert measure(Case()).next is Stage.JOB
    assert not started(Case())


def test_the_job_is_named_by_its_title_or_its_main_activity() -> None:
    assert job_done(Case(job=Job(title="Agent")))
    assert job_done(Case(job=Job(activity="Calls")))
    assert not job_done(Case(job=Job(title="  ")))


def test_a_reason_is_sorted_when_settled_or_nothing_is_left_to_answer() -> None:
    assert not sort_done(Case())  # nothing to sort is not sorted
    core = Case(reasons=[Reason(label="Cold calls", kind=Kind.CORE)])
    assert reasons_done(core) and sort_done(core)  # a core reason has nothing to ask for
    open_one = Case(reasons=[Reason(label="Odd hours")])  # negotiable, no ask, never settled
    assert not sort_done(open_one)
    assert sort_done(settle_reason(open_one, open_one.reasons[0].id, Kind.NEGOTIABLE))
    assert sort_done(set_reason(open_one, open_one.reasons[0].id, "ask", "Day shifts only"))


def test_weights_count_once_one_is_moved_not_because_the_page_exists() -> None:
    case = example_case()
    assert not weigh_done(case)  # the example leaves every weight where it starts
    assert weigh_done(set_weight(case, "practice", 9))


def test_the_example_has_three_of_five_and_picks_up_at_the_weights() -> None:
    measured = measure(example_case())
    assert measured.summary == "3 of 5 answered"
    assert measured.next is Stage.WEIGH
    assert measured.line(Stage.WEIGH) == "The weights looked at: not yet"
    assert measured.line(Stage.JOB) == "The job named: yes"
    whole = set_checked(set_weight(example_case(), "practice", 9), "values", True)
    assert measure(whole).summary == "5 of 5 answered" and measure(whole).next is None


def test_any_answer_makes_a_case_one_to_come_back_to() -> None:
    assert started(set_job(Case(), "dread", 8))
    assert started(Case(certainty=Certainty(before=[True, None, None, None])))
    assert started(Case(reasons=[Reason(label="Pay")]))


def test_an_interview_whose_day_has_passed_is_asked_about_until_its_debrief_is_begun() -> None:
    day = datetime.date(2026, 3, 14)
    case = set_job(example_case(), "interview_date", day)
    assert past_interview(case, day) is None  # on the day itself it is still ahead
    assert past_interview(case, day + datetime.timedelta(days=1)) == day
    assert past_interview(example_case(), datetime.date(2100, 1, 1)) is None  # no date given
    assert past_interview(set_debrief(case, "went_well", "The questions on data"), day.replace(year=2027)) is None
