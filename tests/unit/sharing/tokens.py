"""What the link tests share: a lock made once, locked tokens built by hand and read apart, and
the checks that a message is a sentence of ours."""

from __future__ import annotations

import base64
import os
import unicodedata
import zlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from advisor.case.models import Case
from advisor.errors import UnreadableInput
from advisor.sharing import locking
from advisor.sharing.codec import to_json

PASSPHRASE = "correct horse battery staple"
# Made once: each lock() costs a key derivation, slow on purpose.
LOCK = locking.lock(PASSPHRASE)


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


def assert_said(sentence: str) -> None:
    """A sentence of ours for a person: one capital at the start, a full stop at the end."""
    assert sentence[0].isupper() and sentence.endswith("."), sentence
    for leak in (*PYDANTICS, "zxcvbn", "score", "guesses"):
        assert leak not in sentence, sentence


def token_payload(token: str) -> bytes:
    body = token.split(".", 1)[1]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def first_kind_of_lock(case: Case, passphrase: str) -> str:
    """A locked token as the first locked links were made (``1L.``): scrypt with n = 2**14, r = 8,
    p = 1, no record of it in the token. Built here, by hand, so the test does not lean on the
    code it checks."""
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = unicodedata.normalize("NFC", passphrase.strip()).encode()
    derived = Scrypt(salt=salt, length=36, n=2**14, r=8, p=1).derive(secret)
    sealed = AESGCM(derived[:32]).encrypt(nonce, zlib.compress(to_json(case), 9), b"1L.")
    return "1L." + b64(salt + derived[32:] + nonce + sealed)
