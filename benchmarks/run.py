"""``make bench``: our app against a bare Streamlit app of the same shape, in the same run.

Both servers run side by side (same Streamlit, same config, same machine) and are measured
interleaved, so a busy moment of the machine hurts both alike:

1. server-side script time of every page (AppTest), before the servers start;
2. after a warm-up, the server's memory per open session (20 tabs kept open);
3. rounds of cold page loads (every page of ours with the example case, and the reference's
   /chart) and slider reruns (our Weigh page against the reference's slider), in fresh
   browser contexts, ours and the reference alternating, the order flipped every round.

It reports and writes docs/PERFORMANCE.md; it asserts nothing, so it exits 0 when a target
is missed. Every loop is bounded; the whole run stops adding rounds at the time budget.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from playwright.sync_api import Browser, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from advisor.examples import example_case
from advisor.share import encode
from benchmarks import browser as bb
from benchmarks import reference, report, script_time
from benchmarks.server import Server, Spec, rss_bytes, serve
from harness.chromium import launch
from ui.links import link
from ui.steps import ABOUT, STEPS
from ui.steps import WEIGH as WEIGH_STEP

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "PERFORMANCE.md"
PAGE_STEPS = (*STEPS, ABOUT)
PAGES: tuple[str, ...] = tuple(step.url for step in PAGE_STEPS)  # URL paths; "" is the default page
TITLES = {step.url: step.title for step in (*STEPS, ABOUT)}
WEIGH = WEIGH_STEP.url
OURS, REF = "ours", "reference"
OUR_SLIDER, OUR_CHART = "weigh_practice", ".st-key-weigh_chart .js-plotly-plot"
REF_CHART = ".js-plotly-plot"
LOAD_LIMIT, SLIDER_LIMIT, MEMORY_LIMIT = 1.15, 1.2, 1.5
KIB = 1024
MIDDLE_HALF = "Middle half"
HARD_MARGIN = 30  # seconds past the budget after which no measurement starts

T = TypeVar("T")


def say(message: str) -> None:
    print(message, flush=True)


def _loadavg() -> str:
    """The 1-minute load average: other work on the machine inflates every number."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


@dataclass
class Results:
    loads: dict[str, list[float]] = field(default_factory=dict)  # page label -> ms
    moves: dict[str, list[bb.Move]] = field(default_factory=dict)  # app -> moves
    load_bytes: dict[str, int] = field(default_factory=dict)  # page label -> websocket bytes
    move_bytes: dict[str, int] = field(default_factory=dict)  # app -> websocket bytes
    rss_before: dict[str, int] = field(default_factory=dict)  # before the first batch of tabs
    rss_after: dict[str, int] = field(default_factory=dict)  # with every batch open
    rss_growth: dict[str, list[int]] = field(default_factory=dict)  # bytes per batch of tabs
    failures: Counter[str] = field(default_factory=Counter)
    rounds: int = 0
    deadline: float = float("inf")  # time.monotonic() after which no measurement starts

    def attempt(self, what: str, action: Callable[[], T]) -> T | None:
        """Run one measurement; a failure is counted and reported, not fatal. Past the deadline
        nothing runs any more (so a broken server can't stretch the run)."""
        if time.monotonic() > self.deadline:
            self.failures[f"{what}: skipped, past the time limit"] += 1
            return None
        try:
            return action()
        except (PlaywrightError, RuntimeError) as error:
            self.failures[f"{what}: {str(error).splitlines()[0][:160]}"] += 1
            say(f"  ! {what} failed: {str(error).splitlines()[0][:160]}")
            return None


@dataclass(frozen=True, slots=True)
class Options:
    rounds: int
    moves: int
    sessions: int
    batches: int
    script_samples: int
    reference_every: int
    budget: float
    output: Path

    @classmethod
    def parse(cls, argv: Sequence[str] | None) -> Options:
        parser = argparse.ArgumentParser(prog="python -m benchmarks.run",
                                         description="Our app against a bare Streamlit app, in the same run.")
        parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
        parser.add_argument("--moves", type=int, default=5, help="slider moves per round per app (default 5)")
        parser.add_argument("--sessions", type=int, default=20,
                            help="tabs per batch for the memory measure (default 20)")
        parser.add_argument("--batches", type=int, default=3,
                            help="batches of tabs per app for the memory measure, all kept open (default 3)")
        parser.add_argument("--script-samples", type=int, default=15, help="AppTest runs per page (default 15)")
        parser.add_argument("--reference-every", type=int, default=3,
                            help="load the reference once per this many of our pages (default 3)")
        parser.add_argument("--budget", type=float, default=540, help="seconds; no round starts that would end later")
        parser.add_argument("--output", type=Path, default=OUTPUT, help="the Markdown report (docs/PERFORMANCE.md)")
        args = parser.parse_args(argv)
        return cls(rounds=max(1, args.rounds), moves=max(1, args.moves), sessions=max(1, args.sessions),
                   batches=max(1, args.batches),
                   script_samples=max(1, args.script_samples),
                   reference_every=max(1, args.reference_every), budget=args.budget, output=args.output)


