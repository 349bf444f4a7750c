"""A long fuzz run of everything that reads a case from outside: links and JSON files.

The test suite runs a few thousand examples; this runs at least 100,000 random and mutated
tokens and thousands of random JSON files, and reports how many were tried and that nothing
but UnreadableInput (a link or file error, with a message) came out. ``make fuzz``.
"""

from __future__ import annotations

import base64
import random
import string
import sys
import time
import zlib
from collections.abc import Callable, Iterator

import orjson

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.errors import UnreadableInput
from advisor.sharing.codec import decode, encode, from_json

TOKENS = 100_000
FILES = 20_000


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _seeds() -> list[str]:
    example = example_case()
    return [encode(example), encode(Case()), encode(example.model_copy(update={"reasons": []}))]


def _mutate(rnd: random.Random, token: str) -> str:
    chars = list(token)
    for _ in range(rnd.randint(1, 4)):
        action = rnd.randrange(6)
        position = rnd.randrange(len(chars) or 1)
        if action == 0 and chars:
            chars[position] = rnd.choice(string.ascii_letters + string.digits + "-_.=%+/ ")
        elif action == 1:
            chars.insert(position, rnd.choice(string.printable))
        elif action == 2 and chars:
            del chars[position]
        elif action == 3:
            chars = chars[: rnd.randrange(len(chars) + 1)]
        elif action == 4:
            chars = list(str(rnd.choice([0, 2, 9, 10_000])) + "".join(chars).partition(".")[2])
        else:
            chars += chars[: rnd.randrange(len(chars) + 1)]
    return "".join(chars)


def _tampered_json(rnd: random.Random) -> str:
    data = example_case().model_dump(mode="json")
    victim = rnd.choice(["job", "reasons", "weights", "checklist", "notes", "reviews", "version"])
    data[victim] = rnd.choice([None, 5, -1, "x" * rnd.randint(0, 5000), [], {}, [1] * 50, True, 1e308])
    return f"1.{_b64(zlib.compress(orjson.dumps(data)))}"


def _tokens(rnd: random.Random) -> Iterator[str]:
    seeds = _seeds()
    for index in range(TOKENS):
        kind = index % 5
        if kind == 0:
            yield "".join(rnd.choice(string.printable) for _ in range(rnd.randint(0, 200)))
        elif kind == 1:
            yield f"1.{_b64(rnd.randbytes(rnd.randint(0, 600)))}"
        elif kind == 2:
            yield _tampered_json(rnd)
        else:
            yield _mutate(rnd, rnd.choice(seeds))


def _json_files(rnd: random.Random) -> Iterator[bytes]:
    leaves: list[Callable[[], object]] = [
        lambda: rnd.randint(-10**6, 10**6), lambda: rnd.random(), lambda: None, lambda: True,
        lambda: "".join(rnd.choice(string.printable) for _ in range(rnd.randint(0, 40))),
    ]

    def value(depth: int) -> object:
        if depth > 3 or rnd.random() < 0.4:
            return rnd.choice(leaves)()
        if rnd.random() < 0.5:
            return [value(depth + 1) for _ in range(rnd.randint(0, 5))]
        keys = ["job", "reasons", "weights", "title", "label", "severity", "kind", "version", "x"]
        return {rnd.choice(keys): value(depth + 1) for _ in range(rnd.randint(0, 5))}

    base = example_case().model_dump(mode="json")
    for index in range(FILES):
        if index % 2:
            yield orjson.dumps(value(0))
        else:
            data = dict(base)
            data[rnd.choice(list(data))] = value(1)
            raw = orjson.dumps(data)
            yield raw[: rnd.randint(0, len(raw))] if index % 4 == 0 else raw


def _check(label: str, items: Iterator[object], read: Callable[[object], Case]) -> tuple[int, int, int]:
    tried = refused = 0
    for item in items:
        tried += 1
        try:
            read(item)
        except UnreadableInput as error:
            if not str(error):
                raise AssertionError(f"{label}: a refusal without a message for {item!r:.80}") from error
            refused += 1
        except Exception as error:  # the point of the run: anything else is a bug
            raise AssertionError(f"{label}: {type(error).__name__} for {item!r:.120}") from error
    return tried, refused, tried - refused


def main() -> int:
    rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 2026)
    started = time.perf_counter()
    tokens = _check("link", _tokens(rnd), decode)
    files = _check("file", _json_files(rnd), lambda raw: from_json(raw))  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    print(f"links: {tokens[0]:,} tried, {tokens[1]:,} refused with a message, {tokens[2]:,} valid cases")
    print(f"JSON files: {files[0]:,} tried, {files[1]:,} refused with a message, {files[2]:,} valid cases")
    print(f"no other exception in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
