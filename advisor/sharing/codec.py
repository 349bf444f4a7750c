"""A case in a link, and a case in a file: the only ways a case leaves or enters the app.

A plain token is ``<version>.<base64url(zlib(compact JSON))>``. A locked token is
``<version>L2.<base64url(kdf | salt | check | nonce | AES-GCM(zlib(compact JSON)))>``: the key
comes from the passphrase by the derivation ``kdf`` names (``advisor.sharing.locking``), so without the
passphrase nothing of the case can be read, not even its compressed form. The first locked
tokens, ``<version>L.``, name no derivation (theirs was scrypt with n = 2**14); they still open.
Nothing is stored on a server, so the link *is* the case; it arrives from anyone, so decoding
checks sizes and the derivation a token names before it derives a key or inflates anything, and
turns every failure into a :class:`ShareLinkError` with a sentence a person understands.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets
import zlib
from typing import Any, Literal

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import ValidationError

from advisor.case.debrief import Debrief
from advisor.case.models import SCHEMA_VERSION, Case
from advisor.case.refusals import refusals
from advisor.errors import CaseFileError, PassphraseNeeded, ShareLinkError, UnreadableInput, WrongPassphrase
from advisor.sharing.locking import (
    CHECK,
    CURRENT,
    KNOWN,
    MAX_PASSPHRASE,
    SALT,
    SCRYPT_V1,
    Lock,
    derive,
    lock,
    normalise,
)

__all__ = [
    "MAX_FILE",
    "MAX_JSON",
    "MAX_TOKEN",
    "PassphraseNeeded",
    "ShareLinkError",
    "WrongPassphrase",
    "decode",
    "encode",
    "export_json",
    "for_link",
    "from_json",
    "holds_practice",
    "to_json",
    "unlock",
]

MAX_TOKEN = 10_000
MAX_JSON = 64 * 1024
MAX_FILE = 100 * 1024
# No link was ever locked with a shorter passphrase: one is refused without deriving a key.
_SHORTEST_EVER = 4
_TOKEN = re.compile(r"(\d{1,4})(L2|L)?\.([A-Za-z0-9_-]+)")
_LOCKED, _LOCKED_V1 = "L2", "L"
_HEADER = len(CURRENT.header)
_NONCE, _TAG = 12, 16


def to_json(case: Case) -> bytes:
    """The compact form: defaults left out, so a link carries only what was answered.

    The id is always written, first: left to ``exclude_defaults``, it would be kept only because
    pydantic compares it with a freshly made id and the two differ, which is chance, not a rule.
    """
    answered = case.model_dump(mode="json", exclude_defaults=True, exclude={"id"})
    return orjson.dumps({"id": case.id, **answered})


def encode(case: Case, passphrase: str | Lock | None = None) -> str:
    """The case as a URL-safe token; with a passphrase or a lock, one nobody without it can read.

    The token carries the case as given: pass it through :func:`for_link` first to leave the
    personal notes behind. A passphrase must pass ``advisor.sharing.locking``'s policy (a ``ValueError``
    says why not) and costs a key derivation; a :class:`Lock` made once (``advisor.sharing.locking.lock``,
    or :func:`unlock`) locks again with no derivation, under a fresh nonce each time.
    """
    packed = zlib.compress(to_json(case), 9)
    if passphrase is None:
        return f"{SCHEMA_VERSION}.{_b64(packed)}"
    key = lock(passphrase) if isinstance(passphrase, str) else passphrase
    if key.kdf != CURRENT:
        raise ValueError("This lock is of a kind links are no longer locked with: lock them again.")
    prefix = f"{SCHEMA_VERSION}{_LOCKED}."
    nonce = secrets.token_bytes(_NONCE)
    sealed = AESGCM(key.key).encrypt(nonce, packed, prefix.encode("ascii") + CURRENT.header)
    return prefix + _b64(CURRENT.header + key.salt + key.check + nonce + sealed)


def decode(token: object, passphrase: str | None = None) -> Case:
    """The case a token holds, or a :class:`ShareLinkError` saying in words why not.

    A locked token raises :class:`PassphraseNeeded` without a passphrase (a blank one counts as
    none) and :class:`WrongPassphrase` with one that does not open it; a plain token ignores the
    passphrase. Any other failure, expected or not, is a plain :class:`ShareLinkError`.
    """
    return _guarded(token, passphrase)[0]


def unlock(token: object, passphrase: str) -> tuple[Case, Lock | None]:
    """Like :func:`decode`, with the lock that opened the token (None for a plain one), so what
    is locked again with the same passphrase costs no second derivation. A token of the first
    locked kind gets a new lock of today's kind for its passphrase instead (one more derivation):
    what is locked again is locked as strongly as any new link."""
    case, key = _guarded(token, passphrase)
    if key is not None and key.kdf != CURRENT:
        key = derive(passphrase, CURRENT, secrets.token_bytes(SALT))
    return case, key


def _guarded(token: object, passphrase: str | None) -> tuple[Case, Lock | None]:
    try:
        return _decode(token, passphrase)
    except ShareLinkError:
        raise
    except Exception as exc:
        raise ShareLinkError(
            "This link is damaged and cannot be opened. Ask its sender for the link again."
        ) from exc


def _decode(token: object, passphrase: str | None) -> tuple[Case, Lock | None]:
    if not isinstance(token, str) or not token.strip():
        raise ShareLinkError("This link holds no case. Ask its sender for the full link.")
    token = token.strip()
    if len(token) > MAX_TOKEN:
        raise ShareLinkError(
            "This link is far longer than any case we make, so it was not opened. "
            "Check that it was copied on its own."
        )
    match = _TOKEN.fullmatch(token)
    if match is None:
        raise ShareLinkError(
            "This link is not one of ours or was cut short when it was copied. "
            "Copy the whole link again."
        )
    version = int(match.group(1))
    if version > SCHEMA_VERSION:
        raise ShareLinkError(
            "This link was made by a newer version of Interview Advisor and cannot be opened "
            "here. Reload the page to get the latest version."
        )
    if version < 1:
        raise ShareLinkError("This link names a version that never existed. Copy it again.")
    body = match.group(3)
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ShareLinkError(
            "This link was cut short or changed after it was made. Copy the whole link again."
        ) from exc
    key = None
    if match.group(2):
        packed, key = _unlock(packed, f"{version}{match.group(2)}.", passphrase)
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_JSON)
    except zlib.error as exc:
        raise ShareLinkError(
            "This link was cut short or changed after it was made. Copy the whole link again."
        ) from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise ShareLinkError(
            "This link was cut short or holds far too much to be a case. Copy the whole link again."
        )
    return from_json(raw, source="link"), key


def _unlock(payload: bytes, prefix: str, passphrase: str | None) -> tuple[bytes, Lock]:
    """The compressed case inside a locked token and the lock that opened it. A key is derived
    only for a payload of a sane shape, locked by a derivation in ``KNOWN`` (a crafted token
    cannot ask for a costlier one) and a passphrase some link could have been locked with: junk
    costs no derivation."""
    header = b"" if prefix.endswith(f"{_LOCKED_V1}.") else payload[:_HEADER]
    if len(payload) <= len(header) + SALT + CHECK + _NONCE + _TAG:
        raise ShareLinkError(
            "This locked link was cut short when it was copied. Copy the whole link again."
        )
    kdf = KNOWN.get(header) if header else SCRYPT_V1
    if kdf is None:
        raise ShareLinkError(
            "This link is locked in a way Interview Advisor does not use, so it was not opened. "
            "Ask its sender for the link again."
        )
    if passphrase is None or not passphrase.strip():
        raise PassphraseNeeded(
            "This link is locked with a passphrase. Enter the passphrase its sender gave you to open it."
        )
    wrong = WrongPassphrase(
        "This passphrase does not open this link. Check it with the person who sent it."
    )
    if not _SHORTEST_EVER <= len(normalise(passphrase)) <= MAX_PASSPHRASE:
        raise wrong
    rest = payload[len(header):]
    salt, rest = rest[:SALT], rest[SALT:]
    check, rest = rest[:CHECK], rest[CHECK:]
    nonce, sealed = rest[:_NONCE], rest[_NONCE:]
    key = derive(passphrase, kdf, salt)
    if not hmac.compare_digest(check, key.check):
        raise wrong
    try:
        return AESGCM(key.key).decrypt(nonce, sealed, prefix.encode("ascii") + header), key
    except InvalidTag as exc:
        raise ShareLinkError(
            "This link was changed after it was made, so it cannot be opened. "
            "Ask its sender for the link again."
        ) from exc


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def from_json(raw: bytes, source: Literal["file", "link"] = "file") -> Case:
    """Read a case from JSON (a link's inside or an exported file), validated by the model.

    Raises :class:`ShareLinkError` for a link and :class:`CaseFileError` for a file, each
    naming what it was given; a case without an id (made before ids existed) gets a fresh one.
    """
    error: type[UnreadableInput] = ShareLinkError if source == "link" else CaseFileError
    limit = MAX_JSON if source == "link" else MAX_FILE
    if len(raw) > limit:
        raise error(f"This {source} is too large to be a case (the limit is {limit // 1024} KB).")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise error(f"This {source} does not hold a case: its text is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise error(f"This {source} does not hold a case.")
    version = data.get("version", 1)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise error(
            f"This {source} was made by a newer version of Interview Advisor and cannot be "
            "opened here."
        )
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        found = " ".join(refusals(exc)[:3])
        raise error(f"This {source} holds a case we cannot accept. {found}") from exc


def export_json(case: Case) -> bytes:
    """A readable file of the whole case, for keeping or moving it by hand."""
    return orjson.dumps(case.model_dump(mode="json"), option=orjson.OPT_INDENT_2)


# --- what leaves in a link --------------------------------------------------------------------


def for_link(case: Case, include_notes: bool, include_drafts: bool = False) -> Case:
    """The case as a link carries it: the personal notes stay behind unless chosen for it, and so
    does the practice (the drafted answers, the mentors' notes on them, which of them came up),
    since a draft is often more personal than anything else in a case."""
    update: dict[str, Any] = {} if include_notes else {"notes": ""}
    if not include_drafts and holds_practice(case):
        update["drafts"] = []
        update["reviews"] = [review.model_copy(update={"draft_notes": {}}) for review in case.reviews]
        if case.debrief is not None:  # a debrief that only said which questions came up says nothing then
            debrief = case.debrief.model_copy(update={"came_up": []})
            update["debrief"] = None if debrief == Debrief() else debrief
    return case.model_copy(update=update) if update else case


def holds_practice(case: Case) -> bool:
    """Whether the case holds any of the practice a link leaves behind unless asked to carry it."""
    return bool(case.drafts or any(review.draft_notes for review in case.reviews)
                or (case.debrief is not None and case.debrief.came_up))
