"""Start a Streamlit server on a free loopback port and wait until it is healthy.

A server here is a replica as deploy/ starts one (``deploy.replica``), with its output in a log
file and stopped when the ``with`` block ends. ``ROOT``, ``free_port``, ``stop`` and
``wait_healthy`` are deploy's, named here too for the tests and benchmarks that import them
from here.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from deploy.replica import ROOT, free_port, start, stop, wait_healthy

__all__ = ["ROOT", "free_port", "stop", "streamlit_process", "streamlit_server", "wait_healthy"]


@contextmanager
def streamlit_process(script: Path, cwd: Path, log: Path,
                      port: int | None = None) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Start ``streamlit run script`` from ``cwd`` (whose .streamlit/ holds the config) with its
    output in ``log``; yield the process and its base URL, and stop it at the end.

    The output goes to a file rather than a pipe nobody reads: a full pipe would block the
    server mid-run. ``port`` defaults to a free one; pass a stopped server's port to restart
    on the same origin (localStorage and cookies belong to the host and port).
    """
    port = free_port() if port is None else port
    with log.open("wb") as out:
        process = start(port, script=script, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield process, f"http://127.0.0.1:{port}"
        finally:
            stop(process)


@contextmanager
def streamlit_server(script: Path, cwd: Path = ROOT, port: int | None = None) -> Iterator[str]:
    """Run ``streamlit run script`` with the project's config until healthy; yield its base URL.
    The tail of its log is shown if it fails to start. ``port``: see streamlit_process."""
    with tempfile.TemporaryDirectory(prefix="streamlit-server-") as tmp:
        log = Path(tmp) / "server.log"
        with streamlit_process(script, cwd, log, port) as (process, url):
            wait_healthy(url, process, log=log)
            yield url
