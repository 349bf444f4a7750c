"""A simulated visitor's side of Streamlit's websocket protocol, for ``make load``.

A browser tab talks to the server over ``/_stcore/stream``: it sends ``BackMsg`` protobufs (a
``rerun_script`` with the address, the page and every widget's value) and receives
``ForwardMsg`` protobufs (a ``new_session`` per run, the page's elements as deltas, and
``script_finished`` when the run is over). This module does what Chromium's Streamlit frontend
does, as recorded from it: the same handshake (subprotocol ``streamlit``, the page's origin),
the same first rerun (the address's path as ``page_name``, its query string, the browser's
context), the values of every slider on screen in each later rerun, a fragment's id when a
slider inside a fragment moves, the page's hash and an empty query string on a page change,
and the query string the app last put in the address bar.

The one app-specific behaviour is a fresh browser's answer to a component that reports on
mount (``MOUNT_REPORTS``): our app's storage bridge asks what this browser keeps, and a real
tab answers with one more rerun as soon as the first run is over, so a simulated one does too.

``View`` and the message builders are pure (unit-tested); ``Session`` is the network part.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final
from urllib.parse import urlsplit

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.typing import Origin, Subprotocol

STREAM_PATH: Final = "/_stcore/stream"
SUBPROTOCOL: Final = Subprotocol("streamlit")
MAX_MESSAGE: Final = 8 * 1024 * 1024
TRIGGER_PREFIX: Final = "$$STREAMLIT_INTERNAL_KEY_"  # Streamlit's name for a component's trigger widget
# What a fresh browser (empty localStorage) answers to a component that reports on mount:
# component name -> (event, value), as Chromium sent it to our storage bridge.
MOUNT_REPORTS: Final[Mapping[str, tuple[str, object]]] = {
    "interview_advisor.browser_store": ("report", {"entries": {}, "available": True, "failed": False}),
}
FINISHED: Final = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


class VisitError(Exception):
    """A rerun that did not end well: its ``kind`` is what the load report counts."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Slider:
    """A slider on screen, with the value this tab holds for it."""

    id: str
    value: float
    low: float
    high: float
    step: float
    fragment_id: str  # "" outside a fragment

    def moved(self, rng: random.Random) -> Slider:
        """One step up or down (down at the top, up at the bottom), like an arrow key."""
        up = rng.random() < 0.5
        if self.value + self.step > self.high:
            up = False
        elif self.value - self.step < self.low:
            up = True
        return replace(self, value=self.value + (self.step if up else -self.step))


def slider_state(slider: Slider) -> WidgetState:
    """A slider's value as the frontend sends it (a one-element double array)."""
    state = WidgetState(id=slider.id)
    state.double_array_value.data.append(slider.value)
    return state


def trigger_state(component_id: str, event: str, value: object) -> WidgetState:
    """A components-v2 trigger (``setTriggerValue(event, value)``): a JSON list of events on the
    component's internal ``__events`` widget."""
    payload = json.dumps([{"event": event, "value": value}], separators=(",", ":"))
    return WidgetState(id=f"{TRIGGER_PREFIX}{component_id}__events", json_trigger_value=payload)


def context_info(url: str) -> ContextInfo:
    """The browser context Chromium sends with every rerun (headless, en-US, UTC, light)."""
    return ContextInfo(timezone="UTC", timezone_offset=0, locale="en-US", url=url, is_embedded=False,
                       color_scheme="light")


def rerun_message(*, url: str, query_string: str = "", page_script_hash: str = "", page_name: str = "",
                  widgets: Iterable[WidgetState] = (), fragment_id: str = "") -> BackMsg:
    """A ``rerun_script`` BackMsg. The first run of a tab names the page by ``page_name`` (the
    address's path), every later one by ``page_script_hash``."""
    message = BackMsg()
    state = message.rerun_script
    state.query_string = query_string
    state.page_script_hash = page_script_hash
    state.page_name = page_name
    state.fragment_id = fragment_id
    state.widget_states.widgets.extend(widgets)
    state.context_info.CopyFrom(context_info(url))
    return message


