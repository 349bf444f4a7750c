"""The numbers as tables: the machine, medians, ratios against the reference, targets."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

MIB = 1024 * 1024


def median(samples: Sequence[float]) -> float | None:
    return statistics.median(samples) if samples else None


def quartiles(samples: Sequence[float]) -> str:
    """The middle half of the samples (25th to 75th percentile), as "low–high"."""
    if len(samples) < 4:
        return ""
    low, _, high = statistics.quantiles(samples, n=4)
    return f"{low:,.0f}–{high:,.0f}"


def ratio(ours: float | None, reference: float | None) -> float | None:
    if ours is None or reference is None or reference <= 0:
        return None
    return ours / reference


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


@dataclass(frozen=True, slots=True)
class Machine:
    cpus: int
    cpu_model: str
    ram_gib: float
    python: str
    streamlit: str
    plotly: str
    chromium: str

    @classmethod
    def here(cls, chromium: str) -> Machine:
        import plotly
        import streamlit

        memory = _first("/proc/meminfo", "MemTotal")
        ram_kib = int(memory.split()[0]) if memory != "unknown" else 0
        return cls(
            cpus=len(os.sched_getaffinity(0)),
            cpu_model=_first("/proc/cpuinfo", "model name"),
            ram_gib=ram_kib / 1024 / 1024,
            python=platform.python_version(),
            streamlit=streamlit.__version__,
            plotly=plotly.__version__,
            chromium=chromium,
        )


@dataclass(frozen=True, slots=True)
class Row:
    """One comparison: our median against the reference's, with a target ratio (or none)."""

    label: str
    ours: float | None
    reference: float | None
    limit: float | None
    samples: str = ""
    spread: str = ""  # ours, then the reference: the middle half of the samples
    extra: str = ""  # the table's extra column, when it has one

    @property
    def ratio(self) -> float | None:
        return ratio(self.ours, self.reference)

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        return self.ratio is not None and self.ratio <= self.limit

    def verdict(self) -> str:
        return {None: "—", True: "met", False: "**missed**"}[self.met]


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    unit: str
    rows: list[Row]
    intro: str = ""
    digits: int = 0
    spread: str = ""  # the heading of the rows' spread column; none when empty
    extra: str = ""  # the heading of one more column of the rows' own text; none when empty
    columns: tuple[str, str] = ("Ours", "Reference")  # what the two numbers are

    @property
    def short(self) -> str:
        """The two columns' names as the samples and spread headings say them: "ours / ref"."""
        first, second = (name.split()[0].lower() for name in self.columns)
        return f"{first} / {'ref' if second == 'reference' else second}"


@dataclass
class Report:
    machine: Machine
    tables: list[Table] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    conditions: list[tuple[str, str]] = field(default_factory=list)  # more rows for the machine table
    generated: datetime = field(default_factory=lambda: datetime.now(UTC))

    def targets(self) -> tuple[int, int]:
        verdicts = [row.met for table in self.tables for row in table.rows if row.met is not None]
        return sum(1 for met in verdicts if met), len(verdicts)


def _number(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}×"


def _limit(value: float | None) -> str:
    return "—" if value is None else f"≤ {value:.2f}×"


def table_lines(table: Table) -> list[str]:
    lines = [f"## {table.title}", ""]
    if table.intro:
        lines += [table.intro, ""]
    lines += [
        f"| Measure | {table.columns[0]} ({table.unit}) | {table.columns[1]} ({table.unit}) | Ratio | Target "
        f"| Result | Samples ({table.short}) |" + (f" {table.spread} ({table.short}) |" if table.spread else "")
        + (f" {table.extra} |" if table.extra else ""),
        "|---|---:|---:|---:|---:|---|---|" + ("---|" if table.spread else "") + ("---:|" if table.extra else ""),
    ]
    for row in table.rows:
        lines.append(
            f"| {row.label} | {_number(row.ours, table.digits)} | {_number(row.reference, table.digits)} "
            f"| {_ratio(row.ratio)} | {_limit(row.limit)} | {row.verdict()} | {row.samples} |"
            + (f" {row.spread} |" if table.spread else "") + (f" {row.extra} |" if table.extra else ""))
    return [*lines, ""]


def markdown(report: Report) -> str:
    machine = report.machine
    met, total = report.targets()
    lines = [
        "# Performance",
        "",
        f"Generated by `make bench` (`python -m benchmarks.run`) on "
        f"{report.generated:%Y-%m-%d %H:%M} UTC. The file is rewritten by every run; "
        "numbers are medians, ratios are ours ÷ reference.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {machine.cpu_model}, {machine.cpus} cores (nproc) |",
        f"| RAM | {machine.ram_gib:.1f} GiB |",
        f"| Python | {machine.python} |",
        f"| Streamlit | {machine.streamlit} |",
        f"| Plotly | {machine.plotly} |",
        f"| Chromium | {machine.chromium} (headless) |",
        *[f"| {name} | {value} |" for name, value in report.conditions],
        "",
        "## Summary",
        "",
        f"**{met} of {total} targets met.**",
        "",
    ]
    for table in report.tables:
        lines += table_lines(table)
    if report.notes:
        lines += ["## Notes", "", *[f"- {note}" for note in report.notes], ""]
    if report.method:
        lines += ["## Method", "", *[f"- {item}" for item in report.method], ""]
    return "\n".join(lines)


def console(report: Report) -> str:
    """The same tables, plain, for the terminal."""
    out: list[str] = []
    for table in report.tables:
        out.append(f"\n{table.title} ({table.unit})")
        width = max(len(row.label) for row in table.rows) if table.rows else 10
        out.append(f"  {'':<{width}}  {table.columns[0].lower():>10}  {table.columns[1].lower():>10}  {'ratio':>7}  "
                   f"{'target':>8}  result"
                   + (f"  {table.extra}" if table.extra else ""))
        for row in table.rows:
            out.append(
                f"  {row.label:<{width}}  {_number(row.ours, table.digits):>10}  "
                f"{_number(row.reference, table.digits):>10}  {_ratio(row.ratio):>7}  "
                f"{_limit(row.limit):>8}  {row.verdict().strip('*'):<6}" + (f"  {row.extra}" if table.extra else ""))
    met, total = report.targets()
    out.append(f"\n{met} of {total} targets met.")
    return "\n".join(out)
