"""The link codec: round trips, size limits, locked links, what a link carries, and every kind
of bad link or file."""

from __future__ import annotations

import base64
import json
import os
import random
import re
import time
import unicodedata
import zlib
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.article.checklist import CHECKLIST_IDS
from advisor.article.factors import FACTOR_IDS
from advisor.article.reasons import REASONS
from advisor.case.base import MAX_REASONS
from advisor.case.debrief import Debrief
from advisor.case.examples import example_case
from advisor.case.models import (
    CASE_ID,
    MAX_REVIEWS,
    MAX_REVISION,
    SCHEMA_VERSION,
    TEXT_BUDGET,
    Case,
    Job,
    Reason,
    Review,
    text_size,
)
from advisor.case.refusals import refusals
from advisor.errors import CaseFileError, JournalFileError, UnreadableInput
from advisor.sharing import codec as share
from advisor.sharing import link_contents as link_contents_module
from advisor.sharing import locking
from advisor.sharing.codec import (
    PassphraseNeeded,
    ShareLinkError,
    WrongPassphrase,
    decode,
    encode,
    export_json,
    for_link,
    from_json,
    to_json,
    unlock,
)
from advisor.sharing.link_contents import link_contents
from tests.unit.strategies import cases

LINK_LIMIT = 8_000
EXAMPLE_LIMIT = 1_000
LOCKED_EXAMPLE_LIMIT = 1_200
URL_SAFE = re.compile(r"\d+\.[A-Za-z0-9_-]+")
LOCKED = re.compile(r"\d+L2\.[A-Za-z0-9_-]+")
PASSPHRASE = "correct horse battery staple"
# Made once: each lock() costs a key derivation, slow on purpose.
LOCK = locking.lock(PASSPHRASE)
# encode(example_case()) as the code made it before cases had an id, a revision or a locked
# form: links like this one are out there and must keep opening.
OLD_EXAMPLE_TOKEN = (
    "1.eNpdUktv2zAM_iuEgGEbZgzN0GRDbnucduguvQ2DwUi0zVkWDUm2YQT576OStll6k8hP34Pi0fyVg9kfTebsyezN9yllGS"
    "hCojizJcCWQoZ3gdsup_emMlaGEcOq2G-xFD0HgkfypA1to808cy79ryEtFDm0YJ9Y01uw6H0CPMiU4cDnc3BwiNJTACshkB"
    "JISErVTllZUs-jXjjk4oiWVCepG4xmv6kMYfRrbTESaSHHiSqTyKuntnbcNGwnX7x8rsyCyuDqc17zcwosEQaMPeXiEAP6NW"
    "UVSjywx3iOsKtMoLxI7OsZ_UTnSo44k687mWJSEx-3LyUryrDffFKSUS3VgwQqLHeVaThgsIy-DkTubMhFQj3tTpXRUyqZ97"
    "-PxuOBvFp8KMOF1HGTyzASzXQx9UWHnHpF_MAVNIQ2QolwgYIEvypenFO-e5W2mNFLW7Mr07zwnaqr0GNHMCoVJ8gi4GW5kd"
    "s9y33Y3MEbpYesD9BpP3MiV95e9bav9Erzf7EHAYdrgibKAJ3uxI3W_bPWL90pxQHCQtRf0YCNrgHovLlkftHdvtaNNEim25"
    "zo-zKnpwRjp78Duo1F6MaF_o0CC4uVqBx_Tv8AdJ8S9w"
)


def pack(raw: bytes, version: str = str(SCHEMA_VERSION)) -> str:
    """Build a token by hand, exactly as encode() lays one out."""
    body = base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode("ascii")
    return f"{version}.{body}"


def assert_friendly(error: UnreadableInput) -> None:
    """A message a person can read: a sentence, no internals."""
    text = str(error)
    assert text.strip(), "empty error message"
    assert text.endswith("."), text
    for leak in ("Traceback", "pydantic", "For further information", "errors.pydantic.dev", "orjson", *PYDANTICS):
        assert leak not in text, text


