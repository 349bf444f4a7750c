"""The one Case in session, how widgets write into it, and how the URL mirrors it.

The Case is the single source of truth. Widgets are seeded from it the first time they are
drawn and write back through callbacks that validate the whole case, so a bad value leaves the
case as it was and leaves a message instead. The address bar always carries the case, so a
reload or a shared link restores it; nothing is stored on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st
from pydantic import ValidationError

from advisor.models import Case, messages
from advisor.share import ShareLinkError, decode, encode
from ui import keys

# Tokens this session wrote into the address bar lately. A rerun can start before the browser
# has received the newest one (two quick edits on a slow connection); its older address is then
# our own past, not a newly opened link, and must not replace the case.
_REMEMBERED = 50


def init() -> None:
    """Make sure a case exists and take one from the URL when the URL carries a new one."""
    state = st.session_state
    if keys.CASE not in state:
        state[keys.CASE] = Case()
        state[keys.ERRORS] = {}
    _read_url()


def case() -> Case:
    value: Case = st.session_state[keys.CASE]
    return value


def replace(new: Case, notice: str | None = None) -> None:
    """Swap the whole case (example, link, import, start over) and reseed every widget."""
    state = st.session_state
    state[keys.CASE] = new
    state[keys.ERRORS] = {}
    forget(*keys.WIDGET_PREFIXES)
    if notice:
        state[keys.NOTICE] = notice


def forget(*prefixes: str) -> None:
    """Drop widget values so the widgets are drawn again from the case."""
    state = st.session_state
    for key in [k for k in state if isinstance(k, str) and k.startswith(prefixes)]:
        del state[key]


def seed(key: str, value: Any) -> str:
    """Give a widget its value from the case the first time it is drawn on a page."""
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def commit(change: Callable[[dict[str, Any]], None], error_key: str) -> bool:
    """Apply a change to a copy of the case and keep it only if the whole case is valid."""

    def changed(current: Case) -> Case:
        data = current.model_dump()
        change(data)
        return Case.model_validate(data)

    return apply(changed, error_key)


def apply(change: Callable[[Case], Case], error_key: str) -> bool:
    """Apply a whole-case change from ``advisor``; its refusal becomes the field's message."""
    try:
        new = change(case())
    except ValidationError as error:
        _errors()[error_key] = messages(error)
        return False
    except ValueError as error:
        refuse(error_key, str(error))
        return False
    refuse(error_key, None)
    st.session_state[keys.CASE] = new
    return True


def refuse(key: str, message: str | None) -> None:
    """Show a message at a widget on the next run (None clears it)."""
    if message is None:
        _errors().pop(key, None)
    else:
        _errors()[key] = [message]


def _errors() -> dict[str, list[str]]:
    found: dict[str, list[str]] = st.session_state.setdefault(keys.ERRORS, {})
    return found


def errors_for(error_key: str) -> list[str]:
    found: list[str] = st.session_state.get(keys.ERRORS, {}).get(error_key, [])
    return found


def _read_url() -> None:
    token = st.query_params.get(keys.QUERY)
    state = st.session_state
    if not token or token == state.get(keys.TOKEN) or token in state.get(keys.WRITTEN, ()):
        return
    try:
        new = decode(token)
    except ShareLinkError as error:
        state[keys.LINK_ERROR] = str(error)
        state[keys.TOKEN] = token
        return
    state.pop(keys.LINK_ERROR, None)
    replace(new)
    state[keys.TOKEN] = token


def sync_url() -> str:
    """Write the current case into the address bar when it changed; return the token."""
    state = st.session_state
    current = case()
    cached = state.get(keys.TOKEN_CACHE)
    token: str
    if cached is not None and cached[0] is current:
        token = cached[1]
    else:
        token = encode(current)
        state[keys.TOKEN_CACHE] = (current, token)
    if st.query_params.get(keys.QUERY) != token:
        st.query_params[keys.QUERY] = token
        written: list[str] = state.setdefault(keys.WRITTEN, [])
        written.append(token)
        del written[:-_REMEMBERED]
    state[keys.TOKEN] = token
    return token
