"""Full links to pages of this app, built from the address the visitor is using."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from advisor.case.models import Case
from advisor.editing.arrival import LinkKind
from advisor.sharing.codec import encode, for_link
from advisor.sharing.locking import Lock
from ui.shell.steps import Step


def base_url(current: Step) -> str:
    """The app's root address as the browser sees it, without the current page's path."""
    url = (st.context.url or "").split("?")[0]
    suffix = "/" + current.url
    if url.endswith(suffix):
        url = url[: -len(suffix)]
    return url.rstrip("/")


def query(token: str, kind: LinkKind = LinkKind.CASE) -> str:
    """A link's query string: the case in ``token``, as the kind of link it is."""
    return urlencode({kind.value: token})


def link(base: str, page: Step, token: str, kind: LinkKind = LinkKind.CASE) -> str:
    """A link that opens ``page`` with the case in ``token``, as the kind of link it is."""
    return f"{base}/{page.url}?{query(token, kind)}"


def share_token(case: Case, include_notes: bool, locked_with: Lock | None, include_drafts: bool = False) -> str:
    """The token the Share page offers, locked with the session's lock if it has one (a fresh
    nonce each time, no key derivation); the practice answers only when the owner chose so."""
    return encode(for_link(case, include_notes=include_notes, include_drafts=include_drafts), locked_with)
