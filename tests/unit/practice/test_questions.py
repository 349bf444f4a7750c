"""The catalogue of common questions: enough of them, in every group, each with its note."""

from __future__ import annotations

import re

import pytest

from advisor.practice.questions import GROUP_TITLES, QUESTION_IDS, QUESTIONS, STAR_TITLES, Group, in_group, question


def test_at_least_25_questions_with_short_stable_ids_once_each() -> None:
    assert len(QUESTIONS) >= 25
    assert len(QUESTION_IDS) == len(QUESTIONS)
    for q in QUESTIONS:
        assert re.fullmatch(r"[a-z][a-z_]{1,19}", q.id), q.id


def test_the_questions_the_hints_and_the_lead_name_are_there() -> None:
    for question_id in ("tell_me", "why_here", "five_years", "why_leaving", "salary", "conflict"):
        assert question(question_id).id == question_id


def test_every_group_has_a_title_and_questions() -> None:
    assert set(GROUP_TITLES) == set(Group)
    for group in Group:
        assert group.value == group.value.lower()
        assert len(in_group(group)) >= 3, group


def test_behavioural_questions_and_only_they_are_answered_in_the_star_frame() -> None:
    for q in QUESTIONS:
        assert q.star == (q.group is Group.BEHAVIOURAL), q.id
        if q.star:
            assert q.text.startswith("Tell me about a time"), q.text
    assert list(STAR_TITLES) == ["situation", "task", "action", "result"]


def test_each_question_is_a_sentence_with_a_note_on_what_they_listen_for() -> None:
    for q in QUESTIONS:
        assert q.text[0].isupper() and q.text[-1] in ".?", q.text
        assert q.listening_for[0].isupper() and q.listening_for.endswith("."), q.listening_for
        assert len(q.listening_for) <= 200, q.id


def test_an_unknown_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        question("why_not")
