"""``make bench``: our app against a bare Streamlit app of the same shape, in the same run.

Both servers run side by side (same Streamlit, same config, same machine) and are measured
interleaved, so a busy moment of the machine hurts both alike:

1. server-side script time of every page (AppTest), before the servers start;
2. after a warm-up, the server's memory per open session (20 tabs kept open);
3. rounds of first visits (every page of ours with the example case, each paired with the
   reference's page of the same kind: a page without a chart with its one-slider home page, a
   page with a plotly chart with its slider-and-chart page) and slider reruns (our Weigh page
   against the reference's slider), in fresh browser contexts, ours and the reference
   alternating, the order flipped every round; then once more for every visit far slower than
   its page's median (a burst of other work on the machine), in place of the first.

Beside them, once a round: bare variants of the reference, and each of our pages' twin
(benchmarks/twin.py), a bare app that draws exactly the elements our page drew, recorded from
our server before the rounds: what bare Streamlit itself takes to draw our page.

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

from advisor.case.certainty import Certainty
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import encode
from benchmarks import browser as bb
from benchmarks import reference, report, script_time, twin
from benchmarks.server import Server, Spec, rss_bytes, serve
from harness.chromium import launch
from ui.links import link, query
from ui.shell.steps import ALL, QUICK
from ui.shell.steps import WEIGH as WEIGH_STEP

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "PERFORMANCE.md"
PAGE_STEPS = ALL  # every page of the menu
PAGES: tuple[str, ...] = tuple(step.url for step in PAGE_STEPS)  # URL paths; "" is the default page
TITLES = {step.url: step.title for step in PAGE_STEPS}
WEIGH = WEIGH_STEP.url
OURS, REF = "ours", "reference"
NODELAY, LADDER = "reference with TCP_NODELAY", "widget ladder"  # the reference's variants (informational)
TWIN = "twin"  # bare Streamlit sending our pages' recorded elements (benchmarks/twin.py; informational)
# Quick check's second screen: the example case with the four certainty questions answered,
# so the check opens on its eight questions and first answer (its first visit is the questions).
QUICK_QUESTIONS = "/quick, its questions"
LADDER_PREFIX = "/?kinds="  # a ladder page's path, before the name of its step in reference.LADDER
REF_HOME = "reference /"  # the reference's home page, where a key names it (its chart page is REF)
OUR_SLIDER, OUR_CHART = "weigh_practice", ".st-key-weigh_chart .js-plotly-plot"
REF_CHART = ".js-plotly-plot"
LOAD_LIMIT, SLIDER_LIMIT, MEMORY_LIMIT = 1.15, 1.2, 1.5
KIB = 1024
MIDDLE_HALF = "Middle half"
HARD_MARGIN = 30  # seconds past the budget after which no measurement starts
OUTLIER = 1.5  # a visit slower than this × its series' median is measured once more

T = TypeVar("T")


def say(message: str) -> None:
    print(message, flush=True)


def _loadavg() -> str:
    """The 1-minute load average: other work on the machine inflates every number."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class Pair:
    """One first visit of our page and one of the reference's page of the same kind, back to back."""

    ours: bb.Load
    bare: bb.Load


