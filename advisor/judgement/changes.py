"""What would change the answer: only things a person can do, each tried on the verdict's model.

The verdict's sensitivity (``advisor.judgement.scoring.find_flip``) says which number would tip it, but a
number such as "dread 6 → 2" is not advice: nobody can decide to be less afraid. Here every
candidate is an action: an ask they agree to, a video interview instead of the trip, preparing
with the checklist. Each is scored like the verdict itself, and only those that give another
verdict are named. The debrief re-scores the case the same way, with what the interview told.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.article.checklist import CHECKLIST
from advisor.article.factors import Kind
from advisor.case.arguments import needs_the_income
from advisor.case.models import Case
from advisor.editing.edits import granted_asks
from advisor.judgement.options import VIDEO, journey_known, with_granted
from advisor.judgement.scoring import VERDICT_TITLES, Assessment, Verdict, evaluate, verdict_for
from advisor.judgement.strengths import strengths

# Working through the preparation checklist takes the edge off the dread (the article: prepare
# fully, whatever you think of the job); counted as a third less of it when nothing is ticked yet.
PREPARED_DREAD = 2 / 3
FIRST_TIMER_DREAD = 6
# Fewer real interviews than this and this one is still "one of your first".
FIRST_INTERVIEWS = 3
# Years of work from which few interviews are a long gap, not a first time (a 51-year-old with two
# recent interviews is no first-timer); and someone who needs the pay has no interview that matters less.
SEASONED_WORKER = 5


@dataclass(frozen=True, slots=True)
class Change:
    """Something the person can do, and the verdict it would give."""

    action: str
    to: Verdict

    @property
    def sentence(self) -> str:
        return f"{self.action}: the advice would become “{VERDICT_TITLES[self.to]}”."


def _verdict(case: Case, scaling: Mapping[str, float] | None = None) -> Verdict:
    strength = strengths(case)
    return verdict_for(case, strength={k: v * (scaling or {}).get(k, 1.0) for k, v in strength.items()})


def _candidates(case: Case) -> Iterator[tuple[str, Verdict]]:
    asks = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.odds < 100]
    for reason in asks:
        action = (f"If they agree to “{reason.ask}”" if reason.ask
                  else f"If you ask about “{reason.label}” and they agree")
        yield action, _verdict(with_granted(case, {reason.id}))
    if len(asks) > 1:
        yield "If they agree to all your asks", _verdict(with_granted(case, {r.id for r in asks}))
    if journey_known(case) and strengths(case)["attendance_cost"] > 0:  # never a journey nobody described
        yield "If you ask for a video or phone interview instead of travelling", _verdict(case, VIDEO)
    undone = 1 - sum(item.id in case.checklist for item in CHECKLIST) / len(CHECKLIST)
    if undone and case.job.dread:
        yield ("If you prepare with the checklist on Game plan, which takes the edge off the nerves",
               _verdict(case, {"dread": 1 - (1 - PREPARED_DREAD) * undone}))


# How keen on going each verdict is: every action here is one the person would welcome, so one
# is named only where it makes the advice keener (a granted ask that read as turning "go for the
# practice" into "close call" told the person nothing they could use).
KEENNESS: Mapping[Verdict, int] = MappingProxyType(
    {Verdict.SKIP: 0, Verdict.CLOSE_CALL: 1, Verdict.PRACTICE: 2, Verdict.NEGOTIATE: 3})


def what_would_change(case: Case, assessment: Assessment) -> list[Change]:
    """The actions that would make the advice keener on going, each once, in the order tried."""
    seen: set[str] = set()
    changes = []
    for action, verdict in _candidates(case):
        if KEENNESS[verdict] > KEENNESS[assessment.verdict] and action not in seen:
            seen.add(action)
            changes.append(Change(action, verdict))
    return changes


def nerves_note(case: Case) -> str | None:
    """For someone new to interviews who dreads this one: the fear read as the article reads it,
    a reason to practise, said kindly. Only on what they said: a dread, a count of interviews or
    an early career not given is not taken as theirs (walking a first-timer with one interview
    behind her and a dread of 9: the note waited for none at all, and a new case's starting
    count of none would have called anyone a first-timer)."""
    job = case.job
    early = job.given("early_career") and job.early_career
    new = (job.given("interviews_so_far") and job.interviews_so_far < FIRST_INTERVIEWS) or early
    if not (job.given("dread") and job.dread >= FIRST_TIMER_DREAD and new):
        return None
    seasoned = not early and job.given("experience_years") and job.experience_years >= SEASONED_WORKER
    when = ("before an interview is normal, however long you have worked," if seasoned
            else "before one of your first interviews is normal,")
    calm = ("preparing as for any interview takes the edge off them" if needs_the_income(case) else
            "an interview that matters less to you is the calmest place to get it")
    return (f"Feeling nervous {when} and it is not a sign to stay away: nerves fade with practice, "
            f"and {calm}.")


def known_now(case: Case) -> str:
    """The debrief's re-scoring: the balance with the asks the interview granted made certain."""
    granted = set(granted_asks(case))
    assessment = evaluate(with_granted(case, granted), flip=False)
    told = (f"with {len(granted)} of your asks granted" if granted
            else "with none of your asks granted so far")
    return (f"With what you know now ({told}), the balance is {assessment.balance:+.2f}: "
            f"“{VERDICT_TITLES[assessment.verdict]}”.")
