"""The pages of the app: the one registry of their files, titles, addresses and order.

Pages, links, the router, the sidebar, tests and benchmarks name a page by its constant here,
never by a file path or an address of their own, so renaming a page is one edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.judgement.progress import Stage


@dataclass(frozen=True, slots=True)
class Step:
    path: str
    title: str
    url: str
    icon: str
    stage: Stage | None = None  # what this page asks that the progress counts (advisor.judgement.progress)
    # The kinds of widget whose code Streamlit loads on demand that a first visit draws here
    # (the sidebar's are ui.server.serving.EVERY_PAGE): the page names them, so it need not wait for them.
    draws: frozenset[str] = frozenset()


# The landing says what the app is and offers the two ways in (or picking up a case kept in this
# browser); it draws only links, so a first visit stays as light as a bare page.
LANDING = Step("pages/landing.py", "Start", "", ":material/home:", draws=frozenset({"page_link"}))
# Quick check stands outside the steps. A first visit draws its first screen, the
# certainty questions; the sliders' code is fetched when the person presses Next.
QUICK = Step("pages/quick.py", "Quick check", "quick", ":material/bolt:", draws=frozenset({"button_group"}))
JOB = Step("pages/job.py", "The job", "job", ":material/work:", Stage.JOB,
           draws=frozenset({"button_group", "page_link", "text_area", "text_input"}))
WHY_NOT = Step("pages/why_not.py", "Why not", "why_not", ":material/thumb_down:", Stage.REASONS,
               draws=frozenset({"page_link"}))
SORT = Step("pages/sort.py", "Sort", "sort", ":material/swap_horiz:", Stage.SORT,
            draws=frozenset({"page_link", "text_input"}))
WEIGH = Step("pages/weigh.py", "Weigh", "weigh", ":material/balance:", Stage.WEIGH,
             draws=frozenset({"page_link", "plotly_chart", "progress", "slider"}))
VERDICT = Step("pages/verdict.py", "Verdict", "verdict", ":material/gavel:",
               draws=frozenset({"button_group", "page_link", "plotly_chart"}))
GAME_PLAN = Step("pages/game_plan.py", "Game plan", "game_plan", ":material/checklist:", Stage.PLAN,
                 draws=frozenset({"checkbox", "page_link", "progress"}))
# Practise asks the common questions of the person's own case; its count is its own line
# (advisor.practice.rehearsal.progress_line), not one of the case's five.
PRACTISE = Step("pages/practise.py", "Practise", "practise", ":material/mic:",
                draws=frozenset({"page_link"}))
SHARE = Step("pages/share.py", "Share", "share", ":material/share:",
             draws=frozenset({"page_link", "text_input"}))
MENTOR = Step("pages/mentor.py", "Mentor review", "mentor", ":material/rate_review:",
              draws=frozenset({"page_link"}))
DEBRIEF = Step("pages/debrief.py", "After the interview", "debrief", ":material/event_available:",
               draws=frozenset({"page_link", "select_slider", "slider"}))
JOURNAL = Step("pages/journal.py", "My interviews", "journal", ":material/library_books:",
               draws=frozenset({"download_button", "file_uploader"}))
ABOUT = Step("pages/about.py", "About", "about", ":material/info:")

STEPS: tuple[Step, ...] = (JOB, WHY_NOT, SORT, WEIGH, VERDICT, GAME_PLAN, PRACTISE, SHARE, MENTOR)
AFTER: tuple[Step, ...] = (DEBRIEF, JOURNAL)
# The menu's order: the way in, a first answer, then the steps.
ALL: tuple[Step, ...] = (LANDING, QUICK, *STEPS, *AFTER, ABOUT)
BY_STAGE: Mapping[Stage, Step] = MappingProxyType({s.stage: s for s in ALL if s.stage is not None})


def position(step: Step) -> int:
    """1-based place of a page in the flow (for its back and next links), 0 for pages outside it.
    It is never shown as "step n of N": progress counts answers (advisor.judgement.progress)."""
    return STEPS.index(step) + 1 if step in STEPS else 0
