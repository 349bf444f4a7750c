"""A link opened in a browser new to the app is drawn once: its request carries no cookie of ours,
so the first run opens the link as in a new browser (asking whose case it is) instead of drawing
the page and then drawing it all again when the browser's report arrives. A browser that keeps
a case says so by the cookie, and its report still decides; one that kept a case without the
cookie (from before it, or cookies cleared) is put right by its report."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import set_job
from advisor.sharing.codec import encode
from tests.browser.conftest import open_page, reload, stored_case, wait_idle, wait_stored
from ui.storage.browser_store import KEEPS_COOKIE

ASKED = "Is this your case, or are you reviewing someone else's?"


def _whole_runs(page: Page) -> list[str]:
    """The kinds of message that start a run of the whole page, as the page received them."""
    kinds: list[str] = []
    page.on("websocket", lambda socket: socket.on("framereceived", lambda payload: kinds.extend(_navigation(payload))))
    return kinds


def _navigation(payload: str | bytes) -> list[str]:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    if isinstance(payload, str):
        return []
    message = ForwardMsg()
    message.ParseFromString(payload)
    return ["navigation"] if message.WhichOneof("type") == "navigation" else []


def _keeps_cookie(context: BrowserContext) -> str | None:
    return next((c["value"] for c in context.cookies() if c["name"] == KEEPS_COOKIE), None)


def test_a_link_opened_in_a_new_browser_is_drawn_once_and_asks_whose_case_it_is(
        context: BrowserContext, page: Page, app_url: str) -> None:
    runs = _whole_runs(page)
    open_page(page, f"{app_url}/game_plan?case={encode(example_case())}")
    expect(page.get_by_text(ASKED)).to_be_visible()
    wait_stored(page, lambda kept: kept.job.title == example_case().job.title)
    wait_idle(page)
    assert runs == ["navigation"], "the browser's report must not draw the whole page again"
    assert _keeps_cookie(context) == "1", "a browser that keeps a case says so by its cookie"


def test_the_owner_reloading_is_not_asked_and_keeps_their_case(context: BrowserContext, page: Page,
                                                                app_url: str) -> None:
    open_page(page, f"{app_url}/job?case={encode(example_case())}")
    wait_stored(page, lambda kept: kept.job.title == example_case().job.title)
    reload(page)
    expect(page.get_by_role("heading", level=1, name="The job")).to_be_visible()
    expect(page.get_by_text(ASKED)).to_have_count(0)
    assert stored_case(page) is not None


def test_a_browser_that_kept_a_case_without_the_cookie_is_put_right_by_its_report(
        context: BrowserContext, page: Page, app_url: str) -> None:
    mine = set_job(example_case(), "title", "Warehouse lead")
    open_page(page, f"{app_url}/job?case={encode(mine)}")
    wait_stored(page, lambda kept: kept.job.title == "Warehouse lead")
    context.clear_cookies()  # kept from before the cookie existed, or cookies cleared: the case is still here
    other = Case().model_copy(update={"job": example_case().job})
    open_page(page, f"{app_url}/job?case={encode(other)}")
    expect(page.get_by_text("This link holds another case", exact=False)).to_be_visible()
    expect(page.locator(".st-key-job_title input")).to_have_value("Warehouse lead")
    kept = stored_case(page)
    assert kept is not None and kept.job.title == "Warehouse lead", "the report, not the missing cookie, decides"
