"""A mentor on a phone sees what they weigh: a slider for each of the owner's own pros, the
verdict their weights give kept in sight as they move, notes in multi-line fields folded one part
per reason; the owner can adopt all their weights and take that back with one Undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import add_pro, set_pro_weight
from advisor.editing.reviews import set_review_pro_weight, set_review_weight, start_review
from advisor.sharing.codec import encode
from tests.browser.conftest import (
    assert_clean,
    open_page,
    open_part,
    phone_context,
    slider_thumb,
    wait_idle,
    wait_stored,
)
from tests.browser.urlcase import wait_for_case

PRO = "Paid 12-month training"


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A phone: conftest's ``page`` opens in it."""
    yield from phone_context(browser)


def _owners_case() -> Case:
    """The example case with a pro of the owner's own, which counts 3 for going."""
    case = add_pro(example_case(), PRO)
    return set_pro_weight(case, case.pros[0].id, 3)


def test_a_mentor_weighs_the_owners_own_pro_and_sees_the_verdict_of_their_weights(page: Page,
                                                                                   app_url: str) -> None:
    case = _owners_case()
    pro_id = case.pros[0].id
    open_page(page, f"{app_url}/mentor?review={encode(case)}")
    page.locator(".st-key-mentor_name input").fill("Sam")
    page.get_by_role("button", name="Start my review").click()
    expect(page.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()

    # A slider for their own pro, named in plain words for a screen reader (no "**", no "\-").
    thumb = slider_thumb(page, f"mentor_p_0_{pro_id}")
    expect(thumb).to_have_attribute("aria-label", f"How much does “{PRO}” count for going?")
    expect(thumb).to_have_value("3")
    line = page.locator(".st-key-in_sight_mentor_balance")
    expect(line).to_contain_text("With your weights:")
    before = line.inner_text()

    thumb.scroll_into_view_if_needed()
    thumb.focus()
    thumb.press("End")
    expect(thumb).to_have_value("10")
    wait_for_case(page, lambda c: c.reviews[0].pro_weights == {pro_id: 10})
    wait_idle(page)
    expect(line).not_to_have_text(before)
    expect(line).to_contain_text("With your weights:")
    expect(line).to_be_in_viewport()  # in sight while the slider far below the top moves
    assert_clean(page)


def test_a_mentors_notes_are_folded_per_reason_and_take_several_lines(page: Page, app_url: str) -> None:
    case = _owners_case()
    open_page(page, f"{app_url}/mentor?review={encode(case)}")
    page.locator(".st-key-mentor_name input").fill("Sam")
    page.get_by_role("button", name="Start my review").click()
    expect(page.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()
    parts = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text="On “"))
    expect(parts).to_have_count(len(case.reasons))
    expect(parts.first.locator("summary")).to_contain_text("no note yet")
    expect(page.locator("[class*='st-key-mentor_note_'] textarea")).to_have_count(0)  # folded, none drawn

    first = case.reasons[0]
    box = open_part(page, f"On “{first.label}”")
    expect(box).to_contain_text(f"It bothers them {first.severity} of 10")
    field = page.locator(f".st-key-mentor_note_0_{first.id} textarea")
    field.fill("Ask whether nights rotate.\nAnd for how long.")
    field.press("Tab")
    wait_for_case(page, lambda c: c.reviews[0].notes.get(first.id) == "Ask whether nights rotate.\nAnd for how long.")
    wait_idle(page)
    expect(parts.first.locator("summary")).to_contain_text("your note is written")
    expect(field).to_be_visible()  # the part stays open for the mentor still writing in it
    assert_clean(page)


def test_adopting_all_a_mentors_weights_can_be_undone(page: Page, app_url: str) -> None:
    owner = _owners_case()
    pro_id = owner.pros[0].id
    reviewed = set_review_pro_weight(set_review_weight(start_review(owner, "Ada"), "Ada", "dread", 9),
                                     "Ada", pro_id, 8)
    open_page(page, f"{app_url}/mentor?reply={encode(reviewed)}")
    expect(page.locator(".st-key-mentor_review_0")).to_be_visible()
    page.get_by_role("button", name="Adopt all their weights").click()
    adopted = wait_stored(page, lambda c: c.weights["dread"] == 9 and c.pros[0].weight == 8)
    assert adopted.weights == reviewed.reviews[0].weights
    undo = page.get_by_role("button", name="Undo")
    expect(undo).to_be_visible()
    undo.click()
    back = wait_stored(page, lambda c: c.weights["dread"] == owner.weights["dread"])
    assert back.weights == owner.weights and back.pros == owner.pros
    assert back.reviews == reviewed.reviews and back.revision > adopted.revision
    wait_idle(page)
    expect(page.locator(".st-key-mentor_review_0")).to_contain_text("Adopt all their weights")
    assert_clean(page)
