"""A balance and a verdict in words: the same close-call band on every surface."""

from __future__ import annotations

import pytest

from advisor.judgement.in_words import FIRM_MARGIN, firmness, lean_words, says_go
from advisor.judgement.scoring import CLOSE_CALL, Verdict


def test_says_go_per_verdict() -> None:
    assert says_go(Verdict.NEGOTIATE) is True
    assert says_go(Verdict.PRACTICE) is True
    assert says_go(Verdict.SKIP) is False
    assert says_go(Verdict.CLOSE_CALL) is None


@pytest.mark.parametrize("balance", [-1.0, -0.6, -0.3, -0.1, 0.0, 0.1, 0.3, 0.6, 1.0])
def test_lean_words_never_leave_a_number_alone(balance: float) -> None:
    words = lean_words(balance)
    assert words
    if abs(balance) < CLOSE_CALL:
        assert words == "about even"
    else:
        assert ("going" if balance > 0 else "skipping") in words


@pytest.mark.parametrize(("verdict", "balance", "firm"), [
    (Verdict.NEGOTIATE, 0.9, True), (Verdict.NEGOTIATE, CLOSE_CALL + FIRM_MARGIN, True),
    (Verdict.PRACTICE, CLOSE_CALL + FIRM_MARGIN - 0.01, False), (Verdict.NEGOTIATE, CLOSE_CALL, False),
    (Verdict.CLOSE_CALL, 0.0, False), (Verdict.CLOSE_CALL, 0.1, False),
    (Verdict.SKIP, -CLOSE_CALL, False), (Verdict.SKIP, -0.5, True),
])
def test_how_firm_a_verdict_is(verdict: Verdict, balance: float, firm: bool) -> None:
    is_firm, words = firmness(verdict, balance)
    assert is_firm is firm
    assert words.startswith("A clear lead" if firm else "Close — the full steps can tip it")
    assert f"{balance:+.2f}" not in words and "±" not in words  # the figures live under "How is this computed?"
    assert lean_words(balance) in words
