"""The quick check: a first verdict from eight answers, written into the same case.

The eight answers are the most telling inputs of the model: the gut answer (for the gut
check), interviews so far (practice), how alike the interview is to the wanted one (a step
towards it), the need for the income, the dread, what puts the person off most, sorted as the
work itself or a term of the offer (the core-of-job test; together with how much it bothers,
the reason drives three factors), and what going costs in time and money. Each answer is an
edit of the case, so the full steps start from them, and the quick verdict *is* the case's
verdict: ``evaluate(case)`` on the case these edits produce. Everything not asked keeps its
value (a middle one on a new case).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal, cast

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.reasons import REASON_BY_ID
from advisor.case.models import Case, Gut, Reason
from advisor.case.money import Currency
from advisor.editing.edits import JobField, add_reason, set_job, set_reason, without_reason
from advisor.errors import EditRefused
from advisor.judgement.defaults import unsettled_sentence
from advisor.judgement.in_words import firmness
from advisor.judgement.options import Option, evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from advisor.judgement.strengths import SEASONED

QuickJobField = Literal["gut", "interviews_so_far", "similarity", "financial_need", "dread"]
QUICK_JOB_FIELDS: tuple[QuickJobField, ...] = ("gut", "interviews_so_far", "similarity", "financial_need", "dread")

# What going costs, as one answer: a share of the most the cost counts (eight hours' travel and
# all the money one can spare, see ``strengths.attendance_cost``), from nothing to all of it.
TRAVEL_LEVELS: tuple[str, ...] = (
    "Next to nothing",
    "A short trip and a little money",
    "Half a day or a noticeable sum",
    "Most of a day and money I would miss",
    "A whole day and more than I can spare",
)
FULL_TRAVEL_HOURS = 8  # the travel time that counts fully as a cost
MAX_TRAVEL_COST = 10_000  # the model's bound on the cost of going
# The answers to "how many interviews so far?": none up to the count after which the model
# counts no more practice, so the quick check's scale loses nothing the verdict weighs.
INTERVIEW_COUNTS: tuple[int, ...] = tuple(range(SEASONED + 1))
OWN = "own"  # the choice that keeps a first reason written in the person's own words
# A lead this far beyond the close-call band (as far again as the band is wide) is clear; a
# verdict nearer to the band can tip with what the full steps ask.


@dataclass(frozen=True, slots=True)
class QuickAnswers:
    """The eight answers, as the case holds them (``reason`` None until one is chosen)."""

    gut: Gut
    interviews_so_far: int
    similarity: int
    financial_need: int
    dread: int
    reason: str | None
    severity: int
    travel: int


ANSWER_COUNT = len(fields(QuickAnswers))


# --- the reason that puts you off most --------------------------------------------------------

def main_reason(case: Case) -> Reason | None:
    """The quick check's reason: the first one of the case (the quick check puts it there)."""
    return case.reasons[0] if case.reasons else None


def reason_choice(case: Case) -> str | None:
    """What the question "what puts you off most?" shows: a catalogue reason's id, ``OWN`` for
    a first reason in the person's own words, None with no reason yet."""
    first = main_reason(case)
    if first is None:
        return None
    return first.catalog_id or OWN


def reason_choices(case: Case) -> list[str]:
    """The answers offered: every catalogue reason, and the case's own first reason if it has one."""
    return [*REASON_BY_ID, *([OWN] if reason_choice(case) == OWN else [])]


def reason_label(case: Case, choice: str) -> str:
    """An answer as offered: the reason's own label (its sort is said once it is chosen)."""
    return case.reasons[0].label if choice == OWN and case.reasons else REASON_BY_ID[choice].label


def interviews_shown(count: int) -> int:
    """Where the interviews scale shows a count: more than it offers shows at its end, which
    weighs the same; the case keeps the count until the person moves the scale."""
    return min(count, SEASONED)


def interviews_label(count: int) -> str:
    return f"{count} or more" if count == SEASONED else str(count)


def sort_words(case: Case) -> str | None:
    """What the sort of the quick check's reason means, in a sentence."""
    first = main_reason(case)
    if first is None:
        return None
    if first.kind is Kind.CORE:
        return f"Sorted as {KIND_LABELS[Kind.CORE].lower()}: no offer changes it. You can move it on Sort."
    return ("Sorted as negotiable: it is a term of the offer, so it can be asked for (counted at even "
            "odds until you say more on Sort).")


def _worked_on(case: Case, reason: Reason) -> bool:
    """Whether replacing the reason would lose something: an ask, a mentor's note, a granted ask."""
    noted = any(reason.id in review.notes for review in case.reviews)
    granted = case.debrief is not None and reason.id in case.debrief.granted
    return bool(reason.ask) or noted or granted


def _to_front(case: Case, reason_id: int, severity: int) -> Case:
    data = case.model_dump()
    moved = next(r for r in data["reasons"] if r["id"] == reason_id)
    moved["severity"] = max(moved["severity"], severity)
    data["reasons"] = [moved, *(r for r in data["reasons"] if r["id"] != reason_id)]
    return Case.model_validate(data)


