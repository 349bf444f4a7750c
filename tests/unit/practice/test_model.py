"""Drafts in the case: validated like every answer, counted in the link's text budget, said
plainly when they do not fit, and old links and files still opening."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from pydantic import ValidationError

from advisor.case.debrief import Debrief
from advisor.case.examples import example_case
from advisor.case.models import TEXT_BUDGET, Case, Review, text_size
from advisor.case.practice import ANSWER_LENGTH, MAX_DRAFTS, Draft, Feeling
from advisor.case.refusals import refusals
from advisor.editing.practice_edits import choose_questions, set_draft
from advisor.practice.questions import QUESTIONS, question
from advisor.sharing.codec import decode, export_json, from_json
from tests.unit.practice.drafted import EIGHT, example_with_eight
from tests.unit.sharing.test_codec import OLD_EXAMPLE_TOKEN


def refused(data: dict[str, Any], model: type[Case] | type[Draft] = Case) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    found = refusals(caught.value, model)
    for line in found:
        assert line[0].isupper() and line.endswith("."), line
    return found


def test_a_new_case_has_no_drafts_and_old_links_and_files_still_open() -> None:
    assert Case().drafts == [] and Debrief().came_up == [] and Review(mentor="Ada").draft_notes == {}
    old = decode(OLD_EXAMPLE_TOKEN)
    assert old.drafts == [] and old.job.title == example_case().job.title
    without = orjson.loads(export_json(example_case()))
    del without["drafts"]
    assert from_json(orjson.dumps(without)) == example_case()


@pytest.mark.parametrize("data, said", [
    ({"drafts": [{"question": "why_not"}]}, "Question: is not one of our questions."),
    ({"drafts": [{"question": "why_here"}, {"question": "why_here"}]},
     "Your practice answers: two answers are drafted for the same question."),
    ({"drafts": [{"question": q.id} for q in QUESTIONS[:MAX_DRAFTS + 1]]}, "Your practice answers: at most 12 items."),
    ({"drafts": [{"question": "why_here", "answer": "a" * (ANSWER_LENGTH + 1)}]},
     "Your answer: at most 600 characters."),
    ({"drafts": [{"question": "conflict", "result": "r" * 301}]}, "Result: at most 300 characters."),
    ({"drafts": [{"question": "why_here", "feeling": "great"}]}, "How it went in rehearsal: is not one of the answers "
                                                                 "we offer."),
    ({"drafts": [{"question": "why_here", "situation": "s"}]},
     "Your practice answers: only a question about a time something happened is answered in situation, task, action "
     "and result."),
    ({"debrief": {"came_up": ["why_not"]}}, "Prepared questions that came up: is not one of our questions."),
    ({"reviews": [{"mentor": "Ada", "draft_notes": {"why_here": "n" * 301}}]},
     "Notes on the owner's answers (by question): a note on one answer can have at most 300 characters."),
    ({"reviews": [{"mentor": "Ada", "draft_notes": {"nope": "n"}}]},
     "Notes on the owner's answers (by question): is not one of our questions."),
])
def test_what_is_wrong_with_a_draft_is_said_in_words(data: dict[str, Any], said: str) -> None:
    assert said in refused(data)


def test_drafts_keep_the_catalogues_order_and_their_lists_are_tidy() -> None:
    case = Case.model_validate({"drafts": [{"question": "salary"}, {"question": "tell_me"}],
                                "debrief": {"came_up": ["salary", "tell_me", "salary"]},
                                "reviews": [{"mentor": "Ada", "draft_notes": {"salary": "ok", "tell_me": ""}}]})
    assert [d.question for d in case.drafts] == ["tell_me", "salary"]
    assert case.debrief is not None and case.debrief.came_up == ["tell_me", "salary"]
    assert case.reviews[0].draft_notes == {"salary": "ok"}


def test_drafts_and_the_mentors_notes_on_them_count_in_the_text_budget() -> None:
    base = text_size(example_case())
    case = Case.model_validate({**example_case().model_dump(), "drafts": [
        {"question": "why_here", "answer": "é" * 10}, {"question": "conflict", "situation": '"' * 5, "task": "t"}],
        "reviews": [{"mentor": "Ada", "draft_notes": {"why_here": "nice"}}]})
    assert text_size(case) == base + 20 + 10 + 1 + len("Ada") + 4


def test_the_example_with_eight_drafted_answers_fits() -> None:
    case = example_with_eight()
    assert [d.question for d in case.drafts] == sorted(EIGHT, key=[q.id for q in QUESTIONS].index)
    assert text_size(case) <= TEXT_BUDGET


def test_eight_full_answers_do_not_fit_and_the_refusal_says_which_text_to_shorten() -> None:
    """The budget holds six answers of the longest kind beside the example's own text: the
    seventh is refused with a sentence naming the answers and the longest of them, never a crash."""
    chosen = ["tell_me", "why_here", "five_years", "why_leaving", "weakness", "salary", "strengths", "proud"]
    case = choose_questions(example_case(), chosen)
    written = 0
    with pytest.raises(ValidationError) as caught:
        for question_id in chosen:
            case = set_draft(case, question_id, "answer", "w" * ANSWER_LENGTH)
            written += 1
    assert written == 6
    [sentence] = refusals(caught.value)
    assert sentence.startswith("All your text together is too long to fit in a link (")
    assert "your drafted answers take 4,200 of them" in sentence
    assert f"the longest for “{question('tell_me').text}”" in sentence
    assert sentence.endswith("shorten an answer, a note or a reason.")


def test_without_drafts_the_budgets_refusal_is_the_one_it_was() -> None:
    found = refused({"notes": "n" * 1_000, "reasons": [{"label": "l" * 80, "ask": "a" * 100}] * 20})
    assert any(line.endswith("characters): shorten a note or a reason.") for line in found), found


def test_a_feeling_is_one_of_three() -> None:
    assert [f.value for f in Feeling] == ["confident", "shaky", "not_yet"]
