"""What a visitor waits for, measured in Debian's Chromium driven by Playwright.

Every timestamp is taken inside the page with ``performance.now()``, so Playwright's round
trips add no noise; Python only dispatches the navigation or the key press and collects the
result. Nothing here sleeps for a fixed time: each wait is a condition with a time limit.

A page load has two moments: *ready* (the script is idle and the heading shows) and *complete*
(the last change of the main area, ``[data-testid="stMain"]``). Complete is what a visitor
waits for: Streamlit draws a widget whose code it loads on demand as an empty placeholder first,
and our app's storage bridge makes the app run once more after the browser's report, so the main
area can go on changing well after it is ready.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, WebSocket
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness.chromium import IDLE, SETTLED, VIEWPORT

TIMEOUT_MS = 30_000  # one load, one move: far above normal, low enough to keep a broken run short
QUIET_MS = 1_000  # a page is complete once its main area has not changed for this long

# Installed before any script of the page runs. It records performance.now() at the first
# moment the script is idle and the page shows its content (the main heading, and on a chart
# page a plotly chart with data); a MutationObserver reacts at once, the interval is only a
# backstop. A second observer notes the time of every change inside the main area (nodes,
# attributes, text), so the last one is known once the page has been quiet for a while. It
# also notes when the page receives a websocket message (Streamlit's /_stcore/stream), so a
# slider move can tell that the server has answered.
_PAGE_SCRIPT = """
(() => {
  if (window !== window.top) return;
  const needChart = %s;
  window.__benchReady = null;
  window.__benchMain = {last: null, changes: 0};
  const changed = () => {
    window.__benchMain.last = performance.now();
    window.__benchMain.changes += 1;
  };
  // The main area itself is watched (its records need no sorting, so timing costs the page
  // little); a light watch on the document finds it, and a new one should React replace it.
  const mainObserver = new MutationObserver(changed);
  let watched = null;
  new MutationObserver(() => {
    const main = document.querySelector('[data-testid="stMain"]');
    if (main === null || main === watched) return;
    mainObserver.disconnect();
    mainObserver.observe(main, {childList: true, subtree: true, attributes: true, characterData: true});
    watched = main;
    changed();
  }).observe(document, {childList: true, subtree: true});
  window.__benchMessages = {count: 0, times: []};
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => {
        const messages = window.__benchMessages;
        messages.count += 1;
        messages.times.push(performance.now());
        if (messages.times.length > 500) messages.times.splice(0, 250);
      });
    }
  };
  let observer = null;
  let timer = null;
  const check = () => {
    if (window.__benchReady !== null) return;
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return;
    const heading = document.querySelector('[data-testid="stMain"] h1');
    if (!heading || !heading.checkVisibility()) return;
    if (needChart) {
      const chart = document.querySelector('.js-plotly-plot');
      if (!chart || !(chart.data && chart.data.length > 0)) return;
    }
    window.__benchReady = performance.now();
    observer.disconnect();
    clearInterval(timer);
  };
  observer = new MutationObserver(check);
  observer.observe(document, {childList: true, subtree: true, attributes: true,
                              attributeFilter: ['data-test-script-state']});
  timer = setInterval(check, 5);
})();
"""
_IS_READY = "() => window.__benchReady !== null && window.__benchReady !== undefined"
# Complete: the script is idle, the storage bridge (on our pages) has settled, and the main area
# has not changed for ``quiet`` ms; the time of its last change is then the page's completion.
_IS_COMPLETE = f"""([settles, quiet]) => {{
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (settles && !({SETTLED})()) return false;
  const last = window.__benchMain?.last;
  return last !== null && last !== undefined && performance.now() - last >= quiet;
}}"""

# Armed before a key press; window.__benchMove resolves once, after the keydown, the server
# has answered (a websocket message arrived), the chart's bars have changed and the script
# state reads "notRunning". Whether "running" was seen in between is reported but not
# required: for a rerun of a few milliseconds React may render "running" and "notRunning" in
# one batch, so the attribute never changes (seen with the reference page).
_ARM_MOVE = """
([chartSelector, timeoutMs]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const main = document.querySelector('[data-testid="stMain"]') || app;
  const messages = window.__benchMessages;
  const bars = () => {
    const data = document.querySelector(chartSelector)?.data;
    return data && data.length > 0 ? JSON.stringify(Array.from(data[0].x)) : null;
  };
  const before = bars();
  const mark = {t0: null, count: 0, first: null, running: false, changed: null};
  window.__benchMove = new Promise((resolve) => {
    let stateObserver = null;
    let chartObserver = null;
    let timer = null;
    let limit = null;
    const onKey = (event) => {
      if (mark.t0 === null && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        mark.t0 = performance.now();
        mark.count = messages.count;
      }
    };
    const finish = (result) => {
      document.removeEventListener('keydown', onKey, true);
      stateObserver.disconnect();
      chartObserver.disconnect();
      clearInterval(timer);
      clearTimeout(limit);
      resolve(result);
    };
    const check = () => {
      if (mark.t0 === null) return;
      const now = performance.now();
      const state = app.getAttribute('data-test-script-state');
      if (state === 'running') mark.running = true;
      const answered = messages.count > mark.count;
      if (answered && mark.first === null) mark.first = messages.times.find((t) => t >= mark.t0) ?? now;
      if (mark.changed === null) {
        const after = bars();
        if (after !== null && after !== before) mark.changed = now;
      }
      if (answered && mark.changed !== null && state === 'notRunning') {
        finish({ms: now - mark.t0, chartMs: mark.changed - mark.t0, firstMessageMs: mark.first - mark.t0,
                messages: messages.count - mark.count, running: mark.running, error: null});
      }
    };
    document.addEventListener('keydown', onKey, true);
    stateObserver = new MutationObserver((records) => {
      if (mark.t0 !== null && records.some((r) => r.oldValue === 'running')) mark.running = true;
      check();
    });
    stateObserver.observe(app, {attributes: true, attributeFilter: ['data-test-script-state'],
                                attributeOldValue: true});
    chartObserver = new MutationObserver(check);
    chartObserver.observe(main, {childList: true, subtree: true});
    timer = setInterval(check, 4);
    limit = setTimeout(() => finish({error:
      `no rerun seen in ${timeoutMs} ms (keydown ${mark.t0 !== null}, messages ` +
      `${messages.count - mark.count}, chart changed ${mark.changed !== null})`}), timeoutMs);
  });
  return before;
}
"""


# What the page shows, to say why it never became ready.
_STATE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const text = (selector) => Array.from(document.querySelectorAll(selector))
    .map((e) => e.textContent.trim().slice(0, 80)).join(' | ');
  return `script state ${app?.getAttribute('data-test-script-state')}, h1 "${text('[data-testid="stMain"] h1')}", ` +
    `charts ${document.querySelectorAll('.js-plotly-plot').length}, ` +
    `exceptions "${text('[data-testid="stException"]')}", alerts "${text('[data-testid="stAlert"]')}"`;
}"""