# Words of pydantic's own messages and of Python's errors: a decoder message is ours, every word.
PYDANTICS = ("Input should", "instance of", "Field required", "Extra inputs", "Value error", "unix",
             "Datetimes", "Unable to parse", "arg is", "empty sequence", "NoneType", "object")


def decodes_or_refuses(token: object, passphrase: str | None = None) -> None:
    """decode() may accept a token (then it returns a Case) or refuse it with ShareLinkError —
    any other exception escaping is a bug."""
    try:
        result = decode(token, passphrase)
    except ShareLinkError as error:
        assert_friendly(error)
    else:
        assert isinstance(result, Case)


# --- round trips ------------------------------------------------------------------------------


def test_share_link_error_is_a_value_error() -> None:
    assert issubclass(ShareLinkError, ValueError)


def test_every_failure_to_open_something_is_unreadable_input() -> None:
    for error in (ShareLinkError, PassphraseNeeded, WrongPassphrase, CaseFileError, JournalFileError):
        assert issubclass(error, UnreadableInput)
    assert issubclass(PassphraseNeeded, ShareLinkError) and issubclass(WrongPassphrase, ShareLinkError)
    assert not issubclass(CaseFileError, ShareLinkError) and not issubclass(JournalFileError, ShareLinkError)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_decode_encode_round_trip(case: Case) -> None:
    token = encode(case)
    assert URL_SAFE.fullmatch(token), token
    assert decode(token) == case


@settings(max_examples=200, deadline=None)
@given(cases())
def test_export_json_from_json_round_trip(case: Case) -> None:
    assert from_json(export_json(case)) == case
    # the compact form inside a link reads back the same way
    assert from_json(to_json(case), source="link") == case


def test_example_round_trip_and_default_case() -> None:
    case = example_case()
    assert decode(encode(case)) == case
    empty = Case()
    assert decode(encode(empty)) == empty


def test_decode_tolerates_surrounding_whitespace() -> None:
    case = example_case()
    assert decode(f"  {encode(case)}\n") == case


@pytest.mark.parametrize("case", [Case(), example_case(), Case(id="AAAAAA")])
def test_the_id_is_always_carried_first(case: Case) -> None:
    """Defaults are left out of a link, and pydantic compares an id made by default_factory with
    a fresh one: the id must not depend on that comparison."""
    carried = orjson.loads(to_json(case))
    assert next(iter(carried)) == "id"
    assert carried["id"] == case.id
    assert decode(encode(case)).id == case.id
    assert from_json(export_json(case)).id == case.id


def test_a_link_made_before_ids_still_opens_with_a_fresh_id() -> None:
    first, second = decode(OLD_EXAMPLE_TOKEN), decode(OLD_EXAMPLE_TOKEN)
    answers = example_case().model_dump(exclude={"id"})
    assert first.model_dump(exclude={"id"}) == answers
    assert second.model_dump(exclude={"id"}) == answers
    assert re.fullmatch(CASE_ID, first.id) and first.id != second.id
    assert first.revision == 0 and first.job.first_name == ""


# --- size limits ------------------------------------------------------------------------------


def test_example_link_is_at_most_1000_characters() -> None:
    token = encode(example_case())
    assert len(token) <= EXAMPLE_LIMIT, len(token)


_SCRIPTS = (  # letters of many scripts, 1 to 4 bytes each in UTF-8
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x391, 0x3C9), (0x410, 0x44F), (0x531, 0x556),
    (0x5D0, 0x5EA), (0x620, 0x64A), (0x905, 0x939), (0xE01, 0xE30), (0x10D0, 0x10FA),
    (0x3041, 0x3096), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF),
)


def many_scripts(rnd: random.Random) -> str:
    while True:
        low, high = rnd.choice(_SCRIPTS)
        char = chr(rnd.randint(low, high))
        if unicodedata.category(char).startswith("L"):
            return char


def quotes_and_backslashes(rnd: random.Random) -> str:
    return rnd.choice('"\\')


