"""No code path of the app can render HTML: user text is only ever shown as escaped Markdown.

The app's own source (app.py, pages/, ui/, advisor/) must not use any of Streamlit's ways of
rendering raw HTML: ``st.html``, ``components.v1.html``, or any keyword argument of a Streamlit
call that lets Markdown through as HTML. Those keywords are read from Streamlit's own signatures
(every parameter of a public ``st`` function whose name mentions HTML), so a flag added in a later
Streamlit is forbidden too, and this file never has to spell one out.

The four ``st.components.v2`` components (the storage bridge, the Copy link box, the Send button, and
the part of The job that shows a new screen of questions from its top) put markup, script and style
into the page: each must be built from constants of its own module, so no value of a visitor's can
ever reach them; their data travels through ``data=`` and is shown with ``textContent``
(``ui/views/link_box.py``) or never shown at all (``ui/storage/browser_store.py``,
``ui/views/navigation.py``, whose data is the app's own widget keys).
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
import streamlit as st

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([ROOT / "app.py", *(p for d in ("pages", "ui", "advisor") for p in (ROOT / d).rglob("*.py"))])
RAW_HTML_CALLS = {"html"}  # st.html, components.v1.html
COMPONENT_MARKUP = ("html", "css", "js")  # what a components.v2 component puts into the page


def _html_keywords() -> frozenset[str]:
    names = set()
    for name in dir(st):
        function = getattr(st, name)
        if name.startswith("_") or not callable(function):
            continue
        try:
            names |= {p for p in inspect.signature(function).parameters if "html" in p.lower()}
        except (TypeError, ValueError):  # a callable without a signature Python can read
            continue
    return frozenset(names)


RAW_HTML_KEYWORDS = _html_keywords()


def _constants(tree: ast.Module) -> set[str]:
    """Module-level names bound once to a string literal, or to literals and such names bound
    before them joined with + (a script part two components share)."""
    def literal(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        if isinstance(node, ast.Name):
            return node.id in found
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return literal(node.left) and literal(node.right)
        return False

    bound: dict[str, int] = {}
    found = set()
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        if target is None:
            continue
        bound[target] = bound.get(target, 0) + 1
        if value is not None and literal(value):
            found.add(target)
    return {name for name in found if bound[name] == 1}


def _component_calls(tree: ast.Module) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == "component"
            and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "v2"]


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 20 and ROOT / "app.py" in SOURCES and ROOT / "pages" / "weigh.py" in SOURCES


def test_streamlits_html_flags_are_found() -> None:
    """Markdown, captions and st.write each take one; finding none would make the test below empty."""
    assert RAW_HTML_KEYWORDS
    for function in (st.markdown, st.caption, st.write):
        assert RAW_HTML_KEYWORDS & set(inspect.signature(function).parameters), function.__name__


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_raw_html(source: Path) -> None:
    found = []
    for node in ast.walk(ast.parse(source.read_text(), filename=str(source))):
        if isinstance(node, ast.keyword) and node.arg in RAW_HTML_KEYWORDS:
            found.append(f"line {node.value.lineno}: {node.arg}=")
        if isinstance(node, ast.Attribute) and node.attr in RAW_HTML_CALLS:
            found.append(f"line {node.lineno}: .{node.attr}")
    assert not found, f"{source.relative_to(ROOT)} can render raw HTML: {found}"


def test_components_are_built_from_constants_only() -> None:
    """Every components.v2 component's html, css and js is a string constant of its module."""
    components = 0
    for source in SOURCES:
        tree = ast.parse(source.read_text(), filename=str(source))
        constants = _constants(tree)
        for call in _component_calls(tree):
            components += 1
            for keyword in call.keywords:
                if keyword.arg in COMPONENT_MARKUP:
                    value = keyword.value
                    constant = (isinstance(value, ast.Constant) and isinstance(value.value, str)) or (
                        isinstance(value, ast.Name) and value.id in constants)
                    assert constant, f"{source.relative_to(ROOT)} line {call.lineno}: {keyword.arg}= is not a constant"
    # the storage bridge, the Copy link box, the Send (share sheet) button and The job's top of a new screen
    assert components == 4
