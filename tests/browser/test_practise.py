"""Practise in Chromium, as a person uses it: questions picked from the suggestions, two answers
drafted (one in the STAR frame) and found again after a reload, a rehearsal against a running
clock; the review link without the drafts and with them, a mentor's note on a shared answer; and
a 390-px phone with nothing cut off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import add_pro
from advisor.editing.practice_edits import DraftField, choose_questions, set_draft
from advisor.editing.reviews import set_draft_note, start_review
from advisor.practice.questions import GROUP_TITLES, Group, question
from advisor.practice.rehearsal import suggested
from advisor.sharing.codec import decode, encode
from tests.browser.a11y_helpers import axe_findings, settle
from tests.browser.conftest import (
    PHONE,
    assert_clean,
    changes_case,
    open_page,
    open_part,
    phone_context,
    reload,
    type_into,
    wait_idle,
)
from tests.browser.urlcase import wait_for_case
from ui import keys

EXAMPLE = example_case()
WHY = "why_here"
SHOWN = suggested(EXAMPLE)
STAR = next(q for q in SHOWN if question(q).star)  # a behavioural question among the suggestions
ANSWER = "I want to see how a night team keeps three countries' callers happy."
PARTS: dict[DraftField, str] = {part: f"My {part}, in one plain sentence."
                                for part in ("situation", "task", "action", "result")}
NOTE = "Name one thing you would learn from them."
SLACK = 2  # px: sub-pixel rounding of scrollbars and borders


def _field(question_id: str, part: str) -> str:
    return f"{keys.PRACTISE_FIELD}{part}_{question_id}"


def _drafted() -> Case:
    case = choose_questions(EXAMPLE, [WHY, STAR])
    case = set_draft(case, WHY, "answer", ANSWER)
    for part, text in PARTS.items():
        case = set_draft(case, STAR, part, text)
    return case


def _line(page: Page, line: str) -> Locator:
    """The progress line at the top of the page."""
    return page.get_by_test_id("stMain").locator("strong", has_text=re.compile(f"^{re.escape(line)}$"))


def _draft_part(page: Page, question_id: str) -> Locator:
    return open_part(page, question(question_id).text)


def test_a_person_picks_drafts_reloads_and_rehearses_against_the_clock(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/practise?case={encode(EXAMPLE)}")
    expect(page.get_by_role("heading", level=1, name="Practise")).to_be_visible()
    expect(_line(page, "No questions chosen yet")).to_be_visible()
    main = page.get_by_test_id("stMain")
    for offered in SHOWN:  # the suggestions are shown to confirm, not taken silently
        expect(main.get_by_role("listitem").filter(has_text=question(offered).text)).to_be_visible()
    with changes_case(page):
        main.get_by_role("button", name=f"Prepare these {len(SHOWN)}").click()
    expect(_line(page, f"0 of {len(SHOWN)} prepared, none feels confident yet")).to_be_visible()

    _draft_part(page, WHY)
    type_into(page, _field(WHY, "answer"), ANSWER)
    _draft_part(page, STAR)
    for part, text in PARTS.items():
        type_into(page, _field(STAR, part), text)
    expect(_line(page, f"2 of {len(SHOWN)} prepared, none feels confident yet")).to_be_visible()

    reload(page)
    expect(_line(page, f"2 of {len(SHOWN)} prepared, none feels confident yet")).to_be_visible()
    _draft_part(page, WHY)
    expect(page.locator(f".st-key-{_field(WHY, 'answer')} textarea")).to_have_value(ANSWER)
    _draft_part(page, STAR)
    for part, text in PARTS.items():
        expect(page.locator(f".st-key-{_field(STAR, part)} textarea")).to_have_value(text)

    main.get_by_role("button", name="Start rehearsing").click()
    wait_idle(page)
    expect(main.get_by_text(f"Question 1 of {len(SHOWN)}")).to_be_visible()
    clock = page.locator(f".st-key-{keys.PRACTISE_CLOCK}")
    expect(clock).to_contain_text(re.compile(r"\d:\d\d"))
    shown = clock.inner_text()
    expect(clock).not_to_have_text(shown)  # it runs: a later second shows without any click
    with changes_case(page):
        page.locator(f".st-key-{keys.PRACTISE_FEEL}confident button").click()
    expect(_line(page, f"2 of {len(SHOWN)} prepared, 1 feels confident")).to_be_visible()
    expect(main.get_by_text(f"Question 2 of {len(SHOWN)}")).to_be_visible()
    assert_clean(page)


def _review_link(page: Page) -> Locator:
    label = "The review link itself"
    fold = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=label))
    if fold.locator(".link").count() == 0:
        open_part(page, label)
    link = fold.locator(".link")
    expect(link).to_contain_text("/mentor?review=")
    return link


def _as_mentor(browser: Browser, link: str) -> tuple[BrowserContext, Page]:
    """A mentor opens the link in a browser of their own and starts a review."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    mentor = context.new_page()
    open_page(mentor, link)
    mentor.locator(".st-key-mentor_name input").fill("Sam")
    mentor.get_by_role("button", name="Start my review").click()
    expect(mentor.get_by_text("Reviewing as Sam.", exact=False)).to_be_visible()
    wait_idle(mentor)
    return context, mentor


def _token(link: str) -> str:
    return parse_qs(urlsplit(link).query)["review"][0]


