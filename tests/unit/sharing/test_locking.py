"""Locked links: a passphrase opens them and nothing else does, old locks still open, a token
cannot choose its own key derivation, and only a passphrase hard to guess may lock."""

from __future__ import annotations

import base64
import re
import time
import unicodedata
import zlib

import pytest
from hypothesis import given, settings

from advisor.case.examples import example_case
from advisor.case.models import SCHEMA_VERSION, Case
from advisor.sharing import locking
from advisor.sharing.codec import PassphraseNeeded, ShareLinkError, WrongPassphrase, decode, encode, to_json, unlock
from tests.unit.sharing.tokens import (
    LOCK,
    PASSPHRASE,
    assert_friendly,
    assert_said,
    b64,
    first_kind_of_lock,
    token_payload,
)
from tests.unit.strategies import cases

LOCKED_EXAMPLE_LIMIT = 1_200
LOCKED = re.compile(r"\d+L2\.[A-Za-z0-9_-]+")


# --- locked links -----------------------------------------------------------------------------


def test_a_locked_link_opens_with_its_passphrase_only() -> None:
    case = example_case()
    token = encode(case, PASSPHRASE)
    assert LOCKED.fullmatch(token), token
    assert token.startswith(f"{SCHEMA_VERSION}L2.")
    assert decode(token, PASSPHRASE) == case
    again = encode(case, PASSPHRASE)
    assert again != token and token_payload(again)[4:20] != token_payload(token)[4:20]  # a fresh salt and nonce


def test_a_locked_token_records_how_its_key_was_made() -> None:
    payload = token_payload(encode(example_case(), LOCK))
    assert payload[:4] == bytes((2, 16, 6, 1))  # Argon2id, 2**16 KiB (64 MiB), 6 passes, 1 lane
    assert dict(locking.KNOWN) == {payload[:4]: locking.CURRENT}


def test_a_lock_locks_again_with_no_derivation_and_a_fresh_nonce(derivations: list[locking.Kdf]) -> None:
    case = example_case()
    first, second = encode(case, LOCK), encode(case, LOCK)
    assert derivations == []
    assert first != second
    assert token_payload(first)[4:24] == token_payload(second)[4:24] == LOCK.salt + LOCK.check  # same key
    assert token_payload(first)[24:36] != token_payload(second)[24:36]  # each its own nonce
    assert decode(first, PASSPHRASE) == decode(second, PASSPHRASE) == case
    assert LOCK.key.hex() not in repr(LOCK) and str(LOCK.key) not in repr(LOCK)


def test_unlocking_gives_the_lock_it_derived(derivations: list[locking.Kdf]) -> None:
    case = example_case()
    token = encode(case, LOCK)
    opened, opened_with = unlock(token, PASSPHRASE)
    assert opened == case and opened_with == LOCK
    assert derivations == [locking.CURRENT]
    assert decode(encode(case, opened_with), PASSPHRASE) == case
    assert derivations == [locking.CURRENT, locking.CURRENT]  # the decode, not the encode
    assert unlock(encode(case), "anything at all") == (case, None)


@settings(max_examples=10, deadline=None)
@given(cases())
def test_locked_round_trip(case: Case) -> None:
    assert decode(encode(case, LOCK), PASSPHRASE) == case


def test_a_plain_link_ignores_a_passphrase() -> None:
    case = example_case()
    assert decode(encode(case), "anything at all") == case


@pytest.mark.parametrize("chosen, typed", [
    (PASSPHRASE, f"  {PASSPHRASE}\n"),
    (unicodedata.normalize("NFC", "Zoë's café in Kraków"), unicodedata.normalize("NFD", "Zoë's café in Kraków")),
])
def test_the_passphrase_opens_however_it_is_typed_on_another_device(chosen: str, typed: str) -> None:
    case = example_case()
    assert decode(encode(case, chosen), typed) == case


# --- links locked the first way (1L.) --------------------------------------------------------


@pytest.mark.parametrize("passphrase", ["1234", "aaaa", "correct horse"])
def test_a_link_locked_the_first_way_still_opens_even_with_a_short_passphrase(passphrase: str) -> None:
    """The policy is for locking: a link locked before it, with "1234", still opens."""
    case = example_case()
    token = first_kind_of_lock(case, passphrase)
    assert decode(token, f" {passphrase} ") == case
    with pytest.raises(PassphraseNeeded):
        decode(token)
    with pytest.raises(WrongPassphrase):
        decode(token, passphrase + "5")


