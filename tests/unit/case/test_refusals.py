"""A field's refusals in words: the message names the field and says "characters" for text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.refusals import refusals
from advisor.editing.edits import add_surprise, set_job
from advisor.editing.reviews import start_review


def _messages(change: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        change()  # type: ignore[operator]
    return refusals(caught.value)


def test_a_too_long_question_is_counted_in_characters() -> None:
    assert _messages(lambda: add_surprise(example_case(), "x" * 200)) == [
        "Questions that surprised you: at most 150 characters."]


def test_a_too_long_mentor_name_names_the_field() -> None:
    assert _messages(lambda: start_review(example_case(), "y" * 100)) == ["Mentor's name: at most 60 characters."]


def test_a_too_long_title_names_the_field() -> None:
    assert _messages(lambda: set_job(example_case(), "title", "z" * 101)) == ["Job title: at most 100 characters."]
