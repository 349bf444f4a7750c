"""How strong each of the article's arguments is for this person, from their answers.

Each rule's docstring is the user-facing explanation of it ("How is this computed?"), so the
words and the arithmetic cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from advisor.article.factors import FACTORS, Kind
from advisor.case.models import Case

# Interviews after which one more teaches little: practice counts from none up to this many.
SEASONED = 10
# What an answer the person has not given counts as: the middle of its scale, pushing neither way.
MIDDLE = 0.5


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


# Answers that, while not given, are read from another answer the person gave (being early in a
# career from the years of work): then the rules need no middle value for them.
READ_FROM: Mapping[str, str] = MappingProxyType({"early_career": "experience_years"})


def _fresh(case: Case) -> float:
    """How new to work the person is: one with no years of work, none with ten or more."""
    job = case.job
    return 1 - min(job.experience_years, 10) / 10 if job.given("experience_years") else MIDDLE


def practice(case: Case) -> float:
    """Half from how few interviews you have had (none counts fully, ten or more not at all),
    a quarter from being early in your career (while you have not said, from your years of work:
    none counts fully, ten or more not at all), a quarter from how hard you find it to sell
    yourself. An answer you have not given counts as the middle of its scale: half."""
    job = case.job
    few = 1 - min(job.interviews_so_far, SEASONED) / SEASONED if job.given("interviews_so_far") else MIDDLE
    early = float(job.early_career) if job.given("early_career") else _fresh(case)
    return _clamp(0.5 * few + 0.25 * early + 0.25 * job.selling_difficulty / 10)


def dream_path(case: Case) -> float:
    """How alike this interview is to the ones for the job you really want, out of 10."""
    return _clamp(case.job.similarity / 10)


def connections(case: Case) -> float:
    """How much the company and its people matter to your future field, out of 10."""
    return _clamp(case.job.network_value / 10)


def reshape_offer(case: Case) -> float:
    """The share of everything that bothers you that is negotiable, each reason counted by
    how much it bothers you times the odds they agree. No reasons, no strength."""
    total = sum(r.severity for r in case.reasons)
    if total == 0:
        return 0.0
    fixable = sum(r.severity * r.odds / 100 for r in case.reasons if r.kind is Kind.NEGOTIABLE)
    return _clamp(fixable / total)


def inside_view(case: Case) -> float:
    """Your curiosity about the industry, out of 10: a look inside is worth what you want to know
    about it, and more to someone new to work. It counts one and a half times with no work
    experience, down to half with ten years or more (once while you have not said), and never
    more than in full."""
    return _clamp(case.job.curiosity / 10 * (0.5 + _fresh(case)))


def income(case: Case) -> float:
    """How much you need the money, out of 10."""
    return _clamp(case.job.financial_need / 10)


def core_dislike(case: Case) -> float:
    """How much the reasons sorted as core of the job bother you together, out of 10: the worst
    counts in full and each other one adds its share of what is left, so two reasons at 6 count
    as 8.4 and none can pass 10."""
    untouched = 1.0
    for reason in case.reasons:
        if reason.kind is Kind.CORE:
            untouched *= 1 - reason.severity / 10
    return _clamp(1 - untouched)


def unfixed_terms(case: Case) -> float:
    """The worst negotiable reason that will probably stay: how much it bothers you, out of
    10, times the odds that they refuse."""
    return _clamp(
        max(
            (r.severity / 10 * (1 - r.odds / 100) for r in case.reasons
             if r.kind is Kind.NEGOTIABLE),
            default=0.0,
        )
    )


def attendance_cost(case: Case) -> float:
    """Half from travel time (eight hours or more counts fully), half from the cost against
    the money you can spare for it (all of it or more counts fully; nothing when going costs
    nothing). Each half counts as half while you have not given the answers it needs."""
    job = case.job
    hours = min(job.travel_hours, 8) / 8 if job.given("travel_hours") else MIDDLE
    if job.given("travel_cost") and not job.travel_cost:
        money = 0.0
    elif not (job.given("travel_cost") and job.given("spare_money")):
        money = MIDDLE
    else:
        money = min(job.travel_cost / job.spare_money, 1) if job.spare_money else 1.0
    return _clamp(0.5 * hours + 0.5 * money)


def dread(case: Case) -> float:
    """How much you dread the interview, out of 10."""
    return _clamp(case.job.dread / 10)


# The job's answers each argument is weighed from. The others rest on what the person typed (their
# reasons, their own pros), so they are always theirs.
ANSWERS_OF: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "practice": ("interviews_so_far", "early_career", "selling_difficulty", "experience_years"),
    "dream_path": ("similarity",),
    "connections": ("network_value",),
    "inside_view": ("curiosity",),
    "income": ("financial_need",),
    "attendance_cost": ("travel_hours", "travel_cost"),
    "dread": ("dread",),
})


def from_answers(case: Case, factor_id: str) -> bool:
    """Whether an argument rests on something the person said: one weighed only from starting
    values is never named to them as what weighs, since they never said it."""
    fields = ANSWERS_OF.get(factor_id)
    return fields is None or any(case.job.given(field) for field in fields)


STRENGTH_RULES: Mapping[str, Callable[[Case], float]] = MappingProxyType({
    "practice": practice,
    "dream_path": dream_path,
    "connections": connections,
    "reshape_offer": reshape_offer,
    "inside_view": inside_view,
    "income": income,
    "core_dislike": core_dislike,
    "unfixed_terms": unfixed_terms,
    "attendance_cost": attendance_cost,
    "dread": dread,
})


def rule_text(factor_id: str) -> str:
    """The strength rule of a factor in words, for 'How is this computed?'; a pro of the person's
    own has no rule: it counts in full."""
    rule = STRENGTH_RULES.get(factor_id)
    if rule is None:
        return "One of your own reasons to go: it counts in full, so its weight is its contribution."
    doc = rule.__doc__ or ""
    return " ".join(doc.split())


def strengths(case: Case) -> dict[str, float]:
    return {f.id: STRENGTH_RULES[f.id](case) for f in FACTORS}
