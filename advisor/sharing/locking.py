"""Locking a link with a passphrase: how its key is made, which passphrases may lock, and one on offer.

Whoever holds a locked link can try passphrases against it offline, as fast as their machines
allow, for as long as they like. Two things stand in their way, and both are set here: what one
try costs (the key derivation) and how many tries a passphrase takes (the policy).

The key comes from Argon2id with 64 MiB, 6 passes and 1 lane (``benchmarks/kdf.py`` measures it
against the scrypt with n = 2**14 that the first locked links used). A token records which
derivation made its key; a token opens only with a derivation listed in :data:`KNOWN`, so a
crafted token cannot make the server spend more than a real one costs.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from xkcdpass import xkcd_password
from zxcvbn import zxcvbn

__all__ = [
    "CURRENT",
    "KNOWN",
    "MAX_PASSPHRASE",
    "SCRYPT_V1",
    "STRONG_GUESSES",
    "SUGGESTED_WORDS",
    "WORDS",
    "Kdf",
    "Lock",
    "derive",
    "lock",
    "normalise",
    "suggest",
    "weakness",
]

MAX_PASSPHRASE: Final = 200
SALT: Final = 16
CHECK: Final = 4
_KEY = 32
_KINDS: Final = {"scrypt": 1, "argon2id": 2}


@dataclass(frozen=True)
class Kdf:
    """One way of making a key from a passphrase, with its costs; ``header`` is how a token
    records it (scrypt: log2 n, r, p; Argon2id: log2 of the memory in KiB, passes, lanes)."""

    kind: Literal["scrypt", "argon2id"]
    log2_memory: int
    passes: int
    lanes: int

    @property
    def header(self) -> bytes:
        return bytes((_KINDS[self.kind], self.log2_memory, self.passes, self.lanes))

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """The key and its check, slow on purpose."""
        if self.kind == "scrypt":
            return Scrypt(salt=salt, length=_KEY + CHECK, n=2**self.log2_memory, r=self.passes,
                          p=self.lanes).derive(secret)
        return Argon2id(salt=salt, length=_KEY + CHECK, iterations=self.passes, lanes=self.lanes,
                        memory_cost=2**self.log2_memory).derive(secret)


# The first locked links (``<version>L.``) record nothing: their key came from this scrypt
# (16 MiB), an eighth of OWASP's minimum for scrypt. They still open; nothing is locked with it.
SCRYPT_V1: Final = Kdf("scrypt", 14, 8, 1)
# OWASP's first choice, Argon2id, well above its minimum (19 MiB, 2 passes), which measured no
# slower here than SCRYPT_V1: RFC 9106's 64 MiB with one lane (two cores serve every visitor), and
# as many passes as make a guess cost 8 times one against SCRYPT_V1 (OWASP's scrypt minimum is 8
# times its memory): 6 passes measured 8.4 times, 4 passes 6.2. Half the memory of scrypt at
# OWASP's n = 2**17 (128 MiB, every derivation while it runs). A session derives once per passphrase.
CURRENT: Final = Kdf("argon2id", 16, 6, 1)
KNOWN: Final[Mapping[bytes, Kdf]] = MappingProxyType({CURRENT.header: CURRENT})


@dataclass(frozen=True)
class Lock:
    """A derived key, ready to lock any number of tokens (each with a fresh nonce): derivation
    is slow on purpose, so a session derives once per passphrase and keeps this."""

    kdf: Kdf
    salt: bytes
    key: bytes = field(repr=False)
    check: bytes = field(repr=False)


def normalise(passphrase: str) -> str:
    """Trimmed and in one Unicode form, so what a person types on another device opens it."""
    return unicodedata.normalize("NFC", passphrase.strip())


def derive(passphrase: str, kdf: Kdf, salt: bytes) -> Lock:
    """The lock a passphrase makes with this derivation and salt: no policy, since a link that
    was locked with it already exists (opening it, or locking again what it opened)."""
    derived = kdf.derive(normalise(passphrase).encode("utf-8"), salt)
    return Lock(kdf, salt, derived[:_KEY], derived[_KEY:])


def lock(passphrase: str) -> Lock:
    """A new lock for links, or a ``ValueError`` with the sentence :func:`weakness` gives."""
    refused = weakness(passphrase)
    if refused is not None:
        raise ValueError(refused)
    return derive(passphrase, CURRENT, secrets.token_bytes(SALT))


# zxcvbn's estimate of the guesses a passphrase takes: at least 10**10, its top score, "strong
# protection from offline slow-hash" in its own words, and offline guessing against a slow hash is
# what a locked link meets. A length rule would pass "aaaaaaaaaa" and "1234567890", which any
# guessing list tries first; zxcvbn also knows common passwords, names, keyboard runs and dates.
# It reads at most 72 characters (its own limit): a passphrase whose start is strong enough is.
STRONG_GUESSES: Final = 10**10
_ESTIMATED = 72


def weakness(passphrase: str) -> str | None:
    """Why a passphrase may not lock a link, as a sentence; None when it may. Opening a link asks
    nothing of its passphrase beyond its length: links locked before this rule still open."""
    secret = normalise(passphrase)
    if not secret:
        return "Type a passphrase to lock the links."
    if len(secret) > MAX_PASSPHRASE:
        return f"A passphrase can have at most {MAX_PASSPHRASE} characters: choose a shorter one."
    if zxcvbn(secret[:_ESTIMATED])["guesses"] < STRONG_GUESSES:
        return ("This passphrase is too easy to guess: whoever has the link could try one passphrase after "
                "another until it opens. Use four or more words that don't belong together, or a suggested "
                "passphrase.")
    return None


# The EFF's long list for passphrases (7,776 words chosen to be easy to spell and tell apart),
# shipped by xkcdpass. Four words are 7,776**4 ≈ 3.7e15 passphrases (51.7 bits): at the 4 guesses
# a second benchmarks/kdf.py measured on two cores, a century of tries covers 4 in a million.
WORDS: Final = tuple(sorted(xkcd_password.generate_wordlist(
    wordfile=xkcd_password.locate_wordfile("eff-long"), min_length=3, max_length=9)))
SUGGESTED_WORDS: Final = 4


def suggest() -> str:
    """Four random words from the EFF's list (``secrets``), always one the policy accepts
    (zxcvbn put each of 2,000 of them above 10**12 guesses; the loop makes sure of any other)."""
    while True:
        passphrase = " ".join(secrets.choice(WORDS) for _ in range(SUGGESTED_WORDS))
        if weakness(passphrase) is None:
            return passphrase
