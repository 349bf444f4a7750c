"""The URL is the save file: links, mentor reviews, reloads, bad links, JSON files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, open_page, open_part, reload, wait_idle
from tests.browser.urlcase import wait_for_case


def _fresh(browser: Browser) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    return context, context.new_page()


# The raw links are folded on Share and on the mentor's send-back: opened as a person opens them.
_FOLDS = {"?case=": "Your own link, to keep", "/mentor?review=": "The review link itself",
          "/mentor?reply=": "The send-back link itself"}


def _code(page: Page, index: int = 0, marker: str = "?case=") -> str:
    label = next(label for start, label in _FOLDS.items() if marker.startswith(start))
    fold = page.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=label))
    if fold.locator(".stBidiComponent .link").count() == 0:
        open_part(page, label)
    block = fold.locator(".stBidiComponent .link").nth(index)
    expect(block).to_contain_text(marker)
    return " ".join(block.inner_text().split()).replace(" ", "")


def _type(page: Page, key: str, text: str) -> None:
    """Type into a field and wait until the change has reached the address bar."""
    field = page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
    field.fill(text)
    field.press("Tab")
    wait_for_case(page, lambda case: text in case.model_dump_json())
    wait_idle(page)


def _slide(page: Page, key: str, press: str, expected: str, holds: Callable[[Case], bool]) -> None:
    thumb = page.locator(f".st-key-{key} input[type='range']")
    thumb.focus()
    thumb.press(press)
    expect(thumb).to_have_value(expected)
    wait_for_case(page, holds)
    wait_idle(page)


def test_shared_link_opens_the_same_case_in_a_fresh_browser(page: Page, app_url: str, browser: Browser) -> None:
    open_page(page, f"{app_url}/job")
    page.locator(".st-key-app_example button").click()
    expect(page.locator(".st-key-job_title input")).to_have_value("Customer service agent (nights)")
    _type(page, "job_title", "Night agent at Brightline")
    page.get_by_role("link", name="Share", exact=True).click()
    wait_idle(page)
    link = _code(page, 0)
    assert "127.0.0.1" in link and len(link) <= 1_000

    context, other = _fresh(browser)
    try:
        open_page(other, link)
        expect(other.locator(".st-key-job_title input")).to_have_value("Night agent at Brightline")
        other.get_by_role("link", name="Why not", exact=True).click()
        wait_idle(other)
        expect(other.get_by_text("Talking on the phone all day", exact=True)).to_be_visible()
        other.get_by_role("link", name="Verdict", exact=True).click()
        expect(other.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
        assert_clean(other)
    finally:
        context.close()


def test_share_page_shows_the_example_link_length(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/share?case={encode(example_case())}")
    link = _code(page, 0)
    caption = page.get_by_text("characters. Press “Copy link”")
    expect(caption).to_be_visible()
    length = int(caption.inner_text().split(" characters")[0].replace(",", ""))
    assert length == len(link) <= 1_000


def test_mentor_reviews_and_the_owner_sees_both_weight_sets(app_url: str, browser: Browser) -> None:
    token = encode(example_case())
    mentor_ctx, mentor = _fresh(browser)
    owner_ctx, owner = _fresh(browser)
    try:
        open_page(mentor, f"{app_url}/mentor?review={token}")
        mentor.locator(".st-key-mentor_name input").fill("Ada Mentor")
        mentor.get_by_role("button", name="Start my review").click()
        wait_for_case(mentor, lambda c: [r.mentor for r in c.reviews] == ["Ada Mentor"])
        expect(mentor.locator(".st-key-mentor_w_0_dread")).to_be_visible()
        _slide(mentor, "mentor_w_0_dread", "End", "10", lambda c: c.reviews[0].weights["dread"] == 10)
        open_part(mentor, "On “Night shifts”")  # the notes are folded, one part per reason
        _type(mentor, "mentor_note_0_0", "Ask whether nights rotate after training")
        _type(mentor, "mentor_overall_0", "Go: the practice is worth it")
        expect(mentor.get_by_role("heading", name="Send it back")).to_be_visible()
        send_back = _code(mentor, 0, "/mentor?reply=")
        expect(mentor.locator(".st-key-mentor_copy_reply .link")).to_contain_text("/mentor?reply=")

        open_page(owner, send_back)
        expect(owner.get_by_role("heading", name="Compare the reviews")).to_be_visible()
        table = owner.locator('[data-testid="stTable"]')
        expect(table).to_contain_text("Ada Mentor")
        expect(table.locator("tr", has_text="Dread of the interview")).to_contain_text("10")
        received = owner.locator(".st-key-mentor_review_0")
        expect(received).to_contain_text("On “Night shifts”: Ask whether nights rotate after training")
        expect(received).to_contain_text("Go: the practice is worth it")
        expect(owner.get_by_text("Ada Mentor", exact=False).first).to_be_visible()
        # the owner's own weight for dread is still the default 2: adopt the mentor's 10
        owner.get_by_role("button", name="Adopt all their weights").click()
        expect(owner.get_by_text("You adopted all their weights from Ada Mentor.")).to_be_visible()
        owner.get_by_role("link", name="Weigh", exact=True).click()
        expect(owner.locator(".st-key-weigh_dread input[type='range']")).to_have_value("10")
        assert_clean(owner)
    finally:
        mentor_ctx.close()
        owner_ctx.close()


@pytest.mark.parametrize("path", ["", "why_not", "sort", "weigh", "verdict", "game_plan", "share", "mentor"])
def test_reload_keeps_every_answer(page: Page, app_url: str, path: str) -> None:
    open_page(page, f"{app_url}/{path}?case={encode(example_case())}")
    page.get_by_role("link", name="Weigh", exact=True).click()
    expect(page.locator(".st-key-weigh_income")).to_be_visible()
    _slide(page, "weigh_income", "Home", "0", lambda c: c.weights["income"] == 0)
    page.get_by_role("link", name="The job", exact=True).click()
    company = f"Reloaded Ltd {path or 'home'}"
    _type(page, "job_company", company)
    reload(page)
    expect(page.locator(".st-key-job_company input")).to_have_value(company)
    page.get_by_role("link", name="Weigh", exact=True).click()
    expect(page.locator(".st-key-weigh_income input[type='range']")).to_have_value("0")
    assert_clean(page)


def _bad_tokens() -> dict[str, str]:
    good = encode(example_case())
    middle = len(good) // 2
    flipped = good[:middle] + ("A" if good[middle] != "A" else "B") + good[middle + 1:]
    return {
        "truncated": good[: len(good) - 40],
        "tampered": flipped,
        "future": "9" + good[1:],
        "enormous": "1." + "A" * 20_000,
        "garbage": "hello<script>alert(1)</script>",
    }


@pytest.mark.parametrize("kind", list(_bad_tokens()))
def test_bad_links_show_a_friendly_error_and_the_app_keeps_working(page: Page, app_url: str, kind: str) -> None:
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    open_page(page, f"{app_url}/weigh?case={_bad_tokens()[kind]}")
    alert = page.locator('[data-testid="stAlertContentError"]').first
    expect(alert).to_contain_text("Your current case was kept.")
    assert "Traceback" not in page.inner_text("body")
    assert_clean(page)
    page.locator(".st-key-app_example button").click()
    expect(page.locator(".st-key-weigh_practice")).to_be_visible()
    page.get_by_role("link", name="The job", exact=True).click()
    expect(page.locator(".st-key-job_title input")).to_have_value("Customer service agent (nights)")


def test_json_export_then_import_reproduces_the_case(page: Page, app_url: str, browser: Browser,
                                                     tmp_path: Path) -> None:
    case = example_case()
    open_page(page, f"{app_url}/share?case={encode(case)}")
    open_part(page, "Keep it as a file")
    with page.expect_download() as download:
        page.locator(".st-key-share_export button").click()
    exported = tmp_path / "case.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["job"]["title"] == case.job.title

    context, other = _fresh(browser)
    try:
        open_page(other, f"{app_url}/share")
        open_part(other, "Keep it as a file")
        bad = tmp_path / "bad.json"
        bad.write_text('{"job": {"title": 5}}')
        other.locator(".st-key-share_import input[type='file']").set_input_files(str(bad))
        expect(other.get_by_text("holds a case we cannot accept")).to_be_visible()
        other.locator(".st-key-share_import input[type='file']").set_input_files(str(exported))
        expect(other.get_by_text("The case from your file is loaded.")).to_be_visible()
        other.get_by_role("link", name="The job", exact=True).click()
        expect(other.locator(".st-key-job_title input")).to_have_value(case.job.title)
        assert encode(case) in other.url
    finally:
        context.close()


def test_a_bad_link_stays_in_the_address_bar_until_the_first_edit(page: Page, app_url: str) -> None:
    """"Reload the page" (the advice for a link from a newer version) must reload that link."""
    bad = _bad_tokens()["future"]
    open_page(page, f"{app_url}/?case={bad}")
    expect(page.locator('[data-testid="stAlertContentError"]').first).to_contain_text("newer version")
    assert parse_qs(urlparse(page.url).query)["case"] == [bad]
    page.get_by_role("link", name="Why not", exact=True).click()
    wait_idle(page)
    assert parse_qs(urlparse(page.url).query)["case"] == [bad]
    page.get_by_role("link", name="The job", exact=True).click()
    wait_idle(page)
    _type(page, "job_title", "After the bad link")
    assert parse_qs(urlparse(page.url).query)["case"] != [bad]
