"""Streamlit servers for the benchmark: started as the browser tests start theirs, but the
process id is exposed (to read the server's memory) and several servers start at once."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from harness.server import streamlit_process, wait_healthy


@dataclass(frozen=True, slots=True)
class Server:
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
def serve(specs: Sequence[Spec]) -> Iterator[dict[str, Server]]:
    """Start every server at once, wait until all are healthy, stop them all at the end."""
    with ExitStack() as stack:
        log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-servers-")))
        started = [(spec, log_dir / f"{spec.name}.log") for spec in specs]
        running = [(spec, log, *stack.enter_context(streamlit_process(spec.script, spec.cwd, log)))
                   for spec, log in started]
        servers: dict[str, Server] = {}
        for spec, log, process, url in running:
            wait_healthy(url, process, log=log)
            servers[spec.name] = Server(url, process.pid)
        yield servers