@dataclass(frozen=True, slots=True)
class Slider:
    """A page held open to move a slider: which app, the page, the slider's key, its chart."""

    app: str
    target: bb.Target
    key: str
    chart: str


@dataclass(frozen=True, slots=True)
class Setup:
    ours: list[bb.Target]
    reference: bb.Target
    ours_slider: bb.Target
    servers: dict[str, Server]

    @property
    def sliders(self) -> tuple[Slider, Slider]:
        return (Slider(OURS, self.ours_slider, OUR_SLIDER, OUR_CHART),
                Slider(REF, self.reference, reference.SLIDER_KEY, REF_CHART))


def _result_key(target: bb.Target) -> str:
    """Our pages are reported by label, the reference's chart page as the reference."""
    return target.label if target.app == OURS else REF


def targets(servers: dict[str, Server], chart_pages: set[str]) -> Setup:
    token = encode(example_case())
    base, ref_base = servers[OURS].url, servers[REF].url
    ours = [bb.Target(OURS, f"/{step.url}", link(base, step, token), step.url in chart_pages) for step in PAGE_STEPS]
    weigh = next(t for t in ours if t.label == f"/{WEIGH}")
    chart = bb.Target(REF, f"/{reference.CHART_URL}", f"{ref_base}/{reference.CHART_URL}", True)
    return Setup(ours, chart, weigh, servers)


def warm_up(browser: Browser, setup: Setup, results: Results) -> None:
    """Our server's first request is "/" (so st.navigation is in charge, not the legacy pages/
    mode); then one load of every page, the slider pages with one move each. Websocket bytes
    are counted here, not during the timed rounds."""
    for root in (bb.Target(OURS, "/", setup.servers[OURS].url + "/", False),
                 bb.Target(REF, "/", setup.servers[REF].url + "/", False)):
        results.attempt(f"warm-up {root.app} / (first request)", partial(bb.cold_load, browser, root))
    for target in setup.ours:
        if target is setup.ours_slider:
            continue
        load = results.attempt(f"warm-up {target.app} {target.label}",
                               partial(bb.cold_load, browser, target, count_bytes=True))
        if load is not None:
            results.load_bytes[target.label] = load.websocket_bytes
    for spec in setup.sliders:
        warmed = results.attempt(f"warm-up slider {spec.app}", partial(_load_and_move, browser, spec))
        if warmed is not None:
            load, move = warmed
            results.load_bytes[_result_key(spec.target)] = load.websocket_bytes
            results.move_bytes[spec.app] = move.websocket_bytes


def _load_and_move(browser: Browser, spec: Slider) -> tuple[bb.Load, bb.Move]:
    with bb.slider_page(browser, spec.target, spec.key, spec.chart) as slider:
        return slider.load, slider.move()


def _open_batch(stack: ExitStack, browser: Browser, target: bb.Target, pid: int, sessions: int) -> int:
    """Open ``sessions`` more tabs, kept open on ``stack``; the server's RSS growth in bytes."""
    before = rss_bytes(pid)
    stack.enter_context(bb.open_sessions(browser, target, sessions))
    return rss_bytes(pid) - before


def memory(browser: Browser, setup: Setup, results: Results, sessions: int, batches: int) -> None:
    """Batches of tabs per app, the apps alternating, every tab kept open until the end. One
    batch alone is at the mercy of the allocator (memory freed by the warm-up is reused first,
    RSS grows in steps), so the growth over all batches is what is reported."""
    apps = ((OURS, setup.ours_slider), (REF, setup.reference))
    with ExitStack() as stack:
        for app, _ in apps:
            results.rss_before[app] = rss_bytes(setup.servers[app].pid)
        for batch in range(batches):
            for app, target in (apps if batch % 2 == 0 else apps[::-1]):
                pid = setup.servers[app].pid
                growth = results.attempt(f"memory {app} batch {batch + 1}",
                                         partial(_open_batch, stack, browser, target, pid, sessions))
                if growth is not None:
                    results.rss_growth.setdefault(app, []).append(growth)
        for app, _ in apps:
            results.rss_after[app] = rss_bytes(setup.servers[app].pid)


