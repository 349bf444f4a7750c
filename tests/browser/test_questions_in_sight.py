"""Issue 32, points 3 and 7, on a phone: The job asks a handful of questions at a time with a
Next, every question the verdict weighs is reachable and, while unanswered, named with the line
that a middle value stands in, and a screen reached by Next or "Answer them" opens at its heading,
not where the button was; the same reason cannot be added twice; a slider about a person's own
reason is named for a screen reader in plain words."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from advisor.judgement.defaults import MONEY, WANTED, WEIGHED, YOU
from tests.browser.conftest import PHONE, assert_clean, changes_case, open_page, open_part, type_into, wait_idle
from ui.shell.steps import JOB, WHY_NOT
from ui.views.job_fields import INVITATION

# The kinds of input a person answers, by the test id Streamlit gives each.
INPUTS = ("stTextInput", "stTextArea", "stNumberInput", "stSlider", "stCheckbox", "stDateInput", "stSelectbox",
          "stButtonGroup")
HANDFUL = 6


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        yield context.new_page()
    finally:
        context.close()


def _inputs(page: Page) -> int:
    main = page.get_by_test_id("stMain")
    return sum(main.get_by_test_id(kind).count() for kind in INPUTS)


def test_the_job_asks_a_handful_at_a_time_and_names_what_waits(phone: Page, app_url: str) -> None:
    page = phone
    open_page(page, f"{app_url}/{JOB.url}")
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    main = page.get_by_test_id("stMain")
    # The first screen: the invitation, and a line for each screen ahead naming its weighed questions.
    expect(main.get_by_role("heading", level=2, name=INVITATION, exact=True)).to_be_visible()
    for title in (YOU, WANTED, MONEY):
        line = main.get_by_text(re.compile(rf"^{re.escape(title)} · \d+ questions not answered yet, "
                                           r"the verdict takes middle values: “"))
        expect(line).to_be_visible()
        for question in (q for q in WEIGHED if q.part == title and q.field != "spare_money"):
            expect(line).to_contain_text(f"“{question.label}”")
    assert _inputs(page) <= HANDFUL
    type_into(page, "job_title", "Night porter", commit="Enter")

    # Next walks the screens, a handful of questions on each, every weighed question among them.
    asked: set[str] = set()
    for title in (YOU, WANTED, MONEY):
        next_button = main.get_by_role("button", name=f"Next: {title}")
        expect(next_button).to_be_visible()
        next_button.tap()  # at the foot of the screen, the page scrolled down to it
        heading = main.get_by_role("heading", level=2, name=title, exact=True)
        expect(heading).to_be_visible()
        wait_idle(page)
        expect(heading).to_be_in_viewport()
        count = _inputs(page)
        assert 0 < count <= HANDFUL, f"{title} asks {count} questions at once"
        expect(main.locator(".st-key-job_title")).to_have_count(0)
        for question in (q for q in WEIGHED if q.part == title):
            expect(main.locator(f".st-key-job_{question.field}")).to_be_visible()
            asked.add(question.field)
        expect(main.get_by_text(re.compile(rf"^{re.escape(title)} · \d+ questions? not answered yet, "
                                           "the verdict takes middle values"))).to_be_visible()
    assert asked == {q.field for q in WEIGHED}
    expect(main.get_by_role("button", name=re.compile("^Next: "))).to_have_count(0)
    expect(main.get_by_role("link", name="Next: Why not")).to_be_visible()

    # Keeping the shown values answers them: the line goes, the other screens' lines stay.
    with changes_case(page):
        main.get_by_role("button", name="Keep these as my answers").click()
    wait_idle(page)
    expect(main.get_by_text(f"{MONEY} · ")).to_have_count(0)
    expect(main.get_by_text(re.compile(rf"^{re.escape(YOU)} · 4 questions not answered yet"))).to_be_visible()
    # A waiting screen is one tap away, and opens at its heading too.
    main.get_by_role("button", name=f"Answer them: {YOU}").tap()
    heading = main.get_by_role("heading", level=2, name=YOU, exact=True)
    expect(heading).to_be_visible()
    wait_idle(page)
    expect(heading).to_be_in_viewport()
    expect(main.locator(".st-key-job_dread")).to_be_visible()
    assert_clean(page)


def test_the_same_reason_is_refused_at_its_field(phone: Page, app_url: str) -> None:
    page = phone
    open_page(page, f"{app_url}/{WHY_NOT.url}")
    expect(page.get_by_role("heading", level=1, name="Why not?")).to_be_visible()
    wait_idle(page)
    main = page.get_by_test_id("stMain")
    own = open_part(page, "Add a reason in your own words")
    field = own.locator(".st-key-why_new input")
    with changes_case(page):
        field.fill("12-month contract")
        field.press("Enter")
    wait_idle(page)
    field = main.locator(".st-key-why_new input")
    field.fill("  12-MONTH   contract ")
    field.press("Enter")
    wait_idle(page)
    expect(main.get_by_text("This reason is already in your list.")).to_be_visible()
    expect(main.get_by_role("heading", name="Your reasons (1 of")).to_be_visible()
    expect(field).to_have_value("  12-MONTH   contract ")  # kept, to be changed


def test_a_reasons_slider_is_named_in_plain_words(phone: Page, app_url: str) -> None:
    page = phone
    open_page(page, f"{app_url}/{WHY_NOT.url}")
    expect(page.get_by_role("heading", level=1, name="Why not?")).to_be_visible()
    wait_idle(page)
    own = open_part(page, "Add a reason in your own words")
    with changes_case(page):
        own.locator(".st-key-why_new input").fill("A *12-month* contract (fixed)")
        own.locator(".st-key-why_new input").press("Enter")
    wait_idle(page)
    main = page.get_by_test_id("stMain")
    slider = main.get_by_role("slider", name="How much does “A 12-month contract fixed” bother you?")
    expect(slider).to_have_count(1)
    name = slider.get_attribute("aria-label") or ""
    assert "*" not in name and "\\" not in name, name
    # What the page shows is the reason exactly as typed.
    expect(main.get_by_text("A *12-month* contract (fixed)", exact=False).first).to_be_visible()
    assert_clean(page)