def test_what_a_link_locked_the_first_way_opens_is_locked_again_the_new_way(derivations: list[locking.Kdf]) -> None:
    case = example_case()
    token = first_kind_of_lock(case, "1234")
    opened, opened_with = unlock(token, "1234")
    assert opened == case and opened_with is not None
    assert derivations == [locking.SCRYPT_V1, locking.CURRENT]
    again = encode(case, opened_with)  # the passphrase its sender chose, though the policy refuses it now
    assert again.startswith(f"{SCHEMA_VERSION}L2.") and decode(again, "1234") == case
    with pytest.raises(ValueError, match="too easy to guess"):
        encode(case, "1234")


# --- a token that asks for another derivation -------------------------------------------------


@pytest.mark.parametrize("header", [
    bytes((2, 40, 4, 1)),  # Argon2id with 2**40 KiB, a terabyte
    bytes((2, 16, 255, 1)),  # 255 passes
    bytes((2, 16, 6, 255)),  # 255 lanes
    bytes((2, 14, 1, 1)),  # cheaper than ours: a crafted link must not be cheaper to try either
    bytes((1, 14, 8, 1)),  # the first links' scrypt, recorded: never made, so never opened
    bytes((1, 30, 8, 1)),  # scrypt with n = 2**30
    bytes((2, 16, 4, 1)),  # fewer passes than ours
    bytes((0, 16, 6, 1)), bytes((9, 16, 6, 1)), bytes(4),  # no derivation we know
])
def test_a_token_asking_for_another_derivation_is_refused_before_any(
    header: bytes, derivations: list[locking.Kdf]
) -> None:
    real = token_payload(encode(example_case(), LOCK))
    crafted = f"{SCHEMA_VERSION}L2." + b64(header + real[4:])
    for passphrase in (PASSPHRASE, None):
        with pytest.raises(ShareLinkError, match="locked in a way Interview Advisor does not use") as caught:
            decode(crafted, passphrase)
        assert not isinstance(caught.value, (WrongPassphrase, PassphraseNeeded))
        assert_friendly(caught.value)
    assert derivations == []


@pytest.mark.parametrize("passphrase", [None, "", "   \n"])
def test_a_locked_link_without_a_passphrase_asks_for_one(passphrase: str | None) -> None:
    with pytest.raises(PassphraseNeeded, match="locked with a passphrase") as caught:
        decode(encode(example_case(), LOCK), passphrase)
    assert_friendly(caught.value)


@pytest.mark.parametrize("passphrase", ["correct horse battery staplE", "wrong", "abc", "x" * 500])
def test_a_wrong_passphrase_says_so(passphrase: str) -> None:
    with pytest.raises(WrongPassphrase, match="does not open this link") as caught:
        decode(encode(example_case(), LOCK), passphrase)
    assert_friendly(caught.value)


@pytest.mark.parametrize("offset", [0, 4, 40])  # the record of the derivation, the salt, the case
def test_a_changed_locked_link_is_refused_as_changed_not_as_a_wrong_passphrase(offset: int) -> None:
    payload = bytearray(token_payload(encode(example_case(), LOCK)))
    payload[-1] ^= 1  # the tag
    payload[offset] ^= 1
    changed = f"{SCHEMA_VERSION}L2." + b64(bytes(payload))
    with pytest.raises(ShareLinkError) as caught:
        decode(changed, PASSPHRASE)
    assert_friendly(caught.value)
    if offset == 40:
        assert not isinstance(caught.value, WrongPassphrase)
        assert "changed after it was made" in str(caught.value)


def test_the_prefix_is_bound_to_the_sealed_case() -> None:
    locked, plain = encode(example_case(), LOCK), encode(example_case())
    body, plain_body = locked.split(".", 1)[1], plain.split(".", 1)[1]
    for swapped in (f"{SCHEMA_VERSION}.{body}", f"{SCHEMA_VERSION}L.{body}", f"{SCHEMA_VERSION}L2.{plain_body}",
                    f"{SCHEMA_VERSION}L.{plain_body}"):
        with pytest.raises(ShareLinkError) as caught:
            decode(swapped, PASSPHRASE)
        assert_friendly(caught.value)


