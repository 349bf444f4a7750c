"""The brief's page of cue cards, read back from the PDF: each chosen question with the first line
of its answer, never the personal notes or a mentor's notes, and one page however full."""

from __future__ import annotations

import io

from pypdf import PdfReader

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.practice import ANSWER_LENGTH, PART_LENGTH, Feeling
from advisor.documents.brief import to_pdf
from advisor.documents.pdf_page import ELLIPSIS
from advisor.editing.edits import set_notes
from advisor.editing.practice_edits import choose_questions, set_draft, set_draft_note, set_feeling
from advisor.editing.reviews import start_review
from advisor.practice.questions import QUESTIONS, question
from advisor.practice.rehearsal import draft_text, first_line, saying_time
from tests.unit.practice.drafted import EIGHT, example_with_eight


def pages(pdf: bytes) -> list[str]:
    """Each page's text as a PDF reader extracts it, with its lines joined into one flow."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_cue_cards_hold_each_question_and_the_first_line_of_its_answer() -> None:
    case = set_feeling(example_with_eight(), "why_here", Feeling.CONFIDENT)
    brief, cards = pages(to_pdf(case))
    assert "Cue cards" in cards and "Cue cards" not in brief
    assert "The 8 questions you chose, each with the first line of your answer" in cards
    for draft in case.drafts:
        assert question(draft.question).text in cards, draft.question
        opening = first_line(draft_text(draft))
        assert opening in cards, opening
        assert f"Said in {saying_time(draft_text(draft))}" in cards
    why_here = next(draft for draft in case.drafts if draft.question == "why_here")
    assert f"Said in {saying_time(draft_text(why_here))} · in rehearsal: confident" in cards
    # Only the first line: the rest of an answer stays in the app.
    tell_me = EIGHT["tell_me"]["answer"]
    assert "At university I ran" in tell_me and "At university I ran" not in cards
    # A behavioural answer opens with its situation.
    assert EIGHT["pressure"]["situation"] in cards and EIGHT["pressure"]["result"] not in cards


def test_never_the_private_notes_nor_a_mentors_notes() -> None:
    case = set_notes(example_with_eight(), "PRIVATE: I only go for the practice.")
    case = set_draft_note(start_review(case, "Ada"), "Ada", "why_here", "MENTOR: too long.")
    text = " ".join(pages(to_pdf(case)))
    assert "PRIVATE" not in text and "MENTOR" not in text and "only go for the practice" not in text


def test_a_question_not_drafted_yet_says_so_and_no_questions_no_page() -> None:
    case = choose_questions(example_case(), ["why_here"])
    _, cards = pages(to_pdf(case))
    assert "The question you chose, with the first line of your answer" in cards
    assert "Why do you want to work here? Not drafted yet." in cards
    assert len(pages(to_pdf(example_case()))) == 1
    assert len(pages(to_pdf(choose_questions(Case(), ["salary"])))) == 2  # with no verdict yet too


def test_twelve_of_the_longest_questions_and_answers_stay_on_one_page() -> None:
    longest = sorted(QUESTIONS, key=lambda q: (-len(q.text), q.id))[:12]
    case = choose_questions(Case(), [q.id for q in longest])
    for q in longest:  # every card's opening as long as a line gets: one sentence with no end
        field, length = ("situation", PART_LENGTH) if q.star else ("answer", ANSWER_LENGTH // 2)
        case = set_draft(case, q.id, field, "W" * length)  # type: ignore[arg-type]
        case = set_feeling(case, q.id, Feeling.NOT_YET)
    found = pages(to_pdf(case))
    assert len(found) == 2
    cards = found[1]
    for q in longest:
        assert q.text[:20] in cards
    assert cards.count(ELLIPSIS) >= 12  # each opening was cut to its lines
    assert cards.count("in rehearsal: not yet") == 12
