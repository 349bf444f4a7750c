"""Run several Streamlit replicas of the app behind one nginx, in the foreground.

    deploy/cluster --replicas N --port P [--host 127.0.0.1] [--server-name NAME ...]

Each replica listens on a free loopback port; nginx listens on ``host:P`` with the config from
``deploy/nginx.conf.template`` rendered into a temporary directory that also holds its pid and
temp files, so it runs as any user. The output is a protocol a script can read, one flushed line
each: ``replica <n> pid <pid> port <port>`` per replica, then ``ready http://<host>:<P>/`` once
every replica and nginx answer ``/_stcore/health``. The replicas' and nginx's own output goes to
stderr. nginx answers only requests naming one of the server names (``localhost``, ``127.0.0.1``
and the host it listens on, unless given): a public host passes its own with ``--server-name``.

A replica that dies is reported on stderr and the rest carry on (nginx sends its visitors to the
next replica); the cluster stops, with exit status 1, only when nginx or the last replica is gone.
Ctrl+C or SIGTERM stops everything it started.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from deploy.replica import free_port, start, stop, wait_healthy

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
SBIN_NGINX = Path("/usr/sbin/nginx")
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# A host name or address nginx can take as a server_name, and nothing that could end the directive.
SERVER_NAME = re.compile(r"(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")


class Stop(Exception):
    """Raised from the signal handler, so a blocking wait for children ends at once."""


@dataclass(frozen=True, slots=True)
class Replica:
    number: int
    port: int
    process: subprocess.Popen[bytes]


def find_nginx() -> Path | None:
    """nginx from PATH, or Debian's /usr/sbin/nginx (not on an ordinary user's PATH)."""
    found = shutil.which("nginx")
    if found:
        return Path(found)
    return SBIN_NGINX if SBIN_NGINX.exists() else None


def ensure_nginx() -> Path:
    """The nginx binary, installed from Debian when missing and allowed (root), like `make nginx`."""
    nginx = find_nginx()
    if nginx is not None:
        return nginx
    if os.geteuid() != 0:
        raise SystemExit("deploy/cluster needs nginx. Install it with: sudo apt-get install -y nginx")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=True, env=env, stdout=sys.stderr)
    nginx = find_nginx()
    if nginx is None:
        raise SystemExit("apt-get installed nginx, but no nginx binary was found")
    return nginx


def render(template: str, values: dict[str, str]) -> str:
    """Fill the ``{{name}}`` marks; a mark left over means the template and this script disagree."""
    for name, value in values.items():
        template = template.replace("{{" + name + "}}", value)
    if "{{" in template:
        raise ValueError(f"unfilled mark in {TEMPLATE.name}: {template[template.index('{{'):][:40]}")
    return template


def inline_script_hashes(page: str) -> str:
    """CSP sources for the inline scripts of Streamlit's page, so the policy allows exactly those
    (not 'unsafe-inline'). Read from the page a replica serves, which is what browsers run, so a
    Streamlit upgrade cannot leave a stale hash behind."""
    bodies = re.findall(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", page, flags=re.DOTALL)
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
                    for body in bodies)


def server_names(host: str, given: Sequence[str] = ()) -> list[str]:
    """The host names nginx answers to: those given, or by default the loopback names and the
    address it listens on (when that is one address, not every one, and a name nginx can match)."""
    listened = [host] if host != "0.0.0.0" and SERVER_NAME.fullmatch(host) else []
    names = list(given) or ["localhost", "127.0.0.1", *listened]
    refused = [name for name in names if not SERVER_NAME.fullmatch(name)]
    if refused:
        raise ValueError(f"not a host name: {refused[0]!r}")
    return list(dict.fromkeys(names))


def nginx_config(prefix: Path, host: str, port: int, replicas: Sequence[Replica], page: str,
                 names: Sequence[str]) -> str:
    """The config for these replicas serving ``page`` (Streamlit's index.html) under the server
    ``names``. A replica that refuses a connection once is left out for 10 s (passive health
    check); the request that found it down goes on to the next one."""
    servers = "\n".join(f"        server 127.0.0.1:{r.port} max_fails=1 fail_timeout=10s;" for r in replicas)
    # $upstream_addr lists every replica a request tried; the last one answered it.
    replica_names = "\n".join(f'        "~127\\.0\\.0\\.1:{r.port}$" "{r.number}";' for r in replicas)
    return render(TEMPLATE.read_text(), {
        "prefix": str(prefix), "listen": f"{host}:{port}", "servers": servers, "replica_names": replica_names,
        "script_hashes": inline_script_hashes(page), "server_names": " ".join(server_names(host, names)),
    })


def start_replica(number: int) -> Replica:
    """One ``streamlit run app.py`` on a free loopback port, its output on our stderr."""
    port = free_port()
    return Replica(number, port, start(port, stdout=sys.stderr, stderr=sys.stderr))


def start_nginx(nginx: Path, prefix: Path, host: str, port: int, replicas: Sequence[Replica],
                names: Sequence[str]) -> subprocess.Popen[bytes]:
    # Asked for as a browser asks for a page (Accept: text/html), so it comes with the inline
    # script ui.server.serving adds to what browsers are sent.
    request = urllib.request.Request(f"http://127.0.0.1:{replicas[0].port}/", headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=10) as response:
        page = response.read().decode()
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_config(prefix, host, port, replicas, page, names))
    # nginx's workers run as nobody when the master is root; they must reach the temp paths.
    prefix.chmod(0o755)
    return subprocess.Popen([str(nginx), "-p", str(prefix), "-c", str(conf), "-e", "stderr",
                             "-g", "daemon off;"], stdout=sys.stderr, stderr=sys.stderr)


def supervise(nginx: subprocess.Popen[bytes], replicas: Sequence[Replica]) -> int:
    """Block until a child exits; report a dead replica and go on while nginx and one replica
    live. Returns the exit status for the cluster (only a signal ends a healthy cluster)."""
    alive = {r.process.pid: r for r in replicas}
    while True:
        pid, status = os.wait()
        code = os.waitstatus_to_exitcode(status)
        if pid == nginx.pid:
            nginx.returncode = code
            print(f"nginx exited with {code}; stopping the cluster", file=sys.stderr, flush=True)
            return 1
        replica = alive.pop(pid, None)
        if replica is None:
            continue
        replica.process.returncode = code
        print(f"replica {replica.number} (port {replica.port}) exited with {code}; "
              f"{len(alive)} left", file=sys.stderr, flush=True)
        if not alive:
            return 1


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise Stop(signum)


def run(replica_count: int, host: str, port: int, names: Sequence[str] = ()) -> int:
    nginx_binary = ensure_nginx()
    replicas: list[Replica] = []
    nginx: subprocess.Popen[bytes] | None = None
    for signum in STOP_SIGNALS:
        signal.signal(signum, _raise_stop)
    probe = "127.0.0.1" if host == "0.0.0.0" else host
    with tempfile.TemporaryDirectory(prefix="interview-advisor-cluster-") as tmp:
        try:
            for number in range(1, replica_count + 1):
                replica = start_replica(number)
                replicas.append(replica)
                print(f"replica {number} pid {replica.process.pid} port {replica.port}", flush=True)
            for replica in replicas:
                wait_healthy(f"http://127.0.0.1:{replica.port}", replica.process)
            nginx = start_nginx(nginx_binary, Path(tmp), host, port, replicas, names)
            wait_healthy(f"http://{probe}:{port}", nginx, timeout=15)
            print(f"ready http://{host}:{port}/", flush=True)
            return supervise(nginx, replicas)
        except Stop:
            return 0
        except (RuntimeError, OSError) as error:
            print(f"deploy/cluster: {error}", file=sys.stderr, flush=True)
            return 1
        finally:
            # Ignored while the children stop, so a second Ctrl+C cannot leave one behind.
            for signum in STOP_SIGNALS:
                signal.signal(signum, signal.SIG_IGN)
            children = [r.process for r in replicas] + ([nginx] if nginx else [])
            running = [child for child in children if child.returncode is None]
            for child in running:
                child.terminate()
            for child in running:
                stop(child)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="deploy/cluster", description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit replicas to run (default 2)")
    parser.add_argument("--port", type=int, default=8080, help="port nginx listens on (default 8080)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address nginx listens on (default 127.0.0.1; 0.0.0.0 in a container)")
    parser.add_argument("--server-name", action="append", default=[], dest="names", metavar="NAME",
                        help="a host name visitors use, once per name (default: localhost, 127.0.0.1 and "
                             "--host); requests naming any other host get no answer but /_stcore/health")
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    try:
        server_names(args.host, args.names)
    except ValueError as error:
        parser.error(f"--server-name: {error}")
    return run(args.replicas, args.host, args.port, args.names)


if __name__ == "__main__":
    sys.exit(main())
