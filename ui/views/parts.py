"""Parts of a page that fold: their widgets are drawn only while open, so a first visit pays only
for what shows (docs/PERFORMANCE-NOTES.md), and a folded part can still be read as a list."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ui import state
from ui.views.widgets import user_text


def part(label: str, key: str, open_first: bool = False) -> DeltaGenerator | None:
    """A part of a page whose widgets are drawn only while it is open; ``None`` while closed.

    A first visit pays for every widget it draws: the browser fetches the code of each kind of
    widget and renders each one before the page is complete (docs/PERFORMANCE-NOTES.md). A long form
    shows its first part at once and draws the rest when the person opens them. Open or closed,
    the answers stay in the case. ``open_first`` opens it when the page is first drawn (there is
    nothing else to do there yet); it stays as the person leaves it while they are on the page.
    """
    if open_first:
        state.seed(key, True)
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def noted_part(label: str, note: str, key: str) -> DeltaGenerator | None:
    """A mentor's part for one item (a reason, a shared answer): its label says whether their note
    is written, so the folded list reads as what is left to do."""
    return part(f"{label} · {'your note is written' if note else 'no note yet'}", key)


def listed_part(label: str, key: str, lines: Sequence[str]) -> DeltaGenerator | None:
    """A part whose widgets, while it is folded, are read as a list in their place: a line per
    widget saying what it holds. The person sees every answer at once, and the page draws none
    of those widgets until they open the part to change one (each costs a first visit its
    render). ``lines`` are Markdown; user text in them must be passed through ``user_text``."""
    listing = st.container()
    box = part(label, key)
    if box is None:
        listing.markdown("\n".join(f"- {line}" for line in lines))
    return box


def scored_part(label: str, key: str, scores: Sequence[tuple[str, int]]) -> DeltaGenerator | None:
    """A ``listed_part`` holding a row per scored item (its slider, its Remove), read as name and
    score while folded. A page drawn with none opens it, so what the person adds shows its
    slider at once. ``None`` while folded or empty."""
    if not scores:
        state.seed(key, True)
        return None
    return listed_part(label, key, [f"**{user_text(name)}**: {score} of 10" for name, score in scores])


def part_in_halves(label: str, key: str) -> tuple[DeltaGenerator, DeltaGenerator] | None:
    """A ``part`` laid out as two columns, side by side on a wide screen; ``None`` while closed."""
    box = part(label, key)
    return box.columns(2, gap="large") if box else None