@dataclass
class Results:
    pairs: dict[str, list[Pair]] = field(default_factory=dict)  # our page label -> its visits
    moves: dict[str, list[bb.Move]] = field(default_factory=dict)  # app -> moves
    load_bytes: dict[str, int] = field(default_factory=dict)  # page label -> websocket bytes
    move_bytes: dict[str, int] = field(default_factory=dict)  # app -> websocket bytes
    rss_before: dict[str, int] = field(default_factory=dict)  # before the first batch of tabs
    rss_after: dict[str, int] = field(default_factory=dict)  # with every batch open
    rss_growth: dict[str, list[int]] = field(default_factory=dict)  # bytes per batch of tabs
    failures: Counter[str] = field(default_factory=Counter)
    kinds_seen: dict[str, int] = field(default_factory=dict)  # our page label -> charts seen at warm-up
    variants: dict[bb.Target, list[float]] = field(default_factory=dict)  # a variant's page -> complete ms
    remeasured: int = 0  # pairs measured again for an outlier
    rounds: int = 0
    deadline: float = float("inf")  # time.monotonic() after which no measurement starts

    def ours(self, label: str) -> list[float]:
        return [pair.ours.complete_ms for pair in self.pairs.get(label, []) if pair.ours.complete_ms is not None]

    def bare(self, labels: Sequence[str]) -> list[float]:
        """Every visit of the reference page that was paired with one of ``labels``."""
        return [pair.bare.complete_ms for label in labels for pair in self.pairs.get(label, [])
                if pair.bare.complete_ms is not None]

    def paired_ratio(self, label: str) -> float | None:
        """The median of ours ÷ bare over the pairs: each pair saw the machine in one state."""
        ratios = [pair.ours.complete_ms / pair.bare.complete_ms for pair in self.pairs.get(label, [])
                  if pair.ours.complete_ms is not None and pair.bare.complete_ms]
        return report.median(ratios)

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
        parser.add_argument("--budget", type=float, default=2400, help="seconds; no round starts that would end later")
        parser.add_argument("--output", type=Path, default=OUTPUT, help="the Markdown report (docs/PERFORMANCE.md)")
        args = parser.parse_args(argv)
        return cls(rounds=max(1, args.rounds), moves=max(1, args.moves), sessions=max(1, args.sessions),
                   batches=max(1, args.batches),
                   script_samples=max(1, args.script_samples), budget=args.budget, output=args.output)


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
    reference: bb.Target  # the reference's chart page
    home: bb.Target  # the reference's one-slider home page
    ours_slider: bb.Target
    servers: dict[str, Server]
    variants: list[bb.Target]  # the reference's variants and our twins, visited once a round, for comparison only

    def bare(self, target: bb.Target) -> bb.Target:
        """The reference's page of the same kind as our ``target``."""
        return self.reference if target.needs_chart else self.home

    @property
    def sliders(self) -> tuple[Slider, Slider]:
        return (Slider(OURS, self.ours_slider, OUR_SLIDER, OUR_CHART),
                Slider(REF, self.reference, reference.SLIDER_KEY, REF_CHART))


def twin_target(servers: dict[str, Server], url: str, chart_pages: set[str]) -> bb.Target:
    """The twin of our page at ``url``: a bare app drawing the same elements."""
    return bb.Target(TWIN, f"/{url}", f"{servers[TWIN].url}/?{twin.PAGE_PARAM}={url}", url in chart_pages)


def sure_case() -> Case:
    """The example case with the start's certainty given: yes, no, yes, no."""
    return example_case().model_copy(update={"certainty": Certainty(before=[True, False, True, False])})


def targets(servers: dict[str, Server], chart_pages: set[str]) -> Setup:
    token = encode(example_case())
    base, ref_base = servers[OURS].url, servers[REF].url
    ours = [bb.Target(OURS, f"/{step.url}", link(base, step, token), step.url in chart_pages, settles=True)
            for step in PAGE_STEPS]
    weigh = next(t for t in ours if t.label == f"/{WEIGH}")
    chart = bb.Target(REF, f"/{reference.CHART_URL}", f"{ref_base}/{reference.CHART_URL}", True)
    home = bb.Target(REF, "/", f"{ref_base}/", False)
    fixed, ladder = servers[NODELAY].url, servers[LADDER].url
    variants = [bb.Target(NODELAY, "/", f"{fixed}/", False),
                bb.Target(NODELAY, f"/{reference.CHART_URL}", f"{fixed}/{reference.CHART_URL}", True),
                *(bb.Target(LADDER, f"{LADDER_PREFIX}{name}", f"{ladder}{LADDER_PREFIX}{name}", False)
                  for name in reference.LADDER),
                *(twin_target(servers, url, chart_pages) for url in PAGES),
                bb.Target(OURS, QUICK_QUESTIONS, link(base, QUICK, encode(sure_case())), False, settles=True)]
    return Setup(ours, chart, home, weigh, servers, variants)


def warm_up(browser: Browser, setup: Setup, results: Results) -> None:
    """Our server's first request is "/" (so st.navigation is in charge, not the legacy pages/
    mode); then one first visit of every page of both apps, and one move on each slider page.
    Websocket bytes are counted here, not during the timed rounds; the number of charts each of
    our pages shows is noted, to check its kind."""
    results.attempt(f"warm-up {OURS} / (first request)", partial(
        bb.cold_load, browser, bb.Target(OURS, "/", setup.servers[OURS].url + "/", False, settles=True)))
    for target, key in ((setup.home, REF_HOME), (setup.reference, REF)):
        load = results.attempt(f"warm-up {REF} {target.label}", partial(bb.cold_load, browser, target,
                                                                        count_bytes=True))
        if load is not None:
            results.load_bytes[key] = load.websocket_bytes
    for target in setup.ours:
        load = results.attempt(f"warm-up {target.app} {target.label}",
                               partial(bb.cold_load, browser, target, count_bytes=True))
        if load is not None:
            results.kinds_seen[target.label] = load.charts
            results.load_bytes[target.label] = load.websocket_bytes
    for target in setup.variants:
        results.attempt(f"warm-up {target.app} {target.label}", partial(bb.cold_load, browser, target))
    for spec in setup.sliders:
        move = results.attempt(f"warm-up slider {spec.app}", partial(_load_and_move, browser, spec))
        if move is not None:
            results.move_bytes[spec.app] = move.websocket_bytes


