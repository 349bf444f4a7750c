"""Keep and share: the case and the journal are kept in the browser, the address bar never
carries the private notes, mentors review in their own browsers and the owner merges their
send-back links, and a passphrase locks a link.

Every browser here is a separate Playwright context (its own localStorage); a server restart
reuses the port, because localStorage belongs to the origin (host and port).

The passphrase on Share is a password field. Streamlit 1.67 commits one only when the focus
leaves the whole widget, and Tab moves it to the field's own show-password button, so the field
also commits after a pause in typing (``live``): Tab alone locks the links.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, ViewportSize, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import PassphraseNeeded, ShareLinkError, decode, encode
from harness.chromium import VIEWPORT
from harness.server import ROOT, free_port, streamlit_server
from tests.browser.conftest import (
    PHONE,
    assert_clean,
    case_token,
    nav,
    open_page,
    open_part,
    reload,
    slider_thumb,
    type_into,
    wait_idle,
    wait_settled,
)
from tests.browser.urlcase import wait_for_case

EXAMPLE = example_case()
TITLE = EXAMPLE.job.title
CASE_KEY = "interview-advisor:case"
JOURNAL_KEY = "interview-advisor:journal"


# --- helpers ---------------------------------------------------------------------------------


@contextmanager
def _browser_of(browser: Browser, viewport: ViewportSize = VIEWPORT,
                phone: bool = False) -> Iterator[tuple[BrowserContext, Page]]:
    """Another person's browser: a context of its own, with one tab whose page errors fail the test."""
    if phone:
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    else:
        context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield context, page
        assert not errors, f"page errors: {errors}"
    finally:
        context.close()


def _param(url: str, name: str) -> str | None:
    values = parse_qs(urlsplit(url).query).get(name)
    return values[0] if values else None


def _wait_for_param(page: Page, name: str, holds: Callable[[Case], bool], timeout: float = 15) -> Case:
    """Poll the address bar until the case in its ``name`` parameter satisfies ``holds``."""
    deadline = time.monotonic() + timeout
    while True:
        token = _param(page.url, name)
        case: Case | None = None
        if token:
            try:
                case = decode(token)
            except ShareLinkError:
                case = None
        if case is not None and holds(case):
            return case
        if time.monotonic() > deadline:
            raise AssertionError(f"?{name}= never satisfied the condition: {page.url[:200]} -> {case}")
        page.wait_for_function("() => true")  # one round trip to the page before looking again


def _code(page: Page, index: int, marker: str) -> str:
    """The text of the link box holding ``marker`` (the owner's own link is index 0, the review
    link 1), in its fold on Share, opened as a person opens it."""
    label = ("Your own link, to keep", "The review link itself")[index]
    fold = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=label))
    if fold.locator(".stBidiComponent .link").count() == 0:
        open_part(page, label)
    block = fold.locator(".stBidiComponent .link")
    expect(block).to_contain_text(marker)
    return "".join(block.inner_text().split())


def _send_back(page: Page) -> str:
    expect(page.get_by_role("heading", name="Send it back")).to_be_visible()
    open_part(page, "The send-back link itself, to copy")
    block = page.locator(".stBidiComponent .link").filter(has_text="/mentor?reply=")
    expect(block).to_have_count(1)
    return "".join(block.inner_text().split())


def _title_field(page: Page) -> Locator:
    return page.locator(".st-key-job_title input")


def _not_opened(page: Page) -> None:
    """The locked case is not shown: no title field, or one without the case's title."""
    field = _title_field(page)
    assert field.count() == 0 or field.input_value() != TITLE


def _journal_lists(page: Page, title: str) -> None:
    expect(page.get_by_test_id("stMain").locator('[data-testid="stTable"]')).to_contain_text(title)


def _review(page: Page, name: str, key: str, press: str, expected: str) -> str:
    """A mentor starts a review under ``name``, moves the slider ``key`` and reads the link back."""
    page.locator(".st-key-mentor_name input").fill(name)
    page.get_by_role("button", name="Start my review").click()
    _wait_for_param(page, "review", lambda c: [r.mentor for r in c.reviews] == [name])
    wait_idle(page)
    thumb = slider_thumb(page, key)
    expect(thumb).to_be_visible()
    thumb.focus()
    thumb.press(press)
    expect(thumb).to_have_value(expected)
    factor = key.removeprefix("mentor_w_0_")
    _wait_for_param(page, "review", lambda c: c.reviews[0].weights[factor] == int(expected))
    wait_idle(page)
    assert_clean(page)
    return _send_back(page)


