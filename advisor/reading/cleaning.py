"""Free text as the app keeps it: what a person typed or pasted, minus what could spoof it.

Every free text of a case (titles, reasons, notes, reviews) has the type :data:`FreeText`, so
the cleaning happens once, in the model, before any length check.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BeforeValidator

# C0 and C1 control characters (tab and newline kept), and the bidirectional controls that can
# make "abc\u202egpj.exe" read as "abcexe.jpg".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters that show nothing: a text made of them only (and spaces) is empty.
_INVISIBLE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]")


def shows_nothing(text: str) -> bool:
    """True for text made only of spaces and invisible characters."""
    return not _INVISIBLE.sub("", text)


def _clean(value: str) -> str:
    """Drop control and direction-changing characters (kept: tab, newline) so pasted text can't
    smuggle them in; a text that would show nothing at all is empty."""
    cleaned = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "" if shows_nothing(cleaned) else cleaned


def _clean_text(value: object) -> object:
    return _clean(value).strip() if isinstance(value, str) else value


# Every free text a person types (titles, reasons, notes, reviews): cleaned before the length
# checks, so "   " is empty and the limits count what is kept.
FreeText = Annotated[str, BeforeValidator(_clean_text)]
