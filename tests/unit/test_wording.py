"""Sentences built from lists read as sentences."""

from __future__ import annotations

from advisor.documents.plan import in_sentence
from advisor.wording import spoken_list


def test_words_from_lists_read_as_a_sentence() -> None:
    assert in_sentence("Day or evening shifts only") == "day or evening shifts only"
    assert in_sentence("UX design work") == "UX design work"
    assert spoken_list(["a"]) == "a" and spoken_list(["a", "b", "c"]) == "a, b and c"