def schedule(ours: Sequence[bb.Target], ref: bb.Target, every: int, number: int) -> list[bb.Target]:
    """One round's loads: the reference after each ``every`` pages of ours (before them in odd
    rounds, whose pages also come in reverse order)."""
    pages = list(ours) if number % 2 == 0 else list(reversed(ours))
    order: list[bb.Target] = []
    for start in range(0, len(pages), every):
        chunk = pages[start:start + every]
        order += [*chunk, ref] if number % 2 == 0 else [ref, *chunk]
    return order


def one_round(browser: Browser, setup: Setup, results: Results, number: int, args: Options) -> None:
    ours_first = number % 2 == 0
    for each in schedule(setup.ours, setup.reference, args.reference_every, number):
        load = results.attempt(f"load {each.app} {each.label}", partial(bb.cold_load, browser, each))
        if load is not None:
            results.loads.setdefault(_result_key(each), []).append(load.ms)

    def sliders() -> None:
        ours_spec, ref_spec = setup.sliders
        with bb.slider_page(browser, ours_spec.target, ours_spec.key, ours_spec.chart) as ours, \
                bb.slider_page(browser, ref_spec.target, ref_spec.key, ref_spec.chart) as ref:
            order = ((OURS, ours), (REF, ref)) if ours_first else ((REF, ref), (OURS, ours))
            for _ in range(args.moves):
                for app, slider in order:
                    move = results.attempt(f"slider {app}", slider.move)
                    if move is not None:
                        results.moves.setdefault(app, []).append(move)
    results.attempt("slider pages", sliders)
    results.rounds += 1


def _page(url: str) -> str:
    return f"/{url} ({TITLES[url]})"


def _samples(*groups: Sequence[object]) -> str:
    return " / ".join(str(len(group)) for group in groups)


def _spread(ours: Sequence[float], ref: Sequence[float]) -> str:
    return f"{report.quartiles(ours) or '—'} / {report.quartiles(ref) or '—'}"