def set_main_reason(case: Case, choice: str) -> Case:
    """Make ``choice`` the reason that puts the person off most.

    It goes first in the list, bothering at least as much as the one it displaces. A catalogue
    reason already listed is moved there; a new one replaces the only reason if nothing was
    done with it yet (you changed your mind about it), and otherwise is added in front, so a
    reason you listed or worked on is never lost here.
    """
    if choice == reason_choice(case):
        return case
    if choice not in reason_choices(case):
        raise EditRefused("Choose one of the reasons offered.")
    first = main_reason(case)
    severity = first.severity if first is not None else Reason.model_fields["severity"].default
    listed = next((r for r in case.reasons if r.catalog_id == choice), None)
    if listed is not None:
        return _to_front(case, listed.id, severity)
    added = add_reason(case, REASON_BY_ID[choice].label, choice)
    new_id = added.reasons[-1].id
    if first is not None and len(case.reasons) == 1 and not _worked_on(case, first):
        added = without_reason(added, first.id)
    return _to_front(added, new_id, severity)


def set_main_severity(case: Case, severity: int) -> Case:
    """How much the reason that puts the person off most bothers them, out of 10."""
    first = main_reason(case)
    if first is None:
        raise EditRefused("First choose what puts you off most.")
    return set_reason(case, first.id, "severity", severity)


# --- what going costs -----------------------------------------------------------------------

def travel_level(case: Case) -> int:
    """The travel answer a case stands for: the nearest level to its travel time's share of
    a full day's travel."""
    share = min(case.job.travel_hours, FULL_TRAVEL_HOURS) / FULL_TRAVEL_HOURS
    return round(share * (len(TRAVEL_LEVELS) - 1))


def set_travel(case: Case, level: int) -> Case:
    """Time and money as one answer: the level's share of a full day's travel (0, 2, 4, 6 or 8
    hours) and the same share of the money you can spare (none counted when you said you can
    spare nothing: the time carries it then). The answer gives the cost as a share of what one can
    spare, so the amount it is a share of counts as given with it: the verdict weighs that share,
    not a middle value."""
    if not 0 <= level < len(TRAVEL_LEVELS):
        raise EditRefused("Choose one of the answers offered for the cost of going.")
    share = level / (len(TRAVEL_LEVELS) - 1)
    cost = min(MAX_TRAVEL_COST, round(share * case.job.spare_money))
    case = set_job(case, "spare_money", case.job.spare_money)
    return set_job(set_job(case, "travel_hours", float(share * FULL_TRAVEL_HOURS)), "travel_cost", cost)


def travel_answer(case: Case) -> str | None:
    """The quick check's answer on what going costs, when the case's travel figures are exactly
    what that answer set: the person chose words, not figures, and is quoted in them. None for
    figures typed on The job (a currency set, or figures no answer gives), and for no journey."""
    job = case.job
    if job.currency is not Currency.NONE or not job.given("travel_hours") or not job.travel_hours:
        return None  # no time and no cost read the same in figures: "You noted no travel time or cost"
    level = travel_level(case)
    made = set_travel(case, level).job
    same = (made.travel_hours, made.travel_cost) == (job.travel_hours, job.travel_cost)
    return TRAVEL_LEVELS[level] if same else None


# --- all eight together ---------------------------------------------------------------------

def answers_of(case: Case) -> QuickAnswers:
    """The quick answers a case holds, whichever page gave them."""
    job, first = case.job, main_reason(case)
    return QuickAnswers(gut=job.gut, interviews_so_far=job.interviews_so_far, similarity=job.similarity,
                        financial_need=job.financial_need, dread=job.dread, reason=reason_choice(case),
                        severity=first.severity if first else Reason.model_fields["severity"].default,
                        travel=travel_level(case))


def answer(case: Case, name: str, value: object) -> Case:
    """One quick answer as an edit of the case (``name`` is a field of :class:`QuickAnswers`)."""
    if name in QUICK_JOB_FIELDS:
        return set_job(case, cast(JobField, name), value)
    if name == "reason":
        return set_main_reason(case, str(value))
    if name in ("severity", "travel"):
        if not isinstance(value, int) or isinstance(value, bool):
            raise EditRefused("Choose one of the answers offered.")
        return set_main_severity(case, value) if name == "severity" else set_travel(case, value)
    raise EditRefused(f"The quick check has no question called {name}.")


def apply_answers(case: Case, answers: QuickAnswers) -> Case:
    """The case after the quick answers, each applied as the page applies it: only when it
    differs from what the case holds, in the page's order."""
    for item in fields(QuickAnswers):
        value = getattr(answers, item.name)
        if value is not None and value != getattr(answers_of(case), item.name):
            case = answer(case, item.name, value)
    return case


# --- the first verdict ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class QuickVerdict:
    """The first answer: the verdict, why, how firm it is, and the best way to answer."""

    verdict: Verdict
    title: str
    reason: str
    balance: float
    firm: bool
    firmness: str
    best: Option


def can_answer(case: Case) -> bool:
    """A verdict needs to know what puts the person off: without it there is nothing against."""
    return bool(case.reasons)


def quick_verdict(case: Case) -> QuickVerdict:
    """The case's verdict, as the quick check shows it (the same as the Verdict page's)."""
    assessment = evaluate(case, flip=False)
    firm, words = firmness(assessment.verdict, assessment.balance)
    if caveat := unsettled_sentence(case, assessment.verdict):  # the steps' questions could still turn it
        firm, words = False, f"{caveat} The steps ask them."
    return QuickVerdict(assessment.verdict, VERDICT_TITLES[assessment.verdict], assessment.reason,
                        assessment.balance, firm, words, evaluate_options(case)[0])
