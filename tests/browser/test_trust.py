"""Trust: a link coming back adds reviews and nothing else, and a mentor never edits another's.

Each test is the attack or the slip as a person meets it: someone who was sent a mentor link
forges a "review" that claims a newer revision of the owner's answers; a review signed with
another mentor's name; reviews gathered on two devices that together are more than a case can
carry; a second mentor opening a case that already holds a review.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import revised, set_job
from advisor.editing.reviews import set_review_weight, start_review
from advisor.sharing.codec import encode
from harness.chromium import VIEWPORT
from tests.browser.conftest import PHONE, assert_clean, nav, open_page, reload, slider_thumb, wait_idle, wait_stored
from tests.browser.urlcase import wait_for_case

OWNER_CASE = set_job(example_case(), "title", "Night agent, as the owner wrote it")


@contextmanager
def _browser_of(browser: Browser, phone: bool = False) -> Iterator[Page]:
    """A person's own browser (its own storage), with page errors failing the test."""
    context = (browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True) if phone
               else browser.new_context(viewport=VIEWPORT))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
        assert not errors, f"page errors: {errors}"
    finally:
        context.close()


def _owner_keeps(page: Page, url: str, case: Case) -> None:
    """The owner's browser keeps ``case``: opened once from its own link."""
    open_page(page, f"{url}/?case={encode(case)}")
    wait_stored(page, lambda kept: kept == case)


def _reviewed(case: Case, mentor: str, dread: int) -> Case:
    return set_review_weight(start_review(case, mentor), mentor, "dread", dread)


def _answers(case: Case) -> dict[str, object]:
    return case.model_dump(exclude={"reviews"})


def test_a_forged_reply_adds_its_review_and_leaves_the_owners_answers(browser: Browser, app_url: str) -> None:
    with _browser_of(browser) as owner:
        _owner_keeps(owner, app_url, OWNER_CASE)
        forged = revised(set_job(OWNER_CASE, "title", "Forged title")).model_copy(
            update={"weights": {**OWNER_CASE.weights, "income": 0, "core_dislike": 10}})
        open_page(owner, f"{app_url}/mentor?reply={encode(_reviewed(forged, 'Mallory', 0))}")
        expect(owner.get_by_text("Mallory's review has been added.")).to_be_visible()
        expect(owner.get_by_text("newer version", exact=False)).to_have_count(0)
        kept = wait_stored(owner, lambda case: [r.mentor for r in case.reviews] == ["Mallory"])
        assert _answers(kept) == _answers(OWNER_CASE)
        nav(owner, "The job")
        expect(owner.locator(".st-key-job_title input")).to_have_value(OWNER_CASE.job.title)
        assert _answers(wait_for_case(owner, lambda case: bool(case.reviews))) == _answers(
            OWNER_CASE.model_copy(update={"notes": ""}))
        assert_clean(owner)


def test_a_review_that_replaces_a_mentors_earlier_one_says_so_and_can_be_undone(
        browser: Browser, app_url: str) -> None:
    mine = _reviewed(OWNER_CASE, "Ada", 9)
    with _browser_of(browser) as owner:
        _owner_keeps(owner, app_url, mine)
        impostor = set_review_weight(set_review_weight(mine, "ada", "dread", 0), "ada", "income", 0)
        open_page(owner, f"{app_url}/mentor?reply={encode(impostor)}")
        expect(owner.get_by_text("Ada's earlier review was replaced by the newer one in this link.",
                                 exact=False)).to_be_visible()
        wait_stored(owner, lambda case: case.reviews[0].weights["dread"] == 0)
        owner.get_by_role("button", name="Undo").click()
        expect(owner.get_by_text("Your case is back as it was.")).to_be_visible()
        kept = wait_stored(owner, lambda case: case.reviews[0].weights["dread"] == 9)
        assert kept == mine
        assert_clean(owner)


def test_reviews_from_two_devices_beyond_the_limit_lose_none_of_the_kept_ones(
        browser: Browser, app_url: str) -> None:
    here = OWNER_CASE
    for number in range(3):
        here = _reviewed(here, f"A{number}", number)
    there = OWNER_CASE
    for number in range(3):
        there = _reviewed(there, f"B{number}", number)
    with _browser_of(browser) as owner:
        _owner_keeps(owner, app_url, here)
        for link in (f"{app_url}/?case={encode(revised(there))}", f"{app_url}/mentor?reply={encode(there)}"):
            open_page(owner, link)
            expect(owner.get_by_text("at most 5", exact=False)).to_be_visible()
            nav(owner, "Weigh")
            nav(owner, "Mentor review")
            kept = wait_stored(owner, lambda case: True)
            assert [r.mentor for r in kept.reviews] == ["A0", "A1", "A2"]
            assert _answers(kept) == _answers(here)
        assert_clean(owner)


def test_a_second_mentor_starts_as_someone_new_and_a_reload_keeps_them_in_their_own_review(
        browser: Browser, app_url: str) -> None:
    reviewed = _reviewed(OWNER_CASE, "Ada", 9)
    with _browser_of(browser, phone=True) as sam:
        open_page(sam, f"{app_url}/mentor?review={encode(reviewed)}")
        who = sam.locator(".st-key-mentor_who")
        expect(who.get_by_role("combobox")).to_have_value("Someone new")
        expect(slider_thumb(sam, "mentor_w_0_dread")).to_have_count(0)
        sam.locator(".st-key-mentor_name input").fill("Sam")
        sam.get_by_role("button", name="Start my review").click()
        expect(sam.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()
        thumb = slider_thumb(sam, "mentor_w_1_dread")
        thumb.focus()
        thumb.press("End")
        expect(thumb).to_have_value("10")
        wait_for_case(sam, lambda case: case.reviews[-1].weights["dread"] == 10)
        wait_idle(sam)
        reload(sam)
        expect(sam.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()
        expect(slider_thumb(sam, "mentor_w_1_dread")).to_have_value("10")
        case = wait_for_case(sam, lambda case: len(case.reviews) == 2)
        assert [(r.mentor, r.weights["dread"]) for r in case.reviews] == [("Ada", 9), ("Sam", 10)]
        assert_clean(sam)


def test_a_reload_of_ones_own_locked_address_bar_can_carry_on_with_the_kept_case(
        browser: Browser, app_url: str) -> None:
    with _browser_of(browser) as owner:
        _owner_keeps(owner, app_url, OWNER_CASE)
        nav(owner, "Share")
        field = owner.locator(".st-key-share_passphrase input")
        field.press_sequentially("night shift call centre")
        field.press("Tab")
        owner.wait_for_function("() => new URLSearchParams(location.search).get('case')?.startsWith('1L2.')")
        wait_idle(owner)
        locked = owner.evaluate("() => location.href")
        reload(owner)
        expect(owner.locator(".st-key-app_unlock_passphrase input")).to_be_visible()
        owner.get_by_role("button", name="Not now: open the case this browser keeps").click()
        expect(owner.get_by_text("The case this browser keeps is open", exact=False)).to_be_visible()
        nav(owner, "The job")
        expect(owner.locator(".st-key-job_title input")).to_have_value(OWNER_CASE.job.title)
        assert_clean(owner)
    with _browser_of(browser) as stranger:
        open_page(stranger, locked)
        expect(stranger.locator(".st-key-app_unlock_passphrase input")).to_be_visible()
        expect(stranger.get_by_role("button", name="Not now", exact=False)).to_have_count(0)