def build_report(machine: report.Machine, results: Results, scripts: dict[str, script_time.ScriptTiming],
                 args: Options, chart_pages: set[str], conditions: list[tuple[str, str]]) -> report.Report:
    notes_extra: list[str] = []
    ref_loads = results.loads.get(REF, [])
    load_rows = [
        report.Row(_page(url) + (", chart" if url in chart_pages else ""),
                   report.median(results.loads.get(f"/{url}", [])), report.median(ref_loads), LOAD_LIMIT,
                   _samples(results.loads.get(f"/{url}", []), ref_loads),
                   _spread(results.loads.get(f"/{url}", []), ref_loads))
        for url in PAGES
    ]
    ours_moves, ref_moves = results.moves.get(OURS, []), results.moves.get(REF, [])
    slider_rows = [
        report.Row("Weigh `weigh_practice` vs reference `ref_slider`: keydown → answered, idle, chart redrawn",
                   report.median([m.ms for m in ours_moves]), report.median([m.ms for m in ref_moves]),
                   SLIDER_LIMIT, _samples(ours_moves, ref_moves),
                   _spread([m.ms for m in ours_moves], [m.ms for m in ref_moves])),
        report.Row("keydown → the page handles the server's first message (informational)",
                   report.median([m.first_message_ms for m in ours_moves]),
                   report.median([m.first_message_ms for m in ref_moves]), None, _samples(ours_moves, ref_moves)),
        report.Row("keydown → chart redrawn (informational)",
                   report.median([m.chart_ms for m in ours_moves]), report.median([m.chart_ms for m in ref_moves]),
                   None, _samples(ours_moves, ref_moves)),
        report.Row("websocket messages per move (informational)",
                   report.median([m.messages for m in ours_moves]), report.median([m.messages for m in ref_moves]),
                   None, _samples(ours_moves, ref_moves)),
    ]
    for app, moves in ((OURS, ours_moves), (REF, ref_moves)):
        unseen = sum(1 for m in moves if not m.saw_running)
        if unseen:
            notes_extra.append(f"{app}: in {unseen} of {len(moves)} slider moves the script state never "
                               "read `running` (a rerun shorter than one React render).")

    def per_session(app: str) -> float | None:
        growth = results.rss_growth.get(app, [])
        return sum(growth) / (len(growth) * args.sessions) / report.MIB if growth else None

    def batches(app: str) -> str:
        return ", ".join(f"{g / args.sessions / report.MIB:.2f}" for g in results.rss_growth.get(app, []))

    def rss(values: dict[str, int], app: str) -> float | None:
        return values[app] / report.MIB if app in values else None

    memory_rows = [
        report.Row(f"RSS growth per open session (batches of {args.sessions} tabs: /{WEIGH}?case=… vs /chart)",
                   per_session(OURS), per_session(REF), MEMORY_LIMIT,
                   _samples(results.rss_growth.get(OURS, []), results.rss_growth.get(REF, [])),
                   f"{batches(OURS)} / {batches(REF)}"),
        report.Row("server RSS before (informational)", rss(results.rss_before, OURS),
                   rss(results.rss_before, REF), None, "1 / 1"),
        report.Row(f"server RSS with {args.sessions * args.batches} sessions open (informational)",
                   rss(results.rss_after, OURS), rss(results.rss_after, REF), None, "1 / 1"),
    ]
    ref_script = scripts[REF]
    script_rows = [
        report.Row(_page(url), report.median(scripts[url].samples_ms), report.median(ref_script.samples_ms), None,
                   _samples(scripts[url].samples_ms, ref_script.samples_ms))
        for url in PAGES
    ]

    def kib(value: int | None) -> float | None:
        return None if value is None else value / KIB

    byte_rows = [
        report.Row(f"cold load {_page(url)}", kib(results.load_bytes.get(f"/{url}")), kib(results.load_bytes.get(REF)),
                   None, "1 / 1")
        for url in PAGES
    ]
    byte_rows.append(report.Row("one slider move (Weigh vs /chart)", kib(results.move_bytes.get(OURS)),
                                kib(results.move_bytes.get(REF)), None, "1 / 1"))
    for url in sorted(chart_pages):
        byte_rows.append(report.Row(f"plotly figure JSON on {_page(url)} (AppTest)", kib(scripts[url].chart_bytes),
                                    kib(ref_script.chart_bytes), None, "1 / 1"))
    tables = [
        report.Table(
            "Cold page load", "ms", load_rows, spread=MIDDLE_HALF, intro=
            "Each of our pages opened directly with the example case (`/<page>?case=<token>`) against "
            "the reference's `/chart`, in a fresh browser context: from the `page.goto` call until the "
            "script is idle and the page's `h1` is visible (and, on a chart page, a plotly chart has "
            "data). Every page of ours is held against the reference's chart page, the heavier of its "
            "two pages (its plotly chart makes the browser load Streamlit's multi-megabyte plotly bundle)."),
        report.Table(
            "Slider rerun", "ms", slider_rows,
            f"One ArrowRight or ArrowLeft (alternately) on the focused slider, {args.moves} per round per app, "
            "timed inside the page from the keydown until the server has answered (a websocket message), "
            "the chart's bars have changed and the script state reads `notRunning` again.", spread=MIDDLE_HALF),
        report.Table("Memory per open session", "MiB", memory_rows, digits=2, spread="Per batch"),
        report.Table(
            "Server-side script time (informational)", "ms", script_rows,
            "`AppTest.run()` of a fresh session that requests the page (ours through `app.py`, with the "
            "example case in session; the reference through its entry), after one warm-up run each.",
            digits=1),
        report.Table(
            "Bytes (informational)", "KiB", byte_rows,
            "Received over the websocket during one load or one move (warm-up), and the size of the "
            "plotly figure spec sent to the browser.", digits=1),
    ]
    notes = [f"{count} × {what}" for what, count in sorted(results.failures.items())] + notes_extra
    if results.rounds < args.rounds:
        notes.append(f"Only {results.rounds} of {args.rounds} rounds ran within the time budget "
                     f"of {args.budget:.0f} s.")
    for name, timing in scripts.items():
        notes += [f"AppTest {name}: {error}" for error in sorted(set(timing.errors))]
    method = [
        f"{results.rounds} rounds, each in fresh browser contexts (a new session, an empty cache): "
        f"every page of ours once, the reference's `/chart` after every {args.reference_every} of them "
        "(before them, and our pages in reverse order, every other round), then the two slider pages "
        "side by side, their moves alternating, the app that goes first flipped every round. The "
        "reference is loaded less often than ours only to keep the run within ten minutes; its "
        "median is taken over all its loads. Both servers run at the same time, "
        "started from the same Python with the same `.streamlit/config.toml` (copied next to the "
        "reference), `--server.fileWatcherType none`.",
        "Reference: an entry file with `st.set_page_config(layout=\"wide\")` and "
        "`st.navigation([...]).run()`, a home page with one slider, and `/chart` with a slider and "
        "a ten-bar horizontal plotly bar chart that follows it.",
        "Warm-up before measuring: our server's first request is `/` (so `st.navigation` is in "
        "charge), then one load of every page and one slider move per app.",
        "Timestamps come from `performance.now()` inside the page (MutationObservers on the "
        "script state and the chart, a websocket listener); Playwright only dispatches the "
        "navigation or the key press. A load is timed from the `page.goto` call (epoch time in Python "
        "against the page's `performance.timeOrigin`); a move from the keydown listener until the "
        "server has answered, the chart's bars differ and the script state reads `notRunning`.",
        f"Memory: VmRSS of the server process (/proc/<pid>/status) before and after each batch of "
        f"{args.sessions} tabs of the page is opened; {args.batches} batches per app, the apps "
        "alternating, every tab kept open until all are measured; the growth over all batches ÷ "
        "tabs (each batch's own figure is listed beside it). "
        "Closed tabs' sessions are kept by the "
        "server for `server.disconnectedSessionTTL` (120 s), alike for both apps.",
        "Garbage collection: Streamlit runs `gc.collect(2)` after every script run. Our app "
        "freezes its long-lived heap after a run that imported new modules (`gc.freeze()`, "
        "ui/heap.py), which takes that pass from about 55 ms to under a millisecond (0.1–0.3 ms "
        "measured with the modules loaded); the reference keeps "
        "Streamlit's defaults, as a bare app would.",
        "Targets: every page load ≤ 1.15 × the reference page; Weigh slider rerun ≤ 1.2 × the "
        "reference slider rerun; memory per session ≤ 1.5 × the reference.",
    ]
    return report.Report(machine, tables, method, notes, conditions)


