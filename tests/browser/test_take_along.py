"""Take it along: a person sets the interview date, then downloads the PDF brief and the calendar file."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from icalendar import Calendar
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from advisor.case.examples import example_case
from advisor.documents.plan import asks_in_order
from advisor.editing.edits import set_job
from advisor.sharing.codec import encode
from tests.browser.conftest import COUNT_RUNS, assert_clean, changes_case, nav, open_page, open_part, wait_idle
from tests.browser.urlcase import wait_for_case

DAY = datetime.date(2027, 1, 14)
# The brief embeds subsets of two fonts; the whole file stays small enough to send by chat.
MOST_BYTES = 60_000


def _download(page: Page, key: str, label: str, tmp_path: Path) -> tuple[str, bytes]:
    button = page.locator(f".st-key-{key}").get_by_role("button", name=label)
    expect(button).to_be_visible()
    with page.expect_download() as info:
        button.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    return download.suggested_filename, target.read_bytes()


def test_set_a_date_then_take_the_brief_and_the_calendar_along(page: Page, app_url: str, tmp_path: Path) -> None:
    case = example_case()
    open_page(page, f"{app_url}/game_plan?case={encode(case)}")
    open_part(page, "Take it along")
    expect(page.get_by_text("give its date on The job page first")).to_be_visible()
    expect(page.locator(".st-key-plan_calendar")).to_have_count(0)

    # The way the page points to: The job, its date's part open, where the date is typed as a person types it.
    page.get_by_role("button", name="Set the interview date").click()
    page.wait_for_function("() => location.pathname === '/job'")
    wait_idle(page)
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    # Streamlit draws a date as three typed parts (year, month, day) that move on by themselves,
    # and takes the date when the focus leaves the field: past its calendar button, as Tab goes.
    field = page.locator(".st-key-job_interview_date")
    with changes_case(page):
        field.get_by_role("spinbutton", name="year", exact=False).click()
        page.keyboard.type(f"{DAY:%Y%m%d}")
        expect(field.get_by_role("spinbutton")).to_have_text([f"{DAY:%Y}", f"{DAY:%m}", f"{DAY:%d}"])
        page.keyboard.press("Tab")
        expect(field.get_by_role("button", name="Choose date")).to_be_focused()
        page.keyboard.press("Tab")
    wait_for_case(page, lambda kept: kept.job.interview_date == DAY)

    nav(page, "Game plan")
    open_part(page, "Take it along")
    expect(page.get_by_text("The interview on Thursday 14 January 2027")).to_be_visible()

    name, pdf = _download(page, "plan_brief", "Download brief (PDF)", tmp_path)
    assert name == "interview-advisor-Customer-service-agent-nights.pdf"
    print(f"\nthe example case's brief: {len(pdf):,} bytes")
    assert pdf.startswith(b"%PDF-") and len(pdf) < MOST_BYTES
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert case.job.title in text and "interview on Thursday 14 January 2027" in text
    assert "Go for the practice and the contacts" in text
    assert "Next step: Accept the invitation" in text
    assert "They matter only if the work itself" in " ".join(text.split())  # going for the practice: no asks

    name, ics = _download(page, "plan_calendar", "Add to my calendar (.ics)", tmp_path)
    assert name == "interview-advisor-Customer-service-agent-nights.ics"
    events = {str(e["summary"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}
    interview = events["Interview: Customer service agent (nights) at Brightline Telecom"]
    assert interview.decoded("dtstart") == DAY
    assert asks_in_order(case)[0].ask in str(interview["description"])
    assert len(interview.walk("VALARM")) == 1
    debrief = events["Fill in the debrief: Customer service agent (nights)"]
    assert debrief.decoded("dtstart") == DAY + datetime.timedelta(days=2)
    assert_clean(page)


def test_share_hands_out_the_same_brief(page: Page, app_url: str, tmp_path: Path) -> None:
    open_page(page, f"{app_url}/share?case={encode(example_case())}")
    open_part(page, "Keep it as a file")
    name, pdf = _download(page, "share_brief", "Download brief (PDF)", tmp_path)
    assert name.endswith(".pdf")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1 and "Your asks, most worth making first" in reader.pages[0].extract_text()
    assert_clean(page)


def test_downloads_pressed_one_after_another_each_arrive_and_rerun_nothing(
        page: Page, app_url: str, tmp_path: Path) -> None:
    """A download changes nothing in the case, so the page does not run again: a run would give
    every download a new address, and the next press, before the page had it, fetched nothing."""
    dated = set_job(example_case(), "interview_date", DAY)
    open_page(page, f"{app_url}/game_plan?case={encode(dated)}")
    open_part(page, "Take it along")
    page.evaluate(COUNT_RUNS)
    names = [_download(page, key, label, tmp_path)[0] for key, label in (
        ("plan_download", "Download report (Markdown)"), ("plan_brief", "Download brief (PDF)"),
        ("plan_calendar", "Add to my calendar (.ics)"))]
    assert [Path(name).suffix for name in names] == [".md", ".pdf", ".ics"]
    assert page.evaluate("() => window.__runs") == 0
    assert_clean(page)
