"""Streamlit servers for the benchmark: like tests/browser/server.py, but the process id is
exposed (to read the server's memory) and several servers start at once."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.browser.server import free_port, stop, streamlit_command, wait_healthy


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    url: str
    pid: int


@dataclass(frozen=True, slots=True)
class Spec:
    """What to serve: ``streamlit run script`` from ``cwd`` (whose .streamlit/ holds the config)."""

    name: str
    script: Path
    cwd: Path


def rss_bytes(pid: int) -> int:
    """Resident set size of a process, from /proc/<pid>/status (VmRSS, in kB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


@contextmanager
def _process(spec: Spec, log_dir: Path) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    port = free_port()
    log = log_dir / f"{spec.name}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen(streamlit_command(spec.script, port), cwd=spec.cwd, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
        try:
            yield process, f"http://127.0.0.1:{port}", log
        finally:
            stop(process)


@contextmanager
def serve(specs: Sequence[Spec]) -> Iterator[dict[str, Server]]:
    """Start every server at once, wait until all are healthy, stop them all at the end."""
    with ExitStack() as stack:
        log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-servers-")))
        started = [(spec, *stack.enter_context(_process(spec, log_dir))) for spec in specs]
        servers: dict[str, Server] = {}
        for spec, process, url, log in started:
            wait_healthy(url, process, log=log)
            servers[spec.name] = Server(spec.name, url, process.pid)
        yield servers
