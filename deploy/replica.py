"""One Streamlit replica of the app: started on a loopback port, healthy once ``/_stcore/health``
answers, stopped politely and then not.

deploy/cluster runs its replicas with this; the tests' and benchmarks' servers (harness.server)
are started the same way, so what they try is what is deployed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"


def streamlit_command(script: Path, port: int) -> list[str]:
    """`streamlit run` on loopback only, headless, without statistics or file watching."""
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(port: int, *, script: Path = APP, cwd: Path = ROOT, stdout: int | IO[bytes] | IO[str] | None = None,
          stderr: int | IO[bytes] | IO[str] | None = None) -> subprocess.Popen[bytes]:
    """``streamlit run script`` on ``port`` from ``cwd`` (whose .streamlit/ holds the config),
    its output unbuffered to ``stdout`` and ``stderr``."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(streamlit_command(script, port), cwd=cwd, env=env, stdout=stdout, stderr=stderr)


def _tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60,
                 log: Path | None = None) -> None:
    """Poll ``url``'s /_stcore/health until it answers 200; raise if ``process`` exits first
    (with the tail of its ``log``, when it has one) or ``timeout`` seconds pass. The polling
    interval only paces the requests while the server starts."""
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


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ask the server to stop; kill it if it has not within ten seconds."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
