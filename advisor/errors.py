"""What can go wrong, named by what failed: one tree for the whole domain.

Two branches. :class:`UnreadableInput`: something from outside could not be opened.
:class:`Refused`: something asked of a case that its rules do not allow.

Links and files arrive from anyone, so they fail often and for reasons a person can fix: a link
cut short, a file of the wrong kind, a passphrase mistyped. Each failure is one class below,
raised ``from`` its cause (kept for logs, never shown), with a message that is a sentence a
person can act on. Catch :class:`UnreadableInput` to handle them all, or a subclass to react to
one (ask for a passphrase on :class:`PassphraseNeeded`, for instance).
"""

from __future__ import annotations


class UnreadableInput(ValueError):
    """Something that arrived from outside — a link, a file — cannot be opened.

    The message is a full sentence for the person who tried to open it: it says what is wrong
    and what to do, and it never holds internals (no traceback, no library names), so it can be
    shown as it is. Nothing the person already had is changed by the failed attempt.
    """


class ShareLinkError(UnreadableInput):
    """A share link (the ``case`` query parameter) cannot be opened."""


class PassphraseNeeded(ShareLinkError):
    """A locked link was opened without a passphrase: ask for one and try again.

    Raised only once the link looks whole, so asking for the passphrase is worth it.
    """


class WrongPassphrase(ShareLinkError):
    """A locked link was opened with a passphrase that does not open it.

    The link itself may be fine: the sender can confirm the passphrase.
    """


class CaseFileError(UnreadableInput):
    """An imported case file (an export of one case) cannot be opened."""


class JournalFileError(UnreadableInput):
    """An imported journal file (an export of My interviews) cannot be opened."""


class Refused(ValueError):
    """Something asked of a case that its rules do not allow (an edit, a review, a file to make).

    The message says why and what to do instead, as a sentence that can be shown as it is; the
    case is left as it was.
    """


class EditRefused(Refused):
    """An edit of the owner's answers that the case's rules do not allow."""


class ReviewError(Refused):
    """A review action that cannot be done (a name taken, too many reviews, a review of another case)."""


class NoInterviewDate(Refused):
    """The case has no interview date, so there is nothing to put in a calendar."""
