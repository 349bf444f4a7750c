"""Step 1, the job: every answer goes into the case; a refused answer says why and keeps the old one."""

from __future__ import annotations

import datetime

from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.case.models import TEXT_BUDGET, Case, Gut, Job, Reason, text_size
from advisor.case.money import Currency
from tests.app.conftest import BOTH_CASES, assert_ok, errors, open_page, open_page_alone, open_parts, the_case


@BOTH_CASES
def test_renders(case: Case) -> None:
    at = open_page("job", case)
    assert_ok(at)
    assert [t.value for t in at.title] == ["The job"]
    assert at.text_input(key="job_title").value == case.job.title
    assert at.segmented_control(key="job_gut").value == (case.job.gut if case.job.given("gut") else None)
    assert not errors(at)


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("job", example_case())
    assert_ok(at)
    assert at.text_input(key="job_title").value == example_case().job.title


def test_typing_a_title_sets_the_case() -> None:
    at = open_page("job")
    at.text_input(key="job_title").input("Barista").run()
    assert_ok(at)
    assert the_case(at).job.title == "Barista"
    assert not errors(at)


def test_text_is_cleaned_before_it_is_kept() -> None:
    at = open_page("job")
    at.text_input(key="job_company").input("  Brew\x07 & Co  ").run()
    assert the_case(at).job.company == "Brew & Co"


def test_an_over_long_title_is_refused_with_a_message_and_the_old_title_kept() -> None:
    at = open_page("job", example_case())
    at.text_input(key="job_title").set_value("x" * 150).run()
    assert_ok(at)
    kept = the_case(at).job.title
    assert errors(at), f"no message; the case now holds a title of {len(kept)} characters: {kept[:20]!r}…"
    assert kept == example_case().job.title


def test_text_beyond_what_a_link_can_hold_is_refused_and_the_old_title_kept() -> None:
    # A case one title away from the link's text budget.
    reasons = [Reason(label=f"{i:02d}" + "r" * 78, ask="a" * 100) for i in range(18)]
    case = Case(job=Job(title="Barista", activity="b" * 240), reasons=reasons, notes="n" * 1_000)
    room = TEXT_BUDGET - text_size(case) + len("Barista")
    at = open_page("job", case)
    at.text_input(key="job_title").input("t" * (room + 1)).run()
    assert_ok(at)
    assert any("too long to fit in a link" in message for message in errors(at))
    assert the_case(at).job.title == "Barista"
    # A title that fits is taken, and the message goes away.
    at.text_input(key="job_title").input("t" * room).run()
    assert the_case(at).job.title == "t" * room
    assert not errors(at)


def test_gut_answer() -> None:
    """A new case shows no first answer chosen: "Not sure" is where a new case starts, and showing
    it chosen would pass that off as the person's answer (choosing it would change nothing)."""
    at = open_page("job")
    assert at.segmented_control(key="job_gut").value is None
    at.segmented_control(key="job_gut").set_value(Gut.UNSURE).run()
    assert the_case(at).job.given("gut") and the_case(at).job.gut is Gut.UNSURE
    at.segmented_control(key="job_gut").set_value(Gut.GO).run()
    assert_ok(at)
    assert the_case(at).job.gut is Gut.GO
    at.segmented_control(key="job_gut").set_value(Gut.SKIP).run()
    assert the_case(at).job.gut is Gut.SKIP


def test_sliders_numbers_and_checkbox_set_the_case() -> None:
    at = open_parts(open_page("job"), "job_part_you")
    at.number_input(key="job_interviews_so_far").set_value(3).run()
    at.segmented_control(key="job_early_career").set_value(True).run()
    open_parts(at, "job_part_money")
    at.slider(key="job_financial_need").set_value(9).run()
    at.number_input(key="job_travel_hours").set_value(2.5).run()
    assert_ok(at)
    job = the_case(at).job
    assert (job.financial_need, job.interviews_so_far, job.travel_hours, job.early_career) == (9, 3, 2.5, True)


def test_answers_survive_a_trip_to_another_page() -> None:
    at = open_page("job")
    at.text_input(key="job_title").input("Barista").run()
    at.switch_page("pages/about.py").run()
    at.switch_page("pages/job.py").run()
    assert_ok(at)
    assert at.text_input(key="job_title").value == "Barista"


def test_the_interview_date_is_optional_and_goes_into_the_case() -> None:
    at = open_parts(open_page("job", example_case()), "job_part_money")
    field = at.date_input(key="job_interview_date")
    assert field.value is None
    field.set_value(datetime.date(2026, 3, 14)).run()
    assert_ok(at)
    assert the_case(at).job.interview_date == datetime.date(2026, 3, 14)
    at.date_input(key="job_interview_date").set_value(None).run()
    assert the_case(at).job.interview_date is None
    assert not errors(at)


