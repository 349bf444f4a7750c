"""Two replicas behind nginx (deploy/cluster): a killed replica costs no visitor their case, and
nginx's own promises hold (long links, security headers, the CSP on every page, foreign websockets).
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, WebSocket, expect

from harness.chromium import VIEWPORT
from harness.server import ROOT, free_port
from tests.browser.conftest import assert_clean, nav, open_page, open_part, type_into, wait_idle, wait_settled
from ui.shell.steps import ALL, JOB, QUICK, WHY_NOT

CLUSTER = ROOT / "deploy" / "cluster"
VISITORS = 4
# A visitor's next action after their replica died must be answered within this many seconds.
RECOVERY_S = 5.0
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


@dataclass
class Cluster:
    url: str
    port: int
    replica_pids: dict[str, int]


@dataclass
class Visitor:
    title: str
    context: BrowserContext
    page: Page
    replica: str = ""
    sockets: list[WebSocket] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _tail(log: Path) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-30:])


@pytest.fixture(scope="module")
def cluster(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """deploy/cluster with two replicas, once it has said ``ready`` and each replica has run the
    app once; stopped by SIGTERM at the end, which must stop every replica it started.

    Its stdout is read line by line without a deadline of our own: the cluster gives up by itself
    (and closes stdout) when a replica or nginx does not become healthy in time.
    """
    log = tmp_path_factory.mktemp("cluster") / "cluster.log"
    port = free_port()
    with log.open("wb") as err:
        process = subprocess.Popen([str(CLUSTER), "--replicas", "2", "--port", str(port)],
                                   stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            assert process.stdout is not None
            pids: dict[str, int] = {}
            for line in process.stdout:
                if found := re.fullmatch(r"replica (\d+) pid (\d+) port \d+", line.strip()):
                    pids[found[1]] = int(found[2])
                if line.startswith("ready "):
                    break
            else:
                pytest.fail(f"deploy/cluster exited with {process.wait()} before ready:\n{_tail(log)}")
            assert line.strip() == f"ready http://127.0.0.1:{port}/"
            assert sorted(pids) == ["1", "2"]
            started = Cluster(f"http://127.0.0.1:{port}", port, pids)
            for replica in pids:
                _warm_up(browser, started, replica)
            yield started
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                raise
    assert code == 0, _tail(log)
    assert not [pid for pid in pids.values() if _alive(pid)], "a replica outlived the cluster"


def _affinity_for(cluster: Cluster, replica: str) -> str:
    """An affinity cookie that nginx maps to ``replica``, found by asking nginx (the hash is its)."""
    for _ in range(100):
        value = os.urandom(16).hex()
        if _request(cluster, "/_stcore/health", {"Cookie": f"ia_affinity={value}"}).getheader("x-replica") == replica:
            return value
    raise AssertionError(f"no affinity cookie in 100 leads to replica {replica}")


def _warm_up(browser: Browser, cluster: Cluster, replica: str) -> None:
    """One visit to the root page on ``replica``, for the reason conftest.app_url gives (a fresh
    server's first request decides how it treats pages/), and so that a cold start on a busy
    machine (plotly, pandas and pydantic imported by the first run) is not counted against the
    failover's time limit."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        context.add_cookies([{"name": "ia_affinity", "value": _affinity_for(cluster, replica), "url": cluster.url}])
        page = context.new_page()
        page.goto(cluster.url)
        wait_settled(page, timeout=90_000)
    finally:
        context.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _replica(visitor: Visitor, cluster: Cluster) -> str:
    """The replica nginx picks for this browser: a request with the context's cookies, as its
    websocket has."""
    return visitor.context.request.get(f"{cluster.url}/_stcore/health").headers.get("x-replica", "")


def _start_case(visitor: Visitor, cluster: Cluster) -> None:
    """A visitor starts a case of their own: a job title that names them."""
    visitor.page.on("websocket", lambda socket: visitor.sockets.append(socket))
    visitor.page.on("pageerror", lambda error: visitor.errors.append(str(error)))
    open_page(visitor.page, f"{cluster.url}/{JOB.url}")
    type_into(visitor.page, "job_title", visitor.title, commit="Enter")
    visitor.replica = _replica(visitor, cluster)


def _click_in_sidebar(page: Page, title: str) -> None:
    page.get_by_test_id("stSidebar").get_by_role("link", name=title, exact=True).click()


def test_a_killed_replica_costs_no_visitor_their_case(browser: Browser, cluster: Cluster) -> None:
    visitors: list[Visitor] = []
    try:
        for number in range(1, VISITORS + 1):
            context = browser.new_context(viewport=VIEWPORT)
            visitors.append(Visitor(f"Night porter no. {number}", context, context.new_page()))
            _start_case(visitors[-1], cluster)
        on = {replica: [v for v in visitors if v.replica == replica] for replica in cluster.replica_pids}
        assert sum(map(len, on.values())) == VISITORS, [v.replica for v in visitors]
        victim = max(on, key=lambda replica: len(on[replica]))
        os.kill(cluster.replica_pids[victim], signal.SIGKILL)

        # The visitors of the dead replica act only once their browser knows it is gone.
        for visitor in on[victim]:
            if not visitor.sockets[-1].is_closed():
                visitor.sockets[-1].wait_for_event("close", timeout=RECOVERY_S * 1000)
        clicked: dict[str, float] = {}
        for visitor in visitors:
            clicked[visitor.title] = time.monotonic()
            _click_in_sidebar(visitor.page, WHY_NOT.title)
        for visitor in visitors:
            left = RECOVERY_S - (time.monotonic() - clicked[visitor.title])
            expect(visitor.page.get_by_role("heading", level=1, name="Why not?")).to_be_visible(
                timeout=max(left, 0.001) * 1000)
        for visitor in visitors:
            page = visitor.page
            _click_in_sidebar(page, JOB.title)
            expect(page.locator(".st-key-job_title input")).to_have_value(visitor.title,
                                                                          timeout=RECOVERY_S * 1000)
            wait_idle(page)
            assert_clean(page)
            expect(page.get_by_text("Connection error")).to_have_count(0)
            assert not visitor.errors, visitor.errors
            # Consistent hashing: only the dead replica's visitors move (on a new websocket);
            # everybody else keeps their replica and their websocket.
            now_on, sockets = _replica(visitor, cluster), len(visitor.sockets)
            if visitor in on[victim]:
                assert now_on not in ("", victim) and sockets > 1, (visitor.title, now_on, sockets)
            else:
                assert now_on == visitor.replica and sockets == 1, (visitor.title, now_on, sockets)
    finally:
        for visitor in visitors:
            visitor.context.close()


def _request(cluster: Cluster, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    """One raw request (a websocket handshake needs headers urllib would not send as they are)."""
    connection = http.client.HTTPConnection("127.0.0.1", cluster.port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def _handshake(cluster: Cluster, origin: str | None) -> http.client.HTTPResponse:
    headers = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
               "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode()}
    if origin is not None:
        headers["Origin"] = origin
    return _request(cluster, "/_stcore/stream", headers)


def test_long_links_security_headers_and_foreign_websockets(cluster: Cluster) -> None:
    # No valid case's link exceeds 8,000 characters: a query string of that length alone passes,
    # and so does twice that (nginx's default 8k buffer refuses it with 414 from about 8,170 on).
    for length in (8000, 16000):
        query = "?case=" + "A" * (length - len("?case="))
        assert _request(cluster, "/" + query).status == 200, length
        assert _request(cluster, "/mentor" + query.replace("case", "review", 1)).status == 200, length

    refused = _handshake(cluster, "http://evil.example")
    assert refused.status == 403
    assert _handshake(cluster, f"http://127.0.0.1:{cluster.port}.evil.example").status == 403
    assert _handshake(cluster, f"http://127.0.0.1:{cluster.port}").status == 101
    assert _handshake(cluster, None).status == 101, "no Origin: not a browser page, passes"

    responses = {path: _request(cluster, path) for path in ("/", "/_stcore/health", "/weigh", "/no-such-file.js")}
    for path, response in {**responses, "refused websocket": refused}.items():
        for name, value in SECURITY_HEADERS.items():
            assert response.getheader(name) == value, (path, name)
        assert "frame-ancestors 'none'" in (response.getheader("content-security-policy") or ""), path


def test_metrics_other_hosts_and_the_cookie_over_https(cluster: Cluster) -> None:
    """Streamlit's metrics are the operator's, asked of a replica on its loopback port: nginx
    serves them to nobody. A request naming another host (DNS rebinding) gets no answer but the
    health check. Behind TLS (X-Forwarded-Proto) the affinity cookie is Secure."""
    for path in ("/_stcore/metrics", "/_stcore/metrics?families=session_state"):
        assert _request(cluster, path).status == 404, path
    with pytest.raises(http.client.RemoteDisconnected):
        _request(cluster, "/", {"Host": "rebound.evil.example"})
    assert _request(cluster, "/_stcore/health", {"Host": "10.0.0.7:8080"}).status == 200
    assert _request(cluster, "/", {"Host": f"localhost:{cluster.port}"}).status == 200
    assert (_request(cluster, "/", {"X-Forwarded-Proto": "https"}).getheader("set-cookie") or "").endswith("; Secure")
    assert "Secure" not in (_request(cluster, "/").getheader("set-cookie") or "Secure")


def test_every_page_works_under_the_content_security_policy(browser: Browser, cluster: Cluster) -> None:
    """Streamlit, plotly and our st.components.v2 code under nginx's CSP: nothing blocked."""
    context = browser.new_context(viewport=VIEWPORT)
    violations: list[str] = []
    context.add_init_script("document.addEventListener('securitypolicyviolation', e =>"
                            " console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))")
    try:
        page = context.new_page()

        def on_console(message: ConsoleMessage) -> None:
            if "Content Security Policy" in message.text or "CSP violation" in message.text:
                violations.append(message.text[:200])

        page.on("console", on_console)
        health: list[str] = []
        page.on("request", lambda request: health.append(request.url) if "_stcore/health" in request.url else None)
        open_page(page, f"{cluster.url}/{QUICK.url}")  # a page other than the first: the base hint runs
        assert health == [f"{cluster.url}/_stcore/health"], health
        page.get_by_test_id("stSidebar").get_by_role("button", name="Load the example case").click()
        expect(page.get_by_text("The example case is loaded: every step is filled in.")).to_be_visible()
        wait_idle(page)
        for step in ALL:
            nav(page, step.title)
            assert_clean(page)
            if step.title in ("Weigh", "Verdict"):
                expect(page.locator(".js-plotly-plot").first).to_be_visible()
            if step.title == "Share":
                open_part(page, "Your own link, to keep")
                copy = page.locator(".st-key-share_copy_case").get_by_role("button", name="Copy link")
                copy.click()
                expect(page.locator(".st-key-share_copy_case").get_by_role("status")).not_to_be_empty()
        assert not violations, violations
    finally:
        context.close()
