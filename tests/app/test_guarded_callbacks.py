"""Every callback a widget is given is wrapped by ``ui.shell.guard.guarded``, so a failing one reaches
the error boundary instead of an unhandled traceback."""

from __future__ import annotations

import ast
import importlib

from tests.app.conftest import ROOT


def _callbacks() -> dict[str, set[str]]:
    """Module -> the names it imports from a ``ui.callbacks`` module and hands to on_change/on_click."""
    found: dict[str, set[str]] = {}
    for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        origin = {alias.asname or alias.name: node.module for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ui.callbacks.")
                  for alias in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg in ("on_change", "on_click") \
                    and isinstance(node.value, ast.Name):
                module = origin.get(node.value.id)
                if module is not None:
                    found.setdefault(module, set()).add(node.value.id)
    return found


def test_every_widget_callback_is_guarded() -> None:
    found = _callbacks()
    assert sum(len(names) for names in found.values()) > 20, "the scan found too few callbacks to be right"
    unguarded = sorted(f"{module}.{name}" for module, names in found.items() for name in names
                       if not hasattr(getattr(importlib.import_module(module), name), "__wrapped__"))
    assert not unguarded, f"callbacks without @guarded: {unguarded}"
