"""The link codec: round trips, size limits, every kind of bad link, and case files."""

from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
import zlib
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.article.checklist import CHECKLIST_IDS
from advisor.article.factors import FACTOR_IDS
from advisor.article.reasons import REASONS
from advisor.case.base import MAX_REASONS
from advisor.case.examples import example_case
from advisor.case.models import CASE_ID, MAX_REVIEWS, MAX_REVISION, SCHEMA_VERSION, TEXT_BUDGET, Case, text_size
from advisor.case.pros import MAX_PRO_ID, MAX_PROS
from advisor.case.refusals import refusals
from advisor.errors import CaseFileError
from advisor.sharing import codec as share
from advisor.sharing import locking
from advisor.sharing.codec import ShareLinkError, decode, encode, export_json, from_json, to_json
from tests.unit.sharing.tokens import LOCK, PASSPHRASE, assert_friendly, assert_said, b64, first_kind_of_lock
from tests.unit.strategies import cases

LINK_LIMIT = 8_000
EXAMPLE_LIMIT = 1_000
URL_SAFE = re.compile(r"\d+\.[A-Za-z0-9_-]+")
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
    answers = example_case().model_dump(exclude={"id": True, "job": {"answered"}})
    assert first.model_dump(exclude={"id": True, "job": {"answered"}}) == answers
    assert second.model_dump(exclude={"id": True, "job": {"answered"}}) == answers
    # A link from before answers were recorded carries only values away from the defaults: those count as given.
    away = example_case().job.model_dump(exclude_defaults=True, exclude={"answered"})
    assert first.job.answered == sorted(away)
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
    """A case at every limit: 20 reasons, 10 own pros, 5 reviews with a note on every reason and
    a weight of every pro, every number
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
        "pros": [{"id": MAX_PRO_ID - i, "weight": rnd.randint(0, 9)} for i in range(MAX_PROS)],
        "reviews": [
            {"weights": {f: rnd.randint(0, 10) for f in FACTOR_IDS}, "notes": {},
             "pro_weights": {MAX_PRO_ID - p: rnd.randint(0, 10) for p in range(MAX_PROS)},
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
    slots += [(pro, "label", 80) for pro in data["pros"]]
    for review in data["reviews"]:
        slots += [(review, "mentor", 60), (review, "overall", 1_000)]
        slots += [(review["notes"], index, 300) for index in range(MAX_REASONS)]
    # every text gets one character (mentors a distinct digit: one review per mentor), then the
    # budget is poured in, slot after slot
    used = 0
    for container, key, _ in slots:
        char = str(data["reviews"].index(container)) if key == "mentor" else next_char(rnd)
        char = "Z" if key == "first_name" else char  # never a mentor's digit: they sign as themselves
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
    decodes_or_refuses(f"1L2.{b64(locking.CURRENT.header + junk)}", PASSPHRASE)


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
