"""The server tuning of ``ui/server`` on Streamlit's real server, where a Streamlit upgrade would
first turn it into a no-op: ``tests/app/live_probe.py`` under `streamlit run`, opened by one
page request and two script runs over Streamlit's websocket protocol (no browser).

Each assertion names what changed in Streamlit when it fails, and whether the module it guards
is then broken or no longer needed.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect
from websockets.typing import Origin, Subprotocol

from harness.server import ROOT, streamlit_server
from ui.server.serving import BASE_HINT, EVERY_PAGE, tags
from ui.shell.steps import LANDING

PROBE = Path(__file__).with_name("live_probe.py")
RUNS = 2
TIMEOUT = 60


@dataclass(frozen=True)
class Served:
    url: str
    page: str  # the HTML page a browser is sent
    runs: list[dict[str, Any]]  # the probe's report of each script run


async def _run_twice(url: str) -> None:
    """What a browser tab does to run the script, twice: one rerun request, then wait for the
    server to say the run is over."""
    address = url.removeprefix("http://")
    async with connect(f"ws://{address}/_stcore/stream", subprotocols=[Subprotocol("streamlit")],
                       origin=Origin(url), proxy=None, open_timeout=TIMEOUT) as socket:
        for _ in range(RUNS):
            request = BackMsg()
            request.rerun_script.page_name = ""
            await socket.send(request.SerializeToString())
            async with asyncio.timeout(TIMEOUT):
                while True:
                    message = ForwardMsg()
                    message.ParseFromString(await socket.recv())
                    if message.WhichOneof("type") == "script_finished":
                        assert message.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
                        break


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    report = tmp_path_factory.mktemp("live") / "report.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IA_LIVE_REPORT", str(report))
        patch.setenv("PYTHONPATH", str(ROOT), prepend=os.pathsep)  # the probe imports ui from the project root
        with streamlit_server(PROBE) as url:
            request = urllib.request.Request(f"{url}/", headers={"Accept": "text/html"})
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                page = response.read().decode()
            asyncio.run(_run_twice(url))
            runs = [json.loads(line) for line in report.read_text().splitlines()]
            assert len(runs) == RUNS, runs
            yield Served(url, page, runs)


def test_nodelay_finds_the_servers_socket_and_sets_it(served: Served) -> None:
    first = served.runs[0]
    assert first["before"]["listening"], (
        "the server's listening socket is not among this process's open files: nodelay.py does nothing")
    assert first["before"]["accepted"], "the browser's connection is not among this process's open files"
    assert not all(first["before"]["accepted"]), (
        "Streamlit's server turns Nagle off on its connections itself now: ui/server/nodelay.py can go")
    assert all(first["after"]["listening"]) and all(first["after"]["accepted"]), first


def test_the_heap_is_frozen_and_streamlit_still_collects_after_every_run(served: Served) -> None:
    assert served.runs[0]["frozen"] > 10_000, "a run on the server left the heap unfrozen"
    collectors = served.runs[-1]["collected_by"]
    assert any(name.endswith("streamlit/runtime/scriptrunner/script_runner.py") for name in collectors), (
        "Streamlit no longer runs gc.collect(2) after a script run (runner.postScriptGC): "
        f"ui/server/heap.py can go (full collections came from {collectors})")


def test_the_page_names_its_widget_code_and_the_server_serves_it(served: Served) -> None:
    """Preload runs around Streamlit's own server (st.App's middleware), and every file it names
    is one that server serves."""
    assert (BASE_HINT + tags(EVERY_PAGE | LANDING.draws)).decode() + "</head>" in served.page
    named = re.findall(r'<script type="module" src="\./static/js/([^"]+)"></script>', served.page)
    assert len(named) >= len(EVERY_PAGE)
    for name in named:
        with urllib.request.urlopen(f"{served.url}/static/js/{name}", timeout=TIMEOUT) as response:
            assert response.status == 200 and response.read(), name