@dataclass(frozen=True, slots=True)
class Target:
    """One page to open: which app, its label in the report, its full URL; ``settles`` when the
    page has our storage bridge, whose report makes the app run once more."""

    app: str
    label: str
    url: str
    needs_chart: bool
    settles: bool = False


class WebSocketBytes:
    """Bytes the page received over Streamlit's websocket (/_stcore/stream)."""

    def __init__(self, page: Page) -> None:
        self.received = 0
        page.on("websocket", self._attach)

    def _attach(self, socket: WebSocket) -> None:
        socket.on("framereceived", self._count)

    def _count(self, payload: str | bytes) -> None:
        self.received += len(payload.encode() if isinstance(payload, str) else payload)


@dataclass(frozen=True, slots=True)
class Load:
    ms: float  # goto -> ready (idle, heading shown)
    websocket_bytes: int
    complete_ms: float | None = None  # goto -> the main area's last change; None when not waited for
    charts: int = 0  # plotly charts in the main area once complete
    busy_ms: float | None = None  # the page's main-thread task time until complete (Chromium's own count)


def _new_context(browser: Browser, needs_chart: bool) -> BrowserContext:
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(script=_PAGE_SCRIPT % ("true" if needs_chart else "false"))
    return context


def _since(start: float, origin: float, moment: float) -> float:
    """A moment on the page's clock (ms since performance.timeOrigin, an epoch time) as ms since
    ``start``, the epoch time taken just before the goto call, so it covers the whole wait. The
    two clocks agree to well under a millisecond on one machine; should they ever not, the time
    from navigation start is used."""
    elapsed = origin + moment - start
    return elapsed if elapsed >= moment else moment


def _open(page: Page, target: Target) -> tuple[float, float]:
    """Navigate and wait until ready; the goto call's epoch time and the time to ready, in ms."""
    start = time.time_ns() / 1e6
    page.goto(target.url, wait_until="commit", timeout=TIMEOUT_MS)
    _wait_ready(page)
    ready, origin = page.evaluate("() => [window.__benchReady, performance.timeOrigin]")
    return start, _since(start, float(origin), float(ready))


def _wait_complete(page: Page, target: Target, start: float) -> tuple[float, int]:
    """Wait until the page is complete; the time from the goto call to the main area's last
    change, and the number of plotly charts it shows."""
    try:
        page.wait_for_function(_IS_COMPLETE, arg=[target.settles, QUIET_MS], timeout=TIMEOUT_MS, polling=50)
    except PlaywrightTimeout:
        raise RuntimeError(f"not complete after {TIMEOUT_MS / 1000:.0f} s: {page.evaluate(_STATE)}") from None
    last, origin, charts = page.evaluate(
        "() => [window.__benchMain.last, performance.timeOrigin,"
        " document.querySelectorAll('[data-testid=\"stMain\"] .js-plotly-plot').length]")
    return _since(start, float(origin), float(last)), int(charts)