@dataclass
class View:
    """What a tab knows of the app from the ForwardMsgs so far: pages, the current page and
    address, the sliders on screen, components waiting for a mount report, and any error shown.

    Sliders are replaced as a full run redraws the page and merged after a fragment run (which
    redraws only its fragment); a slider's value is the server's only when it sets one, else the
    tab keeps its own, as the frontend's widget manager does.
    """

    query_string: str = ""
    pages: dict[str, str] = field(default_factory=dict)  # url path ("" for the default page) -> hash
    page_hash: str = ""
    sliders: dict[str, Slider] = field(default_factory=dict)
    reports: dict[str, tuple[str, object]] = field(default_factory=dict)  # component id -> mount report
    fragments: dict[str, str] = field(default_factory=dict)  # component id -> its fragment's id ("" for none)
    mounted: set[str] = field(default_factory=set)  # components seen: each reports once, at mount
    errors: list[str] = field(default_factory=list)
    keep_run: bool = False  # keep in ``run`` the latest full run's messages and its fragments' (the bench's twins)
    run: list[ForwardMsg] = field(default_factory=list)
    _drawn: dict[str, Slider] = field(default_factory=dict)
    _fragment_run: bool = False

    def observe(self, message: ForwardMsg) -> int | None:
        """Take in one message; the run's status when it is its ``script_finished``."""
        kind = message.WhichOneof("type")
        if self.keep_run:
            if kind == "new_session" and not message.metadata.run.fragment_ids:
                self.run.clear()
            self.run.append(message)
        if kind == "new_session":
            self._fragment_run = bool(message.metadata.run.fragment_ids)
            self._drawn = {}
        elif kind == "navigation":
            self.pages = {page.url_pathname: page.page_script_hash for page in message.navigation.app_pages}
            self.page_hash = message.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = message.page_info_changed.query_string
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            self._element(message)
        elif kind == "page_not_found":
            self.errors.append(f"page not found: {message.page_not_found.page_name}")
        elif kind == "script_finished":
            status = message.script_finished
            if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                self.errors.append("script compile error")
            if status in FINISHED:
                self.sliders = {**self.sliders, **self._drawn} if self._fragment_run else dict(self._drawn)
            return status
        return None

    def _element(self, message: ForwardMsg) -> None:
        element = message.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "slider":
            proto = element.slider
            known = self.sliders.get(proto.id)
            value = (proto.value[0] if proto.set_value and proto.value
                     else known.value if known is not None else proto.default[0])
            self._drawn[proto.id] = Slider(proto.id, value, proto.min, proto.max, proto.step,
                                           message.delta.fragment_id)
        elif kind == "bidi_component":
            component = element.bidi_component
            report = MOUNT_REPORTS.get(component.component_name)
            if report is not None and component.id not in self.mounted:
                self.reports[component.id] = report
                self.fragments[component.id] = message.delta.fragment_id
            self.mounted.add(component.id)
        elif kind == "exception":
            self.errors.append(f"exception: {element.exception.type}: {element.exception.message[:120]}")
        elif kind == "alert" and element.alert.format == Alert.ERROR:
            self.errors.append(f"error shown: {element.alert.body[:120]}")

    def widget_states(self) -> list[WidgetState]:
        return [slider_state(slider) for slider in self.sliders.values()]


@dataclass(frozen=True, slots=True)
class Rerun:
    """One rerun: what it was, when it was sent (monotonic seconds), how long until its end."""

    kind: str
    sent: float
    ms: float


