"""The case as a one-page PDF brief to print or keep on a phone for the day of the interview.

One page whatever the case holds: every section has a largest number of lines (a long text ends
in "…", a long list says how many more there are), so the height of the page is fixed by the
layout, never by what was typed, and the tests check the fullest case. When the person chose
questions to practise, a second page of cue cards follows (``advisor.documents.cue_cards``). How text is drawn (plain,
in the bundled font) is ``advisor.documents.pdf_page``'s.
"""

from __future__ import annotations

from advisor.case.arguments import core_words, quoted
from advisor.case.models import Case
from advisor.documents.calendar import long_date
from advisor.documents.cue_cards import cue_cards
from advisor.documents.next_move import next_move
from advisor.documents.palette import CON_COLOUR, PRO_COLOUR
from advisor.documents.pdf_page import BODY, GREY, LINE, MARGIN, Page, rgb
from advisor.documents.plan import (
    asks_in_order,
    asks_stand,
    closing_line,
    cost_reminder,
    needed_checklist,
    walk_away_line,
)
from advisor.judgement.defaults import unsettled_sentence, verdict_ready
from advisor.judgement.options import Option, evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, Assessment, Contribution, Verdict, evaluate

ROW = 4.0  # mm per bar of the chart
MAX_BARS = 10
LABEL_WIDTH, VALUE_WIDTH = 58.0, 10.0  # mm: the factor titles, and the numbers beside the bars
OPTION_WIDTH = 75.0  # mm for an option's title, its verdict beside it

MAX_REASON_LINES = 3
MAX_OPTIONS = 6
MAX_ASKS = 4
MAX_ASK_LINES = 2  # an ask and the line it is said with; an ask without a walk-away line may wrap
WALK_AWAY_INDENT = 4.0  # mm
MAX_CLOSING_LINES = 4
MAX_MESSAGE_LINES = 3
MAX_WHY_LINES = 2  # the caveat of an unsettled verdict, and why the next step comes first


def to_pdf(case: Case) -> bytes:
    """The brief, in the report's order: who and what, the verdict with its reason and the next step
    (its message ready), the asks with their walk-away lines, the honest closing line, what is
    still to prepare, the options, and the weighing drawn as bars last, on one A4 page; then the cue
    cards of the chosen questions, if there are some, on a page of their own."""
    title = case.job.title or "Untitled job"
    page = Page(f"Interview brief: {title}")
    _title(page, case, title)
    if not verdict_ready(case):
        page.paragraph("No verdict yet: describe the job and give at least one reason why you might not want it.",
                       MAX_REASON_LINES)
        _footer(page)
        cue_cards(page, case)
        return bytes(page.pdf.output())
    assessment = evaluate(case, flip=False)
    options = evaluate_options(case)
    _verdict(page, case, assessment, options)
    _asks(page, case, assessment)
    _closing(page, case, assessment)
    _checklist(page, case, assessment)
    _options(page, options)
    _chart(page, assessment)
    _footer(page)
    cue_cards(page, case)
    return bytes(page.pdf.output())


def _title(page: Page, case: Case, title: str) -> None:
    job = case.job
    page.font(BODY, colour=GREY)
    page.line("Interview brief")
    page.font(16, bold=True)
    page.line(title, 8)
    details = [f"at {job.company}"] if job.company else []
    if job.interview_date:
        details.append(f"interview on {long_date(job.interview_date)}")
    page.font(10)
    page.line(" · ".join(details) or "No company or date given yet", 5.5)
    page.font()
    page.gap()


def _verdict(page: Page, case: Case, assessment: Assessment, options: list[Option]) -> None:
    page.heading("The verdict")
    page.font(12, bold=True)
    page.line(VERDICT_TITLES[assessment.verdict], 6)
    page.font()
    if caveat := unsettled_sentence(case, assessment.verdict):
        page.paragraph(caveat, MAX_WHY_LINES)
    page.paragraph(assessment.reason, MAX_REASON_LINES)
    move = next_move(case, assessment.verdict, options[0])
    page.font(bold=True)
    page.line(f"Next step: {move.title}")
    page.font()
    page.paragraph(move.why, MAX_WHY_LINES)
    page.paragraph(move.message, MAX_MESSAGE_LINES, indent=WALK_AWAY_INDENT)
    page.gap()


