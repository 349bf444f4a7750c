"""Where the Weigh page's time goes: ``python -m benchmarks.profile_weigh``.

1. cProfile of the page's script runs on the server side (AppTest): a fresh request of
   /weigh with the example case, then slider changes (AppTest reruns the whole app for a
   widget change, a real browser reruns only the fragment, so this is an upper bound).
2. Sizes: the plotly figure our Weigh page sends against the reference's figure.
3. In Chromium, one slider move on each app: a CPU profile of the page (self time by script)
   and the websocket messages the move brings.

It prints; it writes nothing.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright
from streamlit.runtime.scriptrunner.script_runner import ScriptRunner

from advisor.case.examples import example_case
from advisor.documents.charts import balance_chart
from advisor.judgement.scoring import evaluate
from benchmarks import browser as bb
from benchmarks import reference, script_time
from benchmarks.run import targets
from benchmarks.server import Spec, serve
from harness.chromium import launch

ROOT = Path(__file__).resolve().parents[1]
RUNS = 20


@contextmanager
def _profiled_scripts(profile: cProfile.Profile) -> Iterator[None]:
    """Profile every script run, inside the thread that runs it."""
    original: Callable[..., None] = ScriptRunner._run_script

    def run(self: ScriptRunner, *args: Any, **kwargs: Any) -> None:
        profile.enable()
        try:
            original(self, *args, **kwargs)
        finally:
            profile.disable()

    ScriptRunner._run_script = run  # type: ignore[method-assign]
    try:
        yield
    finally:
        ScriptRunner._run_script = original  # type: ignore[method-assign]


def _top(profile: cProfile.Profile, title: str, limit: int = 25) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(limit)
    print(f"\n== {title}: top {limit} by cumulative time ==")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:12_000])


def server_side() -> None:
    requests = script_time._Requests()
    make = requests.maker(ROOT / "app.py", "weigh", case=True)
    with script_time._router_mode():
        warm = make()
        warm.run()
        requests.keep_components(warm)
        cold = cProfile.Profile()
        start = time.perf_counter()
        with _profiled_scripts(cold):
            for _ in range(RUNS):
                make().run()
        print(f"\n{RUNS} fresh requests of /weigh: {(time.perf_counter() - start) * 1000 / RUNS:.1f} ms each "
              "(AppTest, wall clock)")
        _top(cold, f"/weigh, {RUNS} fresh requests")
        at = make()
        at.run()
        rerun = cProfile.Profile()
        with _profiled_scripts(rerun):
            for index in range(RUNS):
                at.slider(key="weigh_practice").set_value(6 if index % 2 else 8).run()
        _top(rerun, f"/weigh, {RUNS} slider changes (whole-app reruns in AppTest)")


def sizes() -> None:
    ours = balance_chart(evaluate(example_case()))
    with tempfile.TemporaryDirectory(prefix="bench-reference-") as tmp:
        entry = reference.write_reference(Path(tmp))
        timings = script_time.measure([], entry, reference.CHART_URL, "reference", 1)
    print("\n== Plotly figures ==")
    print(f"ours: balance_chart(evaluate(example_case())).to_json(): {len(ours.to_json().encode()):,} bytes")
    print(f"ours: layout keys {sorted(json.loads(ours.to_json())['layout'])}")
    print(f"reference: figure spec sent by st.plotly_chart: {timings['reference'].chart_bytes:,} bytes")


_SELF_TIME = """(profile) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const samples = profile.samples || [];
  const deltas = profile.timeDeltas || [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    const frame = node.callFrame;
    const file = (frame.url || '').split('/').pop() || '(' + frame.functionName + ')';
    self.set(file, (self.get(file) || 0) + (deltas[i + 1] || 0) / 1000);
  }
  return Array.from(self.entries()).sort((a, b) => b[1] - a[1]).slice(0, 12);
}"""


def browser_side() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-reference-") as tmp:
        entry = reference.write_reference(Path(tmp))
        specs = [Spec("ours", ROOT / "app.py", ROOT), Spec("reference", entry, Path(tmp))]
        with serve(specs) as servers, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                bb.cold_load(browser, bb.Target("ours", "/", servers["ours"].url + "/", False))
                setup = targets(servers, {"weigh", "verdict", "mentor"})
                for spec in setup.sliders:
                    with bb.slider_page(browser, spec.target, spec.key, spec.chart) as slider:
                        slider.move()  # warm
                        cdp = slider.page.context.new_cdp_session(slider.page)
                        cdp.send("Profiler.enable")
                        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
                        cdp.send("Profiler.start")
                        move = slider.move()
                        profile = cdp.send("Profiler.stop")["profile"]
                        top = slider.page.evaluate(_SELF_TIME, profile)
                        print(f"\n== {spec.app}: one slider move: {move.ms:.0f} ms to idle, the page handled the "
                              f"first server message at {move.first_message_ms:.0f} ms, chart redrawn at "
                              f"{move.chart_ms:.0f} ms, "
                              f"{move.messages} websocket messages, {move.websocket_bytes:,} bytes ==")
                        print("page CPU self time by script (ms, profiler on):")
                        for file, ms in top:
                            print(f"  {ms:8.1f}  {file}")
            finally:
                browser.close()


def main() -> int:
    server_side()
    sizes()
    browser_side()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
