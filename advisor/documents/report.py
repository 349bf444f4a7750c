"""The whole case as a Markdown report to download and keep."""

from __future__ import annotations

from advisor.article.factors import KIND_LABELS, Kind
from advisor.case.labels import DECISION_LABELS, GUT_LABELS
from advisor.case.models import Case
from advisor.documents.charts import chart_in_words
from advisor.documents.plan import (
    CHECKLIST,
    asks_in_order,
    by_kind,
    closing_line,
    cost_reminder,
    questions,
    walk_away_line,
)
from advisor.escaping import Where, shown
from advisor.judgement.changes import what_would_change
from advisor.judgement.compare import notes_on_reasons
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from advisor.sharing.journal import verdict_vs_outcome


def file_name(case: Case, extension: str) -> str:
    """A download's file name that says which job it is about, safe on every file system."""
    return f"interview-advisor-{shown(case.job.title, Where.FILE_NAME) or 'case'}.{extension}"


def md(text: str) -> str:
    return shown(text, Where.REPORT)


def to_markdown(case: Case) -> str:
    assessment = evaluate(case, flip=False)
    job = case.job
    title = md(job.title) or "Untitled job"
    lines = [f"# Interview Advisor — {title}", ""]
    if job.company:
        lines += [f"**Company:** {md(job.company)}  "]
    if job.activity:
        lines += [f"**Main activity:** {md(job.activity)}  "]
    if job.interview_date:
        lines += [f"**Interview date:** {job.interview_date.isoformat()}  "]
    lines += [f"**Gut answer:** {GUT_LABELS[job.gut]}", ""]
    # the reason and the chart in words name the person's own pros, as typed
    lines += ["## Verdict", "", f"**{VERDICT_TITLES[assessment.verdict]}** — {md(assessment.reason)}",
              "", md(chart_in_words(assessment)), ""]
    changes = what_would_change(case, assessment)
    if changes:
        lines += ["What would change the answer:", "", *[f"- {md(c.sentence)}" for c in changes], ""]
    lines += ["## Why not", ""]
    for kind, group in by_kind(case).items():
        lines += [f"### {KIND_LABELS[kind]}", ""]
        lines += [f"- {md(r.label)} (bothers you {r.severity}/10)"
                  + (f" — ask: {md(r.ask)}, odds {r.odds} %" if kind is Kind.NEGOTIABLE and r.ask else "")
                  for r in group] or ["- none"]
        lines.append("")
    if case.pros:
        lines += ["## What you like about it", ""]
        lines += [f"- {md(pro.label)} (counts {pro.weight}/10 for going)" for pro in case.pros]
        lines.append("")
    lines += ["## Game plan", "", "### Preparation", ""]
    lines += [f"- [{'x' if item.id in case.checklist else ' '}] {item.text}" for item in CHECKLIST]
    lines += ["", "### Asks, in order", ""]
    lines += [f"{n}. {md(r.ask)} ({md(r.label)})" + (f" {md(line)}" if (line := walk_away_line(r)) else "")
              for n, r in enumerate(asks_in_order(case), 1)] \
        or ["- none"]
    lines += ["", "### Questions to ask them", "", *[f"- {md(q)}" for q in questions(case)]]
    lines += ["", "### Closing honestly", "", f"> {md(closing_line(case, assessment))}", "",
              "### Cost", "", cost_reminder(case), ""]
    if case.notes:
        lines += ["## Notes", "", md(case.notes), ""]
    if case.debrief is not None:
        lines += _debrief(case)
    for review in case.reviews:
        lines += [f"## Review by {md(review.mentor)}", ""]
        if review.overall:
            lines += [md(review.overall), ""]
        lines += [f"- {md(label)}: {md(note)}" for label, note in notes_on_reasons(case, review)]
        lines.append("")
    lines += ["---", "Made with Interview Advisor, after the article “Interviewing for a job you "
              "do not want” (InterviewPenguin)."]
    return "\n".join(lines) + "\n"


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
