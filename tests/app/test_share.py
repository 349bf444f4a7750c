"""Share: a passphrase locks both links and the address bar, with one key derivation per
passphrase in a session; a passphrase easy to guess is refused in words; a locked link opened
with its passphrase keeps the session locked with the key it derived."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.editing.edits import set_job
from advisor.sharing import locking
from advisor.sharing.codec import PassphraseNeeded, decode, encode
from tests.app.conftest import app, assert_ok, errors, open_page, the_case
from ui import keys

PASSPHRASE = "night shift call centre"
FIELD = "share_passphrase"


def _headers(at: AppTest) -> list[str]:
    return [str(header.value) for header in at.header]


def _address(at: AppTest) -> str:
    token = at.query_params["case"]
    return token if isinstance(token, str) else token[0]


def test_a_passphrase_locks_the_links_and_the_address_bar_with_one_derivation(derivations: list[locking.Kdf]) -> None:
    at = open_page("share", example_case())
    assert "Ask a mentor for a review" in _headers(at)
    at.text_input(key=FIELD).input(PASSPHRASE).run()
    assert_ok(at)
    assert "Ask a mentor for a review (locked)" in _headers(at) and not errors(at)
    with pytest.raises(PassphraseNeeded):
        decode(_address(at))
    assert decode(_address(at), PASSPHRASE) == example_case().model_copy(update={"notes": ""})
    assert derivations == [locking.CURRENT, locking.CURRENT]  # locking, and the decode above
    at.run()  # Share again: new tokens for the links, no new key
    at.switch_page("pages/job.py").run()
    at.text_input(key="job_title").input("Night agent").run()  # an edit: a new address bar
    assert_ok(at)
    assert decode(_address(at), PASSPHRASE).job.title == "Night agent"
    assert len(derivations) == 3  # only the decode above again
    at.switch_page("pages/share.py").run()
    assert at.text_input(key=FIELD).value == PASSPHRASE and "Ask a mentor for a review (locked)" in _headers(at)


@pytest.mark.parametrize("passphrase", ["1234", "correct horse", "aaaaaaaaaa"])
def test_a_passphrase_easy_to_guess_is_refused_and_nothing_is_locked(passphrase: str) -> None:
    at = open_page("share", example_case())
    at.text_input(key=FIELD).input(PASSPHRASE).run()
    at.text_input(key=FIELD).input(passphrase).run()
    assert_ok(at)
    said = errors(at)
    assert len(said) == 1 and "too easy to guess" in said[0] and said[0].endswith("The links below are not locked.")
    assert "Ask a mentor for a review" in _headers(at)
    assert decode(_address(at)).job.title == example_case().job.title  # unlocked, as Share says
    at.text_input(key=FIELD).input("").run()
    assert not errors(at) and "Ask a mentor for a review" in _headers(at)


def test_a_suggested_passphrase_fills_the_field_and_locks() -> None:
    at = open_page("share", example_case())
    at.button(key="share_suggest").click().run()
    assert_ok(at)
    suggested = at.text_input(key=FIELD).value
    assert suggested and len(suggested.split(" ")) == 4 and locking.weakness(suggested) is None
    assert "Ask a mentor for a review (locked)" in _headers(at)
    assert decode(_address(at), suggested).job.title == example_case().job.title


def test_a_locked_link_opened_keeps_the_session_locked_with_the_key_it_derived(
    derivations: list[locking.Kdf],
) -> None:
    """Even with a passphrase the policy now refuses: it is the one the link was locked with."""
    weak = locking.derive("1234", locking.CURRENT, bytes(16))
    derivations.clear()
    at = app(query={"case": encode(example_case(), weak)}).run()
    at.text_input(key="app_unlock_passphrase").input("1234")
    next(b for b in at.button if b.label == "Open the case").click().run()
    assert_ok(at)
    assert the_case(at).job.title == example_case().job.title
    assert derivations == [locking.CURRENT]
    at.text_input(key="job_title").input("Night agent").run()
    assert len(derivations) == 1
    assert _address(at).startswith("1L2.") and decode(_address(at), "1234").job.title == "Night agent"
    at.switch_page("pages/share.py").run()
    assert_ok(at)
    assert at.text_input(key=FIELD).value == "1234" and "Ask a mentor for a review (locked)" in _headers(at)
    assert not errors(at)


def test_edits_after_locking_derive_no_key(derivations: list[locking.Kdf]) -> None:
    at = open_page("share", example_case())
    at.text_input(key=FIELD).input(PASSPHRASE).run()
    for title in ("One", "Two", "Three"):
        at.session_state[keys.CASE] = set_job(the_case(at), "title", title)
        at.run()
    assert derivations == [locking.CURRENT]
