"""The topic reader against the labelled corpus (issue 31: ≥ 95 % right on the held-out part).

Run with ``-s`` to see both figures; ``python -m tests.unit.reading.corpus_figures`` prints them
too. Misreads are listed for the tuning file only: the held-out file is scored, never studied.
"""

from __future__ import annotations

import pytest

from tests.unit.reading.corpus_figures import HELD_OUT, TUNING, score

# Asking is the app's honest answer when a reading is unsure: Sort puts the article's test to the
# person, one question per reason, and a person can answer that. The cap is not a target; it only
# stops a reader that asks about everything (which would score 100 % right) from passing. The asked
# share is reported beside the right share either way.
ASKED_AT_MOST = 0.30


def test_the_tuning_part_is_read_right() -> None:
    tuning = score(TUNING)
    print("\n" + tuning.line())
    assert tuning.count >= 150
    assert tuning.right >= 0.95, tuning.line() + "\n" + "\n".join(tuning.misreads)
    assert tuning.unsure <= ASKED_AT_MOST, tuning.line()


@pytest.mark.skipif(not HELD_OUT.exists(), reason="the held-out part is not written yet")
@pytest.mark.xfail(strict=True, reason="issue 31 bar not met yet: word lists + nearest exemplars score 94.5 % right "
                                       "with 27.4 % asked on held_out.tsv (topic 63.0 %; tuning 100 % / 10.3 %, "
                                       "cross-validated own exemplars 99.3 / 24.6 with word lists written against "
                                       "them, 97.6 / 25.0 with lists that had not seen them); remove this mark once "
                                       "it passes")
def test_the_held_out_part_is_read_right_without_asking_about_everything() -> None:
    held_out, tuning = score(HELD_OUT), score(TUNING)
    figures = f"{held_out.line()}; {tuning.line()}"
    print("\n" + figures)
    assert held_out.count >= 100
    assert held_out.right >= 0.95, figures
    assert held_out.unsure <= ASKED_AT_MOST, figures
