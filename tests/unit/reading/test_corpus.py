"""The topic reader against the labelled corpus (issue 31: ≥ 95 % right on the held-out part).

Run with ``-s`` to see both figures; ``python -m tests.unit.reading.corpus_figures`` prints them
too. Misreads are listed for the tuning file only: the held-out file is scored, never studied.
"""

from __future__ import annotations

import pytest

from tests.unit.reading.corpus_figures import HELD_OUT, TUNING, score


def test_the_tuning_part_is_read_right() -> None:
    tuning = score(TUNING)
    print("\n" + tuning.line())
    assert tuning.count >= 150
    assert tuning.right >= 0.95, tuning.line() + "\n" + "\n".join(tuning.misreads)
    assert tuning.unsure <= 0.20, tuning.line()


@pytest.mark.skipif(not HELD_OUT.exists(), reason="the held-out part is not written yet")
@pytest.mark.xfail(strict=True, reason="issue 31 bar not met yet: word lists + nearest exemplars score 91.8 % right "
                                       "with 20.5 % asked on held_out.tsv (rules alone 88.4 / 20.5; tuning 100 %, "
                                       "cross-validated own exemplars 95.1 / 18.2); remove this mark once it passes")
def test_the_held_out_part_is_read_right_without_asking_about_everything() -> None:
    held_out, tuning = score(HELD_OUT), score(TUNING)
    figures = f"{held_out.line()}; {tuning.line()}"
    print("\n" + figures)
    assert held_out.count >= 100
    assert held_out.right >= 0.95, figures
    assert held_out.unsure <= 0.20, figures
