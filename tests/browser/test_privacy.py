"""Nothing a visitor's browser does while using the app reaches a host but ours."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import BrowserContext, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from tests.browser.conftest import COUNT_RUNS, changes_case, open_page, open_part, wait_idle
from ui.shell.steps import ALL


def test_walking_every_page_asks_no_host_but_ours(context: BrowserContext, app_url: str) -> None:
    ours = urlparse(app_url).netloc
    asked: list[str] = []
    context.on("request", lambda request: asked.append(request.url))
    page = context.new_page()
    token = encode(example_case())
    for step in ALL:
        open_page(page, f"{app_url}/{step.url}?case={token}")
        expect(page.get_by_test_id("stMain")).to_be_visible()
    foreign = sorted({url for url in asked if urlparse(url).scheme in ("http", "https", "ws", "wss")
                      and urlparse(url).netloc != ours})
    assert not foreign, f"the browser asked other hosts: {foreign}"
    assert any(urlparse(url).netloc == ours for url in asked)


NOTE = "MyPrivateNoteAboutTheRecruiter"


# What About says of a downloaded file's lifetime, which the test below measures.
LIFETIME = "your next action in the app leaves it there, your second deletes it"


def test_a_download_with_private_notes_exists_only_from_the_press_to_the_second_action(
        context: BrowserContext, app_url: str) -> None:
    """The report carries the notes; the server holds it at a /media address only after the
    press, through the person's next action, and deletes it at the second, as About says:
    Streamlit marks a download no run refers to at the end of one run and deletes it at the end
    of the next (runs counted in the page, so no run left over from before the press counts)."""
    files: list[str] = []
    context.on("request", lambda request: files.append(request.url)
               if urlparse(request.url).path.startswith("/media/") and request.url.endswith(".md") else None)
    page = context.new_page()
    open_page(page, f"{app_url}/game_plan?case={encode(example_case())}")
    open_part(page, "Your notes")
    notes = page.locator(".st-key-plan_notes textarea")
    with changes_case(page):
        notes.fill(NOTE)
        notes.press("Tab")
    expect(notes).to_have_value(NOTE)
    assert files == [], "a report was made before anyone asked for it"
    open_part(page, "Take it along")
    page.evaluate(COUNT_RUNS)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download report (Markdown)").click()
    assert NOTE in download.value.path().read_text(encoding="utf-8")
    wait_idle(page)
    (address,) = files
    assert context.request.get(address).status == 200
    boxes = [page.locator(f".st-key-plan_{item} label") for item in ("values", "environment")]
    with changes_case(page):
        boxes[0].click()
    assert page.evaluate("() => window.__runs") == 1
    assert context.request.get(address).status == 200, "gone at the next action: About says it stays"
    with changes_case(page):
        boxes[1].click()
    assert page.evaluate("() => window.__runs") == 2
    # Streamlit tells the browser the run has finished a moment before it clears the run's
    # orphaned files, so ask until the address is gone rather than once.
    page.wait_for_function("async url => (await fetch(url)).status === 404", arg=address,
                           polling=100, timeout=10_000)
    open_page(page, f"{app_url}/about")
    expect(page.get_by_test_id("stMain")).to_contain_text(LIFETIME)


def test_about_says_what_the_server_sees_and_keeps(context: BrowserContext, app_url: str) -> None:
    page = context.new_page()
    open_page(page, f"{app_url}/about")
    main = page.get_by_test_id("stMain")
    for statement in ("What the server sees", "for two minutes", "made only when you press",
                      LIFETIME, "asks no other site"):
        expect(main).to_contain_text(statement)
