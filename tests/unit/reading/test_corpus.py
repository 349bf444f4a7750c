"""The topic reader against the labelled corpus (issue 31: ≥ 95 % right on the held-out part).

Run with ``-s`` to see both figures; ``python -m tests.unit.reading.corpus_figures`` prints them
too. Misreads are listed for the tuning file only: the held-out file is scored, never studied.
"""

from __future__ import annotations

from tests.unit.reading.corpus_figures import HELD_OUT, HELD_OUT_2, TUNING, score

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


def test_the_untouched_held_out_part_is_read_right_without_asking_about_everything() -> None:
    """``held_out_2.tsv`` was written by someone who had seen neither the reader nor the other files,
    and scored once before this test was written: 95.3 % right, 19.0 % asked, topic 77.7 %.
    ``held_out.tsv`` was looked at three times while the reader was tuned (94.5 % right, 27.4 %
    asked at the third look), so it is reported beside it but no longer counts as held out."""
    held_out, spent, tuning = score(HELD_OUT_2), score(HELD_OUT), score(TUNING)
    figures = f"{held_out.line()}; {spent.line()} (looked at while tuning); {tuning.line()}"
    print("\n" + figures)
    assert held_out.count >= 160
    assert held_out.right >= 0.95, figures
    assert held_out.unsure <= ASKED_AT_MOST, figures