def _load_and_move(browser: Browser, spec: Slider) -> bb.Move:
    with bb.slider_page(browser, spec.target, spec.key, spec.chart) as slider:
        return slider.move()


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


def visit_pair(browser: Browser, setup: Setup, results: Results, target: bb.Target, ours_first: bool) -> Pair | None:
    """A first visit of our ``target`` and one of the reference's page of its kind, back to back."""
    bare = setup.bare(target)
    loads: dict[str, bb.Load] = {}
    for each in (target, bare) if ours_first else (bare, target):
        load = results.attempt(f"load {each.app} {each.label}", partial(bb.cold_load, browser, each))
        if load is None:
            return None
        loads[each.app] = load
    return Pair(loads[OURS], loads[REF])


def one_round(browser: Browser, setup: Setup, results: Results, number: int, args: Options) -> None:
    ours_first = number % 2 == 0
    for target in setup.ours if ours_first else setup.ours[::-1]:
        pair = visit_pair(browser, setup, results, target, ours_first)
        if pair is not None:
            results.pairs.setdefault(target.label, []).append(pair)
    for target in setup.variants if ours_first else setup.variants[::-1]:
        load = results.attempt(f"load {target.app} {target.label}", partial(bb.cold_load, browser, target))
        if load is not None and load.complete_ms is not None:
            results.variants.setdefault(target, []).append(load.complete_ms)

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


def remeasure_outliers(browser: Browser, setup: Setup, results: Results, until: float) -> None:
    """Visit once more every pair in which either visit took more than OUTLIER × the median of
    its series (a burst of the other work on this shared machine), and keep the new pair in its
    place; nothing starts after ``until`` (time.monotonic())."""
    kinds = {kind: [t.label for t in setup.ours if t.needs_chart is kind] for kind in (False, True)}
    bare_medians = {kind: report.median(results.bare(labels)) for kind, labels in kinds.items()}
    for number, target in enumerate(setup.ours):
        ours_median, bare_median = report.median(results.ours(target.label)), bare_medians[target.needs_chart]
        pairs = results.pairs.get(target.label, [])
        for index, pair in enumerate(pairs):
            if time.monotonic() > until:
                return
            slow_ours = ours_median and (pair.ours.complete_ms or 0) > OUTLIER * ours_median
            slow_bare = bare_median and (pair.bare.complete_ms or 0) > OUTLIER * bare_median
            if slow_ours or slow_bare:
                again = visit_pair(browser, setup, results, target, ours_first=(number + index) % 2 == 0)
                if again is not None:
                    pairs[index] = again
                    results.remeasured += 1


def variant_label(target: bb.Target) -> str:
    if target.app == LADDER:
        return f"bare, {reference.LADDER[target.label.removeprefix(LADDER_PREFIX)][0]}"
    return f"bare with our TCP_NODELAY fix, `{target.label}`"


def _page(url: str) -> str:
    return f"/{url} ({TITLES[url]})"


def _samples(*groups: Sequence[object]) -> str:
    return " / ".join(str(len(group)) for group in groups)


def _spread(ours: Sequence[float], ref: Sequence[float]) -> str:
    return f"{report.quartiles(ours) or '—'} / {report.quartiles(ref) or '—'}"


