"""Text that could spoof or hide: direction controls, C1 controls and invisible-only text are
cleaned out of every field a person types."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import Job
from advisor.editing.reviews import start_review

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("control", [*BIDI, "\x80", "\x85", "\x9f"])
def test_direction_and_c1_controls_are_removed(control: str) -> None:
    assert Job(title=f"abc{control}gpj.exe").title == "abcgpj.exe"


@pytest.mark.parametrize("blank", ["\u200b", "\u200b\u200c \u2060", "\ufeff", " \u00ad "])
def test_text_that_shows_nothing_is_empty(blank: str) -> None:
    assert Job(title=blank).title == ""
    with pytest.raises(ValidationError):
        start_review(example_case(), blank)


def test_joiners_inside_visible_text_are_kept() -> None:
    family = "\U0001f469\u200d\U0001f467"
    assert Job(title=family).title == family
