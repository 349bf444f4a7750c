"""The address bar: a link arriving, and the current case mirrored into the URL.

A link's query parameter names its kind (``?case=`` the owner's, ``?review=`` a mentor link,
``?reply=`` a review coming back). What opening it does next to the case this browser keeps is
decided by ``advisor.editing.arrival``; until the browser has said what it keeps, a link opens as if
nothing were kept and is settled again once it has (``ui.storage.device``). The owner's address bar
never carries private notes, and a link that could not be opened stays in it, untouched, until
the first edit, so "reload" still means that link.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from advisor.case.models import Case
from advisor.editing.arrival import Arrival, LinkKind, Role, arrive
from advisor.sharing import codec as share
from advisor.sharing.codec import PassphraseNeeded, ShareLinkError, decode, encode, for_link
from advisor.sharing.locking import Lock, lock, normalise
from ui import keys, state
from ui.shell.guard import log_failure

# Tokens this session opened or wrote into the address bar lately. A rerun can start before the
# browser has received the newest one (two quick edits on a slow connection, a burst of clicks
# on the link just opened); its older address is then our own past, not a newly opened link,
# and must not replace the case.
_REMEMBERED = 50
LINK_FAILED = ("Sorry, something went wrong while opening this link, so nothing of it was taken. Your case is "
               "as this browser kept it.")


def _incoming() -> tuple[str, LinkKind] | None:
    for kind in LinkKind:
        token = st.query_params.get(kind.value)
        if token:
            return token, kind
    return None


# What this browser keeps and whether it has said so yet; asked only when a link arrives, so
# the kept case is not read on every rerun.
Kept = Callable[[], tuple[Case | None, bool, bool]]  # ui.storage.device.on_arrival


def read(kept: Kept) -> None:
    """Open the link in the URL when this session has not seen it yet."""
    found = _incoming()
    session = st.session_state
    if found is None:
        return
    token, kind = found
    if token == session.get(keys.TOKEN) or token in session.get(keys.WRITTEN, ()):
        return
    _remember(token)
    try:
        incoming = decode(token)
    except PassphraseNeeded:
        session[keys.LOCKED] = (token, kind)
        _hold(token, kind)
        return
    except ShareLinkError as error:
        session[keys.LINK_ERROR] = str(error)
        _hold(token, kind)
        return
    session.pop(keys.LINK_ERROR, None)
    open_link(incoming, kind, *kept())


def _hold(token: str, kind: LinkKind) -> None:
    """Leave the link in the address bar until the case changes (a page switch drops the
    query, so it is put back)."""
    st.session_state[keys.HELD] = (state.case(), token, kind)


def open_link(incoming: Case, kind: LinkKind, kept: Case | None, settled: bool, has_reported: bool) -> None:
    """Carry out what opening a link means; before the browser reported, remember the link (and
    whether it was opened as in a new browser) so it can be settled against the kept case when
    the report comes."""
    if not has_reported:
        st.session_state[keys.OPENED] = (incoming, kind, settled)
    settle_link(kept, incoming, kind, settled)


def settle_link(kept: Case | None, incoming: Case, kind: LinkKind, settled: bool = True) -> None:
    """Carry out what opening a link next to the ``kept`` case means. Links are handled before
    the page's error boundary, so a failure of ours here is caught here: the kept case stays
    (or the session's own, before the browser said what it keeps), never the link's case, which
    would then be written over the kept one."""
    try:
        arrival = arrive(kept, incoming, kind, settled)
    except Exception as error:
        log_failure("opening a link", error)
        arrival = Arrival(kept if kept is not None else state.case(), Role.OWNER, keep=True, warning=LINK_FAILED)
    carry_out(arrival)


def carry_out(arrival: Arrival) -> None:
    session = st.session_state
    session[keys.ROLE] = arrival.role
    if arrival.case is not state.case():
        state.replace(arrival.case, undo=arrival.restores is not None, previous=arrival.restores)
    if arrival.notice:
        state.notify(arrival.notice)
    session[keys.WARNING] = arrival.warning
    session[keys.OFFER] = (arrival.offer, arrival.offer_label) if arrival.offer is not None else None
    session[keys.REVIEW_OFFER] = arrival.review


def unlock(token: str, kind: LinkKind, passphrase: str, kept: Kept) -> None:
    """Open a locked link with its passphrase; the session keeps the lock that opened it (in
    memory only) to lock what it writes back into the address bar and the send-back link, so
    the key is derived once."""
    incoming, opened_with = share.unlock(token, passphrase)
    session = st.session_state
    session.pop(keys.LOCKED, None)
    if opened_with is not None:
        session[keys.LOCK] = (passphrase, opened_with)
    open_link(incoming, kind, *kept())


def session_lock() -> tuple[str, Lock] | None:
    """The passphrase and the lock of everything this session writes, if it locks."""
    held: tuple[str, Lock] | None = st.session_state.get(keys.LOCK)
    return held


def lock_with(passphrase: str) -> None:
    """Lock everything this session writes (the address bar, links to share) with this
    passphrase, or unlock it with an empty one. The key is derived once per passphrase; the
    one in use is kept even if the policy would refuse it now (it opened this case). A refused
    passphrase leaves the session unlocked and raises the policy's ``ValueError``."""
    held = session_lock()
    if held is not None and normalise(held[0]) == normalise(passphrase):
        return
    st.session_state.pop(keys.LOCK, None)
    if normalise(passphrase):
        st.session_state[keys.LOCK] = (passphrase, lock(passphrase))


def current_token(case: Case, owner: bool) -> str:
    """The token of a case as this session writes it: an owner's without private notes, locked
    when the session locks (it opened a locked link, or the owner locked their links on Share),
    with the session's lock, so no key is derived; cached, so an unchanged case (every slider
    move of another page) is not encoded again."""
    session = st.session_state
    held = session_lock()
    locked_with = held[1] if held is not None else None
    cached = session.get(keys.TOKEN_CACHE)
    if cached is not None and cached[0] is case and cached[1] == owner and cached[2] is locked_with:
        token: str = cached[3]
        return token
    token = encode(for_link(case, include_notes=False) if owner else case, locked_with)
    session[keys.TOKEN_CACHE] = (case, owner, locked_with, token)
    return token


def sync() -> None:
    """Write the current case into the address bar when it changed (never private notes)."""
    session = st.session_state
    current = state.case()
    held = session.get(keys.HELD)
    if held is not None and (held[0] is current or session.get(keys.LOCKED)):
        if st.query_params.get(held[2].value) != held[1]:
            st.query_params.from_dict({held[2].value: held[1]})
        return
    session.pop(keys.HELD, None)
    owner = state.role() is Role.OWNER
    token = current_token(current, owner)
    kind = LinkKind.CASE if owner else LinkKind.REVIEW
    if st.query_params.get(kind.value) != token or len(st.query_params) != 1:
        st.query_params.from_dict({kind.value: token})
    if token != session.get(keys.TOKEN):
        _remember(token)


def _remember(token: str) -> None:
    """The address bar's token now, kept among the recent ones so a late rerun that still
    carries it is known as this session's own past."""
    session = st.session_state
    session[keys.TOKEN] = token
    recent: list[str] = session.setdefault(keys.WRITTEN, [])
    recent.append(token)
    del recent[:-_REMEMBERED]
