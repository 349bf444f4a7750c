"""Full links to pages of this app, built from the address the visitor is using."""

from __future__ import annotations

import streamlit as st

from ui.steps import BY_PATH


def base_url(current_path: str) -> str:
    """The app's root address as the browser sees it, without the current page's path."""
    url = st.context.url or ""
    suffix = "/" + BY_PATH[current_path].url
    if url.endswith(suffix):
        url = url[: -len(suffix)]
    return url.rstrip("/")


def link(base: str, page_url: str, token: str) -> str:
    page = f"/{page_url}" if page_url else "/"
    return f"{base}{page}?case={token}"
