"""Sentences built from lists read as sentences."""

from __future__ import annotations

from advisor.wording import full_stop, is_condition, spoken_list


def test_words_from_lists_read_as_a_sentence() -> None:
    assert spoken_list(["a"]) == "a" and spoken_list(["a", "b", "c"]) == "a, b and c"


def test_a_sentence_ends_once() -> None:
    """A quoted sentence of the person's that ends the app's sentence brings its own stop."""
    assert full_stop("Ask for “Home days”, for “The office is far.”") == "Ask for “Home days”, for “The office is far.”"
    assert full_stop("Ask for “Home days”, for “Office days”") == "Ask for “Home days”, for “Office days”."
    assert full_stop("Is it far?") == "Is it far?"


def test_a_line_written_as_a_condition_is_told_apart() -> None:
    assert is_condition("If they expect a ten-year commitment") and is_condition("unless it's remote")
    assert not is_condition("Ten-hour shifts at most") and not is_condition("Iffy hours at most")
    # a limit, not a thing to be offered (Lucía's and Ivan's lines in the fourth fresh round)
    assert is_condition("No portfolio rights at all") and is_condition("Less than 2,800 a month net")
    assert not is_condition("Nobody's old shifts") and not is_condition("Notice of a month")
