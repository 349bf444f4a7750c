"""Text that could spoof or hide: direction controls, C1 controls, invisible-only text, and
indentation that Markdown would turn into a code block; messages name the field and say
"characters" for text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import Job
from advisor.case.refusals import refusals
from advisor.editing.edits import add_surprise, set_job
from advisor.editing.reviews import start_review
from advisor.escaping import shown as escape_markdown

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


def test_indentation_never_makes_a_code_block() -> None:
    shown = escape_markdown("first\n\n    indented")
    assert "\n    " not in shown
    assert "\u00a0\u00a0\u00a0\u00a0indented" in shown


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