def quotes_in_ascii(rnd: random.Random) -> str:
    return rnd.choice('"\\') if rnd.random() < 0.5 else chr(rnd.randint(0x21, 0x7E))


def _char_size(char: str) -> int:
    return len(orjson.dumps(char)) - 2


def filled_case(next_char: Callable[[random.Random], str], seed: int = 0,
                checklist: list[str] | None = None) -> Case:
    """A case at every limit: 20 reasons, 5 reviews with a note on every reason, every number
    away from its default, and as much random text as the text budget allows."""
    rnd = random.Random(seed)
    data: dict[str, Any] = {
        "id": "x" * 24,
        "revision": MAX_REVISION - 1,
        "job": {
            "gut": "go", "interviews_so_far": 97, "early_career": True, "selling_difficulty": 9,
            "similarity": 9, "network_value": 1, "curiosity": 8, "experience_years": 59,
            "travel_hours": rnd.uniform(0, 48), "travel_cost": 9_999, "spare_money": 99_998,
            "financial_need": 9, "dread": 8,
        },
        "reasons": [
            {"severity": rnd.randint(0, 9), "kind": rnd.choice(["core", "negotiable"]),
             "odds": rnd.randint(1, 99), "catalog_id": rnd.choice(REASONS).id}
            for _ in range(MAX_REASONS)
        ],
        "weights": {f: rnd.randint(0, 10) for f in FACTOR_IDS},
        "checklist": checklist or [],
        "reviews": [
            {"weights": {f: rnd.randint(0, 10) for f in FACTOR_IDS}, "notes": {},
             "revision": MAX_REVISION - 1 - i, "changes": MAX_REVISION - 1 - i}
            for i in range(MAX_REVIEWS)
        ],
    }
    # (container, key, max length): reasons first, so their labels and asks are the longest
    slots: list[tuple[dict[Any, Any], Any, int]] = []
    for reason in data["reasons"]:
        slots += [(reason, "label", 80), (reason, "ask", 100)]
    job = data["job"]
    slots += [(job, "title", 100), (job, "company", 100), (job, "activity", 240), (job, "first_name", 40),
              (job, "wanted_job", 100)]
    slots += [(data, "notes", 1_000)]
    for review in data["reviews"]:
        slots += [(review, "mentor", 60), (review, "overall", 1_000)]
        slots += [(review["notes"], index, 300) for index in range(MAX_REASONS)]
    # every text gets one character (mentors a distinct digit: one review per mentor), then the
    # budget is poured in, slot after slot
    used = 0
    for container, key, _ in slots:
        char = str(data["reviews"].index(container)) if key == "mentor" else next_char(rnd)
        container[key] = char
        used += _char_size(char)
    for container, key, limit in slots:
        while len(container[key]) < limit:
            char = next_char(rnd)
            if used + _char_size(char) > TEXT_BUDGET:
                break
            container[key] += char
            used += _char_size(char)
        if used + 1 > TEXT_BUDGET:
            break
    case = Case.model_validate(data)
    assert text_size(case) > TEXT_BUDGET - 8, "the filler left budget unused"
    assert len(case.reasons) == MAX_REASONS and len(case.reviews) == MAX_REVIEWS
    return case


@pytest.mark.parametrize("next_char", [many_scripts, quotes_and_backslashes, quotes_in_ascii])
@pytest.mark.parametrize("seed", [0, 1])
def test_case_filled_to_every_limit_fits_in_8000_characters(
    next_char: Callable[[random.Random], str], seed: int
) -> None:
    case = filled_case(next_char, seed)
    token = encode(case)
    assert len(token) <= LINK_LIMIT, f"{len(token)} characters"
    assert decode(token) == case
    locked = encode(case, LOCK)
    assert len(locked) <= LINK_LIMIT, f"{len(locked)} characters once locked"
    assert decode(locked, PASSPHRASE) == case


