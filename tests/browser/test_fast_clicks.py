"""A fast clicker: each Remove, Move and Adopt button clicked five times 30 ms apart, where it was.

A person who double- or triple-clicks (or whose mouse bounces) sends clicks faster than a rerun.
Only the item they clicked may change, and no error may reach the screen: neither Streamlit's
own error screen nor our apology.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from advisor.article.factors import Kind
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, open_page, open_part, settled_box, wait_idle
from tests.browser.urlcase import wait_for_case
from ui.shell.steps import DEBRIEF, MENTOR, SORT, WHY_NOT, Step

QUESTIONS = ["Why this company?", "Where do you see yourself in five years?", "Any questions for us?"]


def _case() -> Case:
    data = example_case().model_dump()
    data["debrief"] = {"surprises": QUESTIONS}
    data["reviews"] = [
        {"mentor": "Ada", "weights": {**data["weights"], "dread": 9}},
        {"mentor": "Sam", "weights": {**data["weights"], "practice": 1}},
    ]
    return Case.model_validate(data)


def _open(page: Page, app_url: str, step: Step) -> None:
    open_page(page, f"{app_url}/{step.url}?case={encode(_case())}")


def _burst(page: Page, button: Locator, clicks: int = 5, gap_ms: int = 30) -> None:
    """Click the button's spot on the screen ``clicks`` times, ``gap_ms`` apart: the clicks land
    on whatever is drawn there by then, as a person's would."""
    button.scroll_into_view_if_needed()
    box = settled_box(page, button)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for click in range(clicks):
        if click:
            page.wait_for_timeout(gap_ms)  # the pace of the clicks, not a wait for the app
        page.mouse.click(x, y)


def _after(page: Page, holds: Callable[[Case], bool]) -> Case:
    """The case once the burst's change has reached the address bar and every rerun is done."""
    wait_for_case(page, holds)
    wait_idle(page)
    case = wait_for_case(page, holds)
    assert_clean(page)
    expect(page.get_by_text("Sorry, something went wrong")).to_have_count(0)
    return case


def test_five_clicks_on_remove_remove_only_that_reason(page: Page, app_url: str) -> None:
    _open(page, app_url, WHY_NOT)
    open_part(page, "Change how much each bothers you, or remove one")
    first = _case().reasons[0]
    _burst(page, page.locator(f".st-key-why_del_{first.id} button"))
    case = _after(page, lambda c: first.label not in [r.label for r in c.reasons])
    assert [r.label for r in case.reasons] == [r.label for r in _case().reasons[1:]]
    expect(page.get_by_text(first.label, exact=True)).to_have_count(0)
    expect(page.locator('[class*="st-key-why_reason_"]')).to_have_count(len(_case().reasons) - 1)


def test_five_clicks_on_move_move_only_that_reason(page: Page, app_url: str) -> None:
    _open(page, app_url, SORT)
    first = _case().reasons[0]
    _burst(page, page.locator(f".st-key-sort_to_core_{first.id} button"))
    case = _after(page, lambda c: c.reasons[0].kind is Kind.CORE)
    assert [r.kind for r in case.reasons] == [Kind.CORE] + [r.kind for r in _case().reasons[1:]]
    expect(page.locator(f".st-key-sort_to_neg_{first.id} button")).to_be_visible()


def test_five_clicks_on_remove_remove_only_that_question(page: Page, app_url: str) -> None:
    _open(page, app_url, DEBRIEF)
    open_part(page, "Questions that surprised you")
    button = page.get_by_role("button", name="Remove").first
    _burst(page, button)
    case = _after(page, lambda c: c.debrief is not None and QUESTIONS[0] not in c.debrief.surprises)
    assert case.debrief is not None and case.debrief.surprises == QUESTIONS[1:]
    for question in QUESTIONS[1:]:
        expect(page.get_by_text(question)).to_be_visible()


def test_five_clicks_on_adopt_and_on_remove_review_change_only_that_mentor(page: Page, app_url: str) -> None:
    _open(page, app_url, MENTOR)
    _burst(page, page.get_by_role("button", name="Adopt all their weights").first)
    adopted = _after(page, lambda c: c.weights["dread"] == 9)
    assert adopted.weights == _case().reviews[0].weights
    assert [r.mentor for r in adopted.reviews] == ["Ada", "Sam"]
    _burst(page, page.get_by_role("button", name="Remove this review").first)
    case = _after(page, lambda c: [r.mentor for r in c.reviews] != ["Ada", "Sam"])
    assert [r.mentor for r in case.reviews] == ["Sam"]
    assert case.weights == adopted.weights
