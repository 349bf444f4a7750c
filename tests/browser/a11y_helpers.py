"""Accessibility helpers for the browser tier: axe-core runs and keyboard-only movement.

The axe rules that Streamlit's own widgets break are listed here, each with the narrowest
selector that names the widget; docs/ACCESSIBILITY.md explains every one of them, and a test
checks that the two lists agree. Everything else axe finds is ours to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

BLOCKING = frozenset({"serious", "critical"})
AXE_OPTIONS: dict[str, Any] = {"resultTypes": ["violations"]}


@dataclass(frozen=True, slots=True)
class Allowance:
    """A minor or moderate axe rule that a Streamlit widget breaks, on that widget only."""

    rule: str
    selector: str
    widget: str


# Minor/moderate findings caused by Streamlit's own markup, not by anything the app writes.
STREAMLIT_WIDGETS: tuple[Allowance, ...] = (
    # st.file_uploader draws its drop zone as <section role="presentation" tabindex="-1"
    # aria-label="…">: a presentational role on an element that is focusable and labelled.
    Allowance("presentation-role-conflict", '[data-testid="stFileUploaderDropzone"]', "st.file_uploader"),
)

# Serious/critical findings inside Streamlit internals that no app code can change. Each one
# must name its rule and the narrowest selector; none is needed at the moment.
STREAMLIT_INTERNALS: tuple[Allowance, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    impact: str
    target: str
    html: str
    message: str
    allowance: Allowance | None

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}) at {self.target}: {self.html}\n    {self.message}"


_MATCHES = """([target, selectors]) => {
    const element = document.querySelector(target);
    if (!element) return -1;
    return selectors.findIndex(s => element.matches(s) || element.closest(s) !== null);
}"""


def settle(page: Page, timeout: float = 15_000) -> None:
    """Wait until what axe will read is final: fonts loaded, no stale elements, charts drawn."""
    page.wait_for_function(
        "() => document.fonts.status === 'loaded'"
        " && document.querySelector('[data-stale=\"true\"]') === null"
        " && Array.from(document.querySelectorAll('[data-testid=\"stPlotlyChart\"]'))"
        "      .every(c => c.querySelector('.js-plotly-plot')?.data?.length > 0)",
        timeout=timeout)


def axe_findings(page: Page) -> list[Finding]:
    """Run axe-core on the page as it is and classify every violating node."""
    results = Axe().run(page, options=AXE_OPTIONS)
    findings: list[Finding] = []
    for violation in results.response["violations"]:
        impact = violation.get("impact") or "unknown"
        allowances = STREAMLIT_INTERNALS if impact in BLOCKING else STREAMLIT_WIDGETS
        candidates = [a for a in allowances if a.rule == violation["id"]]
        for node in violation["nodes"]:
            target = node["target"][0] if node["target"] else ""
            allowance = None
            if candidates and isinstance(target, str):
                index = page.evaluate(_MATCHES, [target, [a.selector for a in candidates]])
                allowance = candidates[index] if index >= 0 else None
            checks = node.get("any", []) + node.get("all", []) + node.get("none", [])
            findings.append(Finding(
                rule=violation["id"], impact=impact, target=str(target),
                html=" ".join(node.get("html", "").split())[:300],
                message="; ".join(c["message"] for c in checks)[:400],
                allowance=allowance,
            ))
    return findings


# --- Keyboard ------------------------------------------------------------------------------

_FOCUS_IS = """([selector, text]) => {
    const e = document.activeElement;
    if (!e || !e.matches(selector)) return false;
    if (text === null) return true;
    const label = e.getAttribute('aria-label') || '';
    const shown = (e.textContent || '').trim();
    return label === text || shown === text || shown.startsWith(text) || shown.endsWith(text);
}"""

_FOCUS_DESCRIBED = """() => {
    const e = document.activeElement;
    if (!e) return 'nothing';
    const label = e.getAttribute('aria-label');
    return `${e.tagName.toLowerCase()}${label ? ` [${label}]` : ''} ${(e.textContent || '').trim().slice(0, 40)}`;
}"""


def focused(page: Page, selector: str, text: str | None = None) -> bool:
    """Whether the focused element matches ``selector`` and, if given, is named ``text``
    (its aria-label, or its visible text, which for links with an icon starts or ends with the
    label: the icon's ligature comes before or after it)."""
    result: bool = page.evaluate(_FOCUS_IS, [selector, text])
    return result


def tab_to(page: Page, selector: str, text: str | None = None, limit: int = 80,
           backwards: bool = False) -> int:
    """Press Tab (Shift+Tab if ``backwards``) until the focus is on the element described;
    return the number of presses. Fails after ``limit`` presses, listing where focus went."""
    key = "Shift+Tab" if backwards else "Tab"
    visited: list[str] = []
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if focused(page, selector, text):
            return presses
        visited.append(page.evaluate(_FOCUS_DESCRIBED))
    trail = "\n  ".join(visited)
    raise AssertionError(f"{limit} presses of {key} never reached {selector} {text or ''}:\n  {trail}")
