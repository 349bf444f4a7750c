"""The reading corpus (tests/unit/reading/corpus) is well formed: every file parses, every kind and
topic is one the app knows, every reason fits the app's 80-character limit, no reason appears twice,
and there are enough rows to tune on and to measure with. This checks the data, not the reader."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from advisor.article.factors import Kind
from advisor.reading.topics import Topic

CORPUS = Path(__file__).parent / "corpus"
HEADER = ["kind", "topic", "activity", "reason"]
LIMIT = 80  # the app's limit on a reason


def rows(name: str) -> list[dict[str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    assert lines[0].split("\t") == HEADER, f"{name}: header"
    parsed = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == len(HEADER), f"{name}:{number}: {len(fields)} fields in {line!r}"
        parsed.append(dict(zip(HEADER, fields, strict=True)))
    # the csv module agrees on the split (no quoting surprises)
    with open(CORPUS / name, encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)) == parsed
    return parsed


TUNING = rows("tuning.tsv")
HELD_OUT = rows("held_out.tsv")
HELD_OUT_2 = rows("held_out_2.tsv")  # written later, blind to the reader and the other two files


@pytest.mark.parametrize(
    "name, table", [("tuning.tsv", TUNING), ("held_out.tsv", HELD_OUT), ("held_out_2.tsv", HELD_OUT_2)]
)
def test_values_are_valid(name: str, table: list[dict[str, str]]) -> None:
    for row in table:
        assert row["kind"] in {k.value for k in Kind}, f"{name}: kind in {row}"
        assert row["topic"] in {t.value for t in Topic}, f"{name}: topic in {row}"
        reason = row["reason"]
        assert reason and reason == reason.strip(), f"{name}: blank or padded reason in {row}"
        assert len(reason) <= LIMIT, f"{name}: {len(reason)} characters: {reason!r}"
        assert row["activity"] == row["activity"].strip(), f"{name}: padded activity in {row}"


def test_no_reason_twice() -> None:
    counts = Counter(row["reason"].casefold() for row in TUNING + HELD_OUT)
    assert not [reason for reason, n in counts.items() if n > 1]


def test_no_reason_twice_in_held_out_2() -> None:
    counts = Counter(row["reason"].casefold() for row in HELD_OUT_2)
    assert not [reason for reason, n in counts.items() if n > 1]


def test_enough_rows() -> None:
    assert len(TUNING) >= 180
    assert len(HELD_OUT) >= 130
    assert len(TUNING) + len(HELD_OUT) >= 310
    assert len(HELD_OUT_2) >= 160


@pytest.mark.parametrize("table", [TUNING, HELD_OUT, HELD_OUT_2], ids=["tuning", "held_out", "held_out_2"])
def test_every_topic_is_covered(table: list[dict[str, str]]) -> None:
    counts = Counter(row["topic"] for row in table)
    for topic in Topic:
        assert counts[topic.value] >= (3 if topic is Topic.UNKNOWN else 6), topic