def _wait_ready(page: Page) -> None:
    try:
        page.wait_for_function(_IS_READY, timeout=TIMEOUT_MS)
    except PlaywrightTimeout:
        raise RuntimeError(f"not ready after {TIMEOUT_MS / 1000:.0f} s: {page.evaluate(_STATE)}") from None


def _busy_ms(reply: dict[str, Any]) -> float | None:
    """Chromium's TaskDuration: the seconds its main thread spent on the page's tasks (parsing,
    script, style, layout, paint). Wall time swings with the machine's state from run to run;
    this counts what the page costs the browser, so a change of 50 ms shows within one run."""
    value = next((metric["value"] for metric in reply.get("metrics", []) if metric.get("name") == "TaskDuration"), None)
    return None if value is None else float(value) * 1000


def cold_load(browser: Browser, target: Target, count_bytes: bool = False) -> Load:
    """Open ``target`` in a fresh browser context (no cache, no storage, a new session): a first
    visit, timed until ready and until complete."""
    context = _new_context(browser, target.needs_chart)
    try:
        page = context.new_page()
        counter = WebSocketBytes(page) if count_bytes else None
        metrics = context.new_cdp_session(page)
        metrics.send("Performance.enable")
        start, ms = _open(page, target)
        complete, charts = _wait_complete(page, target, start)
        if page.locator('[data-testid="stException"]').count():
            raise RuntimeError(f"{target.app} {target.label} shows an exception")
        busy = _busy_ms(metrics.send("Performance.getMetrics"))
        return Load(ms, counter.received if counter else 0, complete, charts, busy)
    finally:
        context.close()


@dataclass(frozen=True, slots=True)
class Move:
    ms: float  # keydown -> answered, idle, chart redrawn
    chart_ms: float  # keydown -> chart redrawn
    first_message_ms: float  # keydown -> the page handles the first websocket message of the answer
    messages: int
    saw_running: bool
    websocket_bytes: int


class SliderPage:
    """A page held open to move one slider with the keyboard, again and again."""

    def __init__(self, page: Page, counter: WebSocketBytes, slider_key: str, chart_selector: str) -> None:
        self.page = page
        self.bytes = counter
        self.chart_selector = chart_selector
        self.thumb = page.locator(f'.st-key-{slider_key} input[type="range"]')
        value = float(self.thumb.input_value())
        maximum = float(self.thumb.get_attribute("max") or "10")
        self._right = value < maximum

    def move(self) -> Move:
        """Press ArrowRight or ArrowLeft (alternately) on the focused slider; the time from the
        keydown to the answered, idle page with the chart redrawn."""
        key = "ArrowRight" if self._right else "ArrowLeft"
        self._right = not self._right
        self.page.bring_to_front()
        self.thumb.focus()
        self.page.evaluate(_ARM_MOVE, [self.chart_selector, TIMEOUT_MS // 2])
        received = self.bytes.received
        self.page.keyboard.press(key)
        result: dict[str, Any] = self.page.evaluate("() => window.__benchMove")
        if result["error"]:
            raise RuntimeError(f"slider move: {result['error']}")
        self.page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
        return Move(float(result["ms"]), float(result["chartMs"]), float(result["firstMessageMs"]),
                    int(result["messages"]), bool(result["running"]), self.bytes.received - received)


@contextmanager
def slider_page(browser: Browser, target: Target, slider_key: str, chart_selector: str) -> Iterator[SliderPage]:
    context = _new_context(browser, needs_chart=True)
    try:
        page = context.new_page()
        counter = WebSocketBytes(page)
        _open(page, target)
        page.wait_for_function("s => document.querySelector(s)?.data?.length > 0", arg=chart_selector,
                               timeout=TIMEOUT_MS)
        yield SliderPage(page, counter, slider_key, chart_selector)
    finally:
        context.close()


@contextmanager
def open_sessions(browser: Browser, target: Target, count: int) -> Iterator[list[Page]]:
    """``count`` tabs of ``target`` open at the same time (each its own server session). They
    are loaded one after another and all stay open, since only the server's memory is measured
    here: twenty tabs loading at once, each running the plotly bundle its page names up front
    (ui/server/serving.py), kept the first ones from drawing their chart within the timeout."""
    context = _new_context(browser, target.needs_chart)
    try:
        pages = [context.new_page() for _ in range(count)]
        for page in pages:
            # A tab in the background gets no animation frames, and Streamlit draws a chart only
            # once a frame has measured its width: each tab is brought forward to finish loading.
            page.bring_to_front()
            page.goto(target.url, wait_until="commit", timeout=TIMEOUT_MS)
            _wait_ready(page)
        yield pages
    finally:
        context.close()
