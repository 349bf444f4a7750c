"""Asking a mentor in one tap, on a 390-px phone (issue 32, point 5).

The owner's one action on Share hands the review link and our message to the phone's share sheet
(``navigator.share``, stubbed here to record its call: Chromium on Linux has no share sheet), or
opens a prefilled e-mail where there is none; the review link travels as a QR code too. A mentor
sent the owner's own link instead is asked whose case it is and offered the mentor's view, and
sends the review back the same way.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import decode, encode
from advisor.sharing.invitation import for_mentor, for_owner, qr_svg
from tests.browser.conftest import PHONE, assert_clean, open_page, open_part, wait_idle

EXAMPLE = example_case()
CASE_KEY = "interview-advisor:case"
# A share sheet that records what it was handed.
SHEET = """
window.__shared = [];
Object.defineProperty(Navigator.prototype, "share", {configurable: true,
  value: async function (data) { window.__shared.push(data); }});
Object.defineProperty(Navigator.prototype, "canShare", {configurable: true, value: () => true});
"""
NO_SHEET = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context
    context.close()


def _page(context: BrowserContext, script: str) -> Page:
    context.add_init_script(script)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    return page


def _param(url: str, name: str) -> str:
    return parse_qs(urlsplit(url).query)[name][0]


def _folded_link(page: Page, label: str) -> str:
    open_part(page, label)
    block = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=label)).locator(".link")
    expect(block).to_contain_text("?")
    return "".join(block.inner_text().split())


def _shared(page: Page, button: str) -> dict[str, Any]:
    send = page.get_by_role("button", name=button, exact=True)
    expect(send).to_be_visible()
    send.tap()
    page.wait_for_function("() => window.__shared.length === 1")
    shared: dict[str, Any] = page.evaluate("() => window.__shared[0]")
    return shared


def test_one_tap_hands_the_review_link_and_our_message_to_the_share_sheet(phone: BrowserContext, app_url: str) -> None:
    page = _page(phone, SHEET)
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    shared = _shared(page, "Send to a mentor")
    url = shared["url"]
    assert urlsplit(url).path == "/mentor" and decode(_param(url, "review")).job.title == EXAMPLE.job.title
    said = for_mentor(url, locked=False)
    assert (shared["title"], shared["text"]) == (said.subject, said.text)
    expect(page.get_by_text("Sent on to the app you picked.")).to_be_visible()
    assert url == _folded_link(page, "The review link itself")  # the very link folded below
    mail = page.locator(".st-key-share_send a")
    expect(mail).to_have_text("Send it by e-mail")  # the e-mail stays beside the sheet, quieter
    assert not page.errors  # type: ignore[attr-defined]
    assert_clean(page)


def test_without_a_share_sheet_the_one_action_is_a_prefilled_email(phone: BrowserContext, app_url: str) -> None:
    page = _page(phone, NO_SHEET)
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    expect(page.get_by_role("button", name="Send to a mentor", exact=True)).to_have_count(0)
    mail = page.get_by_role("link", name="Send to a mentor", exact=True)
    expect(mail).to_be_visible()
    box = mail.bounding_box()
    assert box is not None and box["height"] >= 44
    review = _folded_link(page, "The review link itself")
    expect(mail).to_have_attribute("href", for_mentor(review, locked=False).mailto())
    assert not page.errors  # type: ignore[attr-defined]


def test_the_qr_code_is_the_review_link(phone: BrowserContext, app_url: str) -> None:
    page = _page(phone, NO_SHEET)
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    review = _folded_link(page, "The review link itself")
    qr = open_part(page, "Show the review link as a QR code").locator("img")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    source = str(qr.get_attribute("src"))
    assert source.startswith("data:image/svg+xml;base64,")
    drawn = base64.b64decode(source.split(",", 1)[1]).decode("utf-8")
    drawn = " ".join(drawn.replace('xmlns="http://www.w3.org/2000/svg"', "").split())  # as Streamlit adds it
    assert drawn == " ".join(qr_svg(review).split())  # whose modules the unit test reads back


def test_a_locked_case_sends_the_locked_review_link_and_says_so(phone: BrowserContext, app_url: str) -> None:
    page = _page(phone, SHEET)
    open_page(page, f"{app_url}/share?case={encode(EXAMPLE)}")
    page.get_by_role("button", name="Suggest a passphrase").tap()
    expect(page.get_by_role("heading", name="Ask a mentor for a review (locked)")).to_be_visible()
    wait_idle(page)
    passphrase = page.locator(".st-key-share_passphrase input").input_value()
    shared = _shared(page, "Send to a mentor")
    token = _param(shared["url"], "review")
    assert token.startswith("1L2.") and decode(token, passphrase).job.title == EXAMPLE.job.title
    assert shared["text"] == for_mentor(shared["url"], locked=True).text


def test_a_mentor_sent_the_owners_link_is_asked_and_reviews_and_sends_back_in_one_tap(
    phone: BrowserContext, app_url: str
) -> None:
    page = _page(phone, SHEET)
    open_page(page, f"{app_url}/?case={encode(EXAMPLE)}")
    expect(page.get_by_text("Is this your case, or are you reviewing someone else's?")).to_be_visible()
    page.wait_for_function("name => localStorage.getItem(name) !== null", arg=CASE_KEY)  # kept as theirs, for now
    page.get_by_role("button", name="Review it as a mentor instead").tap()
    page.wait_for_function("() => location.pathname === '/mentor'")
    expect(page.get_by_text("You are reviewing this case as a mentor")).to_be_visible()
    name = page.locator(".st-key-mentor_name input")
    expect(name).to_be_visible()
    page.wait_for_function("name => localStorage.getItem(name) === null", arg=CASE_KEY)  # none of it kept as theirs
    assert decode(_param(page.url, "review")).job.title == EXAMPLE.job.title

    name.fill("Sam")
    page.get_by_role("button", name="Start my review").tap()
    wait_idle(page)
    shared = _shared(page, "Send my review back")
    url = shared["url"]
    assert urlsplit(url).path == "/mentor" and [r.mentor for r in decode(_param(url, "reply")).reviews] == ["Sam"]
    assert shared["text"] == for_owner(url, locked=False).text
    assert not page.errors  # type: ignore[attr-defined]
    assert_clean(page)


def test_a_note_typed_just_before_the_tap_on_send_travels_with_the_review(phone: BrowserContext, app_url: str) -> None:
    """The tap that sends takes the focus from the note, which commits it and runs the app again:
    the review sent is the one with the note, not the one drawn before it was typed."""
    page = _page(phone, SHEET)
    open_page(page, f"{app_url}/mentor?review={encode(EXAMPLE)}")
    page.locator(".st-key-mentor_name input").fill("Ruth")
    page.get_by_role("button", name="Start my review").tap()
    wait_idle(page)
    overall = page.locator(".st-key-mentor_overall_0 textarea")
    overall.tap()
    overall.fill("Go: the practice is worth the journey.")
    shared = _shared(page, "Send my review back")  # straight from the field, with no pause
    (review,) = decode(_param(shared["url"], "reply")).reviews
    assert (review.mentor, review.overall) == ("Ruth", "Go: the practice is worth the journey.")
    assert not page.errors  # type: ignore[attr-defined]


# Where there is no share sheet the action is an e-mail link: record each address it opens
# (a mail client is not started here).
MAILTO = NO_SHEET + """
window.__mailed = [];
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (link && link.href.startsWith('mailto:')) { window.__mailed.push(link.href); event.preventDefault(); }
}, true);
"""


def test_without_a_share_sheet_the_e_mail_also_waits_for_a_note_just_typed(phone: BrowserContext, app_url: str) -> None:
    page = _page(phone, MAILTO)
    open_page(page, f"{app_url}/mentor?review={encode(EXAMPLE)}")
    page.locator(".st-key-mentor_name input").fill("Ruth")
    page.get_by_role("button", name="Start my review").tap()
    wait_idle(page)
    overall = page.locator(".st-key-mentor_overall_0 textarea")
    overall.tap()
    overall.fill("Ask about home days first.")
    page.get_by_role("link", name="Send my review back").tap()
    # the tap from the field opens the e-mail once the app has run with the note: a second address
    page.wait_for_function("() => window.__mailed.length === 2")
    body = parse_qs(urlsplit(page.evaluate("() => window.__mailed.at(-1)")).query)["body"][0]
    reply = body.split("reply=")[1].split()[0]
    assert decode(reply).reviews[0].overall == "Ask about home days first."
    assert not page.errors  # type: ignore[attr-defined]


def test_copy_link_tapped_from_a_note_just_typed_copies_the_review_with_the_note(phone: BrowserContext,
                                                                                 app_url: str) -> None:
    """Walking a mentor: she typed her note and tapped "Copy link" straight away; the copied link
    was the one drawn before the note, and the owner never saw it. The copy waits as Send does."""
    phone.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    page = _page(phone, NO_SHEET)
    open_page(page, f"{app_url}/mentor?review={encode(EXAMPLE)}")
    page.locator(".st-key-mentor_name input").fill("Jo")
    page.get_by_role("button", name="Start my review").tap()
    wait_idle(page)
    open_part(page, "The send-back link itself, to copy")
    overall = page.locator(".st-key-mentor_overall_0 textarea")
    overall.tap()
    overall.fill("Ask about the juniors.")
    copy = page.locator(".st-key-mentor_copy_reply").get_by_role("button", name="Copy link")
    copy.tap()  # straight from the field, with no pause
    expect(page.locator(".st-key-mentor_copy_reply")).to_contain_text("Copied.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    (review,) = decode(copied.split("reply=")[1]).reviews
    assert (review.mentor, review.overall) == ("Jo", "Ask about the juniors.")
    expect(page.get_by_role("link", name="Back: Share")).to_have_count(0)  # the owner's steps are not hers
    assert not page.errors  # type: ignore[attr-defined]
