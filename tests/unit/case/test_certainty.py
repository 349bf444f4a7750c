"""Certainty before and after: four yes-or-no questions, how they moved, which needs are unmet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.case import certainty
from advisor.case.certainty import COUNT, QUESTIONS, Certainty, Help, When, moved, ready, unmet, yes_count
from advisor.case.models import Case
from advisor.editing.edits import set_certainty
from advisor.errors import EditRefused
from advisor.sharing.codec import decode, encode, from_json, to_json
from advisor.sharing.link_contents import link_contents

ANSWERS = st.lists(st.none() | st.booleans(), min_size=COUNT, max_size=COUNT)


def test_four_questions_each_with_a_need_and_a_place_that_meets_it() -> None:
    assert COUNT == 4
    assert {q.help for q in QUESTIONS} == set(Help)
    for question in QUESTIONS:
        assert question.text.endswith("?") and question.need and question.next_step


def test_the_needs_point_where_the_brief_says() -> None:
    by_id = {q.id: q.help for q in QUESTIONS}
    assert by_id == {"sure": Help.VERDICT, "understand": Help.OPTIONS, "values": Help.WEIGH, "support": Help.SHARE}


def test_a_new_case_has_no_certainty_and_its_link_leaves_it_out() -> None:
    assert Case().certainty is None
    assert b"certainty" not in to_json(Case())


def test_an_answer_creates_the_record_and_changes_only_its_question() -> None:
    case = set_certainty(Case(), When.BEFORE, 2, False)
    assert case.certainty == Certainty(before=[None, None, False, None])
    case = set_certainty(case, When.AFTER, 0, True)
    assert case.certainty is not None
    assert case.certainty.before == [None, None, False, None]
    assert case.certainty.after == [True, None, None, None]


@pytest.mark.parametrize("question", [-1, COUNT, 99])
def test_a_question_that_does_not_exist_is_refused(question: int) -> None:
    with pytest.raises(EditRefused):
        set_certainty(Case(), When.BEFORE, question, True)


@pytest.mark.parametrize("answers", [[True] * 3, [True] * 5, [], ["maybe", None, None, None]])
def test_the_answers_are_bounded(answers: list[object]) -> None:
    with pytest.raises(ValidationError):
        Certainty.model_validate({"before": answers})


@given(ANSWERS, ANSWERS)
def test_certainty_travels_in_links_and_files(before: list[bool | None], after: list[bool | None]) -> None:
    case = Case(certainty=Certainty(before=before, after=after))
    assert decode(encode(case)) == case
    assert from_json(to_json(case)) == case


def test_the_link_says_it_carries_the_answers() -> None:
    case = set_certainty(Case(), When.BEFORE, 0, True)
    assert any("how sure you are" in sentence for sentence in link_contents(case, include_notes=False))


def test_how_certainty_moved_in_words() -> None:
    assert moved(None) is None
    before_only = Certainty(before=[True, False, False, True])
    assert moved(before_only) is None  # nothing asked at the verdict yet
    both = Certainty(before=[True, False, False, True], after=[True] * 4)
    assert moved(both) == "2 of 4 before → 4 of 4 now"
    after_only = Certainty(after=[True, True, False, None])
    text = moved(after_only)
    assert text is not None and text.startswith("2 of 4 now") and "not asked at the start" in text


@given(ANSWERS)
def test_the_unmet_needs_are_exactly_the_questions_answered_no(answers: list[bool | None]) -> None:
    needs = unmet(answers)
    assert [q.id for q in needs] == [q.id for q, a in zip(QUESTIONS, answers, strict=True) if a is False]
    assert yes_count(answers) + len(needs) + answers.count(None) == COUNT
    assert ready(answers) == (yes_count(answers) == COUNT)
    assert ready(answers) <= (not needs)


@given(ANSWERS, st.integers(0, COUNT - 1), st.booleans())
def test_a_yes_never_lowers_the_count_and_a_no_never_raises_it(
        answers: list[bool | None], index: int, yes: bool) -> None:
    changed = [*answers]
    changed[index] = yes
    if yes:
        assert yes_count(changed) >= yes_count(answers)
    else:
        assert yes_count(changed) <= yes_count(answers)


def test_the_module_knows_no_case() -> None:
    """The model imports certainty, so certainty must not import the model."""
    assert "Case" not in vars(certainty)


@given(ANSWERS)
def test_complete_means_every_question_answered(answers: list[bool | None]) -> None:
    assert certainty.complete(answers) is (None not in answers)
    assert certainty.complete(answers) or not ready(answers)  # four yeses are four answers
