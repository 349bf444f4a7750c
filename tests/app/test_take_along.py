"""Take it along: the PDF brief on Game plan and Share, the calendar file once the job has a date."""

from __future__ import annotations

import datetime

import pytest
from streamlit.testing.v1.element_tree import DownloadButton

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import set_job
from tests.app.conftest import BOTH_CASES, assert_ok, open_page, texts

DAY = datetime.date(2026, 3, 14)


def dated(case: Case) -> Case:
    return set_job(case, "interview_date", DAY)


def deferred(button: DownloadButton) -> None:
    """The download is there, is made only when pressed (nothing waits at a /media address) and
    asks for no rerun: a rerun gives every download a new address, and a second one pressed
    before the browser has it would fetch nothing. A disabled one has nothing to make."""
    assert button.proto.url == "" and (button.proto.deferred_file_id or button.proto.disabled)
    assert button.proto.ignore_rerun


@pytest.mark.parametrize("name", ["game_plan", "share", "journal"])
def test_every_download_is_made_on_the_press_and_reruns_nothing(name: str) -> None:
    at = open_page(name, dated(example_case()), parts=True)
    assert_ok(at)
    assert len(at.download_button), f"{name} offers no download"
    for button in at.download_button:
        deferred(button)


@BOTH_CASES
def test_the_game_plan_offers_the_brief_and_says_the_calendar_needs_a_date(case: Case) -> None:
    at = open_page("game_plan", case, parts=True)
    assert_ok(at)
    assert [(b.key, b.label) for b in at.download_button] == [
        ("plan_download", "Download report (Markdown)"), ("plan_brief", "Download brief (PDF)")]
    deferred(at.download_button(key="plan_brief"))
    assert "give its date on The job page" in texts(at)
    at.button(key="plan_set_date").click().run()  # leads to The job, with the date's part open
    assert_ok(at)
    assert [str(t.value) for t in at.title] == ["The job"]
    assert at.date_input(key="job_interview_date").value is None


@pytest.mark.parametrize("case", [dated(Case()), dated(example_case())], ids=["empty", "example"])
def test_with_a_date_the_game_plan_offers_the_calendar(case: Case) -> None:
    at = open_page("game_plan", case, parts=True)
    assert_ok(at)
    assert [b.key for b in at.download_button] == ["plan_download", "plan_brief", "plan_calendar"]
    assert at.download_button(key="plan_calendar").label == "Add to my calendar (.ics)"
    deferred(at.download_button(key="plan_calendar"))
    assert "The interview on Saturday 14 March 2026" in texts(at)
    assert "plan_set_date" not in {b.key for b in at.button}


@BOTH_CASES
def test_share_offers_the_brief(case: Case) -> None:
    at = open_page("share", case, parts=True)
    assert_ok(at)
    assert at.download_button(key="share_brief").label == "Download brief (PDF)"
    deferred(at.download_button(key="share_brief"))
    assert "Your personal notes are not in it." in texts(at)
