"""The errors of reading something a person brings: every one is unreadable input."""

from __future__ import annotations

from advisor.errors import (
    CaseFileError,
    JournalFileError,
    PassphraseNeeded,
    ShareLinkError,
    UnreadableInput,
    WrongPassphrase,
)


def test_share_link_error_is_a_value_error() -> None:
    assert issubclass(ShareLinkError, ValueError)


def test_every_failure_to_open_something_is_unreadable_input() -> None:
    for error in (ShareLinkError, PassphraseNeeded, WrongPassphrase, CaseFileError, JournalFileError):
        assert issubclass(error, UnreadableInput)
    assert issubclass(PassphraseNeeded, ShareLinkError) and issubclass(WrongPassphrase, ShareLinkError)
    assert not issubclass(CaseFileError, ShareLinkError) and not issubclass(JournalFileError, ShareLinkError)
