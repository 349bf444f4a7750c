"""Sentences built from lists read as sentences."""

from __future__ import annotations

from advisor.wording import spoken_list


def test_words_from_lists_read_as_a_sentence() -> None:
    assert spoken_list(["a"]) == "a" and spoken_list(["a", "b", "c"]) == "a, b and c"