def _chart(page: Page, assessment: Assessment) -> None:
    """The weighted pros and cons as horizontal bars from a middle line: for going to the right
    in blue, against to the left in orange, each named and numbered (so it reads in grey too).
    The article's ten arguments and a person's own pros can make twenty bars: beyond eleven, the
    largest ``MAX_BARS`` are drawn and the rest summed up in a line."""
    pdf = page.pdf
    page.heading("The weighing: strength × weight of each argument")
    bars = sorted(assessment.contributions, key=lambda c: -abs(c.value))
    # The line that sums up the rest takes a row of its own: it stands for two bars or more.
    shown, rest = (bars, []) if len(bars) <= MAX_BARS + 1 else (bars[:MAX_BARS], bars[MAX_BARS:])
    half = (page.width - LABEL_WIDTH - 2 * VALUE_WIDTH) / 2
    zero = pdf.l_margin + LABEL_WIDTH + VALUE_WIDTH + half
    largest = max(abs(c.value) for c in bars) or 1.0
    top = pdf.get_y()
    page.font(BODY - 0.5)
    for bar in shown:
        _bar(page, bar, zero, half * abs(bar.value) / largest)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.3)
    pdf.line(zero, top, zero, pdf.get_y())
    if rest:
        page.line(f"… and {len(rest)} smaller ones, together {sum(c.value for c in rest):+.1f}", ROW,
                  LABEL_WIDTH - 2, "R")
    _legend(page, zero)
    page.font()
    page.gap()


def _bar(page: Page, bar: Contribution, zero: float, length: float) -> None:
    """One row: the argument's title right-aligned before the bars, its bar, its number at the end."""
    pdf = page.pdf
    y = pdf.get_y()
    page.line(bar.factor.title, ROW, LABEL_WIDTH - 2, "R")
    pdf.set_fill_color(*rgb(PRO_COLOUR if bar.value > 0 else CON_COLOUR))
    number = f"{bar.value:+.1f}" if bar.value else "0"
    if bar.value < 0:
        pdf.rect(zero - length, y + 0.6, length, ROW - 1.2, style="F")
        pdf.set_xy(zero - length - VALUE_WIDTH - 1, y)
        pdf.cell(VALUE_WIDTH, ROW, number, align="R", markdown=False)
    else:
        pdf.rect(zero, y + 0.6, length, ROW - 1.2, style="F")
        pdf.set_xy(zero + length + 1, y)
        pdf.cell(VALUE_WIDTH, ROW, number, markdown=False)
    pdf.set_xy(pdf.l_margin, y + ROW)


def _legend(page: Page, zero: float) -> None:
    pdf = page.pdf
    y = pdf.get_y() + 0.5
    for colour, words, x in ((CON_COLOUR, "← against going", zero - 40), (PRO_COLOUR, "for going →", zero + 4)):
        pdf.set_fill_color(*rgb(colour))
        pdf.rect(x, y + 1, 3, 2.4, style="F")
        pdf.set_xy(x + 4, y)
        pdf.cell(34, LINE, words, markdown=False)
    pdf.set_xy(pdf.l_margin, y + LINE)


def _options(page: Page, options: list[Option]) -> None:
    """Each way to answer the invitation with its verdict, the verdict's own first; one the model
    cannot tell from the one above it says so."""
    page.heading("Your options")
    for option in options[:MAX_OPTIONS]:
        y = page.pdf.get_y()
        page.line(option.title, width=OPTION_WIDTH)
        page.pdf.set_xy(page.pdf.l_margin + OPTION_WIDTH, y)
        tied = ", as good as the one above" if option.tied else ""
        page.pdf.cell(page.width - OPTION_WIDTH, LINE, option.verdict + tied, markdown=False, new_x="LMARGIN",
                      new_y="NEXT")
    page.gap()


def _asks(page: Page, case: Case, assessment: Assessment) -> None:
    asks = asks_in_order(case)
    if not asks:
        return
    page.heading("Your asks, most worth making first")
    if not asks_stand(assessment):
        page.paragraph(f"They matter only if {core_words(case)} turned out different from what you expect.", 2)
        page.gap()
        return
    for number, reason in enumerate(asks[:MAX_ASKS], 1):
        walk_away = walk_away_line(reason)
        page.paragraph(f"{number}. {quoted(reason.ask)} — for {quoted(reason.label)} ({reason.odds} % odds they agree)",
                       MAX_ASK_LINES - 1 if walk_away else MAX_ASK_LINES)
        if walk_away:
            page.paragraph(walk_away, 1, indent=WALK_AWAY_INDENT)
    if len(asks) > MAX_ASKS:
        more = len(asks) - MAX_ASKS
        page.line(f"… and {more} more ask{'s' if more > 1 else ''} on the Game plan page.")
    page.gap()


def _checklist(page: Page, case: Case, assessment: Assessment) -> None:
    needed = needed_checklist(case, assessment)
    if not needed:
        return
    page.heading("Still to prepare")
    for item in needed:
        page.line(f"☐ {item}")
    page.gap()


def _closing(page: Page, case: Case, assessment: Assessment) -> None:
    if assessment.verdict is not Verdict.SKIP:
        page.heading("Before you leave, say it honestly")
        page.paragraph(closing_line(case, assessment), MAX_CLOSING_LINES)
    page.line(cost_reminder(case))
    page.gap()


def _footer(page: Page) -> None:
    pdf = page.pdf
    pdf.set_y(pdf.h - MARGIN - LINE - 0.5)
    page.font(BODY - 1.5, colour=GREY)
    page.line("Made with Interview Advisor, after the article “Interviewing for a job you do not want” "
              "(InterviewPenguin).")
