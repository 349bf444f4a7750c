"""Edits made in quick succession on a slow connection must all be kept.

On a real network the app's answer to an edit (including the new ``?case=`` for the address
bar) takes a while to arrive. A person who commits one field and then, before that answer
arrives, commits another, sends the second edit with the address bar the page still shows.
The router must not mistake that older address for a newly opened link.

The test makes the network slow without any timer: Playwright routes the app's websocket and
holds the server's messages back from the page until the server has finished both runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, WebSocketRoute, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.browser.conftest import assert_clean, changes_case, open_page
from tests.browser.urlcase import wait_for_case

STREAM = re.compile(r".*/_stcore/stream(\?.*)?$")


@dataclass
class SlowNetwork:
    """While armed: the page sees nothing from the server until the server has finished
    ``runs`` script runs, and each rerun request after the first reaches the server only when
    the run before it has finished (as it would across a slow link)."""

    runs: int = 2
    armed: bool = False
    requested: list[str] = field(default_factory=list)  # query string of each rerun request
    finished: int = 0
    to_server: list[bytes | str] = field(default_factory=list)
    to_page: list[bytes | str] = field(default_factory=list)

    def route(self, ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()

        def from_page(message: bytes | str) -> None:
            if self.armed and isinstance(message, bytes):
                back = BackMsg()
                back.ParseFromString(message)
                if back.WhichOneof("type") == "rerun_script":
                    self.requested.append(back.rerun_script.query_string)
                    if len(self.requested) > self.finished + 1:
                        self.to_server.append(message)
                        return
            server.send(message)

        def from_server(message: bytes | str) -> None:
            if not self.armed:
                ws.send(message)
                return
            self.to_page.append(message)
            if isinstance(message, bytes):
                forward = ForwardMsg()
                forward.ParseFromString(message)
                if forward.WhichOneof("type") == "script_finished":
                    self.finished += 1
                    if self.to_server:
                        server.send(self.to_server.pop(0))
            if self.finished >= self.runs:
                self.armed = False
                for held in self.to_page:
                    ws.send(held)
                self.to_page.clear()

        ws.on_message(from_page)
        server.on_message(from_server)


@pytest.fixture
def slow(page: Page) -> Iterator[SlowNetwork]:
    network = SlowNetwork()
    page.route_web_socket(STREAM, network.route)
    yield network


def test_two_quick_edits_on_a_slow_connection_are_both_kept(page: Page, app_url: str,
                                                            slow: SlowNetwork) -> None:
    open_page(page, f"{app_url}/job")
    slow.armed = True
    title = page.locator(".st-key-job_title input")
    activity = page.locator(".st-key-job_activity textarea")
    # the held answers arrive: the address bar moves on from where it started
    with changes_case(page, timeout=30_000):
        title.fill("Night porter")
        title.press("Tab")
        activity.fill("Checking guests in at night")
        activity.press("Tab")
    assert len(slow.requested) == 2 and slow.finished == 2 and not slow.armed

    expect(page.get_by_test_id("stSidebar").get_by_text("1 of 5 answered"),
           "the app's case lost an answer").to_be_visible()
    expect(title).to_have_value("Night porter")
    expect(activity).to_have_value("Checking guests in at night")
    carried = wait_for_case(page, lambda case: case.job.title == "Night porter")
    assert (carried.job.title, carried.job.activity) == ("Night porter", "Checking guests in at night"), \
        "the address bar must carry both answers"
    assert_clean(page)
