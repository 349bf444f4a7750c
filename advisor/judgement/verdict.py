"""The rule from a balance to a verdict: the close-call band, and what a heavy objection to the
job itself does to a balance that leans towards going or sits in the band.

Benefits are of two kinds (``advisor.case.arguments.needs_job``): what going teaches (practice,
contacts, a look inside) and what only the job gives (its pay, what the person likes about it).
Only the first is a reason to go to an interview for a job one objects to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from advisor.article.factors import FACTORS, Side
from advisor.case.arguments import needs_job
from advisor.case.pros import NO_OWN_PROS, OwnPros

CLOSE_CALL = 0.10
CORE_HEAVY = 0.6
CORE_STRONG = 0.7  # from here an objection is too strong to count as what one puts up with for a wage
DEAL_BREAKER = 1.0  # the top of the scale a reason is rated on: "a deal-breaker", "it rules the job out"


class Verdict(StrEnum):
    NEGOTIATE = "negotiate"
    PRACTICE = "practice"
    CLOSE_CALL = "close_call"
    SKIP = "skip"


VERDICT_TITLES: Mapping[Verdict, str] = MappingProxyType({
    Verdict.NEGOTIATE: "Go, and negotiate",
    Verdict.PRACTICE: "Go for the practice and the contacts",
    Verdict.CLOSE_CALL: "Close call",
    Verdict.SKIP: "Skip it",
})


@dataclass(frozen=True, slots=True)
class Sides:
    """The weighed arguments split by what they rest on: what going teaches, what only the job
    gives (with the person's own pros about the job), and each con by factor."""

    learning: float
    keeping: float
    cons: Mapping[str, float]

    @property
    def against(self) -> float:
        return sum(self.cons.values())

    def balance(self) -> float:
        return _balance(self.learning + self.keeping, self.against)

    def learning_balance(self) -> float:
        """The balance with what only the job gives left out: what the interview itself is worth."""
        return _balance(self.learning, self.against)


def _balance(pros: float, cons: float) -> float:
    total = pros + cons
    return 0.0 if total == 0 else (pros - cons) / total


def sides_of(strength: Mapping[str, float], weights: Mapping[str, int], own: OwnPros = NO_OWN_PROS) -> Sides:
    pros = {f.id: strength[f.id] * weights[f.id] for f in FACTORS if f.side is Side.PRO}
    return Sides(learning=own.by_going + sum(v for k, v in pros.items() if not needs_job(k)),
                 keeping=own.with_job + sum(v for k, v in pros.items() if needs_job(k)),
                 cons={f.id: strength[f.id] * weights[f.id] for f in FACTORS if f.side is Side.CON})


def balance_of(strength: Mapping[str, float], weights: Mapping[str, int], own: OwnPros = NO_OWN_PROS) -> float:
    """The balance; ``own`` is what the person's own pros add for going (see ``advisor.case.pros``)."""
    return sides_of(strength, weights, own).balance()


def verdict_of(balance: float, strength: Mapping[str, float], weights: Mapping[str, int], own: OwnPros = NO_OWN_PROS,
               against_the_job: bool = True, strongest: float | None = None, the_work: bool = False) -> Verdict:
    """Positive with a heavy objection to the core of the job means go for what you learn, not for
    the job; but only when what going teaches outweighs what only the job gives (the income, what
    the person likes about it). When what they need is the job they object to, that is theirs to
    weigh, a close call; unless the objection is one most people put up with for a job (below
    ``CORE_STRONG``: the article starts from there, most work is done because it has to be).
    ``against_the_job`` is False when the heaviest reason no offer changes is about the person's
    own life (a team they would leave), not the job: that is a price of moving, which the offer
    may or may not be worth, so it is no reason to go only for the practice. Unless the person
    rated it a deal-breaker (``rules_out``): then no offer is worth it, as they said ("I start law
    school in September, that part is decided", 10 of 10).

    ``the_work`` is True when that objection is to the work itself, the principal activity the
    article calls the core of the job. Disliked ``CORE_STRONG`` or more, it is no work one takes up
    for what the job gives, so going is for what the interview teaches even when the pay weighs more
    (selling courses instead of teaching; euthanasia days at a shelter). What an employer stands for
    or who works there is weighed against the pay by many, so that stays the person's call.

    In the close-call band, a strong objection to the job makes it a skip when the interview
    itself is clearly not worth its cost: the near tie then comes only from what the job would
    give, and the job is what the person objects to.

    An objection is strong by itself: ``strongest`` is the one that bothers the person most
    (``advisor.case.arguments.strongest_objection``), since several that each are put up with for
    a wage ("deadly boring", "the hustle line") are not one that is not. Left out, the objections
    together count (the same for one)."""
    core = strength["core_dislike"]
    strong = core if strongest is None else strongest
    sides = sides_of(strength, weights, own)
    if balance >= CLOSE_CALL:
        core_leads = sides.cons["core_dislike"] > 0 and sides.cons["core_dislike"] == max(sides.cons.values())
        if core >= CORE_HEAVY and core_leads and rules_out(strong, against_the_job):
            if sides.learning >= sides.keeping or (the_work and strong >= CORE_STRONG):
                return Verdict.PRACTICE
            return Verdict.CLOSE_CALL if strong >= CORE_STRONG else Verdict.NEGOTIATE
        return Verdict.NEGOTIATE
    if balance <= -CLOSE_CALL or only_the_job_speaks(strong, sides, against_the_job):
        return Verdict.SKIP
    return Verdict.CLOSE_CALL


def only_the_job_speaks(strongest: float, sides: Sides, against_the_job: bool = True) -> bool:
    """Whether a strong objection that keeps the person from the job (``strongest``, the one that
    bothers them most: ``rules_out``) meets an interview not worth its cost by itself."""
    keeps_away = rules_out(strongest, against_the_job)
    return strongest >= CORE_STRONG and keeps_away and sides.learning_balance() <= -CLOSE_CALL


def rules_out(strongest: float, against_the_job: bool) -> bool:
    """Whether the objection that bothers the person most (``strongest``) keeps them from the job
    whatever the offer: one about the job, or one about their own life they rated a deal-breaker."""
    return against_the_job or strongest >= DEAL_BREAKER