def test_case_with_a_full_checklist_fits_in_8000_characters() -> None:
    """Every checklist item ticked on top of a text-filled case still fits, locked too; ids we do
    not know are refused, so the checklist cannot smuggle text past the budget."""
    case = filled_case(many_scripts, 0, checklist=sorted(CHECKLIST_IDS))
    token = encode(case)
    assert len(token) <= LINK_LIMIT, f"a valid case gives a {len(token):,}-character link"
    assert len(encode(case, LOCK)) <= LINK_LIMIT
    assert decode(token) == case
    rnd = random.Random(7)
    smuggled = ["".join(chr(rnd.randint(0x20000, 0x2A6DF)) for _ in range(32)) for _ in range(30)]
    with pytest.raises(ValidationError):
        Case.model_validate({"checklist": smuggled})


# --- locked links -----------------------------------------------------------------------------


def _payload(token: str) -> bytes:
    body = token.split(".", 1)[1]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def first_kind_of_lock(case: Case, passphrase: str) -> str:
    """A locked token as the first locked links were made (``1L.``): scrypt with n = 2**14, r = 8,
    p = 1, no record of it in the token. Built here, by hand, so the test does not lean on the
    code it checks."""
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = unicodedata.normalize("NFC", passphrase.strip()).encode()
    derived = Scrypt(salt=salt, length=36, n=2**14, r=8, p=1).derive(secret)
    sealed = AESGCM(derived[:32]).encrypt(nonce, zlib.compress(to_json(case), 9), b"1L.")
    return "1L." + _b64(salt + derived[32:] + nonce + sealed)


def test_a_locked_link_opens_with_its_passphrase_only() -> None:
    case = example_case()
    token = encode(case, PASSPHRASE)
    assert LOCKED.fullmatch(token), token
    assert token.startswith(f"{SCHEMA_VERSION}L2.")
    assert decode(token, PASSPHRASE) == case
    again = encode(case, PASSPHRASE)
    assert again != token and _payload(again)[4:20] != _payload(token)[4:20]  # a fresh salt and nonce


def test_a_locked_token_records_how_its_key_was_made() -> None:
    payload = _payload(encode(example_case(), LOCK))
    assert payload[:4] == bytes((2, 16, 6, 1))  # Argon2id, 2**16 KiB (64 MiB), 6 passes, 1 lane
    assert dict(locking.KNOWN) == {payload[:4]: locking.CURRENT}


def test_a_lock_locks_again_with_no_derivation_and_a_fresh_nonce(derivations: list[locking.Kdf]) -> None:
    case = example_case()
    first, second = encode(case, LOCK), encode(case, LOCK)
    assert derivations == []
    assert first != second
    assert _payload(first)[4:24] == _payload(second)[4:24] == LOCK.salt + LOCK.check  # same key
    assert _payload(first)[24:36] != _payload(second)[24:36]  # each its own nonce
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
    real = _payload(encode(example_case(), LOCK))
    crafted = f"{SCHEMA_VERSION}L2." + _b64(header + real[4:])
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
    payload = bytearray(_payload(encode(example_case(), LOCK)))
    payload[-1] ^= 1  # the tag
    payload[offset] ^= 1
    changed = f"{SCHEMA_VERSION}L2." + _b64(bytes(payload))
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


def assert_said(sentence: str) -> None:
    """A sentence of ours for a person: one capital at the start, a full stop at the end."""
    assert sentence[0].isupper() and sentence.endswith("."), sentence
    for leak in (*PYDANTICS, "zxcvbn", "score", "guesses"):
        assert leak not in sentence, sentence


def test_nothing_of_the_case_can_be_read_from_a_locked_link() -> None:
    case = example_case()
    token = encode(case, LOCK)
    payload = _payload(token)
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


# --- bad links --------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, 123, 1.5, b"1.eJwDAAAAAAE", ["1.abc"], {"case": "1.x"}, object(), "", "   "])
def test_non_string_or_empty_input_is_refused(token: object) -> None:
    with pytest.raises(ShareLinkError) as caught:
        decode(token)
    assert_friendly(caught.value)