# --- 1. private notes stay out of the address bar --------------------------------------------


def test_notes_never_reach_the_address_bar_and_survive_a_reload(page: Page, app_url: str) -> None:
    seen: list[str] = []
    page.on("framenavigated", lambda frame: seen.append(frame.url) if frame == page.main_frame else None)
    open_page(page, f"{app_url}/game_plan?case={encode(EXAMPLE)}")
    open_part(page, "Your notes")
    notes_area = page.locator(".st-key-plan_notes textarea")
    expect(notes_area).to_be_visible()
    notes = "Private: ask Ines about the night bonus before Friday"
    seen.clear()
    type_into(page, "plan_notes", notes)
    nav(page, "The job")
    type_into(page, "job_company", "Brightline Telecom (Leeds)")
    nav(page, "Game plan")
    open_part(page, "Your notes")
    expect(notes_area).to_have_value(notes)
    reload(page)
    open_part(page, "Your notes")
    expect(notes_area).to_have_value(notes)  # after the browser has reported what it keeps
    wait_idle(page)
    assert_clean(page)

    seen.append(page.url)
    tokens = [token for url in seen if (token := _param(url, "case"))]
    assert len(tokens) >= 3, f"the address bar carried too few cases: {seen}"
    cases = [decode(token) for token in tokens]
    assert all(case.notes == "" for case in cases), [case.notes for case in cases]
    assert any(case.job.company == "Brightline Telecom (Leeds)" for case in cases)
    assert all(notes not in url for url in seen)
    final = decode(case_token(page))
    assert final.notes == "" and final.job.company == "Brightline Telecom (Leeds)"


# --- 2. journal and case over a reload and a server restart ----------------------------------


def test_journal_and_case_survive_a_reload_and_a_server_restart(browser: Browser) -> None:
    port = free_port()
    title = "Night agent kept over a restart"
    with _browser_of(browser) as (context, page):
        with streamlit_server(ROOT / "app.py", port=port) as url:
            open_page(page, f"{url}/?case={encode(EXAMPLE)}")
            expect(_title_field(page)).to_have_value(TITLE)
            type_into(page, "job_title", title)
            nav(page, "My interviews")
            expect(page.get_by_test_id("stMain").locator('[data-testid="stTable"]')).to_have_count(0)
            page.get_by_role("button", name="Add the current case").click()
            _journal_lists(page, title)
            page.wait_for_function("names => names.every(n => localStorage.getItem(n) !== null)",
                                   arg=[CASE_KEY, JOURNAL_KEY])
            wait_idle(page)

            reload(page)
            _journal_lists(page, title)
            wait_idle(page)
            assert_clean(page)
            page.close()

        with streamlit_server(ROOT / "app.py", port=port) as again:
            assert again == url  # the same origin, so the same localStorage
            page = context.new_page()
            open_page(page, f"{again}/journal")
            assert _param(page.url, "case") is None or decode(_param(page.url, "case")).job.title == title
            _journal_lists(page, title)
            wait_idle(page)
            nav(page, "The job")
            expect(_title_field(page)).to_have_value(title)
            wait_for_case(page, lambda c: c.job.title == title)
            assert_clean(page)


# --- 3. two mentors, and the owner's later edits ---------------------------------------------


def test_two_mentors_review_and_the_owner_keeps_later_edits(page: Page, app_url: str, browser: Browser) -> None:
    owner = page
    open_page(owner, f"{app_url}/?case={encode(EXAMPLE)}")
    expect(_title_field(owner)).to_have_value(TITLE)
    nav(owner, "Share")
    mentor_link = _code(owner, 1, "/mentor?review=")
    assert urlsplit(mentor_link).path == "/mentor"
    sent = decode(_param(mentor_link, "review"))
    assert sent.job.title == TITLE and sent.reviews == []

    edited = "Night agent, asked for day shifts"
    nav(owner, "The job")
    type_into(owner, "job_title", edited)

    with _browser_of(browser) as (_, ada), _browser_of(browser, phone=True) as (_, sam):
        open_page(ada, mentor_link)
        open_page(sam, mentor_link)
        ada_link = _review(ada, "Ada", "mentor_w_0_dread", "End", "10")
        sam_link = _review(sam, "Sam", "mentor_w_0_inside_view", "ArrowRight", "5")
    assert urlsplit(ada_link).path == urlsplit(sam_link).path == "/mentor"

    open_page(owner, sam_link)
    expect(owner.get_by_text("Sam's review has been added.")).to_be_visible()
    expect(owner.get_by_role("heading", name="Compare the reviews")).to_be_visible()
    table = owner.locator('[data-testid="stTable"]').first
    expect(table).to_contain_text("Sam")
    wait_idle(owner)

    open_page(owner, ada_link)
    expect(owner.get_by_text("Ada's review has been added.")).to_be_visible()
    expect(owner.get_by_role("heading", name="Compare the reviews")).to_be_visible()
    header = table.locator("thead")
    expect(header).to_contain_text("Ada")
    expect(header).to_contain_text("Sam")
    expect(table.locator("tr", has_text="Dread of the interview")).to_contain_text("10")  # Ada's
    expect(table.locator("tr", has_text="A look inside")).to_contain_text("5")  # Sam's
    wait_idle(owner)
    assert_clean(owner)

    nav(owner, "The job")
    expect(_title_field(owner)).to_have_value(edited)
    kept = wait_for_case(owner, lambda c: {r.mentor for r in c.reviews} == {"Ada", "Sam"})
    assert kept.job.title == edited


