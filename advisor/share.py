"""A case in a link, and a case in a file: the only ways a case leaves or enters the app.

A token is ``<version>.<base64url(zlib(compact JSON))>``. Nothing is stored on a server, so the
link *is* the case; it arrives from anyone, so decoding checks the size before it inflates
anything and turns every failure into one exception with a sentence a person understands.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib

import orjson
from pydantic import ValidationError

from advisor.models import SCHEMA_VERSION, Case, messages

MAX_TOKEN = 10_000
MAX_JSON = 64 * 1024
MAX_FILE = 100 * 1024
_TOKEN = re.compile(r"(\d{1,4})\.([A-Za-z0-9_-]+)")


class ShareLinkError(ValueError):
    """A link or file that cannot be opened; the message says why and what to do."""


def to_json(case: Case) -> bytes:
    """The compact form: defaults left out, so a link carries only what was answered."""
    return orjson.dumps(case.model_dump(mode="json", exclude_defaults=True))


def encode(case: Case) -> str:
    packed = zlib.compress(to_json(case), 9)
    return f"{SCHEMA_VERSION}.{base64.urlsafe_b64encode(packed).rstrip(b'=').decode('ascii')}"


def decode(token: object) -> Case:
    try:
        return _decode(token)
    except ShareLinkError:
        raise
    except Exception as exc:
        raise ShareLinkError(
            "This link is damaged and cannot be opened. Ask its sender for the link again."
        ) from exc


def _decode(token: object) -> Case:
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
    body = match.group(2)
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_JSON)
    except (binascii.Error, zlib.error, ValueError) as exc:
        raise ShareLinkError(
            "This link was cut short or changed after it was made. Copy the whole link again."
        ) from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise ShareLinkError(
            "This link was cut short or holds far too much to be a case. Copy the whole link again."
        )
    return from_json(raw, source="link")


def from_json(raw: bytes, source: str = "file") -> Case:
    """Read a case from JSON (a link's inside or an exported file), validated by the model."""
    limit = MAX_JSON if source == "link" else MAX_FILE
    if len(raw) > limit:
        raise ShareLinkError(f"This {source} is too large to be a case (the limit is {limit // 1024} KB).")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ShareLinkError(f"This {source} does not hold a case: its text is not valid JSON.") from exc
    if not isinstance(data, dict):
        raise ShareLinkError(f"This {source} does not hold a case.")
    version = data.get("version", 1)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise ShareLinkError(
            f"This {source} was made by a newer version of Interview Advisor and cannot be "
            "opened here."
        )
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        found = " ".join(messages(exc)[:3])
        raise ShareLinkError(f"This {source} holds a case we cannot accept. {found}") from exc


def export_json(case: Case) -> bytes:
    """A readable file of the whole case, for keeping or moving it by hand."""
    return orjson.dumps(case.model_dump(mode="json"), option=orjson.OPT_INDENT_2)