def build_report(machine: report.Machine, results: Results, scripts: dict[str, script_time.ScriptTiming],
                 args: Options, chart_pages: set[str], conditions: list[tuple[str, str]]) -> report.Report:
    notes_extra: list[str] = []
    kinds = {chart: [f"/{url}" for url in PAGES if (url in chart_pages) is chart] for chart in (False, True)}
    bare_pages = {False: "/", True: f"/{reference.CHART_URL}"}

    def visit_row(url: str) -> report.Row:
        chart = url in chart_pages
        ours, bare = results.ours(f"/{url}"), results.bare(kinds[chart])
        paired = results.paired_ratio(f"/{url}")
        return report.Row(f"{_page(url)}{', chart' if chart else ''} vs `{bare_pages[chart]}`",
                          report.median(ours), report.median(bare), LOAD_LIMIT, _samples(ours, bare),
                          _spread(ours, bare), extra="n/a" if paired is None else f"{paired:.2f}×")

    def load_row(url: str, measure: Callable[[bb.Load], float | None]) -> report.Row:
        """One more measure of the same visits: ours at ``url`` against the bare page of its kind."""
        chart = url in chart_pages
        bare_pairs = [pair for label in kinds[chart] for pair in results.pairs.get(label, [])]
        ours = [value for pair in results.pairs.get(f"/{url}", []) if (value := measure(pair.ours)) is not None]
        bare = [value for pair in bare_pairs if (value := measure(pair.bare)) is not None]
        return report.Row(f"{_page(url)} vs `{bare_pages[chart]}`", report.median(ours), report.median(bare),
                          None, _samples(ours, bare), _spread(ours, bare))

    visit_rows = [visit_row(url) for url in PAGES]
    questions = next((visits for target, visits in results.variants.items() if target.label == QUICK_QUESTIONS), [])
    visit_rows.append(report.Row(f"{_page(QUICK.url)}, its second screen (the questions; informational) vs `/`",
                                 report.median(questions), report.median(results.bare(kinds[False])), None,
                                 _samples(questions, results.bare(kinds[False]))))
    fixed_bare = {chart: next((visits for target, visits in results.variants.items()
                               if target.app == NODELAY and target.needs_chart is chart), [])
                  for chart in bare_pages}

    def fixed_row(url: str) -> report.Row:
        chart, ours = url in chart_pages, results.ours(f"/{url}")
        return report.Row(f"{_page(url)} vs `{bare_pages[chart]}`", report.median(ours),
                          report.median(fixed_bare[chart]), None, _samples(ours, fixed_bare[chart]))

    fixed_rows = [fixed_row(url) for url in PAGES]

    def variant_row(target: bb.Target, visits: list[float]) -> report.Row:
        """The fix against the reference as shipped; the ladder (which has the fix too) against the
        fixed reference's one slider."""
        ladder = target.app == LADDER
        versus = fixed_bare[False] if ladder else results.bare(kinds[target.needs_chart])
        return report.Row(variant_label(target), report.median(visits), report.median(versus), None,
                          _samples(visits, versus), extra=f"`{bare_pages[target.needs_chart]}` "
                          + ("with the fix" if ladder else "as shipped"))

    variant_rows = [variant_row(target, visits) for target, visits in results.variants.items()
                    if target.app not in (TWIN, OURS)]
    twins = {target.label: visits for target, visits in results.variants.items() if target.app == TWIN}

    def twin_row(url: str) -> report.Row:
        """Bare Streamlit drawing our page against the bare page of its kind; ours against its twin."""
        chart, visits = url in chart_pages, twins.get(f"/{url}", [])
        bare, ours = results.bare(kinds[chart]), results.ours(f"/{url}")
        beyond = report.ratio(report.median(ours), report.median(visits))
        return report.Row(f"{_page(url)}{', chart' if chart else ''} vs `{bare_pages[chart]}`",
                          report.median(visits), report.median(bare), None, _samples(visits, bare),
                          extra="n/a" if beyond is None else f"{beyond:.2f}×")

    twin_rows = [twin_row(url) for url in PAGES]
    bare_job_visits = next((visits for target, visits in results.variants.items()
                         if target.label == f"{LADDER_PREFIX}job"), [])
    all_of_the_job = "bare drawing all 20 of its widgets (`/?kinds=job`, with the fix)"
    fixed_rows.append(report.Row(f"{_page('')}, its parts closed, vs {all_of_the_job}",
                                 report.median(results.ours("/")), report.median(bare_job_visits), None,
                                 _samples(results.ours("/"), bare_job_visits)))
    ready_rows = [load_row(url, lambda load: load.ms) for url in PAGES]
    busy_rows = [load_row(url, lambda load: load.busy_ms) for url in PAGES]
    for url in PAGES:
        seen = results.kinds_seen.get(f"/{url}")
        if seen is not None and (seen > 0) != (url in chart_pages):
            notes_extra.append(f"/{url}: the browser showed {seen} plotly charts at warm-up, AppTest "
                               f"{'some' if url in chart_pages else 'none'}; it is compared as AppTest says.")
    if results.remeasured:
        notes_extra.append(f"{results.remeasured} pairs of first visits were measured again, one of their visits "
                           f"having taken more than {OUTLIER:.1f} × its series' median.")
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
        report.Row(f"first visit {_page(url)} vs `{bare_pages[url in chart_pages]}`",
                   kib(results.load_bytes.get(f"/{url}")),
                   kib(results.load_bytes.get(REF if url in chart_pages else REF_HOME)), None, "1 / 1")
        for url in PAGES
    ]
    byte_rows.append(report.Row("one slider move (Weigh vs /chart)", kib(results.move_bytes.get(OURS)),
                                kib(results.move_bytes.get(REF)), None, "1 / 1"))
    for url in sorted(chart_pages):
        byte_rows.append(report.Row(f"plotly figure JSON on {_page(url)} (AppTest)", kib(scripts[url].chart_bytes),
                                    kib(ref_script.chart_bytes), None, "1 / 1"))
    tables = [
        report.Table(
            "First visit", "ms", visit_rows, spread=MIDDLE_HALF, extra="Paired ratio", intro=
            "Each of our pages opened directly with the example case (`/<page>?case=<token>`) in a fresh "
            "browser context (empty cache, empty storage, a new session), against the reference's page of "
            "the same kind: a page without a plotly chart against its one-slider home page `/`, a page with "
            "one against its slider-and-chart page `/chart` (whose chart makes the browser load Streamlit's "
            "multi-megabyte plotly bundle). Complete: from the `page.goto` call until the last change in "
            f"the main area (`[data-testid=\"stMain\"]`), once the script is idle, our storage bridge has "
            f"settled and the main area has not changed for {bb.QUIET_MS / 1000:.0f} s. The bare figure is the "
            "median of every visit of that reference page in the run; the paired ratio is the median of "
            "ours ÷ bare over the visits made back to back."),
        report.Table(
            "First visit: until the heading shows (informational)", "ms", ready_rows,
            "The same visits, timed until the script is idle and the page's `h1` is visible (and, on a "
            "chart page, a plotly chart has data): what the page shows first, before widgets whose code "
            "Streamlit loads on demand have been drawn and before the run that follows our storage "
            "bridge's report."),
        report.Table(
            "First visit: the browser's main-thread time (informational)", "ms", busy_rows,
            "The same visits: the time Chromium's main thread spent on the page's tasks (its TaskDuration: "
            "parsing and running script, style, layout, paint) from the `page.goto` call until complete. It "
            "is what a page costs the browser, whatever else the machine does: within one run it moves by a "
            "few per cent, where the complete time moves by ten, so it shows which change made a page "
            "cheaper. Each kind of widget a page draws adds its code and its first render here.",
            spread=MIDDLE_HALF),
        report.Table(
            "First visit: bare Streamlit variants (informational)", "ms", variant_rows,
            "What bare Streamlit itself takes, in the same rounds, against the reference's page of the same "
            "kind: the reference with our TCP_NODELAY fix (ui/server/nodelay.py: without it every file after the "
            "first on a kept-alive connection waits about 40 ms for the browser's delayed acknowledgement, "
            "which our pages no longer do and the reference still does), against the reference as shipped; "
            "and the fixed reference's home page drawing more widgets of more kinds instead of its one slider "
            "(`?kinds=`), against the fixed reference's one slider: Streamlit loads the code of each kind of "
            "widget on demand, so each kind adds its own wait before the page is drawn in full.",
            columns=("Bare variant", "Reference"), extra="Against"),
        report.Table(
            "First visit: our pages drawn by bare Streamlit (informational)", "ms", twin_rows,
            "Each page's twin (benchmarks/twin.py): a bare Streamlit app, with our TCP_NODELAY fix, whose "
            "script sends the elements our page sent in its last run with the example case (sidebar and menu "
            "included; our own components, the storage bridge and the link's copy button, as empty elements), "
            "recorded over the websocket before the rounds; "
            "visited once a round, in the same rounds, against the reference's page of the same kind. It is "
            "what bare Streamlit takes to draw exactly our page. The last column is our page against its twin "
            "(the medians of the first table's visits and of the twin's): what our app adds to it.",
            columns=("Twin", "Reference"), extra="Ours ÷ twin"),
        report.Table(
            "First visit against the bare app with our TCP_NODELAY fix (informational)", "ms", fixed_rows,
            "Our pages (the visits of the first table) against the reference with the same socket fix, "
            "so neither waits on Nagle's algorithm: what our pages cost beyond bare Streamlit's; the last row "
            "holds The job, which draws its invitation and opens its other parts on request, against a bare "
            "page drawing all 20 of its widgets at once, as The job did before its parts."),
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
            "Received over the websocket during one first visit (until complete) or one move "
            "(warm-up), and the size of the plotly figure spec sent to the browser.", digits=1),
    ]
    notes = [f"{count} × {what}" for what, count in sorted(results.failures.items())] + notes_extra
    if results.rounds < args.rounds:
        notes.append(f"Only {results.rounds} of {args.rounds} rounds ran within the time budget "
                     f"of {args.budget:.0f} s.")
    for name, timing in scripts.items():
        notes += [f"AppTest {name}: {error}" for error in sorted(set(timing.errors))]
    method = [
        f"{results.rounds} rounds, each in fresh browser contexts (a new session, an empty cache, empty "
        "storage): every page of ours once, each right before or after a visit of the reference's page of "
        "its kind (ours first in even rounds, the reference first and our pages in reverse order in odd "
        "ones), then the two slider pages side by side, their moves alternating, the app that goes first "
        f"flipped every round. After the rounds, every pair with a visit slower than {OUTLIER:.1f} × its "
        "series' median is measured once more and the new pair kept in its place. Both servers run at the "
        "same time on loopback, started from the same Python with the same `.streamlit/config.toml` "
        "(copied next to the reference), `--server.fileWatcherType none`.",
        "Reference: an entry file with `st.set_page_config(layout=\"wide\")` and "
        "`st.navigation([...]).run()`, a home page with one slider, and `/chart` with a slider and "
        "a ten-bar horizontal plotly bar chart that follows it.",
        "Warm-up before measuring: our server's first request is `/` (so `st.navigation` is in "
        "charge), then one first visit of every page of both apps and one slider move per app.",
        "Timestamps come from `performance.now()` inside the page (MutationObservers on the "
        "script state, the chart and the main area, a websocket listener); Playwright only dispatches the "
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
        "ui/server/heap.py), which takes that pass from about 55 ms to under a millisecond (0.1–0.3 ms "
        "measured with the modules loaded); the reference keeps "
        "Streamlit's defaults, as a bare app would.",
        "Targets: every page's first visit complete ≤ 1.15 × the reference's page of the same kind; "
        "Weigh slider rerun ≤ 1.2 × the reference slider rerun; memory per session ≤ 1.5 × the reference.",
    ]
    return report.Report(machine, tables, method, notes, conditions)


