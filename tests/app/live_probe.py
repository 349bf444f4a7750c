"""The script ``tests/app/test_live_server.py`` runs under `streamlit run`: the server tuning of
``ui/server`` on Streamlit's real server, which AppTest does not start.

Each run calls ``nodelay.set_nodelay`` and ``heap.freeze_after_run`` as the router does and adds
one line of JSON to the file named by ``IA_LIVE_REPORT``: the option on the server's sockets
before and after, the objects frozen, and which files have run a full collection in this process
so far. Imported (not run) by `streamlit run` to find ``app``, it is served with
``ui.server.serving.Preload`` around it, as app.py is.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

import streamlit as st
from starlette.middleware import Middleware


@st.cache_resource(show_spinner=False)
def collections() -> list[str]:
    """The file that asked for each full collection in this process from now on."""
    seen: list[str] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 2:
            with contextlib.suppress(ValueError):  # no Python caller (interpreter shutdown)
                seen.append(sys._getframe(1).f_code.co_filename)

    gc.callbacks.append(record)
    return seen


def sockets(port: int) -> dict[str, list[bool]]:
    """TCP_NODELAY on the server's listening sockets and on the connections it accepted."""
    from ui.server import nodelay

    found: dict[str, list[bool]] = {"listening": [], "accepted": []}
    for fd in nodelay.open_fds():
        sock = nodelay.tcp_socket(fd)
        if sock is None:
            continue
        with sock:
            if sock.getsockname()[1] != port:
                continue
            listening = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) != 0
            found["listening" if listening else "accepted"].append(
                sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    return found


if __name__ == "__main__":
    from ui.server import heap, nodelay

    collected = collections()
    port = int(st.get_option("server.port"))
    before = sockets(port)
    nodelay.set_nodelay()
    after = sockets(port)
    heap.freeze_after_run()
    report = {"before": before, "after": after, "frozen": gc.get_freeze_count(),
              "collected_by": sorted({Path(name).as_posix() for name in collected})}
    with Path(os.environ["IA_LIVE_REPORT"]).open("a") as out:
        out.write(json.dumps(report) + "\n")
    st.write("probed")
else:
    from ui.server.serving import Preload

    app = st.App(__file__, middleware=[Middleware(Preload)])
