"""The catalogue of common questions: enough of them, in every group, each with its note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.practice.hints import HINTED, hint
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


ARTICLE = Path(__file__).resolve().parents[4] / "shared" / "seed" / "interviewing-for-a-job-you-do-not-want.txt"


def _runs(text: str, length: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
    return {tuple(words[i:i + length]) for i in range(len(words) - length + 1)}


@pytest.mark.skipif(not ARTICLE.exists(), reason="the article is kept beside the project, not in it")
def test_the_catalogue_and_the_hints_are_in_our_own_words_not_the_articles() -> None:
    """No run of six words of the article appears in a question, its note or a hint."""
    article = _runs(ARTICLE.read_text(encoding="utf-8"))
    ours = [text for q in QUESTIONS for text in (q.text, q.listening_for)]
    ours += [hint(case, q) or "" for case in (Case(), example_case()) for q in HINTED]
    for text in ours:
        assert not _runs(text) & article, text
