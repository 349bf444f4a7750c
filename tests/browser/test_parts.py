"""A long form draws its first screen at once and the others when the person moves to them."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from tests.browser.conftest import changes_case, job_screen, open_page, reload, slider_thumb
from tests.browser.urlcase import wait_for_case
from ui.shell.steps import JOB

EXAMPLE = example_case()


def test_the_jobs_screens_show_on_request_with_the_cases_answers_and_keep_an_edit(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/{JOB.url}?case={encode(EXAMPLE)}")
    main = page.get_by_test_id("stMain")
    expect(page.locator(".st-key-job_title input")).to_have_value(EXAMPLE.job.title)
    expect(main.get_by_role("slider")).to_have_count(0)  # nothing of a screen not shown is drawn

    job_screen(page, "Date, travel and money")
    thumb = slider_thumb(page, "job_financial_need")
    expect(thumb).to_have_value(str(EXAMPLE.job.financial_need))
    expect(main.locator(".st-key-job_spare_money input")).to_be_visible()
    with changes_case(page):
        thumb.focus()
        thumb.press("ArrowRight")
    wait_for_case(page, lambda case: case.job.financial_need == EXAMPLE.job.financial_need + 1)

    reload(page)  # a new visit: the first screen again, the answer is the case's
    expect(main.get_by_role("slider")).to_have_count(0)
    job_screen(page, "Date, travel and money")
    expect(slider_thumb(page, "job_financial_need")).to_have_value(str(EXAMPLE.job.financial_need + 1))
