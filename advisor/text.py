"""Showing user text safely: as typed, never as markup."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~$&=])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Backslash every Markdown (and HTML-start) character so text shows exactly as typed.

    Streamlit renders Markdown, and a pasted ``![x](http://…)`` would otherwise load an image
    or ``[click](javascript:…)`` become a link; escaped, both appear as the characters typed.
    Line breaks are kept as hard breaks.
    """
    escaped = _NUMBERED.sub(r"\1\\\2", _MARKDOWN_SPECIAL.sub(r"\\\1", text))
    return escaped.replace("\n", "  \n")


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
