"""The whole case as a Markdown report to download and keep, short enough to be read."""

from __future__ import annotations

from advisor.case.arguments import core_words, decided_elsewhere, quoted
from advisor.case.labels import DECISION_LABELS
from advisor.case.models import Case
from advisor.documents.charts import chart_in_words
from advisor.documents.next_move import next_move
from advisor.documents.plan import (
    asks_in_order,
    asks_stand,
    closing_line,
    cost_reminder,
    needed_checklist,
    questions,
    walk_away_line,
)
from advisor.escaping import Where, shown
from advisor.judgement.changes import nerves_note, what_would_change
from advisor.judgement.compare import notes_on_reasons
from advisor.judgement.defaults import middle_values_sentence, unsettled_sentence, verdict_ready
from advisor.judgement.explain import gut_check
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, Assessment, Verdict, evaluate
from advisor.sharing.journal import verdict_vs_outcome
from advisor.wording import full_stop


def file_name(case: Case, extension: str) -> str:
    """A download's file name that says which job it is about, safe on every file system."""
    return f"interview-advisor-{shown(case.job.title, Where.FILE_NAME) or 'case'}.{extension}"


def md(text: str) -> str:
    """User text inside a line of the report: shown as typed, nothing of it read as Markdown."""
    return shown(text, Where.REPORT_INLINE)


def first_sentence(text: str) -> str:
    """The sentence of the verdict's reason that names what weighs most, for the opening lines. A
    full stop inside the person's quoted words ends none of ours: their words stay whole."""
    depth = 0
    for place, char in enumerate(text):
        depth += (char == "“") - (char == "”")
        if char == "." and depth == 0 and text[place + 1:place + 2] == " ":
            return text[:place + 1]
    return text


def to_markdown(case: Case) -> str:
    """The report, in the order a stressed person reads: what to do and why in three lines, then
    their own asks, questions and closing words, and the numbers last."""
    job = case.job
    title = md(job.title) or "Untitled job"
    lines = [f"# Interview Advisor: {title}", ""]
    about = [f"at {md(job.company)}"] if job.company else []
    if job.interview_date:
        about.append(f"interview on {job.interview_date.isoformat()}")
    if about:
        lines += [" · ".join(about), ""]
    if not verdict_ready(case):
        lines += ["No verdict yet: describe the job and give at least one reason why you might not want it.", ""]
        return "\n".join([*lines, *_kept(case)]) + "\n"
    assessment = evaluate(case, flip=False)
    options = evaluate_options(case)
    move = next_move(case, assessment.verdict, options[0])
    caveat = unsettled_sentence(case, assessment.verdict)
    lines += [f"**Verdict:** {VERDICT_TITLES[assessment.verdict]}." + (f" {caveat}" if caveat else "") + "  ",
              f"**Why:** {md(first_sentence(assessment.reason))}  ",
              f"**Next step:** {move.title}. {move.why}", "", f"> {md(move.message)}", ""]
    lines += _asks(case, assessment)
    if assessment.verdict is not Verdict.SKIP:
        lines += ["## Questions to ask them", "", *[f"- {md(q)}" for q in questions(case, assessment)], ""]
        lines += ["## Before you leave, say it honestly", "", f"> {md(closing_line(case, assessment))}", ""]
    if note := nerves_note(case):
        lines += [note, ""]
    check = gut_check(case, assessment)
    if not check.agrees:
        lines += [f"Gut check: {md(check.text)}", ""]
    if needed := needed_checklist(case, assessment):
        lines += ["## Still to prepare", "", *[f"- {item}" for item in needed], ""]
    lines += _kept(case)
    if not decided_elsewhere(case):  # someone taking another offer has nothing here to weigh
        lines += _numbers(case, assessment)
    lines += ["---", "After the article “Interviewing for a job you do not want” (InterviewPenguin)."]
    return "\n".join(lines) + "\n"


def _kept(case: Case) -> list[str]:
    """What the person and their mentors wrote: the notes, the debrief and the reviews."""
    lines = ["## Notes", "", md(case.notes), ""] if case.notes else []
    if case.debrief is not None:
        lines += _debrief(case)
    for review in case.reviews:
        lines += [f"## Review by {md(review.mentor)}", ""]
        if review.overall:
            lines += [md(review.overall), ""]
        lines += [f"- On {md(quoted(label))}: {md(note)}" for label, note in notes_on_reasons(case, review)]
        lines.append("")
    return lines


def _asks(case: Case, assessment: Assessment) -> list[str]:
    asks = asks_in_order(case)
    if not asks:
        return []
    if not asks_stand(assessment):
        return ["## Your asks", "", f"They matter only if {md(core_words(case))} turned out different from what you "
                "expect: otherwise a granted ask wins you a job you mean to turn down.", ""]
    lines = ["## Your asks, most worth making first", ""]
    lines += [f"{n}. {md(full_stop(f'{quoted(r.ask)}, for {quoted(r.label)}'))}"
              + (f" {md(line)}" if (line := walk_away_line(r)) else "")
              for n, r in enumerate(asks, 1)]
    return [*lines, ""]


def _numbers(case: Case, assessment: Assessment) -> list[str]:
    """The weighing behind the verdict, for whoever wants to check it."""
    lines = ["## The numbers", "", md(chart_in_words(assessment)), ""]
    if middle := middle_values_sentence(case):
        lines += [middle, ""]
    changes = what_would_change(case, assessment)
    if changes:
        lines += ["What would change the answer:", "", *[f"- {md(c.sentence)}" for c in changes], ""]
    lines += [cost_reminder(case), ""]
    return lines


def _debrief(case: Case) -> list[str]:
    debrief = case.debrief
    assert debrief is not None
    lines = ["## After the interview", "", verdict_vs_outcome(case), ""]
    if debrief.date:
        lines.append(f"- Date: {debrief.date.isoformat()}")
    lines += [f"- How it went: {debrief.rating}/5; readiness {debrief.readiness}/10; stress {debrief.stress}/10",
              f"- Decision: {DECISION_LABELS[debrief.decision]}" + (f" — {md(debrief.why)}" if debrief.why else "")]
    if debrief.went_well:
        lines.append(f"- Went well: {md(debrief.went_well)}")
    if debrief.improve:
        lines.append(f"- To improve: {md(debrief.improve)}")
    if debrief.learned:
        lines.append(f"- What their answers taught: {md(debrief.learned)}")
    lines += [f"- Surprising question: {md(q)}" for q in debrief.surprises]
    return [*lines, ""]
