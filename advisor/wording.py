"""How the app's sentences put several things together, the same way on every surface."""

from __future__ import annotations

from collections.abc import Sequence


def spoken_list(items: Sequence[str]) -> str:
    """Items as a sentence says them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
