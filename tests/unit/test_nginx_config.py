"""nginx in front of the replicas (deploy/nginx.conf.template, rendered by deploy/cluster.py):
the config nginx accepts, and what it answers before any replica is asked, tried on a real
nginx whose one upstream is a port nobody listens on (the failover test tries the whole cluster).
"""

from __future__ import annotations

import http.client
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from deploy.cluster import Replica, find_nginx, nginx_config, server_names
from harness.server import free_port

NGINX = find_nginx()
needs_nginx = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (make nginx)")
PAGE = "<html><script>window.ok = 1</script></html>"


def _config(prefix: Path, port: int, names: tuple[str, ...] = ()) -> str:
    nobody = Replica(1, free_port(), cast("subprocess.Popen[bytes]", None))
    return nginx_config(prefix, "127.0.0.1", port, [nobody], PAGE, names)


def test_the_server_names_are_the_loopback_ones_and_the_address_listened_on_unless_given() -> None:
    assert server_names("127.0.0.1") == ["localhost", "127.0.0.1"]
    assert server_names("0.0.0.0") == ["localhost", "127.0.0.1"]
    assert server_names("192.0.2.7") == ["localhost", "127.0.0.1", "192.0.2.7"]
    assert server_names("0.0.0.0", ["advisor.example.org", "*.example.net"]) == [
        "advisor.example.org", "*.example.net"]
    for bad in ("evil.example; return 200", "a b", "", "~.*"):
        with pytest.raises(ValueError):
            server_names("0.0.0.0", [bad])


def test_the_config_names_its_server_and_closes_the_metrics(tmp_path: Path) -> None:
    config = _config(tmp_path, 8080, ("advisor.example.org",))
    assert "server_name advisor.example.org;" in config
    assert "location ^~ /_stcore/metrics {\n            return 404;" in config


@needs_nginx
def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    conf = tmp_path / "nginx.conf"
    conf.write_text(_config(tmp_path, free_port()))
    checked = subprocess.run([str(NGINX), "-t", "-p", str(tmp_path), "-c", str(conf), "-e", "stderr"],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


@pytest.fixture(scope="module")
def nginx_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    if NGINX is None:
        pytest.skip("nginx is not installed (make nginx)")
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(_config(prefix, port))
    process = subprocess.Popen([str(NGINX), "-p", str(prefix), "-c", str(conf), "-e", "stderr",
                                "-g", "daemon off;"], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get(port: int, path: str, host: str = "127.0.0.1",
         headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/_stcore/metrics", "/_stcore/metrics?families=session_state",
                                  "/_stcore/%6detrics", "//_stcore/metrics", "/_stcore/metrics/"])
def test_streamlits_metrics_are_not_served(nginx_port: int, path: str) -> None:
    assert _get(nginx_port, path).status == 404


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "10.1.2.3"])
def test_a_request_for_another_host_gets_no_answer_but_the_health_check(nginx_port: int, host: str) -> None:
    with pytest.raises(http.client.RemoteDisconnected):
        _get(nginx_port, "/", host=host)
    with pytest.raises(http.client.RemoteDisconnected):
        _get(nginx_port, "/_stcore/metrics", host=host)
    assert _get(nginx_port, "/_stcore/health", host=host).status == 502  # asked of the (absent) replica
    assert _get(nginx_port, "/", host=f"localhost:{nginx_port}").status == 502


@pytest.mark.parametrize(("forwarded", "secure"), [
    (None, False), ("http", False), ("https", True), ("HTTPS", True), ("https, http", True), ("http, https", False),
    ("httpsx", False),
])
def test_the_affinity_cookie_is_secure_over_https(nginx_port: int, forwarded: str | None, secure: bool) -> None:
    headers = {"X-Forwarded-Proto": forwarded} if forwarded else {}
    cookie = _get(nginx_port, "/", headers=headers).getheader("set-cookie")
    assert cookie is not None and cookie.startswith("ia_affinity=")
    assert cookie.endswith("; Secure") is secure, cookie
    assert "; Secure" not in cookie.removesuffix("; Secure")