# --- 4. a mentor cannot change the owner's answers -------------------------------------------


def test_a_mentor_link_shows_the_owners_answers_read_only(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/mentor?review={encode(EXAMPLE)}")
    expect(page.locator(".st-key-mentor_name input")).to_be_visible()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("button", name="Load the example case")).to_have_count(0)
    expect(sidebar.get_by_text("Start over")).to_have_count(0)

    nav(page, "The job")
    title = _title_field(page)
    expect(title).to_have_value(TITLE)
    expect(title).to_be_disabled()
    title.click(force=True)
    page.keyboard.type(" (changed by the mentor)")
    page.keyboard.press("Tab")
    wait_idle(page)
    expect(title).to_have_value(TITLE)

    nav(page, "Why not")
    open_part(page, "Pick from common reasons")
    pills = page.locator(".st-key-why_catalog [role='toolbar'] button")
    expect(pills.first).to_be_visible()
    for index in range(pills.count()):
        expect(pills.nth(index)).to_be_disabled()
    pills.first.click(force=True)
    wait_idle(page)

    nav(page, "Weigh")
    thumb = slider_thumb(page, "weigh_dread")
    expect(thumb).to_have_value(str(EXAMPLE.weights["dread"]))
    expect(thumb).to_be_disabled()
    track = page.locator(".st-key-weigh_dread [role='group'] > div").first
    box = track.bounding_box()
    assert box is not None
    # a click at the far end of the track moves an enabled slider to 10
    track.click(position={"x": box["width"] - 3, "y": box["height"] / 2}, force=True)
    thumb.focus()
    page.keyboard.press("End")
    wait_idle(page)
    expect(thumb).to_have_value(str(EXAMPLE.weights["dread"]))
    assert_clean(page)

    tokens = [token for name in ("review", "case") if (token := _param(page.url, name))]
    assert tokens, page.url
    for token in tokens:
        seen = decode(token)
        assert seen.job.title == TITLE
        assert seen.weights == EXAMPLE.weights
        assert [r.label for r in seen.reasons] == [r.label for r in EXAMPLE.reasons]
        assert seen.revision == EXAMPLE.revision


# --- 5. a link locked with a passphrase ------------------------------------------------------


def test_a_passphrase_link_opens_only_with_the_passphrase(page: Page, app_url: str, browser: Browser) -> None:
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    plain = _code(page, 0, "?case=")
    plain_token = _param(plain, "case")
    assert plain_token is not None and decode(plain_token).job.title == TITLE
    field = page.locator(".st-key-share_passphrase input")
    expect(field).to_have_attribute("type", "password")
    field.press_sequentially("night shift call centre")  # typed as a person types, key by key
    field.press("Tab")  # and nothing more (see the module's note)
    expect(page.get_by_role("heading", name="Ask a mentor for a review (locked)")).to_be_visible()
    wait_idle(page)
    owner_link = _code(page, 0, "?case=1L2.")
    mentor_link = _code(page, 1, "/mentor?review=")
    page.wait_for_function("() => new URLSearchParams(location.search).get('case')?.startsWith('1L2.')")
    address = page.evaluate("() => location.href")
    for link, name in ((owner_link, "case"), (mentor_link, "review"), (address, "case")):
        token = _param(link, name)
        assert token is not None and token.startswith("1L2."), link
        with pytest.raises(PassphraseNeeded):
            decode(token)
        assert decode(token, "night shift call centre").job.title == TITLE
    expect(page.get_by_text("this tab's address bar are locked")).to_be_visible()
    assert_clean(page)

    with _browser_of(browser) as (_, other):
        open_page(other, owner_link)
        secret = other.locator(".st-key-app_unlock_passphrase input")
        expect(secret).to_be_visible()
        expect(secret).to_have_attribute("type", "password")
        _not_opened(other)
        secret.fill("wrong pass")
        other.get_by_role("button", name="Open the case").click()
        expect(other.get_by_text("does not open")).to_be_visible()
        wait_idle(other)
        _not_opened(other)
        secret.fill("night shift call centre")
        other.get_by_role("button", name="Open the case").click()
        expect(_title_field(other)).to_have_value(TITLE)
        wait_idle(other)
        assert_clean(other)


