"""How the topic reader does on the labelled corpus: ``python -m tests.unit.reading.corpus_figures``.

A reading is right when its sort is the one the label gives, or when it is unsure: then Sort
asks the person the article's test instead of guessing, so a person is never told a wrong sort.
A confident wrong sort is wrong. The unsure share is reported beside it, since asking about
everything would score 100 %.

``tuning.tsv`` is what the word lists were written against; ``held_out.tsv`` and
``held_out_2.tsv`` were written apart and are only ever scored, never read to fix a reading (their
misreads are not listed). ``held_out.tsv``'s figure was seen three times while the reader was
tuned, so ``held_out_2.tsv``, written later without sight of the reader, is the held-out figure.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from advisor.reading.topics import read

CORPUS = Path(__file__).parent / "corpus"
TUNING = CORPUS / "tuning.tsv"
HELD_OUT = CORPUS / "held_out.tsv"
HELD_OUT_2 = CORPUS / "held_out_2.tsv"


@dataclass(frozen=True, slots=True)
class Figures:
    """A corpus file scored: shares of right, unsure and right-topic readings, and the misreads."""

    name: str
    count: int
    right: float
    unsure: float
    topic: float
    misreads: tuple[str, ...]

    def line(self) -> str:
        return (f"{self.name}: {self.right:.1%} right ({self.count} reasons), {self.unsure:.1%} asked, "
                f"topic {self.topic:.1%}")


def score(path: Path) -> Figures:
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    right = unsure = topic = 0
    misreads = []
    for row in rows:
        reading = read(row["reason"], row["activity"] or "")
        correct = not reading.sure or reading.core == (row["kind"] == "core")
        right += correct
        unsure += not reading.sure
        topic += reading.topic.value == row["topic"]
        if not correct:
            misreads.append(f"{row['reason']!r} (activity {row['activity']!r}): read {reading.topic.value}, "
                            f"label {row['kind']} / {row['topic']}")
    count = len(rows)
    return Figures(path.stem, count, right / count, unsure / count, topic / count, tuple(misreads))


def main() -> None:
    for path in (TUNING, HELD_OUT, HELD_OUT_2):
        print(score(path).line() if path.exists() else f"{path.stem}: not there yet")


if __name__ == "__main__":
    main()
