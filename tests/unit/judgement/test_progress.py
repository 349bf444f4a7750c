"""Which parts of a case are complete, for the sidebar and the empty states."""

from __future__ import annotations

from advisor.article.factors import Kind
from advisor.case.examples import example_case
from advisor.case.models import Case, Job, Reason
from advisor.editing.edits import set_job, set_reason
from advisor.judgement.progress import Stage, job_done, progress, reasons_done, sort_done


def test_a_new_case_has_nothing_complete_and_the_parts_come_in_order() -> None:
    done = progress(Case())
    assert list(done) == list(Stage) == [Stage.JOB, Stage.REASONS, Stage.SORT, Stage.WEIGH]
    assert not any(done.values())


def test_the_example_has_every_part_complete() -> None:
    assert all(progress(example_case()).values())


def test_the_job_needs_a_title_and_the_main_activity() -> None:
    assert not job_done(Case(job=Job(title="Agent")))
    assert not job_done(Case(job=Job(activity="Calls")))
    assert job_done(Case(job=Job(title="Agent", activity="Calls")))


def test_sorting_needs_an_ask_on_every_negotiable_reason_only() -> None:
    assert not sort_done(Case())  # nothing to sort is not sorted
    core = Case(reasons=[Reason(label="Cold calls", kind=Kind.CORE)])
    assert reasons_done(core) and sort_done(core)  # a core reason has nothing to ask for
    case = example_case()
    without_ask = set_reason(case, case.reasons[0].id, "ask", "")
    assert not sort_done(without_ask)
    assert sort_done(set_reason(without_ask, case.reasons[0].id, "kind", Kind.CORE))


def test_weighing_needs_the_job_and_the_reasons_not_the_sort() -> None:
    case = example_case()
    unsorted = set_reason(case, case.reasons[0].id, "ask", "")
    assert progress(unsorted) == {Stage.JOB: True, Stage.REASONS: True, Stage.SORT: False, Stage.WEIGH: True}
    assert progress(set_job(case, "title", ""))[Stage.WEIGH] is False
    assert progress(Case(job=case.job))[Stage.WEIGH] is False
