"""The sidebar's example button fills every step, whatever the user had typed before; its Start over
clears them at one click, and Undo brings them back."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from tests.browser.conftest import (
    assert_clean,
    chart_data,
    job_screen,
    nav,
    open_page,
    open_part,
    slider_thumb,
    type_into,
    wait_idle,
)
from tests.browser.urlcase import wait_for_case

EXAMPLE = example_case()


def test_example_button_fills_every_step(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/job")
    type_into(page, "job_title", "Something I typed first")
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name="Load the example case").click()
    expect(page.get_by_text("The example case is loaded: every step is filled in.")).to_be_visible()
    wait_idle(page)
    assert_clean(page)

    # The job
    expect(page.locator(".st-key-job_title input")).to_have_value("Customer service agent (nights)")
    expect(page.locator(".st-key-job_company input")).to_have_value("Brightline Telecom")
    expect(page.locator(".st-key-job_activity textarea")).to_have_value(EXAMPLE.job.activity)
    expect(page.locator(".st-key-job_gut").get_by_role("radio", name="Skip it")).to_be_checked()
    job_screen(page, "You and interviews")
    expect(page.locator(".st-key-job_early_career").get_by_role("radio", name="Yes")).to_be_checked()
    expect(slider_thumb(page, "job_dread")).to_have_value("6")
    job_screen(page, "The job you really want")
    expect(page.locator(".st-key-job_wanted_job input")).to_have_value("Junior marketing analyst")
    expect(sidebar.get_by_text("3 of 5 answered")).to_be_visible()  # its weights stay where they start
    # the address bar carries the example's answers (as a case of the visitor's own)
    wait_for_case(page, lambda case: case.model_dump(exclude={"id", "revision"})
                  == EXAMPLE.model_dump(exclude={"id", "revision"}))

    # Why not: four reasons, the three from the catalogue picked, severities as in the case
    nav(page, "Why not")
    expect(page.get_by_role("heading", name="Your reasons (4 of 20)")).to_be_visible()
    main = page.get_by_test_id("stMain")
    for reason in EXAMPLE.reasons:  # folded into their scores: a returning person sees them at once
        expect(main.get_by_role("listitem").filter(has_text=reason.label)).to_have_text(
            f"{reason.label}: {reason.severity} of 10")
    expect(page.locator('[class*="st-key-why_reason_"]')).to_have_count(0)
    open_part(page, "Change how much each bothers you, or remove one")
    cards = page.locator('[class*="st-key-why_reason_"]')
    expect(cards).to_have_count(4)
    for index, reason in enumerate(EXAMPLE.reasons):
        expect(cards.nth(index)).to_contain_text(reason.label)
        expect(slider_thumb(page, f"why_sev_{index}")).to_have_value(str(reason.severity))
    expect(page.locator(".st-key-why_catalog")).to_have_count(0)  # folded: the case has its reasons
    catalog = open_part(page, "Pick from common reasons").locator(".st-key-why_catalog")
    for label in ("The pay is too low", "The shifts or hours", "No days from home"):
        expect(catalog.get_by_role("button", name=label, exact=True)).to_have_attribute("aria-pressed", "true")
    expect(catalog.get_by_role("button", name="Travel for work", exact=True)).to_have_attribute(
        "aria-pressed", "false")

    # Sort: three negotiable with their asks, one core
    nav(page, "Sort")
    expect(page.get_by_role("heading", name="Negotiable (3)")).to_be_visible()
    expect(page.get_by_role("heading", name="Core of the job (1)")).to_be_visible()
    for index, reason in enumerate(EXAMPLE.reasons):
        if reason.ask:
            expect(page.locator(f".st-key-sort_ask_{index} input")).to_have_value(reason.ask)
            open_part(page, "Your walk-away line and the odds", within=page.locator(f".st-key-sort_card_{index}"))
            expect(slider_thumb(page, f"sort_odds_{index}")).to_have_value(str(reason.odds))
    core = page.locator('[class*="st-key-sort_card_"]').filter(has_text="Talking on the phone all day")
    expect(core.get_by_role("button", name="Move to negotiable")).to_be_visible()

    # Weigh: ten weights and a ten-bar chart
    nav(page, "Weigh")
    expect(page.get_by_test_id("stSlider")).to_have_count(10)
    for factor_id, weight in EXAMPLE.weights.items():
        expect(slider_thumb(page, f"weigh_{factor_id}")).to_have_value(str(weight))
    assert len(chart_data(page)) == 10
    expect(page.get_by_text("Chart in words: Balance +0.35")).to_be_visible()

    # Verdict
    nav(page, "Verdict")
    expect(page.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    expect(page.get_by_text("Chart in words: Balance +0.35")).to_be_visible()
    expect(page.get_by_text("about the job itself the balance agrees", exact=False)).to_be_visible()
    expect(page.locator(".st-key-verdict_next_move")).to_contain_text("Your next step: Accept the invitation")
    expect(page.locator(".js-plotly-plot").first).to_be_visible()

    # Game plan: going for the practice, so no asks to put, and it says why
    nav(page, "Game plan")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("They matter only if the work itself", exact=False)).to_be_visible()
    expect(main.locator("ol li")).to_have_count(0)
    assert_clean(page)


def test_start_over_clears_at_one_click_and_undo_brings_the_case_back(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/job")
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name="Load the example case").click()
    expect(page.locator(".st-key-job_title input")).to_have_value(EXAMPLE.job.title)
    sidebar.get_by_role("button", name="Start over").click()
    expect(page.get_by_text("Everything was cleared.")).to_be_visible()
    expect(page.locator(".st-key-job_title input")).to_have_value("")
    expect(sidebar.get_by_text("0 of 5 answered")).to_be_visible()
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Your case is back as it was.")).to_be_visible()
    # The Undo button's place is gone from this run's page, so the fields below move up one:
    # until the run ends the old field is still drawn beside the new one (seen in CI: two).
    wait_idle(page)
    expect(page.locator(".st-key-job_title input")).to_have_value(EXAMPLE.job.title)
    assert_clean(page)