@pytest.mark.parametrize("token", ["999.xxx", "2." + encode(example_case()).split(".", 1)[1], "9999.abcd"])
def test_link_from_a_future_version_is_refused(token: str) -> None:
    with pytest.raises(ShareLinkError, match="newer version") as caught:
        decode(token)
    assert_friendly(caught.value)


def test_future_version_inside_the_json_is_refused() -> None:
    with pytest.raises(ShareLinkError, match="newer version"):
        decode(pack(b'{"version": 3}'))


@pytest.mark.parametrize("token", ["0.abc", "abc", "1", "1.", ".abc", "1.a=b", "1.a b", "v1.abc", "1.abc.def",
                                   "x" * 20_000, "1." + "A" * 20_000])
def test_malformed_tokens_are_refused(token: str) -> None:
    with pytest.raises(ShareLinkError) as caught:
        decode(token)
    assert_friendly(caught.value)


def test_huge_zlib_bomb_is_refused() -> None:
    bomb = zlib.compress(b'{"a":"' + b"x" * 10_000_000 + b'"}')
    token = "1." + base64.urlsafe_b64encode(bomb).decode("ascii").rstrip("=")
    with pytest.raises(ShareLinkError) as caught:
        decode(token)
    assert_friendly(caught.value)


def test_zlib_bomb_short_enough_to_pass_the_length_check_is_refused() -> None:
    bomb = pack(b'{"notes":"' + b"x" * 3_000_000 + b'"}')
    assert len(bomb) < share.MAX_TOKEN  # reaches the inflater
    with pytest.raises(ShareLinkError) as caught:
        decode(bomb)
    assert_friendly(caught.value)


@pytest.mark.parametrize(
    "raw",
    [
        b"", b"{", b"not json", b"[1, 2]", b'"a string"', b"null", b"42", b"[" * 5_000 + b"]" * 5_000,
        b'{"job": {"title": 5}}', b'{"reasons": "many"}', b'{"reasons": [{"label": ""}]}',
        b'{"weights": {"practice": "high"}}', b'{"weights": {"nonsense": 1}}',
        b'{"version": 0}', b'{"version": -1}', b'{"version": 1e400}', b'{"job": {"dread": 99}}',
        b'{"reviews": [{"mentor": "m", "notes": {"x": "y"}}]}', b'{"unknown": 1}',
        b'{"notes": "' + b"n" * 5_000 + b'"}', b"\xff\xfe\x00", b'{"notes": "\\ud800"}',
    ],
)
def test_bad_json_inside_a_link_is_refused(raw: bytes) -> None:
    with pytest.raises(ShareLinkError) as caught:
        decode(pack(raw))
    assert_friendly(caught.value)


def test_tampered_json_names_the_problem() -> None:
    with pytest.raises(ShareLinkError, match=r"Job title: at most 100 characters\."):
        decode(pack(orjson.dumps({"job": {"title": "t" * 200}})))


