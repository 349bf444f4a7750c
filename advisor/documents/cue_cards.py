"""A page of cue cards for the PDF brief: each chosen question with the first line of its answer.

A cue card prompts, it does not recite: the opening of the answer is enough to set the rest going,
and a card read aloud word for word sounds read. Only the question and the person's own draft go on
it, never their personal notes or a mentor's notes. Two cards a row, at most twelve, each bounded in
lines, so the page's height never depends on what was typed.
"""

from __future__ import annotations

from advisor.case.labels import FEELING_LABELS
from advisor.case.models import Case
from advisor.case.practice import Draft
from advisor.documents.pdf_page import BODY, GREY, Page
from advisor.practice.questions import question
from advisor.practice.rehearsal import draft_text, first_line, saying_time

COLUMNS = 2
COLUMN_GAP = 4.0  # mm between two cards of a row
ROW_GAP = 3.0  # mm between rows
PAD = 2.5  # mm inside a card's border
MAX_QUESTION_LINES = 2
MAX_OPENING_LINES = 3
BORDER = (150, 150, 150)


def cue_cards(page: Page, case: Case) -> None:
    """Add the page of cue cards to the brief; nothing when no question is chosen."""
    if not case.drafts:
        return
    pdf = page.pdf
    pdf.add_page()
    page.heading("Cue cards")
    page.font(BODY, colour=GREY)
    count = len(case.drafts)
    chosen = "The question you chose, with" if count == 1 else f"The {count} questions you chose, each with"
    page.line(f"{chosen} the first line of your answer: read the question, then say the rest aloud.")
    page.font()
    page.gap()
    width = (page.width - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS
    for start in range(0, count, COLUMNS):
        top = pdf.get_y()
        bottoms = [_card(page, draft, column * (width + COLUMN_GAP), top, width)
                   for column, draft in enumerate(case.drafts[start:start + COLUMNS])]
        height = max(bottoms) - top + PAD
        pdf.set_draw_color(*BORDER)
        pdf.set_line_width(0.2)
        for column in range(len(bottoms)):
            pdf.rect(pdf.l_margin + column * (width + COLUMN_GAP), top, width, height)
        pdf.set_y(top + height + ROW_GAP)


def _card(page: Page, draft: Draft, offset: float, top: float, width: float) -> float:
    """One card's text from ``top``, ``offset`` mm from the left margin; where its text ends."""
    inner = width - 2 * PAD
    page.pdf.set_y(top + PAD)
    page.font(BODY, bold=True)
    page.paragraph(question(draft.question).text, MAX_QUESTION_LINES, indent=offset + PAD, width=inner)
    said = draft_text(draft)
    page.font(BODY)
    page.paragraph(first_line(said) if said else "Not drafted yet.", MAX_OPENING_LINES, indent=offset + PAD,
                   width=inner)
    details = [f"said in {saying_time(said)}"] if said else []
    if draft.feeling is not None:
        details.append(f"in rehearsal: {FEELING_LABELS[draft.feeling].lower()}")
    if details:
        page.font(BODY - 1, colour=GREY)
        line = " · ".join(details)
        page.paragraph(line[:1].upper() + line[1:], 1, indent=offset + PAD, width=inner)
    page.font()
    return page.pdf.get_y()