def measure(browser: Browser, setup: Setup, results: Results, args: Options, started: float) -> report.Machine:
    """Warm-up, memory, the rounds and the outliers' second visits, in that order, within the budget."""
    say(f"Warm-up … ({time.monotonic() - started:.0f} s so far)")
    warm_up(browser, setup, results)
    say(f"Memory: {args.batches} × {args.sessions} sessions per app … ({time.monotonic() - started:.0f} s so far)")
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
        say(f"Round {number + 1}/{args.rounds} done in {last:.0f} s ({time.monotonic() - started:.0f} s so far)")
    remeasure_outliers(browser, setup, results, until=started + args.budget)
    say(f"Outliers measured again: {results.remeasured} pairs ({time.monotonic() - started:.0f} s so far)")
    return report.Machine.here(browser.version)


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
        fixed_dir, ladder_dir = Path(tmp) / "nodelay", Path(tmp) / "ladder"
        specs = [Spec(OURS, ROOT / "app.py", ROOT), Spec(REF, entry, Path(tmp)),
                 Spec(NODELAY, reference.write_reference(fixed_dir, nodelay=True), fixed_dir),
                 Spec(LADDER, reference.write_reference(ladder_dir, nodelay=True, ladder=True), ladder_dir)]
        with serve(specs) as servers:
            say("Recording our pages for their twins …")
            runs = twin.record(servers[OURS].url, PAGES, query(encode(example_case())))
            twin_dir = Path(tmp) / "twin"
            with serve([Spec(TWIN, twin.write_twin(twin_dir, runs), twin_dir)]) as twins, \
                    sync_playwright() as playwright:
                browser = launch(playwright)
                try:
                    machine = measure(browser, targets({**servers, **twins}, chart_pages), results, args, started)
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
