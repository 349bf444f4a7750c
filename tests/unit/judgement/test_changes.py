"""What would change the answer: actions a person can take, never a feeling to have less of."""

from __future__ import annotations

from hypothesis import given, settings

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.report import to_markdown
from advisor.editing.edits import set_debrief, set_job
from advisor.judgement.changes import FIRST_INTERVIEWS, KEENNESS, known_now, nerves_note, what_would_change
from advisor.judgement.options import VIDEO
from advisor.judgement.scoring import Verdict, evaluate, verdict_for
from advisor.judgement.strengths import strengths
from tests.unit.strategies import cases

UNDECIDED = Case.model_validate({
    "job": {"title": "Sales rep", "travel_hours": 6, "travel_cost": 200, "spare_money": 100, "dread": 8,
            "interviews_so_far": 8, "similarity": 2, "network_value": 2, "curiosity": 2, "experience_years": 8,
            "financial_need": 2},
    "reasons": [{"label": "Night shifts", "severity": 9, "odds": 40, "ask": "Day shifts only"},
                {"label": "Low pay", "severity": 6, "odds": 30, "ask": "10 % more"}],
})


def test_a_close_call_names_the_asks_and_the_video_interview_that_would_tip_it() -> None:
    assessment = evaluate(UNDECIDED)
    assert assessment.verdict is Verdict.CLOSE_CALL
    assert [c.sentence for c in what_would_change(UNDECIDED, assessment)] == [
        "If they agree to “Day shifts only”: the advice would become “Go, and negotiate”.",
        "If they agree to all your asks: the advice would become “Go, and negotiate”.",
        "If you ask for a video or phone interview instead of travelling: the advice would become "
        "“Go, and negotiate”.",
    ]


def test_the_example_holds_whatever_the_person_does() -> None:
    assert what_would_change(example_case(), evaluate(example_case())) == []


@settings(max_examples=150, deadline=None)
@given(cases())
def test_every_change_is_an_action_that_makes_the_advice_keener(case: Case) -> None:
    assessment = evaluate(case, flip=False)
    for change in what_would_change(case, assessment):
        assert KEENNESS[change.to] > KEENNESS[assessment.verdict]
        assert change.action.startswith("If ")
        assert "dread" not in change.action and "bothers you" not in change.action


def test_an_action_that_would_make_the_advice_less_keen_is_not_offered_as_a_change() -> None:
    """A video round costs this first-timer most of her practice: "If you ask for a video interview:
    the advice would become “Skip it”" names an action nobody takes to be told to stay home."""
    case = Case.model_validate({
        "job": {"title": "Lab tech", "interviews_so_far": 3, "experience_years": 0, "similarity": 6,
                "network_value": 2, "curiosity": 0, "financial_need": 2, "dread": 7, "travel_hours": 1,
                "travel_cost": 0},
        "reasons": [{"label": "Bench work all day", "kind": "core", "severity": 10},
                    {"label": "Full-time only", "severity": 7, "odds": 85, "ask": "Four days a week"}]})
    assessment = evaluate(case, flip=False)
    assert assessment.verdict is Verdict.PRACTICE
    assert verdict_for(case, strength={k: v * VIDEO.get(k, 1.0) for k, v in strengths(case).items()}
                       ) is Verdict.SKIP
    assert not any("video" in c.action for c in what_would_change(case, assessment))


def test_a_nervous_first_timer_is_told_kindly_that_practice_is_the_answer() -> None:
    nervous = example_case().model_copy(update={"job": example_case().job.model_copy(
        update={"dread": 9, "interviews_so_far": 0})})
    note = nerves_note(nervous)
    assert note is not None and "normal" in note and "practice" in note
    calm = nervous.model_copy(update={"job": nervous.job.model_copy(update={"dread": 2})})
    assert nerves_note(calm) is None


def test_the_nerves_note_is_for_a_second_interview_too_and_only_on_what_was_said() -> None:
    second = set_job(set_job(Case(), "interviews_so_far", 1), "dread", 9)
    assert nerves_note(second) is not None
    seasoned = set_job(second, "interviews_so_far", FIRST_INTERVIEWS)
    assert nerves_note(seasoned) is None
    untold = set_job(Case(), "dread", 9)  # no count of interviews given: not called a first-timer
    assert nerves_note(untold) is None
    assert nerves_note(Case().model_copy(update={"job": Case().job.model_copy(update={"dread": 9})})) is None


def test_the_report_says_what_would_change_the_answer() -> None:
    report = to_markdown(UNDECIDED)
    assert "What would change the answer:" in report
    assert "- If they agree to all your asks: the advice would become “Go, and negotiate”." in report


def test_the_debrief_rescores_with_the_asks_granted() -> None:
    case = example_case()
    before = known_now(case)
    assert before.startswith("With what you know now (with none of your asks granted so far), the balance is")
    granted = set_debrief(case, "granted", [r.id for r in case.reasons if r.ask])
    after = known_now(granted)
    assert "with 3 of your asks granted" in after and after != before


def test_the_nerves_note_calls_no_long_working_life_a_first_time_and_no_needed_job_one_that_matters_less() -> None:
    """Walking a 51-year-old out of work for 20 months (two interviews since, 30 years of work, the
    pay needed at 10): he was told of "one of your first interviews" and of "an interview that
    matters less to you", both false for him."""
    first = set_job(set_job(Case(), "interviews_so_far", 1), "dread", 8)
    assert "one of your first interviews" in (nerves_note(first) or "")
    assert "matters less to you" in (nerves_note(first) or "")
    seasoned = set_job(set_job(first, "experience_years", 30), "financial_need", 10)
    note = nerves_note(seasoned) or ""
    assert note.startswith("Feeling nervous before an interview is normal, however long you have worked, and it")
    assert "first interviews" not in note and "matters less" not in note and "preparing" in note
    assert "first interviews" in (nerves_note(set_job(seasoned, "early_career", True)) or "")


def test_a_video_interview_is_named_only_for_a_journey_the_person_described() -> None:
    """Travel left unanswered weighs at the middle of its scale: "ask for a video interview" then
    spoke of a journey nobody described."""
    untold = UNDECIDED.model_copy(update={"job": UNDECIDED.job.model_copy(
        update={"travel_hours": 1.0, "travel_cost": 0, "spare_money": 50})})
    assert not any("video" in c.action for c in what_would_change(untold, evaluate(untold)))
