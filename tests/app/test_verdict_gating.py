"""No verdict from nothing, no silent defaults (issue 31): the Verdict page waits for the job and a
reason, then names every answer it takes as a middle value, each a button to where it is asked."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import add_reason, set_job
from advisor.judgement.defaults import WEIGHED, taken_as_middle
from tests.app.conftest import assert_ok, open_page, page_links, plotly_figures, texts
from ui import keys


def _named_with_a_reason() -> Case:
    return add_reason(set_job(Case(), "title", "Night porter"), "Night shifts")


def test_a_blank_case_gets_guidance_and_no_verdict() -> None:
    at = open_page("verdict")
    assert_ok(at)
    assert any("No verdict yet" in str(i.value) for i in at.info)
    links = page_links(at)
    assert ("Name the job on The job", "job") in links
    assert ("Add a reason on Why not", "why_not") in links
    assert not at.metric and not plotly_figures(at)
    assert "Your options" not in [str(h.value) for h in at.header]
    assert ("Next: Game plan", "game_plan") in links  # the step links stay


def test_a_named_job_without_a_reason_still_gets_no_verdict() -> None:
    at = open_page("verdict", set_job(Case(), "activity", "Carrying bags"))
    page = texts(at)
    assert "At least one reason you don't want it." in page
    assert "What the job is" not in page
    assert not plotly_figures(at)


def test_the_verdict_lists_each_middle_value_with_a_button() -> None:
    case = set_job(_named_with_a_reason(), "dread", 8)
    at = open_page("verdict", case)
    assert_ok(at)
    assert plotly_figures(at)
    middle = taken_as_middle(case)
    assert len(middle) == len(WEIGHED) - 1
    assert f"**This verdict takes middle values for {len(middle)} answers you have not given yet**" in texts(at)
    labels = [str(b.label) for b in at.button if str(b.key).startswith("verdict_middle_")]
    assert labels == [f"{q.label} ({q.part})" for q in middle]
    assert "verdict_middle_dread" not in [b.key for b in at.button]


def test_a_middle_value_button_opens_its_part_on_the_job_page() -> None:
    at = open_page("verdict", _named_with_a_reason())
    at.button(key="verdict_middle_experience_years").click().run()
    assert_ok(at)
    assert at.number_input(key="job_experience_years").value == 0  # drawn: the page opens on its screen


def test_the_example_takes_no_middle_values() -> None:
    at = open_page("verdict", example_case())
    assert "middle value" not in texts(at)
    assert not [b for b in at.button if str(b.key).startswith("verdict_middle_")]


def test_the_job_page_parts_say_what_is_unanswered_and_keep_them_on_request() -> None:
    at = open_page("job", set_job(Case(), "dread", 3))
    page = texts(at)
    assert "You and interviews · 3 questions not answered yet, the verdict takes middle values" in page
    assert "Date, travel and money · 4 questions not answered yet, the verdict takes middle values" in page
    at.session_state["job_part_you"] = True
    at.run()
    at.button(key="job_keep_job_part_you").click().run()
    assert_ok(at)
    case = at.session_state[keys.CASE]
    assert {"interviews_so_far", "early_career", "selling_difficulty", "dread"} <= set(case.job.answered)
    assert "You and interviews ·" not in texts(at)
    assert at.slider(key="job_dread").value == 3  # the screen stays


def test_the_example_job_page_has_no_unanswered_parts() -> None:
    at = open_page("job", example_case())
    assert "not answered yet" not in texts(at)


def _warnings(at: AppTest) -> list[str]:
    return [str(w.value) for w in at.warning]


def test_a_verdict_middle_values_could_turn_is_not_shown_as_settled() -> None:
    at = open_page("verdict", _named_with_a_reason())
    assert_ok(at)
    unsettled = [w for w in _warnings(at) if w.startswith("Not settled yet:")]
    assert unsettled == ["Not settled yet: it takes middle values for 12 questions you have not answered, and your "
                         "answers could turn it to “Skip it”. What is still open is listed below, each question a "
                         "click from where The job asks it."]
    assert not [w for w in _warnings(open_page("verdict", example_case())) if "Not settled" in w]


def test_the_game_plan_says_it_too() -> None:
    at = open_page("game_plan", _named_with_a_reason())
    assert_ok(at)
    assert any(w.startswith("Not settled yet:") for w in _warnings(at))
    assert ("See which questions on the Verdict, each a click from where it is asked", "verdict") in page_links(at)
    assert not any("Not settled" in w for w in _warnings(open_page("game_plan", example_case())))


def test_back_from_the_quick_check_the_verdict_recalls_the_first_answer() -> None:
    """Walking a first-timer: the Game plan said "Your first answer … Go for the practice", and the
    Verdict, one tap on, said "No verdict yet" as if it had been taken away."""
    quick = add_reason(Case(), "Talking on the phone all day")
    at = open_page("verdict", quick)
    assert_ok(at)
    (info,) = [str(i.value) for i in at.info]
    assert info.startswith("Your first answer, from the quick check: **") and "also needs:" in info
    assert "No verdict yet" not in info
    assert ("Name the job on The job", "job") in page_links(at)