@pytest.mark.parametrize("data, said", [
    # every reason id taken and one more reason without an id: Python's min() of nothing, once
    ({"reasons": [{"id": i} for i in range(1_000)] + [{}]}, "Reasons: at most 20 items."),
    ({"reasons": [{"label": "x"}] * 21 + [{}]}, "Reasons: at most 20 items."),
    ({"job": {"title": 5}}, "Job title: must be text."),
    ({"job": {"dread": "high"}}, "How much you dread it: must be a whole number."),
    ({"job": {"dread": 2.5}}, "How much you dread it: must be a whole number."),
    ({"job": {"early_career": "maybe"}}, "Early in my career: must be yes or no."),
    ({"job": {"interview_date": "2024-02-30"}}, "Interview date: must be a date, as year-month-day."),
    ({"job": {"interview_date": 1e20}}, "Interview date: must be a date, as year-month-day."),
    ({"job": {"gut": "perhaps"}}, "Gut answer: is not one of the answers we offer."),
    ({"job": []}, "The job: is not in the form we make."),
    ({"reasons": [{"severity": 3}]}, "Reason: is missing."),
    ({"unknown": 1}, "The case: holds something that is not part of a case."),
    ({"job": {"dread": 10**30}}, "How much you dread it: must be a whole number."),
])
def test_the_decoders_messages_are_ours(data: dict[str, Any], said: str) -> None:
    with pytest.raises(ShareLinkError) as caught:
        decode(pack(json.dumps(data).encode()))
    assert_friendly(caught.value)
    assert str(caught.value) == f"This link holds a case we cannot accept. {said}"
    with pytest.raises(CaseFileError) as file_caught:
        from_json(json.dumps(data).encode())
    assert str(file_caught.value) == f"This file holds a case we cannot accept. {said}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_message_of_the_decoder_is_pydantics_or_pythons(data: st.DataObject) -> None:
    """Any field of a real case given a value of any type: each message says what is wrong in
    words of ours (every sentence the link shows, not only the first three)."""
    case = decode(data.draw(st.sampled_from(PLAIN_TOKENS))).model_dump(mode="json")
    path = data.draw(st.sampled_from([p for p in _paths(case) if p]))
    target = case
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = data.draw(JSON_VALUES)
    try:
        Case.model_validate_json(orjson.dumps(case, option=orjson.OPT_NON_STR_KEYS))
    except ValidationError as error:
        for sentence in refusals(error):
            assert_said(sentence)


LINK_TEXT = st.one_of(
    st.text(),
    st.binary().map(lambda b: b.decode("latin-1")),
    st.text("0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_= \n", max_size=200),
    st.from_regex(r"\A\d{1,5}\.[A-Za-z0-9_-]{0,300}\Z"),
    st.from_regex(r"\A\d{1,5}L\.[A-Za-z0-9_-]{0,300}\Z"),
    st.from_regex(r"\A\d{1,5}L2\.[A-Za-z0-9_-]{0,300}\Z"),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINK_TEXT)
def test_decode_of_random_text_raises_only_share_link_error(token: str) -> None:
    decodes_or_refuses(token)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(r"\A1L2?\.[A-Za-z0-9_-]{0,400}\Z"))
def test_random_locked_tokens_with_a_passphrase_raise_only_share_link_error(token: str) -> None:
    decodes_or_refuses(token, PASSPHRASE)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_tokens_of_our_derivation_raise_only_share_link_error(junk: bytes) -> None:
    """Past the record of the derivation, where a key is derived and the check compared."""
    decodes_or_refuses(f"1L2.{_b64(locking.CURRENT.header + junk)}", PASSPHRASE)


# Real tokens to damage: the example, an empty case, a case at its limits, one made of quotes,
# and the example and a full case locked.
PLAIN_TOKENS = (
    encode(example_case()),
    encode(Case()),
    encode(filled_case(many_scripts, 3)),
    encode(filled_case(quotes_and_backslashes, 4)),
)
LOCKED_TOKENS = (encode(example_case(), LOCK), encode(filled_case(many_scripts, 5), LOCK),
                 first_kind_of_lock(example_case(), PASSPHRASE))
REAL_TOKENS = PLAIN_TOKENS + LOCKED_TOKENS
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


@st.composite
def mutated_tokens(draw: st.DrawFn) -> object:
    token = draw(st.sampled_from(REAL_TOKENS))
    how = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "version", "json", "many", "other"]))
    if how == "flip":
        index = draw(st.integers(0, len(token) - 1))
        char = draw(st.sampled_from(B64) | st.characters())
        return token[:index] + char + token[index + 1:]
    if how == "insert":
        index = draw(st.integers(0, len(token)))
        return token[:index] + draw(st.text(min_size=1, max_size=5)) + token[index:]
    if how == "delete":
        start = draw(st.integers(0, len(token) - 1))
        return token[:start] + token[start + draw(st.integers(1, 50)):]
    if how == "truncate":
        return token[: draw(st.integers(0, len(token) - 1))]
    if how == "version":
        prefix = draw(st.sampled_from(["0", "2", "3", "01", "999", "-1", "1a", "", "١", "9" * 12])
                      | st.text(max_size=6))
        return prefix + token[token.index("."):]
    if how == "json":  # valid zlib and base64 around JSON whose values have the wrong type
        data = decode(draw(st.sampled_from(PLAIN_TOKENS))).model_dump(mode="json")
        path = draw(st.sampled_from(_paths(data)))
        value = draw(JSON_VALUES)
        if not path:
            return pack(orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS))
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
        return pack(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))
    if how == "many":  # several random edits at once
        chars = list(token)
        for _ in range(draw(st.integers(2, 20))):
            chars[draw(st.integers(0, len(chars) - 1))] = draw(st.sampled_from(B64))
        return "".join(chars)
    return draw(st.sampled_from([None, 0, 123, b"1.abc", token.encode(), [token], "999.xxx", token * 3]))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_tokens())
