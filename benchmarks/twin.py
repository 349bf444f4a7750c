"""Each of our pages drawn by a bare Streamlit app: the same elements, none of our code.

The first-visit target compares a page of ours with a bare page of one slider, so it counts
what the page draws as well as what our app adds. A twin separates the two: the bench records
the messages of a page's last run (opened with the example case, as a fresh tab does, the
storage bridge answered) over the websocket protocol, and a bare Streamlit app sends the same
messages back from its own script, so the browser receives and draws exactly the elements of
our page, sidebar included, from a server that runs no code of ours (no bridge, no middleware,
no case, no callbacks). Our own components (the storage bridge, the link's copy button) are
drawn as empty elements: their code is served by our app only.
A page of ours against its twin is what our app costs beyond bare Streamlit drawing that page.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.load_client import Session
from benchmarks.reference import NODELAY_CODE, copy_config

ENTRY: Final = "twin_app.py"
RUNS: Final = "runs.json"
PAGE_PARAM: Final = "page"  # the twin's query parameter naming the page it draws
KEPT: Final = frozenset({"delta", "navigation"})  # what a script's run sends of its own page
LEFT_OUT: Final = frozenset({"bidi_component"})  # our components: their code is served by our app only

_ENTRY_CODE: Final = f'''\
import base64
import json
from pathlib import Path

import streamlit as st
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.scriptrunner_utils.script_run_context import enqueue_message

st.set_page_config(layout="wide")
RUNS = json.loads((Path(__file__).parent / "{RUNS}").read_text())
for blob in RUNS.get(st.query_params.get("{PAGE_PARAM}", ""), []):
    message = ForwardMsg()
    message.ParseFromString(base64.b64decode(blob))
    enqueue_message(message)
'''


def kept(message: ForwardMsg) -> bool:
    """Whether a message of our page's run is replayed: its elements and its menu."""
    return message.WhichOneof("type") in KEPT


def replayable(message: ForwardMsg) -> str:
    """A kept message as the twin sends it: without our run's metadata (Streamlit sets its own),
    and one of our components (the storage bridge, the link's copy button) as an empty element."""
    copy = ForwardMsg()
    copy.CopyFrom(message)
    element = copy.delta.new_element
    if copy.WhichOneof("type") == "delta" and copy.delta.WhichOneof("type") == "new_element" \
            and element.WhichOneof("type") in LEFT_OUT:
        element.Clear()
        element.empty.SetInParent()  # keeps the element's place, so the ones after it keep theirs
    copy.ClearField("metadata")
    copy.metadata.delta_path.extend(message.metadata.delta_path)
    copy.ClearField("hash")
    return base64.b64encode(copy.SerializeToString()).decode()


async def _record_page(base_url: str, path: str, query_string: str, timeout: float) -> list[str]:
    session, _ = await Session.open(base_url, path, query_string, timeout, keep_run=True)
    try:
        await session.report_mounts()
        return [replayable(message) for message in session.view.run if kept(message)]
    finally:
        await session.close()


def record(base_url: str, paths: Iterable[str], query_string: str, timeout: float = 30) -> dict[str, list[str]]:
    """Each page's last run, as the twin replays it, by the page's path. The default page ("")
    is recorded first, so ``st.navigation`` is in charge before any other page is asked for."""
    async def every() -> dict[str, list[str]]:
        return {path: await _record_page(base_url, path, query_string, timeout)
                for path in sorted({"", *paths}, key=bool)}
    return asyncio.run(every())


def write_twin(directory: Path, runs: dict[str, list[str]]) -> Path:
    """The twin app and the runs it replays, in ``directory``, with our Streamlit config and our
    TCP_NODELAY fix (as the ladder has it: a bare app that does not wait on Nagle's algorithm
    either); its entry."""
    copy_config(directory)
    (directory / RUNS).write_text(json.dumps(runs))
    entry = directory / ENTRY
    entry.write_text(NODELAY_CODE + _ENTRY_CODE)
    return entry