def test_a_date_outside_the_calendar_is_never_taken() -> None:
    case = example_case().model_copy(update={"job": example_case().job.model_copy(
        update={"interview_date": datetime.date(2026, 3, 14)})})
    at = open_parts(open_page("job", case), "job_part_money")
    at.date_input(key="job_interview_date").set_value(datetime.date(1999, 12, 31)).run()
    assert_ok(at)  # the picker's bounds are the model's: Streamlit keeps the date it had
    assert at.date_input(key="job_interview_date").value == datetime.date(2026, 3, 14)
    assert the_case(at).job.interview_date == datetime.date(2026, 3, 14)


def test_the_chosen_currency_is_kept_and_money_is_shown_with_it() -> None:
    at = open_parts(open_page("job", example_case()), "job_part_money")
    at.selectbox(key="job_currency").select(Currency.EUR).run()
    assert_ok(at)
    assert the_case(at).job.currency is Currency.EUR
    at.switch_page("pages/game_plan.py").run()
    assert "costs 12 EUR" in " ".join(str(m.value) for m in at.markdown)


JOB_PARTS = {"job_part_you": ("job_first_name", "job_interviews_so_far", "job_early_career", "job_dread"),
             "job_part_wanted": ("job_wanted_job", "job_similarity", "job_curiosity", "job_experience_years"),
             "job_part_money": ("job_interview_date", "job_financial_need", "job_travel_hours", "job_currency",
                                "job_spare_money")}


def widget_keys(at: AppTest) -> set[str]:
    kinds = (at.segmented_control, at.text_input, at.text_area, at.date_input, at.number_input, at.slider, at.checkbox,
             at.selectbox)
    return {widget.key for kind in kinds for widget in kind if widget.key}


def test_a_first_visit_draws_the_invitation_only_and_next_walks_the_other_screens() -> None:
    """Each screen not shown costs the first visit nothing; its answers are still the case's. Next
    shows one screen at a time, each with a handful of questions."""
    case = example_case()
    at = open_page("job", case)
    drawn = widget_keys(at)
    assert {"job_title", "job_company", "job_activity", "job_gut"} == drawn
    for key, inside in JOB_PARTS.items():
        at.button(key="job_screen_next").click().run()
        assert_ok(at)
        drawn = widget_keys(at)
        assert set(inside) <= drawn, key
        assert len(drawn) <= 6, f"{key} asks {len(drawn)} questions at once"
        assert "job_title" not in drawn
    assert not [b for b in at.button if b.key == "job_screen_next"], "the last screen has no Next of its own"
    assert at.number_input(key="job_spare_money").value == case.job.spare_money
    at.button(key="job_screen_back").click().run()
    assert at.slider(key="job_curiosity").value == case.job.curiosity
    assert the_case(at).job == case.job


def test_a_link_from_another_page_opens_its_screen_once() -> None:
    at = open_parts(open_page("job"), "job_part_wanted")
    assert "job_curiosity" in widget_keys(at)
    at.switch_page("pages/about.py").run()
    at.switch_page("pages/job.py").run()
    assert "job_curiosity" in widget_keys(at), "the person comes back to the screen they were on"
    at.button(key="job_screen_back").click().run()
    assert "job_dread" in widget_keys(at)


def test_every_screen_names_the_weighed_questions_waiting_on_the_others() -> None:
    at = open_page("job")
    lines = [str(c.value) for c in at.caption]
    for title, count in (("You and interviews", 4), ("The job you really want", 4), ("Date, travel and money", 4)):
        assert any(line.startswith(f"{title} · {count} questions not answered yet, the verdict takes middle values: “")
                   for line in lines), (title, lines)
    at.button(key="job_go_job_part_money").click().run()
    assert "job_spare_money" in widget_keys(at)


def test_early_in_career_is_asked_not_assumed() -> None:
    """Walking a laptop user: an unticked "early in my career" box was his answer (no), yet the
    verdict called it unanswered and weighed a middle value. Now it is a yes-or-no question with
    nothing chosen until answered, and "No" counts."""
    at = open_parts(open_page("job"), "job_part_you")
    assert at.segmented_control(key="job_early_career").value is None
    at.segmented_control(key="job_early_career").set_value(False).run()
    assert_ok(at)
    job = the_case(at).job
    assert job.given("early_career") and job.early_career is False
