"""Read the case that the address bar carries, to wait until a change has reached it."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import Page

from advisor.case.models import Case
from advisor.editing.arrival import LinkKind
from advisor.sharing.codec import ShareLinkError, decode


def url_case(page: Page) -> Case | None:
    """The case in the address bar, whichever kind of link it is (own case, a mentor's review)."""
    query = parse_qs(urlparse(page.url).query)
    token = next((query[kind.value][0] for kind in LinkKind if kind.value in query), "")
    try:
        return decode(token)
    except ShareLinkError:
        return None


def wait_for_case(page: Page, holds: Callable[[Case], bool], timeout: float = 15) -> Case:
    """Poll the address bar until its case satisfies the condition (no fixed sleep)."""
    deadline = time.monotonic() + timeout
    while True:
        case = url_case(page)
        if case is not None and holds(case):
            return case
        if time.monotonic() > deadline:
            raise AssertionError(f"the URL's case never satisfied the condition: {case}")
        page.wait_for_function("() => true")  # one round trip to the page before looking again
