"""The pages of the app in order: one registry for the router, the headers and the links."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Step:
    path: str
    title: str
    url: str
    icon: str
    section: str


STEPS: tuple[Step, ...] = (
    Step("pages/job.py", "The job", "", ":material/work:", "Your case"),
    Step("pages/why_not.py", "Why not", "why_not", ":material/thumb_down:", "Your case"),
    Step("pages/sort.py", "Sort", "sort", ":material/swap_horiz:", "Your case"),
    Step("pages/weigh.py", "Weigh", "weigh", ":material/balance:", "Your case"),
    Step("pages/verdict.py", "Verdict", "verdict", ":material/gavel:", "Your answer"),
    Step("pages/game_plan.py", "Game plan", "game_plan", ":material/checklist:", "Your answer"),
    Step("pages/share.py", "Share", "share", ":material/share:", "Share"),
    Step("pages/mentor.py", "Mentor review", "mentor", ":material/rate_review:", "Share"),
)
AFTER: tuple[Step, ...] = (
    Step("pages/debrief.py", "After the interview", "debrief", ":material/event_available:", "Afterwards"),
    Step("pages/journal.py", "My interviews", "journal", ":material/library_books:", "Afterwards"),
)
ABOUT = Step("pages/about.py", "About", "about", ":material/info:", "About")
ALL: tuple[Step, ...] = (*STEPS, *AFTER, ABOUT)
BY_PATH: Mapping[str, Step] = MappingProxyType({s.path: s for s in ALL})


def position(path: str) -> int:
    """1-based step number of a page, 0 for pages outside the flow."""
    for number, step in enumerate(STEPS, 1):
        if step.path == path:
            return number
    return 0
