"""axe-core on every page, with an empty case and with the example case.

The bar: no serious or critical violation anywhere, and minor or moderate ones
only where one of Streamlit's own widgets causes them. Those are listed in a11y_helpers and
explained in docs/ACCESSIBILITY.md; anything else fails here with the rule, the element and
axe's own explanation.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.sharing.codec import encode
from harness.server import ROOT
from tests.browser.a11y_helpers import (
    BLOCKING,
    STREAMLIT_INTERNALS,
    STREAMLIT_WIDGETS,
    Finding,
    axe_findings,
    settle,
)
from tests.browser.conftest import assert_clean, open_page, wait_idle
from ui.shell.steps import ALL

EXAMPLE = encode(example_case())
CASES = {"empty": "", "example": EXAMPLE}
# The default page is served at the root (its url is ""); every other page at its own path.
PATHS = {step.title: step.url for step in ALL}


def test_every_page_is_covered() -> None:
    assert sorted(PATHS.values()) == sorted(
        ["", "quick", "job", "why_not", "sort", "weigh", "verdict", "game_plan", "practise", "share", "mentor",
         "debrief", "journal", "about"])


def _report(title: str, findings: list[Finding], examples: int = 3) -> str:
    """The findings grouped by rule: how many elements, and the first few in full."""
    lines = [f"{len(findings)} axe finding(s) on {title} that are ours to fix:"]
    for rule in dict.fromkeys(f.rule for f in findings):
        nodes = [f for f in findings if f.rule == rule]
        lines.append(f"* {rule} ({nodes[0].impact}) on {len(nodes)} element(s):")
        lines.extend(f"  - {node}" for node in nodes[:examples])
        if len(nodes) > examples:
            lines.append(f"  - … and {len(nodes) - examples} more")
    return "\n".join(lines)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("title", list(PATHS), ids=[p or "landing" for p in PATHS.values()])
def test_page_has_no_accessibility_violations(page: Page, app_url: str, title: str, case: str) -> None:
    query = f"?case={CASES[case]}" if CASES[case] else ""
    open_page(page, f"{app_url}/{PATHS[title]}{query}")
    expect(page.get_by_test_id("stMain").get_by_role("heading", level=1).first).to_be_visible()
    assert_clean(page)
    _check(page, f"{title} ({case} case)")


@pytest.mark.parametrize("case", list(CASES))
def test_the_quick_checks_second_screen_has_no_accessibility_violations(page: Page, app_url: str,
                                                                       case: str) -> None:
    """The page above sees the quick check's first screen; its questions come after Next."""
    query = f"?case={CASES[case]}" if CASES[case] else ""
    open_page(page, f"{app_url}/{PATHS['Quick check']}{query}")
    page.get_by_role("button", name="Next: the eight questions").click()
    expect(page.get_by_role("heading", level=2, name="The questions")).to_be_visible()
    wait_idle(page)
    assert_clean(page)
    _check(page, f"Quick check, the questions ({case} case)")


def _check(page: Page, what: str) -> None:
    settle(page)
    findings = axe_findings(page)
    ours = sorted((f for f in findings if f.allowance is None), key=lambda f: f.impact not in BLOCKING)
    if ours:  # serious and critical first
        pytest.fail(_report(what, ours), pytrace=False)


def test_every_streamlit_exception_is_documented() -> None:
    """Each allowance names its rule and selector in docs/ACCESSIBILITY.md."""
    doc = (ROOT / "docs" / "ACCESSIBILITY.md").read_text(encoding="utf-8")
    for allowance in (*STREAMLIT_WIDGETS, *STREAMLIT_INTERNALS):
        assert f"`{allowance.rule}`" in doc, allowance
        assert allowance.selector in doc, allowance
        assert allowance.widget in doc, allowance
