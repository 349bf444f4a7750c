"""Session-state keys: one place, so no two pages can collide on a name.

Widget keys are prefixed by their page (``job_``, ``why_``, ``sort_``, ``weigh_``, ``plan_``,
``practise_``, ``share_``, ``mentor_``, ``debrief_``, ``quick_``, ``verdict_sure_``; ``journal_``
widgets survive a case swap); the keys below belong to the app itself, then come the keys of
Practise and of what it adds to other pages (a trailing ``_`` marks a prefix, completed by the id
of a question, a field or a mentor's place).
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

WIDGET_PREFIXES: Final = ("job_", "why_", "sort_", "weigh_", "plan_", "practise_", "share_", "mentor_", "debrief_",
                         "quick_", "verdict_sure_")

# Practise. The rehearsal under way lives under the page's prefix too: a case swapped in starts afresh.
PRACTISE_SUGGESTED: Final = "practise_suggested"  # the button taking the suggested questions
PRACTISE_AGAIN: Final = "practise_again"  # the button adding the questions earlier interviews asked
PRACTISE_GROUP: Final = "practise_part_group_"  # + a group: the part listing its questions to tick
PRACTISE_PICK: Final = "practise_pick_"  # + a question id: its box
PRACTISE_DRAFT: Final = "practise_part_draft_"  # + a question id: the part holding its draft
PRACTISE_FIELD: Final = "practise_field_"  # + a field + "_" + a question id: a field of a draft
PRACTISE_START: Final = "practise_start"
PRACTISE_FEEL: Final = "practise_feel_"  # + a feeling: how saying the answer went
PRACTISE_PEEK: Final = "practise_part_peek"  # the part showing the draft during a rehearsal
PRACTISE_STOP: Final = "practise_stop"
PRACTISE_CLOCK: Final = "practise_clock"  # the running clock's container
REHEARSAL: Final = "practise_rehearsal"  # the rehearsal under way (ui.practice.rehearsal)
# Share: whether each link carries the practice answers.
SHARE_DRAFTS: Final = "share_drafts"
SHARE_OWN_DRAFTS: Final = "share_own_drafts"
# Mentor review: a mentor's note on a shared answer, and its part (+ the review's place + "_" + a question id).
MENTOR_DRAFT_NOTE: Final = "mentor_draft_note_"
MENTOR_DRAFT_PART: Final = "mentor_part_draft_"
# After the interview: which prepared questions came up.
DEBRIEF_CAME_UP_PART: Final = "debrief_part_came_up"
DEBRIEF_CAME_UP: Final = "debrief_came_up_"  # + a question id