def test_a_suggested_passphrase_locks_the_links_at_once(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    page.get_by_role("button", name="Suggest a passphrase").click()
    expect(page.get_by_role("heading", name="Ask a mentor for a review (locked)")).to_be_visible()
    wait_idle(page)
    field = page.locator(".st-key-share_passphrase input")
    expect(field).to_have_attribute("type", "password")
    suggested = field.input_value()
    assert len(suggested.split(" ")) == 4, suggested
    page.locator(".st-key-share_passphrase").get_by_role("button", name="Show password").click()
    expect(field).to_have_attribute("type", "text")  # the eye shows it, to say it on the phone
    token = _param(_code(page, 0, "?case=1L2."), "case")
    assert token is not None and decode(token, suggested).job.title == TITLE
    assert_clean(page)


# --- 6. the browser's Back button ------------------------------------------------------------


def test_back_and_forward_never_throw_edits_away(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/?case={encode(EXAMPLE)}")
    type_into(page, "job_title", "Edited title one")
    type_into(page, "job_company", "Edited company two")
    nav(page, "Game plan")
    open_part(page, "Your notes")
    type_into(page, "plan_notes", "Private note three")
    for _ in range(3):
        page.go_back()
        wait_idle(page)
    for _ in range(2):
        page.go_forward()
        wait_idle(page)
    page.go_back()
    wait_idle(page)
    nav(page, "The job")
    expect(_title_field(page)).to_have_value("Edited title one")
    expect(page.locator(".st-key-job_company input")).to_have_value("Edited company two")
    nav(page, "Game plan")
    open_part(page, "Your notes")
    expect(page.locator(".st-key-plan_notes textarea")).to_have_value("Private note three")
    assert_clean(page)


# --- 7. a shared computer ---------------------------------------------------------------------


def _ours(page: Page) -> list[str]:
    names: list[str] = page.evaluate(
        "() => Object.keys(localStorage).filter(n => n.startsWith('interview-advisor:'))")
    return names


def test_keeping_can_be_turned_off_and_the_device_forgotten(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    page.wait_for_function("n => localStorage.getItem(n) !== null", arg=CASE_KEY)
    open_part(page, "On this device")
    page.locator(".st-key-share_keep label").click()
    page.wait_for_function("n => localStorage.getItem(n) === null", arg=CASE_KEY)
    wait_idle(page)
    page.goto(f"{app_url}/job")
    wait_settled(page)
    expect(_title_field(page)).to_have_value("")  # nothing was kept for the next visit
    assert _ours(page) == ["interview-advisor:keep"]

    page.locator(".st-key-app_example button").click()
    wait_idle(page)
    nav(page, "Share")
    open_part(page, "On this device")
    page.get_by_role("button", name="Forget this device").click()
    expect(page.get_by_text("This browser no longer keeps anything")).to_be_visible()
    page.wait_for_function("() => !Object.keys(localStorage).some(n => n.startsWith('interview-advisor:'))")
    expect(page.locator(".st-key-share_keep input")).not_to_be_checked()
    assert _ours(page) == []


def test_answers_add_no_history_so_back_goes_to_the_page_before(page: Page, app_url: str) -> None:
    """Walking Marcus: each answer rewrote the address and added a history entry, so Back stepped
    through his own answers on the same page and seemed to do nothing."""
    open_page(page, f"{app_url}/?case={encode(EXAMPLE)}")
    nav(page, "The job")
    before = page.evaluate("() => history.length")
    type_into(page, "job_title", "Edited title one")
    type_into(page, "job_company", "Edited company two")
    assert page.evaluate("() => history.length") == before
    nav(page, "Game plan")
    page.go_back()
    page.wait_for_function("() => location.pathname.endsWith('/job')")
    wait_idle(page)
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    expect(_title_field(page)).to_have_value("Edited title one")
    assert_clean(page)
