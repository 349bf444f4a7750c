"""A journal of invitations: the cases a person keeps, compared side by side.

Every interview is a lesson (the article's first argument); the journal keeps the lessons,
what was finally decided, which questions keep coming back and how the person felt about each.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

import orjson
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from advisor.case.debrief import Decision
from advisor.case.labels import DECISION_LABELS, FEELING_LABELS, RATING_LABELS, gut_words
from advisor.case.models import Case
from advisor.case.practice import MAX_DRAFTS, Feeling
from advisor.case.refusals import refusals
from advisor.errors import JournalFileError
from advisor.judgement.in_words import says_go
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from advisor.practice.questions import QUESTION_BY_ID, QUESTION_ORDER

MAX_CASES = 50
MAX_JOURNAL_FILE = 1024 * 1024
COLUMNS = ["Job", "Company", "Balance", "Verdict", "Decision", "Interview date"]


class Journal(BaseModel):
    """The kept cases, one per job and company: that pair names an entry (to open or remove it),
    so a file holding the same job twice keeps its later entry."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(1, ge=1, le=1)
    cases: list[Case] = Field(default_factory=list, max_length=MAX_CASES)

    @field_validator("cases")
    @classmethod
    def _each_job_once(cls, value: list[Case]) -> list[Case]:
        return list({entry_key(case): case for case in value}.values())


def entry_key(case: Case) -> str:
    """What names a journal entry: the job and the company, whatever their capitals."""
    return f"{case.job.title.casefold()}\n{case.job.company.casefold()}"


def add(journal: Journal, case: Case) -> Journal:
    """Keep a case; the same job at the same company replaces its older entry."""
    kept = [c for c in journal.cases if entry_key(c) != entry_key(case)]
    if len(kept) >= MAX_CASES:
        raise ValueError(f"The journal holds at most {MAX_CASES} interviews: remove one first.")
    return Journal(cases=[*kept, case])


def entry(journal: Journal, key: str) -> Case | None:
    """The kept case with this entry key, or None when it is no longer in the journal."""
    return next((case for case in journal.cases if entry_key(case) == key), None)


def remove(journal: Journal, key: str) -> Journal:
    return Journal(cases=[c for c in journal.cases if entry_key(c) != key])


def to_file(journal: Journal) -> bytes:
    return orjson.dumps(journal.model_dump(mode="json"), option=orjson.OPT_INDENT_2)


def from_file(raw: bytes) -> Journal:
    """Read a journal file, or raise :class:`JournalFileError` saying in words why it cannot be read."""
    if len(raw) > MAX_JOURNAL_FILE:
        raise JournalFileError("This file is too large to be a journal (the limit is 1 MB).")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise JournalFileError("This file is not a journal: its text is not valid JSON.") from exc
    if not isinstance(data, dict) or "cases" not in data:
        raise JournalFileError("This file is not a journal. Export one from My interviews.")
    try:
        return Journal.model_validate(data)
    except ValidationError as exc:
        found = " ".join(refusals(exc, Journal)[:3])
        raise JournalFileError(f"This journal holds something we cannot accept. {found}") from exc