class Session:
    """One tab's websocket session. Every action sends one rerun and waits for its end; a run
    the server cut short for another (``FINISHED_EARLY_FOR_RERUN``, e.g. ``st.rerun``) is not
    the end. Anything else that goes wrong raises ``VisitError``."""

    def __init__(self, socket: ClientConnection, base_url: str, path: str, timeout: float) -> None:
        self._socket = socket
        self._base_url = base_url
        self._url = base_url + "/" + path
        self._timeout = timeout
        self.view = View()

    @classmethod
    async def open(cls, base_url: str, path: str, query_string: str, timeout: float,
                   keep_run: bool = False) -> tuple[Session, Rerun]:
        """Connect as a tab opening ``/path?query_string`` and wait for the first run to end."""
        parts = urlsplit(base_url)
        try:
            socket = await connect(f"ws://{parts.netloc}{STREAM_PATH}", subprotocols=[SUBPROTOCOL],
                                   origin=Origin(f"{parts.scheme}://{parts.netloc}"), proxy=None,
                                   max_size=MAX_MESSAGE, open_timeout=timeout)
        except (OSError, TimeoutError, InvalidHandshake) as error:
            raise VisitError("connect failed", str(error)) from error
        session = cls(socket, base_url, path, timeout)
        session.view = View(query_string=query_string, keep_run=keep_run)
        try:
            first = await session._run("open", rerun_message(url=session._url, query_string=query_string,
                                                             page_name=path))
        except BaseException:
            await session.close()
            raise
        return session, first

    async def report_mounts(self) -> list[Rerun]:
        """Answer every component that reports on mount, each with one rerun (of the component's
        fragment only, when it is drawn in one, as the browser's is)."""
        done = []
        while self.view.reports:
            component, (event, value) = self.view.reports.popitem()
            widgets = [*self.view.widget_states(), trigger_state(component, event, value)]
            fragment = self.view.fragments.pop(component, "")
            done.append(await self._run("mount report", self._message(widgets, fragment)))
        return done

    async def move_slider(self, rng: random.Random) -> Rerun:
        """Move one slider of the page one step; a slider in a fragment reruns only that fragment."""
        if not self.view.sliders:
            raise VisitError("no slider on the page", self.view.page_hash)
        slider = rng.choice(sorted(self.view.sliders.values(), key=lambda s: s.id)).moved(rng)
        self.view.sliders[slider.id] = slider
        return await self._run("slider", self._message(self.view.widget_states(), slider.fragment_id))

    async def switch_page(self, url_path: str) -> Rerun:
        """Go to another page as a page link does: its hash, no query string, no widget values
        (no widget of the sidebar holds one)."""
        page_hash = self.view.pages.get(url_path)
        if page_hash is None:
            raise VisitError("no such page", url_path)
        self._url = self._base_url + "/" + url_path
        message = rerun_message(url=self._url, page_script_hash=page_hash)
        self.view.sliders = {}
        return await self._run("page", message)

    def _message(self, widgets: Iterable[WidgetState], fragment_id: str = "") -> BackMsg:
        return rerun_message(url=self._url, query_string=self.view.query_string,
                             page_script_hash=self.view.page_hash, widgets=widgets, fragment_id=fragment_id)

    async def _run(self, kind: str, message: BackMsg) -> Rerun:
        sent = time.monotonic()
        try:
            await self._socket.send(message.SerializeToString())
            async with asyncio.timeout(self._timeout):
                while True:
                    data = await self._socket.recv()
                    if not isinstance(data, bytes):
                        raise VisitError("protocol", "a text frame from the server")
                    forward = ForwardMsg()
                    forward.ParseFromString(data)
                    status = self.view.observe(forward)
                    if status is not None and status != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        break
        except TimeoutError as error:
            raise VisitError("timeout", f"{kind}: no script_finished within {self._timeout:.0f} s") from error
        except ConnectionClosed as error:
            raise VisitError("disconnect", f"{kind}: {error}") from error
        return Rerun(kind, sent, (time.monotonic() - sent) * 1000)

    async def close(self) -> None:
        await self._socket.close()
