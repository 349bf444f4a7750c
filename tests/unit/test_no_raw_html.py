"""No code path of the app can render HTML: user text is only ever shown as escaped Markdown.

The app's own source (app.py, pages/, ui/, advisor/) must not contain Streamlit's ways of
rendering raw HTML. Streamlit's own source in .venv/ does, which is why a plain grep of the
work tree finds the flag; this test looks only at ours.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([ROOT / "app.py", *(p for d in ("pages", "ui", "advisor") for p in (ROOT / d).rglob("*.py"))])
RAW_HTML_CALLS = {"html"}  # st.html, components.v1.html
RAW_HTML_KEYWORDS = {"unsafe_allow_html"}


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 20 and ROOT / "app.py" in SOURCES and ROOT / "pages" / "weigh.py" in SOURCES


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_raw_html(source: Path) -> None:
    found = []
    for node in ast.walk(ast.parse(source.read_text(), filename=str(source))):
        if isinstance(node, ast.keyword) and node.arg in RAW_HTML_KEYWORDS:
            found.append(f"line {node.value.lineno}: {node.arg}=")
        if isinstance(node, ast.Attribute) and node.attr in RAW_HTML_CALLS:
            found.append(f"line {node.lineno}: .{node.attr}")
    assert not found, f"{source.relative_to(ROOT)} can render raw HTML: {found}"
