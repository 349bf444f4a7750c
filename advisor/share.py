"""A case in a link, and a case in a file: the only ways a case leaves or enters the app.

A plain token is ``<version>.<base64url(zlib(compact JSON))>``. A locked token is
``<version>L.<base64url(salt | check | nonce | AES-GCM(zlib(compact JSON)))>``: the key comes
from the passphrase by scrypt, so without the passphrase nothing of the case can be read, not
even its compressed form. Nothing is stored on a server, so the link *is* the case; it arrives
from anyone, so decoding checks sizes before it derives a key or inflates anything and turns
every failure into a :class:`ShareLinkError` with a sentence a person understands.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets
import unicodedata
import zlib
from typing import Literal

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import ValidationError

from advisor.errors import CaseFileError, PassphraseNeeded, ShareLinkError, UnreadableInput, WrongPassphrase
from advisor.messages import messages
from advisor.models import SCHEMA_VERSION, Case

__all__ = [
    "MAX_FILE",
    "MAX_JSON",
    "MAX_PASSPHRASE",
    "MAX_TOKEN",
    "MIN_PASSPHRASE",
    "PassphraseNeeded",
    "ShareLinkError",
    "WrongPassphrase",
    "decode",
    "encode",
    "export_json",
    "for_link",
    "from_json",
    "to_json",
]

MAX_TOKEN = 10_000
MAX_JSON = 64 * 1024
MAX_FILE = 100 * 1024
MIN_PASSPHRASE = 4
MAX_PASSPHRASE = 200
_TOKEN = re.compile(r"(\d{1,4})(L?)\.([A-Za-z0-9_-]+)")
_LOCKED = "L"
_SALT, _CHECK, _NONCE, _TAG = 16, 4, 12, 16
_KEY = 32
# scrypt with n = 2**14, r = 8, p = 1 needs 16 MiB and took 30 ms per derivation here (median of
# 7 runs on 2 shared, busy cores; 17 to 70 ms), so a guess costs an attacker as much while a
# person waits no more than a blink. A link stores no cost: changing it needs a new token kind.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def to_json(case: Case) -> bytes:
    """The compact form: defaults left out, so a link carries only what was answered.

    The id is always written, first: left to ``exclude_defaults``, it would be kept only because
    pydantic compares it with a freshly made id and the two differ, which is chance, not a rule.
    """
    answered = case.model_dump(mode="json", exclude_defaults=True, exclude={"id"})
    return orjson.dumps({"id": case.id, **answered})


def encode(case: Case, passphrase: str | None = None) -> str:
    """The case as a URL-safe token; with a passphrase, one nobody without it can read.

    The token carries the case as given: pass it through :func:`for_link` first to leave the
    personal notes behind. A passphrase is trimmed and Unicode-normalised, so what a person
    types on another device opens the link; one shorter than ``MIN_PASSPHRASE`` or longer than
    ``MAX_PASSPHRASE`` characters is refused with a ``ValueError`` saying so.
    """
    packed = zlib.compress(to_json(case), 9)
    if passphrase is None:
        return f"{SCHEMA_VERSION}.{_b64(packed)}"
    secret = _normalise(passphrase)
    if len(secret) < MIN_PASSPHRASE:
        raise ValueError(f"A passphrase needs at least {MIN_PASSPHRASE} characters: choose a longer one.")
    if len(secret) > MAX_PASSPHRASE:
        raise ValueError(f"A passphrase can have at most {MAX_PASSPHRASE} characters: choose a shorter one.")
    prefix = f"{SCHEMA_VERSION}{_LOCKED}."
    salt = secrets.token_bytes(_SALT)
    key, check = _derive(secret, salt)
    nonce = secrets.token_bytes(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, packed, prefix.encode("ascii"))
    return prefix + _b64(salt + check + nonce + sealed)


def decode(token: object, passphrase: str | None = None) -> Case:
    """The case a token holds, or a :class:`ShareLinkError` saying in words why not.

    A locked token raises :class:`PassphraseNeeded` without a passphrase (a blank one counts as
    none) and :class:`WrongPassphrase` with one that does not open it; a plain token ignores the
    passphrase. Any other failure, expected or not, is a plain :class:`ShareLinkError`.
    """
    try:
        return _decode(token, passphrase)
    except ShareLinkError:
        raise
    except Exception as exc:
        raise ShareLinkError(
            "This link is damaged and cannot be opened. Ask its sender for the link again."
        ) from exc


def _decode(token: object, passphrase: str | None) -> Case:
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
    if match.group(2) == _LOCKED:
        packed = _unlock(packed, f"{version}{_LOCKED}.", passphrase)
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
    return from_json(raw, source="link")


def _unlock(payload: bytes, prefix: str, passphrase: str | None) -> bytes:
    """The compressed case inside a locked token; scrypt runs only on a payload of a sane shape
    and a passphrase ``encode`` could have accepted, so junk costs no key derivation."""
    if len(payload) <= _SALT + _CHECK + _NONCE + _TAG:
        raise ShareLinkError(
            "This locked link was cut short when it was copied. Copy the whole link again."
        )
    if passphrase is None or not passphrase.strip():
        raise PassphraseNeeded(
            "This link is locked with a passphrase. Enter the passphrase its sender gave you to open it."
        )
    secret = _normalise(passphrase)
    wrong = WrongPassphrase(
        "This passphrase does not open this link. Check it with the person who sent it."
    )
    if not MIN_PASSPHRASE <= len(secret) <= MAX_PASSPHRASE:
        raise wrong
    salt, rest = payload[:_SALT], payload[_SALT:]
    check, rest = rest[:_CHECK], rest[_CHECK:]
    nonce, sealed = rest[:_NONCE], rest[_NONCE:]
    key, expected = _derive(secret, salt)
    if not hmac.compare_digest(check, expected):
        raise wrong
    try:
        return AESGCM(key).decrypt(nonce, sealed, prefix.encode("ascii"))
    except InvalidTag as exc:
        raise ShareLinkError(
            "This link was changed after it was made, so it cannot be opened. "
            "Ask its sender for the link again."
        ) from exc


def _normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase.strip())


def _derive(secret: str, salt: bytes) -> tuple[bytes, bytes]:
    """The AES key and a short check of it: a mismatching check means a wrong passphrase, a
    matching one with a failing tag a changed link (the check tells an attacker nothing the tag
    would not, and each guess still costs a derivation)."""
    kdf = Scrypt(salt=salt, length=_KEY + _CHECK, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    derived = kdf.derive(secret.encode("utf-8"))
    return derived[:_KEY], derived[_KEY:]


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
        found = " ".join(messages(exc)[:3])
        raise error(f"This {source} holds a case we cannot accept. {found}") from exc


def export_json(case: Case) -> bytes:
    """A readable file of the whole case, for keeping or moving it by hand."""
    return orjson.dumps(case.model_dump(mode="json"), option=orjson.OPT_INDENT_2)


# --- what leaves in a link --------------------------------------------------------------------


def for_link(case: Case, include_notes: bool) -> Case:
    """The case as a link carries it: the personal notes stay behind unless chosen for it."""
    return case if include_notes else case.model_copy(update={"notes": ""})