# --- which passphrases may lock ---------------------------------------------------------------


@pytest.mark.parametrize("passphrase", ["1234", "aaaa", "aaaaaaaaaa", "1234567890", "password123", "Password1234!",
                                        "qwertyuiopasdf", "Summer2024!", "correct horse", "iloveyou2024"])
def test_encode_refuses_a_passphrase_easy_to_guess(passphrase: str, derivations: list[locking.Kdf]) -> None:
    with pytest.raises(ValueError, match="too easy to guess") as caught:
        encode(example_case(), passphrase)
    assert_said(str(caught.value))
    assert locking.weakness(passphrase) == str(caught.value)
    assert derivations == []


@pytest.mark.parametrize("passphrase, words", [("", "Type a passphrase"), ("   \n", "Type a passphrase"),
                                               ("x" * 201, "at most 200 characters")])
def test_encode_refuses_an_empty_or_too_long_passphrase(passphrase: str, words: str) -> None:
    with pytest.raises(ValueError, match=words) as caught:
        encode(example_case(), passphrase)
    assert_said(str(caught.value))


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "night shift call centre", "Zoë's café in Kraków",
                                        "correct horse battery", " " + "mumble tarot shrink pelican " * 7])
def test_encode_accepts_a_passphrase_hard_to_guess(passphrase: str) -> None:
    assert locking.weakness(passphrase) is None
    assert LOCKED.fullmatch(encode(Case(), passphrase))


def test_a_suggested_passphrase_is_four_random_words_the_policy_accepts() -> None:
    suggested = [locking.suggest() for _ in range(40)]
    assert len(set(suggested)) == len(suggested)
    for passphrase in suggested:
        words = passphrase.split(" ")
        assert len(words) == 4 and all(3 <= len(word) <= 9 for word in words), passphrase
        assert locking.weakness(passphrase) is None, passphrase
    assert decode(encode(example_case(), suggested[0]), suggested[0]) == example_case()


def test_nothing_of_the_case_can_be_read_from_a_locked_link() -> None:
    case = example_case()
    token = encode(case, LOCK)
    payload = token_payload(token)
    packed = zlib.compress(to_json(case), 9)
    readable = [case.id, case.job.title, case.job.company, *(r.label for r in case.reasons), "Night"]
    for text in readable:
        for form in (text.encode(), base64.urlsafe_b64encode(text.encode()).rstrip(b"=")):
            assert form not in token.encode() and form not in payload, text
    for start in range(len(packed) - 8):  # not even the compressed case, in any 8-byte piece
        assert packed[start:start + 8] not in payload
    for offset in range(len(payload)):
        with pytest.raises(zlib.error):
            zlib.decompress(payload[offset:])


def test_the_locked_example_link_is_at_most_1200_characters() -> None:
    token = encode(example_case(), LOCK)
    assert len(token) <= LOCKED_EXAMPLE_LIMIT, len(token)


def test_junk_costs_no_key_derivation(derivations: list[locking.Kdf]) -> None:
    """A key derivation is slow on purpose: a locked link too short to hold a case, or one opened
    without a passphrase or with one no link was ever locked with, is refused before any."""
    whole, first = encode(example_case(), LOCK), first_kind_of_lock(example_case(), "1234")
    for token, passphrase in [("1L.", PASSPHRASE), ("1L." + "A" * 64, PASSPHRASE), (whole[:60], PASSPHRASE),
                              ("1L2.", PASSPHRASE), ("1L2." + "A" * 64, PASSPHRASE), (first[:60], PASSPHRASE),
                              (whole, None), (whole, ""), (whole, "abc"), (whole, "x" * 201), (first, "abc"),
                              ("1L." + "A" * 20_000, PASSPHRASE), ("1L.A=B", PASSPHRASE), ("1L2.A=B", PASSPHRASE)]:
        with pytest.raises(ShareLinkError):
            decode(token, passphrase)
    assert derivations == []
    started = time.perf_counter()
    for length in range(0, 2_000, 7):
        for kind in ("L", "L2"):
            with pytest.raises(ShareLinkError):
                decode(f"1{kind}." + "Q" * length)
    assert derivations == [] and time.perf_counter() - started < 5
    decode(whole, PASSPHRASE)
    assert derivations == [locking.CURRENT]  # the count does see a derivation