def test_decode_of_mutated_tokens_raises_only_share_link_error(token: object) -> None:
    decodes_or_refuses(token)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_tokens())
def test_decode_of_mutated_tokens_with_a_passphrase_raises_only_share_link_error(token: object) -> None:
    decodes_or_refuses(token, PASSPHRASE)


# --- what leaves in a link -------------------------------------------------------------------


def test_every_field_of_a_case_and_of_a_job_is_described() -> None:
    """A new field must say how a link shows it before the owner is told what a link carries."""
    assert set(link_contents_module.CASE_CONTENTS) == set(Case.model_fields)
    assert set(link_contents_module.JOB_CONTENTS) == set(Job.model_fields)


def _everything(reasons: int = 3, asks: int = 2, ticked: int = 2, mentors: int = 2) -> Case:
    """A case with every field away from its default."""
    return Case(
        revision=4,
        job=Job(title="Agent", company="Acme", activity="Calls", first_name="Zoë", gut="go", dread=9),
        reasons=[Reason(label=f"r{i}", ask="more" if i < asks else "") for i in range(reasons)],
        weights={"dread": 9},
        checklist=sorted(CHECKLIST_IDS)[:ticked],
        notes="my own",
        reviews=[Review(mentor=f"m{i}") for i in range(mentors)],
        debrief=Debrief(rating=4),
    )


def test_link_contents_of_a_case_with_every_answer() -> None:
    assert link_contents(_everything(), include_notes=True) == [
        "It carries the case's id, a random code that lets a review sent back find this case.",
        "It carries the revision number of your answers, so a newer copy can be told from an older one.",
        "It carries the job title, the company and the main activity.",
        "It carries your first name and your gut answer.",
        "It carries your answers about your situation: how much you dread the interview.",
        "It carries your 3 reasons, how much each bothers you, how you sorted them and your 2 asks with their odds.",
        "It carries your weights: how much each factor counts for you.",
        "It carries the 2 ticked items of your checklist.",
        "It carries your personal notes.",
        "It carries the reviews of 2 mentors.",
        "It carries your debrief of the interview.",
    ]


def test_link_contents_says_one_in_the_singular() -> None:
    sentences = link_contents(_everything(reasons=1, asks=1, ticked=1, mentors=1), include_notes=False)
    assert "It carries your reason, how much it bothers you, how you sorted it and your ask with its odds." in sentences
    assert "It carries the one ticked item of your checklist." in sentences
    assert "It carries the review of one mentor." in sentences
    without_asks = link_contents(_everything(reasons=2, asks=0), include_notes=False)
    assert "It carries your 2 reasons, how much each bothers you and how you sorted them." in without_asks


def test_personal_notes_leave_only_when_chosen() -> None:
    case = _everything()
    assert for_link(case, include_notes=True) == case
    left = for_link(case, include_notes=False)
    assert left.notes == "" and left.model_dump(exclude={"notes"}) == case.model_dump(exclude={"notes"})
    assert b"my own" not in to_json(left) and decode(encode(left)).notes == ""
    assert link_contents(case, include_notes=False)[-1] == "It does not carry your personal notes."
    assert "It carries your personal notes." not in link_contents(case, include_notes=False)
    plain = Case()
    assert link_contents(plain, include_notes=False) == link_contents(plain, include_notes=True) == [
        "It carries the case's id, a random code that lets a review sent back find this case.",
    ]


