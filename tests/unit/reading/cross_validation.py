"""The reader cross-validated on what it may be tuned on: ``python -m tests.unit.reading.cross_validation``.

The word lists were written against all of ``tuning.tsv``, so its own figure flatters them. Here
the nearest-reasons half is scored fairly: the exemplars (own rows and tuning rows) are split in
five, and each fifth is read with a bank built from the other four. Since the issue 31 pass that
set the thresholds, the word lists have also been written against the misreads of the own rows
(life plans, staffing, demotions, travel to customers …), so their figure flatters the word
lists as well; the thresholds were chosen on the own rows scored with the lists as they were
before that pass (97.6 % right, 25.0 % asked). The held-out file is never read here.
"""

from __future__ import annotations

import random

from advisor.reading.nearest import bank_of, exemplar_rows
from advisor.reading.topics import read

FOLDS = 5


def main() -> None:
    rows = exemplar_rows()
    activities = _tuning_activities()
    order = list(range(len(rows)))
    random.Random(1).shuffle(order)
    tally: dict[str, list[int]] = {}
    for fold in range(FOLDS):
        test = set(order[fold::FOLDS])
        bank = bank_of([row for i, row in enumerate(rows) if i not in test])
        for i in test:
            row = rows[i]
            reading = read(row["reason"], activities.get(row["reason"], "") if row["source"] == "tuning" else "", bank)
            right = not reading.sure or reading.core == (row["kind"] == "core")
            counts = tally.setdefault(row["source"], [0, 0, 0, 0])
            counts[0] += 1
            counts[1] += int(right)
            counts[2] += int(not reading.sure)
            counts[3] += int(reading.topic.value == row["topic"])
    for source, (count, hits, unsure, topic) in sorted(tally.items()):
        print(f"{source} (cross-validated): {hits / count:.1%} right ({count} reasons), {unsure / count:.1%} asked, "
              f"topic {topic / count:.1%}")


def _tuning_activities() -> dict[str, str]:
    import csv

    from tests.unit.reading.corpus_figures import TUNING

    with TUNING.open(encoding="utf-8", newline="") as file:
        return {row["reason"]: row["activity"] or "" for row in csv.DictReader(file, delimiter="\t",
                                                                                quoting=csv.QUOTE_NONE)}


if __name__ == "__main__":
    main()
