"""Session-state keys: one place, so no two pages can collide on a name.

Widget keys are prefixed by their page (``job_``, ``why_``, ``sort_``, ``weigh_``, ``plan_``,
``share_``, ``mentor_``, ``debrief_``, ``quick_``, ``verdict_sure_``; ``journal_`` widgets survive
a case swap); the keys below belong to the app itself.
"""

from __future__ import annotations

from typing import Final

CASE: Final = "app_case"
ROLE: Final = "app_role"
TOKEN: Final = "app_token"
ERRORS: Final = "app_errors"
NOTICE: Final = "app_notice"
WARNING: Final = "app_warning"
LINK_ERROR: Final = "app_link_error"
HELD: Final = "app_held"  # the case a bad or locked link left in place: the address bar is kept
TOKEN_CACHE: Final = "app_token_for"
JOURNAL: Final = "app_journal"
ROUTED: Final = "app_routed"
WRITTEN: Final = "app_written"
OFFER: Final = "app_offer"
REVIEW_OFFER: Final = "app_review_offer"  # an owner's link's case, offered in the mentor's view instead
UNKEPT: Final = "app_unkept"  # a case kept from an owner's link was turned into a review: keep no case
UNDO: Final = "app_undo"
LOCKED: Final = "app_locked"  # a locked link waiting for its passphrase: (token, kind)
LOCK: Final = "app_lock"  # (passphrase, advisor.sharing.locking.Lock) locking all this session writes
OPENED: Final = "app_opened"  # the link this session opened before the browser reported: (case, kind)
SETTLED: Final = "app_settled"
SHOWN: Final = "app_shown"  # messages shown before the browser reported, to show again after
KEEP: Final = "app_keep"
REVIEWING: Final = "app_reviewing"  # the latest case this browser reviewed for someone, with its review
REVIEWERS: Final = "app_reviewers"  # the name this browser signed its review of each case with
FORGET: Final = "app_forget"
FORGOTTEN: Final = "app_forgotten"  # this session forgot the device: not even the "keep" choice stays
STORE: Final = "app_store"
STORE_FRAGMENT: Final = "app_store_fragment"  # the store's write-only bridge inside a fragment
CALLBACK_FAILED: Final = "app_callback_failed"  # a callback failed: the error boundary apologises
LAST_LIST_CHANGE: Final = "app_last_list_change"  # (list, item, when): see guard.after_a_pause
GO_TO: Final = "app_go_to"  # a page to open at the start of the next run (see callbacks.open_part_on)
INITIAL: Final = "app_initial"  # the empty case a session starts with, until anything replaces it
MEMO: Final = "app_memo"  # results of slow pure functions, kept for this session only (ui.memo)

WIDGET_PREFIXES: Final = ("job_", "why_", "sort_", "weigh_", "plan_", "share_", "mentor_", "debrief_", "quick_",
                         "verdict_sure_")
