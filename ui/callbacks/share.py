"""The Share page's callbacks: locking the links (and the address bar) with a passphrase."""

from __future__ import annotations

import streamlit as st

from advisor.sharing.locking import suggest
from ui import address, state
from ui.shell.guard import guarded

PASSPHRASE_FIELD = "share_passphrase"
SUGGEST_BUTTON = "share_suggest"
NOT_LOCKED = "The links below are not locked."


@guarded
def lock_links(key: str) -> None:
    """Lock the links and the address bar with the passphrase typed (an empty one unlocks them),
    or say why that passphrase cannot lock them."""
    passphrase = st.session_state.get(key)
    if not isinstance(passphrase, str):
        return
    try:
        address.lock_with(passphrase)
    except ValueError as error:
        state.refuse(key, f"{error} {NOT_LOCKED}")
        return
    state.refuse(key, None)


@guarded
def suggest_passphrase(key: str) -> None:
    """Put four random words in the passphrase field and lock the links with them."""
    passphrase = suggest()
    st.session_state[key] = passphrase
    address.lock_with(passphrase)
    state.refuse(key, None)
