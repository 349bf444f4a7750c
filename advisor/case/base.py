"""What every part of a case shares: one model configuration and the bounds of a reason's id.

A case arrives from anyone's link, so every part of it refuses unknown fields and is checked
again on every change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

import orjson
from pydantic import BaseModel, ConfigDict

MAX_REASONS = 20
# A reason's id is unique in its case and never changes (see advisor.editing.edits.next_reason_id).
MAX_REASON_ID = 999


class CaseModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)


def text_bytes(texts: Iterable[str]) -> int:
    """How much of a link's text budget these texts take: JSON-escaped UTF-8 bytes, what a link
    really carries of them."""
    return sum(len(orjson.dumps(text)) - 2 for text in texts if text)


class Identified(Protocol):
    """An item of a case's list named by an id (a reason, a pro), never by its place."""

    @property
    def id(self) -> int: ...


def next_id(used: Iterable[int], limit: int) -> int:
    """The id of an item added now: one more than the largest in use, so a removed item's id is
    not given to the next one (a mentor's note on a removed reason can't land on another); the
    smallest free one once ids reach ``limit``."""
    taken = set(used)
    following = max(taken, default=-1) + 1
    return following if following <= limit else min(set(range(limit + 1)) - taken)


def place_of(items: Sequence[Identified], item_id: int) -> int | None:
    """Where the item with this id is in the list, or None when it is gone."""
    return next((place for place, item in enumerate(items) if item.id == item_id), None)