def main(argv: Sequence[str] | None = None) -> int:
    args = Options.parse(argv)
    started = time.monotonic()
    results = Results(deadline=started + args.budget + HARD_MARGIN)
    load_before = _loadavg()

    with tempfile.TemporaryDirectory(prefix="bench-reference-") as tmp:
        entry = reference.write_reference(Path(tmp))
        say(f"Server-side script time (AppTest, {args.script_samples} runs per page) …")
        scripts = script_time.measure(list(PAGES), entry, reference.CHART_URL, REF, args.script_samples)
        chart_pages = {url for url in PAGES if scripts[url].charts}
        specs = [Spec(OURS, ROOT / "app.py", ROOT), Spec(REF, entry, Path(tmp))]
        with serve(specs) as servers, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                setup = targets(servers, chart_pages)
                say(f"Warm-up … ({time.monotonic() - started:.0f} s so far)")
                warm_up(browser, setup, results)
                say(f"Memory: {args.batches} × {args.sessions} sessions per app … "
                    f"({time.monotonic() - started:.0f} s so far)")
                memory(browser, setup, results, args.sessions, args.batches)
                last = 0.0
                for number in range(args.rounds):
                    elapsed = time.monotonic() - started
                    if elapsed + last > args.budget:
                        say(f"Time budget reached after {results.rounds} rounds.")
                        break
                    round_start = time.monotonic()
                    one_round(browser, setup, results, number, args)
                    last = time.monotonic() - round_start
                    say(f"Round {number + 1}/{args.rounds} done in {last:.0f} s "
                        f"({time.monotonic() - started:.0f} s so far)")
                machine = report.Machine.here(browser.version)
            finally:
                browser.close()

    took = time.monotonic() - started
    conditions = [("Load average (1 min), start → end", f"{load_before} → {_loadavg()} "
                   "(anything above the core count means other work competed for the CPU)"),
                  ("Run time", f"{took:.0f} s")]
    result = build_report(machine, results, scripts, args, chart_pages, conditions)
    say(report.console(result))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report.markdown(result))
    say(f"\nWrote {args.output} in {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
