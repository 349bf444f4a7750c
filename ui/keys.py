"""Session-state keys: one place, so no two pages can collide on a name.

Widget keys are prefixed by their page (``job_``, ``why_``, ``sort_``, ``weigh_``, ``plan_``,
``share_``, ``mentor_``, ``debrief_``; ``journal_`` widgets survive a case swap); the keys
below belong to the app itself.
"""

from __future__ import annotations

from typing import Final

CASE: Final = "app_case"
TOKEN: Final = "app_token"
ERRORS: Final = "app_errors"
NOTICE: Final = "app_notice"
LINK_ERROR: Final = "app_link_error"
DRAFT: Final = "mentor_draft"
TOKEN_CACHE: Final = "app_token_for"
JOURNAL: Final = "app_journal"
ROUTED: Final = "app_routed"
WRITTEN: Final = "app_written"

WIDGET_PREFIXES: Final = ("job_", "why_", "sort_", "weigh_", "plan_", "share_", "mentor_", "debrief_")
QUERY: Final = "case"
