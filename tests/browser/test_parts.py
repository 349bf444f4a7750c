"""A long form draws its first part at once and the others when the person opens them."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from tests.browser.conftest import changes_case, open_page, open_part, reload, slider_thumb
from tests.browser.urlcase import wait_for_case

EXAMPLE = example_case()
PARTS = ("You and interviews", "The job you really want", "Date, travel and money")


def test_the_jobs_parts_open_on_request_with_the_cases_answers_and_keep_an_edit(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/?case={encode(EXAMPLE)}")
    main = page.get_by_test_id("stMain")
    expect(page.locator(".st-key-job_title input")).to_have_value(EXAMPLE.job.title)
    for label in PARTS:
        expect(main.get_by_test_id("stExpander").filter(has_text=label)).to_be_visible()
    expect(main.get_by_role("slider")).to_have_count(0)  # nothing of a closed part is drawn

    money = open_part(page, "Date, travel and money")
    thumb = slider_thumb(page, "job_financial_need")
    expect(thumb).to_have_value(str(EXAMPLE.job.financial_need))
    expect(money.locator(".st-key-job_spare_money input")).to_be_visible()
    with changes_case(page):
        thumb.focus()
        thumb.press("ArrowRight")
    wait_for_case(page, lambda case: case.job.financial_need == EXAMPLE.job.financial_need + 1)

    reload(page)  # a new visit: the parts start closed again, the answer is the case's
    expect(main.get_by_role("slider")).to_have_count(0)
    open_part(page, "Date, travel and money")
    expect(slider_thumb(page, "job_financial_need")).to_have_value(str(EXAMPLE.job.financial_need + 1))
