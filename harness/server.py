"""Start a Streamlit server on a free loopback port and wait until it is healthy."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def streamlit_command(script: Path, port: int) -> list[str]:
    """`streamlit run` on loopback only, headless, without statistics or file watching."""
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ask the server to stop; kill it if it has not within ten seconds."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60,
                 log: Path | None = None) -> None:
    """Poll /_stcore/health until the server answers 200 (the polling interval is not a
    test wait: it only paces the requests while the server process starts)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = f"\n{_tail(log)}" if log else ""
            raise RuntimeError(f"streamlit exited with {process.returncode}{detail}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not become healthy in {timeout} s")


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
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen(streamlit_command(script, port), cwd=cwd, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
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
