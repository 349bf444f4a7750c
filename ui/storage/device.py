"""What this browser keeps: the owner's case (private notes included) and the journal.

They live in the visitor's own localStorage (``ui.storage.browser_store``), never on the server, so a
reload, a closed tab, a browser or server restart loses nothing. A mentor's view of someone
else's case is never written there: it would replace the mentor's own case. The visitor can
turn keeping off (shared computers) or forget everything this app stored.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import orjson
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from advisor.case.models import Case
from advisor.editing.arrival import Arrival, Role
from advisor.editing.reviews import own_review, reviewers_from_json
from advisor.editing.reviews import remember_reviewer as remember
from advisor.errors import UnreadableInput
from advisor.sharing import journal as journal_ops
from advisor.sharing.codec import from_json, to_json
from ui import address, keys, state
from ui.storage import journal_store
from ui.storage.browser_store import Stored, browser_store, browser_write, keeps_nothing, reported

CASE_ENTRY, JOURNAL_ENTRY, KEEP_ENTRY = "case", "journal", "keep"
REVIEWER_ENTRY, REVIEWING_ENTRY = "reviewer", "reviewing"
WHAT_IS_KEPT = ("This browser keeps your current case (private notes included) and your journal, under "
                "names starting with “interview-advisor:”, so a reload or a restart loses nothing. A cookie, "
                "“interview-advisor-keeps”, says only whether anything is kept here, never what. "
                "Nothing is kept on our server. Of the reviews you write for others, this browser keeps the "
                "latest one you started, with the case it is about, and the name you signed each with, so a "
                "closed tab loses no review and each opens as yours next time.")


def _kept_case(stored: Stored | None, entry: str = CASE_ENTRY) -> Case | None:
    raw = stored.get(entry) if stored is not None else None
    if not raw:
        return None
    try:
        return from_json(raw.encode("utf-8"))
    except UnreadableInput:
        return None  # left by an older or damaged copy: the visitor starts afresh, nothing breaks


def kept() -> tuple[Case | None, bool]:
    """The case this browser keeps, and whether the browser has reported at all yet."""
    stored = reported(keys.STORE)
    return _kept_case(stored), stored is not None


def on_arrival() -> tuple[Case | None, bool, bool]:
    """What a link opened now is settled against: the kept case; whether that is known, as it is
    once the browser has reported, or at once when its request says it keeps nothing; and
    whether it has reported. A browser new to the app (a mentor, another device) then sees the
    link opened as it will stay, in one run, where waiting for the report drew the page twice."""
    case, has_reported = kept()
    return case, has_reported or keeps_nothing(), has_reported


def _on_screen() -> tuple[object, ...]:
    """What settling can change on screen: the case, the role, keeping, the journal, the messages."""
    session = st.session_state
    return (id(state.case()), state.role(), keeping(), id(journal_store.journal()),
            *(session.get(key) for key in (keys.NOTICE, keys.WARNING, keys.LINK_ERROR)), id(session.get(keys.OFFER)),
            own_review(state.case(), reviewers()), id(reviewing()))


def settle() -> bool:
    """Once per session, when the browser has reported: take up what it keeps, and settle a
    link opened before the report against the kept case (a review is merged, never put in
    its place). True when that changed what the page shows, so the whole page must be drawn
    again; a fresh browser (nothing kept) changes nothing, and the page drawn before the report,
    its messages included, stays as it is."""
    session = st.session_state
    stored = reported(keys.STORE)
    if stored is None or session.get(keys.SETTLED):
        return False
    session[keys.SETTLED] = True
    shown = session.pop(keys.SHOWN, {})
    before = _on_screen()
    session[keys.KEEP] = stored.get(KEEP_ENTRY) != "no"
    _take_journal(stored.get(JOURNAL_ENTRY))
    session[keys.REVIEWERS] = {**reviewers_from_json(stored.get(REVIEWER_ENTRY)), **reviewers()}
    session.setdefault(keys.REVIEWING, _kept_case(stored, REVIEWING_ENTRY))
    kept_case = _kept_case(stored)
    opened = session.pop(keys.OPENED, None)
    if opened is not None:
        incoming, kind, as_new = opened
        if kept_case is not None or not as_new:  # opened as in a new browser, and it is one: nothing to redo
            address.settle_link(kept_case, incoming, kind)
    elif kept_case is not None and state.untouched():
        address.carry_out(Arrival(kept_case, Role.OWNER, keep=True))
        held = session.get(keys.HELD)
        if held is not None:  # a bad link stays in the address bar until the first edit
            session[keys.HELD] = (state.case(), *held[1:])
    if _on_screen() == before:
        return False
    # Draw every widget again from the case, and the messages shown before the report once more
    # (the run that draws the page again would drop them; one that settling gave wins).
    state.forget(*keys.WIDGET_PREFIXES)
    for key, message in shown.items():
        session.setdefault(key, message)
    return True


def _take_journal(raw: str | None) -> None:
    if not raw or journal_store.journal().cases:
        return
    try:
        journal_store.keep(journal_ops.from_file(raw.encode("utf-8")))
    except UnreadableInput:
        return


def reviewers() -> dict[str, str]:
    """The name this browser signed its review of each case with (case id → name)."""
    found: dict[str, str] = st.session_state.get(keys.REVIEWERS, {})
    return found


def reviewing() -> Case | None:
    """The latest case this browser reviewed for someone else, with the review it started."""
    found: Case | None = st.session_state.get(keys.REVIEWING)
    return found


def remember_reviewer(case_id: str, mentor: str) -> None:
    st.session_state[keys.REVIEWERS] = remember(reviewers(), case_id, mentor)


def keeping() -> bool:
    return bool(st.session_state.get(keys.KEEP, True))


def _writes() -> dict[str, str | None]:
    """What this browser should hold now, entry by entry (None removes one)."""
    session = st.session_state
    if not keeping():
        return {CASE_ENTRY: None, JOURNAL_ENTRY: None, REVIEWER_ENTRY: None, REVIEWING_ENTRY: None,
                KEEP_ENTRY: None if session.get(keys.FORGOTTEN) else "no"}
    if state.role() is Role.OWNER:
        session.pop(keys.UNKEPT, None)  # their own case from now on
        book = journal_store.journal()
        return {CASE_ENTRY: to_json(state.case()).decode("utf-8"), KEEP_ENTRY: None,
                JOURNAL_ENTRY: journal_ops.to_file(book).decode("utf-8") if book.cases else None}
    # A case kept from an owner's link, then said to be someone else's (ui.callbacks.swaps), goes.
    unkept: dict[str, str | None] = {CASE_ENTRY: None} if session.get(keys.UNKEPT) else {}
    if own_review(state.case(), reviewers()) is None:  # only looking: nothing of theirs is kept
        return {**unkept, REVIEWER_ENTRY: orjson.dumps(reviewers()).decode("utf-8")} if reviewers() else unkept
    return {**unkept, REVIEWER_ENTRY: orjson.dumps(reviewers()).decode("utf-8"),
            REVIEWING_ENTRY: to_json(state.case()).decode("utf-8")}


def draw() -> Stored | None:
    """Draw the bridge once per run with what this browser should hold now."""
    if state.read_only() and own_review(state.case(), reviewers()) is not None:
        st.session_state[keys.REVIEWING] = state.case()
    return browser_store(keys.STORE, _writes(), clear=bool(st.session_state.pop(keys.FORGET, False)))


def kept_fragment(body: Callable[[], None]) -> Callable[[], None]:
    """``st.fragment`` for a part of a page whose widgets edit the case.

    A fragment's rerun runs only the fragment, not the bridge in the sidebar, so an edit made
    there would reach the browser's store only at the next full run: a tab closed before it lost
    the edit. The fragment therefore writes the store itself when it reruns alone (on a full run
    the sidebar's bridge writes, and a second bridge would only add an element to the page).
    """
    @st.fragment
    @functools.wraps(body)
    def kept() -> None:
        body()
        context = get_script_run_ctx()
        if context is not None and context.fragment_ids_this_run:
            browser_write(keys.STORE_FRAGMENT, keys.STORE, _writes())

    return kept
