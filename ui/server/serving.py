"""The page Streamlit sends a browser, told in advance which widget code it will need.

Streamlit's frontend loads the code of each kind of widget only when it first draws one: it
renders the page, finds a slider, fetches and runs the slider's script, then renders again, and
once more for each kind that arrives later. On a first visit that load-and-render round trip
comes after the page's content has arrived, kind by kind. Named in the page itself, the scripts
are fetched and run while the browser still waits for the server's first message, so the page
is complete sooner (measured: docs/PERFORMANCE-NOTES.md).

``Preload`` is ASGI middleware around Streamlit's own server (``st.App`` in app.py): it adds one
``<script type="module" src="./static/js/…">`` per kind the requested page draws to the HTML page
and leaves every other response untouched. The tags name Streamlit's own files, so a page's
Content-Security-Policy of ``script-src 'self'`` allows them; a kind whose file a later Streamlit
no longer has is left out, and the page loads it on demand as before.

It also tells the frontend where the server is (``BASE_HINT``). Without that, Streamlit's
frontend on a page other than the first (``/quick``) first asks ``/quick/_stcore/health``, gets a
404, waits 100 ms and asks ``/_stcore/health``; only then does it open the websocket. Told the
base address, it asks once. The address is worked out in the browser from its own location and
the names of our pages, so it holds under any base path or proxy prefix; a location that is none
of our pages gives the address Streamlit would have tried first, with its fallback after it.
The script is one constant for every page, so a Content-Security-Policy allows it by one hash
(deploy/cluster reads it from the page a replica serves).

Both rest on details of Streamlit's frontend build: the widget code in files named
``<Chunk>.<hash>.js`` beside the entry script, which loads them from there, and the entry script
reading ``window.__streamlit.BACKEND_BASE_URL``. ``tests/app/test_serving.py`` fails when a
Streamlit upgrade changes either (this would then quietly send fewer tags, or a hint nobody
reads). The tags can go once Streamlit's page names its widget code itself, and the hint once
its frontend finds the server under a page's address without first asking that address.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

import streamlit
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from streamlit import config

from ui.shell.steps import ALL

# The widget kinds whose code Streamlit's frontend loads on demand (named as AppTest and the
# delta messages name them), and the file each one's code starts from.
CHUNKS: Final[Mapping[str, str]] = MappingProxyType({
    "bidi_component": "BidiComponent", "button": "Button", "button_group": "ButtonGroup",
    "checkbox": "Checkbox", "toggle": "Checkbox", "download_button": "DownloadButton",
    "file_uploader": "FileUploader", "metric": "Metric", "page_link": "PageLink",
    "plotly_chart": "PlotlyChart", "progress": "Progress", "radio": "Radio", "slider": "Slider",
    "select_slider": "Slider", "text_area": "TextArea", "text_input": "TextInput",
})
# Drawn on every page: the sidebar's buttons and the browser-storage bridge.
EVERY_PAGE: Final = frozenset({"button", "bidi_component"})

_SCRIPTS: Final = Path(streamlit.__file__).parent / "static" / "static" / "js"


def _file(chunk: str) -> str | None:
    """The hashed file name of a chunk (``Slider.WU6er_Bo.js``), None when there is none."""
    found = sorted(path.name for path in _SCRIPTS.glob(f"{chunk}.*.js") if path.name.count(".") == 2)
    return found[0] if found else None


# Each kind's file, looked up once (a kind whose file this Streamlit lacks is left out).
_FILES: Final[Mapping[str, str]] = MappingProxyType(
    {kind: name for kind, chunk in CHUNKS.items() if (name := _file(chunk))})


def tags(kinds: Iterable[str]) -> bytes:
    """One module script per file the kinds need, in a steady order, each file once."""
    files = sorted({_FILES[kind] for kind in kinds if kind in _FILES})
    return "".join(f'<script type="module" src="./static/js/{name}"></script>' for name in files).encode()


def base_hint(pages: Iterable[str]) -> bytes:
    """The inline script that sets ``window.__streamlit.BACKEND_BASE_URL``: the location without
    its last part when that part names one of ``pages``, else the location itself. A value the
    host page set already is kept."""
    names = json.dumps(sorted(name for name in pages if name))
    return ('<script>(() => { const path = location.pathname.replace(/\\/+$/, ""); '
            'const cut = path.lastIndexOf("/"); '
            f'const base = {names}.includes(path.slice(cut + 1)) ? path.slice(0, cut + 1) : path + "/"; '
            'window.__streamlit = {BACKEND_BASE_URL: location.origin + base, ...window.__streamlit}; })();'
            '</script>').encode()


BASE_HINT: Final = base_hint(step.url for step in ALL)
_BY_ADDRESS: Final[Mapping[str, bytes]] = MappingProxyType(
    {step.url: BASE_HINT + tags(EVERY_PAGE | step.draws) for step in ALL})
_ANY_PAGE: Final = BASE_HINT + tags(EVERY_PAGE)


def for_path(path: str) -> bytes:
    """The base hint and the tags for the page at ``path`` (under the server's base path, if one is set)."""
    base = str(config.get_option("server.baseUrlPath") or "").strip("/")
    name = path.strip("/")
    if base and (name == base or name.startswith(base + "/")):
        name = name[len(base):].strip("/")
    return _BY_ADDRESS.get(name, _ANY_PAGE)


def with_tags(html: bytes, extra: bytes) -> bytes:
    """The page with ``extra`` just before ``</head>`` (as it was when it has no head)."""
    return html.replace(b"</head>", extra + b"</head>", 1)


class Preload:
    """Add the base hint and the page's script tags to the HTML page a browser navigates to."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        navigation = scope["type"] == "http" and scope["method"] == "GET"
        if not navigation or "text/html" not in Headers(scope=scope).get("accept", ""):
            await self.app(scope, receive, send)  # scripts, styles, health checks, the websocket
            return
        # Ask the server below for the page uncompressed (it is a few KB), so it can be edited.
        plain = dict(scope)
        del MutableHeaders(scope=plain)["accept-encoding"]
        await self.app(plain, receive, _Editor(send, for_path(scope["path"])).send)


class _Editor:
    """Holds an HTML response until its body is whole, then sends it with the tags added."""

    def __init__(self, send: Send, extra: bytes) -> None:
        self._send, self._extra = send, extra
        self._start: Message | None = None
        self._body: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            if Headers(raw=message.get("headers", [])).get("content-type", "").startswith("text/html"):
                self._start = message
                return
        elif message["type"] == "http.response.body" and self._start is not None:
            self._body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            html = with_tags(b"".join(self._body), self._extra)
            start = dict(self._start, headers=list(self._start.get("headers", [])))
            MutableHeaders(scope=start)["content-length"] = str(len(html))
            await self._send(start)
            await self._send({"type": "http.response.body", "body": html})
            return
        await self._send(message)
