"""How the app's sentences put several things together, the same way on every surface."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A sentence's own end, before any closing quotation marks or brackets.
_ENDED = re.compile(r"[.!?…][”’\"')]*$")
# Words that open a condition or a limit rather than name a thing ("If they expect ten years", "No
# portfolio rights at all", "Less than 2,800 a month net").
_CONDITION = re.compile(
    r"(?i)^\W*(?:if|unless|when|whenever|should|in case|no|not|never|nothing|less|fewer|below|under|anything)\b")


def spoken_list(items: Sequence[str], joined_by: str = "and") -> str:
    """Items as a sentence says them: "a", "a and b", "a, b and c" (or "a, b or c")."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joined_by} {items[-1]}"


def full_stop(sentence: str) -> str:
    """The sentence ended once: one that ends on a quotation of a whole sentence ("… for “It's far.”")
    already has its stop, and a second one reads as a slip."""
    return sentence if _ENDED.search(sentence) else f"{sentence}."


def is_condition(text: str) -> bool:
    """Whether the person wrote a line as a condition or a limit ("If it's every weekend all winter",
    "Less than 2,800 a month net") rather than as what they would accept ("Ten-hour shifts at
    most"): "If they can't offer at least “Less than 2,800 a month net”" says the opposite."""
    return bool(_CONDITION.match(text))
