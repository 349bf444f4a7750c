"""After the interview: debrief, keep cases in the journal, carry it to another browser."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import encode
from harness.chromium import VIEWPORT
from tests.browser.conftest import assert_clean, open_page, open_part, slider_thumb, type_into, wait_idle
from tests.browser.urlcase import wait_for_case


def _has_surprise(case: Case) -> bool:
    return case.debrief is not None and case.debrief.surprises == ["Why nights?"]


def _debrief_example(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/debrief?case={encode(example_case())}")
    open_part(page, "Questions that surprised you")
    page.locator(".st-key-debrief_new input").fill("Why nights?")
    page.get_by_role("button", name="Add question").click()
    wait_for_case(page, _has_surprise)
    wait_idle(page)
    open_part(page, "The outcome")
    page.get_by_text("Decline", exact=True).click()
    wait_for_case(page, lambda c: c.debrief is not None and c.debrief.decision == "decline")
    type_into(page, "debrief_why", "The phone work is the job itself")
    wait_for_case(page, lambda c: c.debrief is not None and c.debrief.why.startswith("The phone"))
    expect(page.locator('[data-testid="stMain"]')).to_contain_text("against the balance")


def test_debrief_journal_download_and_upload_in_a_fresh_browser(page: Page, app_url: str, browser: Browser,
                                                                tmp_path: Path) -> None:
    _debrief_example(page, app_url)
    page.get_by_role("link", name="My interviews", exact=True).first.click()
    page.get_by_role("button", name="Add the current case").click()
    expect(page.get_by_text("This case is in your journal.")).to_be_visible()
    page.locator(".st-key-app_example button").click()
    wait_idle(page)
    page.get_by_role("link", name="The job", exact=True).click()
    type_into(page, "job_title", "Junior analyst")
    wait_for_case(page, lambda c: c.job.title == "Junior analyst")
    type_into(page, "job_company", "Numbers Ltd")
    wait_for_case(page, lambda c: c.job.company == "Numbers Ltd")
    page.get_by_role("link", name="Weigh", exact=True).click()
    for factor in ("core_dislike", "unfixed_terms", "dread"):
        slider = slider_thumb(page, f"weigh_{factor}")
        slider.focus()
        slider.press("Home")
        expect(slider).to_have_value("0")
    wait_for_case(page, lambda c: c.weights["dread"] == 0 and c.weights["core_dislike"] == 0)
    page.get_by_role("link", name="My interviews", exact=True).click()
    page.get_by_role("button", name="Add the current case").click()
    table = page.locator('[data-testid="stTable"]')
    expect(table.locator("tbody tr")).to_have_count(2)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download journal").click()
    saved = tmp_path / "journal.json"
    download.value.save_as(saved)

    context = browser.new_context(viewport=VIEWPORT)
    fresh = context.new_page()
    try:
        open_page(fresh, f"{app_url}/journal")
        fresh.locator(".st-key-journal_upload input[type='file']").set_input_files(str(saved))
        expect(fresh.get_by_text("Your journal is loaded: 2 interview(s).")).to_be_visible()
        rows = fresh.locator('[data-testid="stTable"] tbody tr')
        expect(rows).to_have_count(2)
        expect(rows.nth(0)).to_contain_text("Junior analyst")
        expect(rows.nth(1)).to_contain_text("Customer service agent (nights)")
        expect(rows.nth(1)).to_contain_text("Decline")
        expect(fresh.locator(".js-plotly-plot").first).to_be_visible()
        assert_clean(fresh)
    finally:
        context.close()