@settings(max_examples=100, deadline=None)
@given(cases(), st.booleans())
def test_link_contents_are_sentences_and_follow_what_the_link_holds(case: Case, include_notes: bool) -> None:
    sentences = link_contents(case, include_notes)
    assert sentences[0].startswith("It carries the case's id")
    for sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith("."), sentence
    assert ("It carries your personal notes." in sentences) == bool(include_notes and case.notes)
    assert any("reviews" in s or "review of" in s for s in sentences) == bool(case.reviews)
    assert any("debrief" in s for s in sentences) == (case.debrief is not None)


# --- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"{", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"[1, 2, 3]", "does not hold a case"),
        (b'"case"', "does not hold a case"),
        (b'{"job": {"title": 5}}', "Job title"),
        (b'{"job": {"dread": 11}}', "How much you dread it: must be at most 10"),
        (b'{"reasons": [{"label": "   "}]}', "Reason: cannot be empty"),
        (b'{"weights": {"practice": "high"}}', "Weights"),
        (b'{"version": 2}', "newer version"),
        (b'{"version": 0}', "Version: must be at least 1"),
    ],
)
def test_from_json_refuses_bad_files_with_a_message(raw: bytes, words: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        from_json(raw)
    assert words in str(caught.value)
    assert str(caught.value).startswith("This file")
    assert_friendly(caught.value)


def test_from_json_refuses_an_oversize_file() -> None:
    raw = b'{"notes": "' + b" " * (share.MAX_FILE + 1) + b'"}'
    with pytest.raises(CaseFileError, match="too large") as caught:
        from_json(raw)
    assert "100 KB" in str(caught.value)
    assert_friendly(caught.value)


def test_from_json_oversize_link_message_names_the_link_limit() -> None:
    raw = b'{"notes": "' + b" " * (share.MAX_JSON + 1) + b'"}'
    with pytest.raises(ShareLinkError, match="too large") as caught:
        from_json(raw, source="link")
    assert f"{share.MAX_JSON // 1024} KB" in str(caught.value), str(caught.value)


def test_from_json_reads_an_exported_file_of_the_example() -> None:
    case = example_case()
    raw = export_json(case)
    assert raw.startswith(b"{\n")  # readable, indented
    assert from_json(raw) == case


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_from_json_of_arbitrary_json_raises_only_case_file_error(value: Any) -> None:
    raw = orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
    try:
        result = from_json(raw)
    except CaseFileError as error:
        assert_friendly(error)
    else:
        assert isinstance(result, Case)


@pytest.mark.parametrize("next_char", [many_scripts, quotes_and_backslashes, quotes_in_ascii])
def test_a_full_case_with_every_newer_answer_still_fits(next_char: Callable[[random.Random], str]) -> None:
    """Own pros, walk-away lines, currency, interview date and certainty add structure the text
    budget does not count: a case holding all of them at their limits still fits."""
    data = filled_case(next_char, 0).model_dump(mode="json")
    data["pros"] = [{"id": 990 + i, "label": "x", "weight": 7} for i in range(10)]
    data["job"] |= {"currency": "CHF", "interview_date": "2099-12-31"}
    data["certainty"] = {"before": [True, False, True, False], "after": [False, True, False, True]}
    texts = [(reason, key) for reason in data["reasons"] for key in ("label", "ask")]
    while True:  # give the pros their ten characters of text budget
        try:
            case = Case.model_validate(data)
            break
        except ValidationError:
            reason, key = next((r, k) for r, k in texts if len(r[k]) > 1)
            reason[key] = reason[key][:-1]
    assert len(encode(case)) <= LINK_LIMIT and len(encode(case, LOCK)) <= LINK_LIMIT
    assert decode(encode(case, LOCK), PASSPHRASE) == case