def ranked_table(cases: list[Case]) -> pd.DataFrame:
    """One row per case, ranked by balance, best first."""
    rows = []
    for case in cases:
        assessment = evaluate(case, flip=False)
        debrief = case.debrief
        rows.append({
            "Job": case.job.title or "Untitled job",
            "Company": case.job.company,
            "Balance": round(assessment.balance, 2),
            "Verdict": VERDICT_TITLES[assessment.verdict],
            "Decision": DECISION_LABELS[debrief.decision] if debrief else "Not debriefed",
            "Interview date": debrief.date if debrief else None,
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values("Balance", ascending=False, kind="stable").reset_index(drop=True)


def trend(cases: list[Case]) -> pd.DataFrame:
    """Readiness and stress per debriefed interview, oldest first (undated ones last)."""
    rows = [
        {"Interview": c.job.title or "Untitled job", "Date": c.debrief.date,
         "Readiness": c.debrief.readiness, "Stress": c.debrief.stress}
        for c in cases if c.debrief is not None
    ]
    frame = pd.DataFrame(rows, columns=["Interview", "Date", "Readiness", "Stress"])
    return frame.sort_values("Date", na_position="last", kind="stable").reset_index(drop=True)


def _normalise(question: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", question.casefold()).split())


def repeated_questions(cases: list[Case]) -> list[tuple[str, int]]:
    """Surprising questions asked in more than one interview, most frequent first.

    Questions count as the same when they differ only in case, punctuation or spacing; each
    interview counts once per question. The first wording seen is the one shown.
    """
    counts: Counter[str] = Counter()
    wording: dict[str, str] = {}
    for case in cases:
        if case.debrief is None:
            continue
        seen: set[str] = set()
        for question in case.debrief.surprises:
            key = _normalise(question)
            if key and key not in seen:
                seen.add(key)
                counts[key] += 1
                wording.setdefault(key, question)
    return [(wording[k], n) for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1]


@dataclass(frozen=True, slots=True)
class QuestionHistory:
    """One question across the kept interviews: in how many it was prepared and came up, and how
    rehearsing it felt in each that prepared it, oldest first (None where it was not said)."""

    question: str
    text: str
    prepared: int
    came_up: int
    feelings: tuple[Feeling | None, ...]

    @property
    def last_feeling(self) -> Feeling | None:
        """How it felt the last time the person said, so the next interview starts from there."""
        return next((feeling for feeling in reversed(self.feelings) if feeling is not None), None)


def _when(case: Case) -> datetime.date | None:
    return case.debrief.date if case.debrief is not None and case.debrief.date else case.job.interview_date


def _oldest_first(cases: list[Case]) -> list[Case]:
    """The interviews by their date (the debrief's, else the planned one), undated ones last."""
    return sorted(cases, key=lambda case: (_when(case) is None, _when(case) or datetime.date.min))


def question_history(cases: list[Case]) -> list[QuestionHistory]:
    """Every question prepared in some kept interview, those that came up most often first (then
    those prepared most often, then in the catalogue's order): the questions that keep coming, and
    how the person felt about each, so the next interview starts from the last one's lessons."""
    prepared: Counter[str] = Counter()
    came: Counter[str] = Counter()
    feelings: dict[str, list[Feeling | None]] = {}
    for case in _oldest_first(cases):
        for draft in case.drafts:
            prepared[draft.question] += 1
            feelings.setdefault(draft.question, []).append(draft.feeling)
        if case.debrief is not None:
            came.update(set(case.debrief.came_up) & {draft.question for draft in case.drafts})
    ids = sorted(prepared, key=lambda q: (-came[q], -prepared[q], QUESTION_ORDER[q]))
    return [QuestionHistory(q, QUESTION_BY_ID[q].text, prepared[q], came[q], tuple(feelings[q])) for q in ids]


def practise_again(cases: list[Case]) -> tuple[str, ...]:
    """The questions to start the next interview from: those that came up before and did not feel
    confident the last time the person said, the most frequent first (at most a rehearsal's worth)."""
    again = [h.question for h in question_history(cases) if h.came_up and h.last_feeling is not Feeling.CONFIDENT]
    return tuple(again[:MAX_DRAFTS])


def question_table(cases: list[Case]) -> pd.DataFrame:
    """The question history as a table: each question, how often it came up and was prepared, and
    how it felt each time, oldest first ("not said" where the person did not say)."""
    rows = [{"Question": h.text, "Came up": h.came_up, "Prepared": h.prepared,
             "How it felt": " → ".join(FEELING_LABELS[f] if f else "not said" for f in h.feelings)}
            for h in question_history(cases)]
    return pd.DataFrame(rows, columns=["Question", "Came up", "Prepared", "How it felt"])


def verdict_vs_outcome(case: Case) -> str:
    """The advice before the interview beside what happened, in one honest sentence."""
    assessment = evaluate(case, flip=False)
    before = VERDICT_TITLES[assessment.verdict]
    debrief = case.debrief
    if debrief is None:
        return f"Before the interview the balance said “{before}”. Fill in the debrief to compare."
    went = RATING_LABELS[debrief.rating].lower()
    said_go = says_go(assessment.verdict)
    decided = DECISION_LABELS[debrief.decision].lower()
    if debrief.decision is Decision.WAITING:
        agreement = "you are still waiting to decide"
    elif said_go is None:
        agreement = f"you decided to {decided}; the balance was too close to say either way"
    elif (debrief.decision is Decision.ACCEPT) == said_go:
        agreement = f"you decided to {decided}, in line with the balance"
    else:
        agreement = f"you decided to {decided}, against the balance — your reasons count more than a score"
    gut = gut_words(case.job).lower()
    return (f"Before: “{before}” (balance {assessment.balance:+.2f}, gut: {gut}). "
            f"It went {went}, and {agreement}.")
