"""How the app's sentences put several things together, the same way on every surface."""

from __future__ import annotations

from collections.abc import Sequence


def spoken_list(items: Sequence[str], joined_by: str = "and") -> str:
    """Items as a sentence says them: "a", "a and b", "a, b and c" (or "a, b or c")."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joined_by} {items[-1]}"