def test_a_mentor_link_carries_the_drafts_only_when_the_owner_switches_them_on(page: Page, app_url: str,
                                                                                browser: Browser) -> None:
    open_page(page, f"{app_url}/share?case={encode(_drafted())}")
    switch = page.locator(f".st-key-{keys.SHARE_DRAFTS}")
    expect(switch).to_contain_text("Include my practice answers")
    expect(switch.locator("input")).not_to_be_checked()
    plain = "".join(_review_link(page).inner_text().split())
    assert decode(_token(plain)).drafts == []
    context, mentor = _as_mentor(browser, plain)
    try:
        expect(mentor.get_by_role("heading", name="Their practice answers")).to_have_count(0)
        assert_clean(mentor)
    finally:
        context.close()

    switch.locator("label").click()
    wait_idle(page)
    link = _review_link(page)
    expect(link).not_to_have_text(plain)
    shared = "".join(link.inner_text().split())
    assert [d.question for d in decode(_token(shared)).drafts] == [WHY, STAR]
    context, mentor = _as_mentor(browser, shared)
    try:
        expect(mentor.get_by_role("heading", name="Their practice answers")).to_be_visible()
        answer = open_part(mentor, question(WHY).text)
        expect(answer.get_by_text(ANSWER)).to_be_visible()
        note = answer.locator(f".st-key-{keys.MENTOR_DRAFT_NOTE}0_{WHY} textarea")
        note.fill(NOTE)
        note.press("Tab")
        noted = wait_for_case(mentor, lambda case: bool(case.reviews) and case.reviews[0].draft_notes.get(WHY) == NOTE)
        assert noted.drafts == _drafted().drafts  # the owner's answers stay as they are
        assert_clean(mentor)
    finally:
        context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    yield from phone_context(browser)


# Every element a person reads or touches in the page's main column whose right edge passes the
# screen's, or whose text is cut short inside it.
CUT_OFF = """width => [...document.querySelectorAll('[data-testid="stMain"] *')]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .filter(e => { const r = e.getBoundingClientRect();
                 return r.width > 0 && (r.left < -2 || r.right > width + 2 ||
                   (e.scrollWidth > e.clientWidth + 2 && ['hidden', 'clip'].includes(getComputedStyle(e).overflowX)
                    && e.textContent.trim())); })
  .map(e => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`)"""


def _everything_open(page: Page, app_url: str, group: Group) -> None:
    """Practise with two drafts, as much of it drawn as a person can open at once: a group of
    questions, both drafts (one in STAR fields) and a rehearsal under way, its clock running."""
    open_page(page, f"{app_url}/practise?case={encode(_drafted())}")
    open_part(page, GROUP_TITLES[group])
    _draft_part(page, WHY)
    _draft_part(page, STAR)
    page.get_by_role("button", name="Start rehearsing").click()
    wait_idle(page)
    expect(page.locator(f".st-key-{keys.PRACTISE_CLOCK}")).to_contain_text(re.compile(r"\d:\d\d"))


def test_on_a_phone_nothing_is_cut_off(phone: BrowserContext, app_url: str) -> None:
    page = phone.new_page()
    _everything_open(page, app_url, Group.BEHAVIOURAL)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + SLACK, f"the page scrolls sideways: {width} px wide"
    for key in (_field(WHY, "answer"), _field(STAR, "result"), f"{keys.PRACTISE_FEEL}not_yet",
                keys.PRACTISE_CLOCK):
        box = page.locator(f".st-key-{key}").bounding_box()
        assert box is not None and box["x"] >= -SLACK and box["x"] + box["width"] <= PHONE["width"] + SLACK, (key, box)
    assert page.evaluate(CUT_OFF, PHONE["width"]) == []
    assert_clean(page)


def test_the_drafts_and_a_rehearsal_under_way_have_no_accessibility_findings(page: Page, app_url: str) -> None:
    """The page-wide scan (test_accessibility.py) sees Practise with its parts folded; here they are
    open, a STAR draft and a running clock among them."""
    _everything_open(page, app_url, Group.MOTIVATION)
    settle(page)
    found = [str(f) for f in axe_findings(page) if f.allowance is None]
    assert not found, found


# What a person or a mentor might type that would act if it reached Markdown unescaped: a link to
# another site, an image, an icon, a colour.
HOSTILE = "[Sign in](http://evil.example/x) ![x](http://evil.example/x.png) www.evil.example :material/warning: :red[x]"
FOREIGN = """origin => [...document.querySelectorAll('[data-testid="stMain"] a[href], [data-testid="stMain"] img[src]')]
    .map(e => e.href || e.src).filter(h => h && !h.startsWith(origin) && !h.startsWith('data:'))"""
ICONS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMarkdownContainer"] span')]
    .filter(s => s.textContent === 'warning' || /color|red/.test(s.getAttribute('style') || '')).length"""


def test_typed_text_in_answers_hints_and_notes_never_acts(page: Page, app_url: str) -> None:
    """An answer, a pro the hint quotes and a mentor's note, each shown as typed on Practise (and the
    answer in a rehearsal's peek), never as a link, an image, an icon or a colour."""
    case = set_draft(choose_questions(add_pro(EXAMPLE, HOSTILE[:80]), [WHY]), WHY, "answer", HOSTILE)
    case = set_draft_note(start_review(case, "Ada"), "Ada", WHY, HOSTILE)
    open_page(page, f"{app_url}/practise?case={encode(case)}")
    part = _draft_part(page, WHY)
    expect(part.get_by_text("Ada", exact=False)).to_be_visible()
    page.get_by_role("button", name="Start rehearsing").click()
    wait_idle(page)
    open_part(page, "Peek at your draft")
    assert page.evaluate(FOREIGN, app_url) == []
    assert page.evaluate(ICONS) == 0
    assert_clean(page)
