"""More than go or skip: the ways a person can answer an invitation, each weighed alike.

Every option is the case's own arguments, changed only where that option changes them, and
measured on one scale: its pros minus its cons over the size of all the arguments for going
in person and negotiating (the verdict's own case). So "go and negotiate" has exactly the
verdict's balance, and declining is going's mirror: it saves what going would cost and gives
up what going would bring, so it is worth it exactly when going is not. The verdict's own
option comes first, so the list never advises against the verdict above it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from advisor.article.factors import FACTORS, Kind, Side
from advisor.case.arguments import (
    OwnWords,
    decided_elsewhere,
    needs_the_income,
    objection_of,
    own_pros,
    read_own_words,
)
from advisor.case.models import Case
from advisor.case.pros import OwnPros
from advisor.judgement.in_words import verdict_words
from advisor.judgement.scoring import Verdict, verdict_for
from advisor.judgement.strengths import from_answers, strengths
from advisor.judgement.verdict import only_the_job_speaks, sides_of

# How much of each argument an option keeps: factor id → share of its strength (absent: all);
# OWN_PROS scales the person's own pros about the job (an option without it has none); those about
# the employer itself, which going reaches, keep the share of the contacts.
Scaling = Mapping[str, float]
OWN_PROS = "own_pros"

# A video or phone interview: no journey and no cost, but less of the real-pressure practice
# and fewer of the hand-shake contacts the article values; a screen is a little less daunting.
VIDEO: Scaling = MappingProxyType({"attendance_cost": 0.0, "practice": 0.7, "connections": 0.7, "dread": 0.8})
# An informational call: a conversation, not an interview, and no offer to weigh.
CALL: Scaling = MappingProxyType({
    OWN_PROS: 0.0, "practice": 0.2, "dream_path": 0.3, "connections": 0.6, "inside_view": 0.8, "reshape_offer": 0.0,
    "income": 0.0, "core_dislike": 0.0, "unfixed_terms": 0.0, "attendance_cost": 0.0, "dread": 0.2})
# Going for the practice only: the person means to say no at the end, so nothing that comes with
# the job counts, for or against.
FOR_PRACTICE: Scaling = MappingProxyType({
    OWN_PROS: 0.0, "income": 0.0, "reshape_offer": 0.0, "core_dislike": 0.0, "unfixed_terms": 0.0})
# Against a strong objection to the job, what only the job gives does not count for going: the
# person would not take it (``advisor.judgement.verdict.only_the_job_speaks``).
WITHOUT_THE_JOB: Scaling = MappingProxyType({OWN_PROS: 0.0, "income": 0.0, "reshape_offer": 0.0})
# Declining keeps a little of the contact, if the note is kind.
DOOR_OPEN = 0.2
DECLINE = "Decline politely and keep the door open"
# Options whose balances differ by less than this are shown as equals: the weights are a person's
# rough sense of what matters, and the model cannot tell such options apart.
EQUAL = 0.05
# Below this much practice, going has little to teach, and a conversation may serve as well.
LITTLE_PRACTICE = 0.5
# Curiosity about the field or the value of its contacts (of 10) from which a conversation is worth asking for.
WORTH_A_CALL = 5


@dataclass(frozen=True, slots=True)
class Option:
    """One way to answer the invitation, and how it weighs up; ``tied`` when it is as good as the
    option listed before it."""

    id: str
    title: str
    balance: float
    verdict: str
    why: str
    cost: float  # the strength of "cost of going" under this option, 0 to 1
    tied: bool = False


def _size(strength: Mapping[str, float], weights: Mapping[str, int]) -> float:
    return sum(strength[f.id] * weights[f.id] for f in FACTORS)


def _net(strength: Mapping[str, float], weights: Mapping[str, int]) -> float:
    return sum((1 if f.side is Side.PRO else -1) * strength[f.id] * weights[f.id] for f in FACTORS)


def _practising_words(case: Case) -> str:
    """Going for the practice, in words true for the person: for someone who needs the pay, the
    job is not given up in advance."""
    if needs_the_income(case):
        return ("You go, do your best and learn; whether the pay is worth what comes with the job, you decide "
                "afterwards.")
    return "You go, do your best and learn; what comes with the job does not count, as you mean to say no at the end."


def as_invited(case: Case) -> Case:
    """The case if nothing is asked for: every negotiable reason stays as it is."""
    reasons = [r.model_copy(update={"odds": 0}) if r.kind is Kind.NEGOTIABLE else r for r in case.reasons]
    return case.model_copy(update={"reasons": reasons})


def with_granted(case: Case, granted: set[int]) -> Case:
    """The case once the asks of these reasons (by id) were granted: they are certain now."""
    reasons = [r.model_copy(update={"odds": 100}) if r.id in granted else r for r in case.reasons]
    return case.model_copy(update={"reasons": reasons})


def fare_paid(case: Case) -> Case:
    """The case if the employer covers the fare: the journey still takes its time."""
    return case.model_copy(update={"job": case.job.model_copy(update={"travel_cost": 0})})


@dataclass(frozen=True, slots=True)
class _Plan:
    id: str
    title: str
    variant: Case
    scaling: Scaling
    why: str


def _plans(case: Case, verdict: Verdict, frame: Scaling) -> list[_Plan]:
    """The options that suit this case: no asks to put when the core is what stands in the way (when
    the options are weighed without what comes with the job: ``_frame``), no
    video round unless the person described a journey, no fare to ask for unless it costs more than
    they can spare, no informational call for someone an interview would teach or who has nothing
    to learn from one."""
    negotiable = any(r.kind is Kind.NEGOTIABLE for r in case.reasons)
    asked = any(r.kind is Kind.NEGOTIABLE and r.ask for r in case.reasons)
    practising = verdict is Verdict.PRACTICE
    going = as_invited(case) if practising else case
    plans = []
    if negotiable and not frame:
        plans.append(_Plan("negotiate", "Go and negotiate", case, {},
                           "You go and put your asks; each counts at the odds you gave it." if asked
                           else "You go and ask for what would make the job acceptable."))
    plans.append(_Plan("invited", "Go for the practice, ask for nothing" if practising else "Go as invited",
                       as_invited(case), {},
                       _practising_words(case) if practising
                       else "You go and ask for nothing: every negotiable problem stays."))
    if journey_known(case) and strengths(case)["attendance_cost"] > 0:
        plans.append(_Plan("video", "Ask for a first round by video", going, VIDEO,
                           "No journey and no cost; but less of the real-pressure practice and fewer contacts "
                           "than in the room."))
    if beyond_means(case):
        plans.append(_Plan("fare", "Ask them to cover the fare", fare_paid(going),
                           {}, "The same interview, if they agree to pay for a journey that costs more than "
                               "you can spare."))
    if (strengths(case)["practice"] < LITTLE_PRACTICE and verdict in (Verdict.SKIP, Verdict.CLOSE_CALL)
            and wants_to_learn(case)):
        plans.append(_Plan("call", "Ask for an informational call instead", case, CALL,
                           "A conversation to learn about the company and the field: little practice, no offer."))
    return plans


def wants_to_learn(case: Case) -> bool:
    """Whether the person said the field interests them or its contacts matter: a call costs nothing
    and risks no offer, so it outweighs everything for anyone with the least pro; but it is worth
    asking a stranger for only to someone with something to learn or someone to meet (walking a
    designer who objects to a payday lender, contacts and curiosity 2 of 10: the call came first)."""
    job = case.job
    return any(job.given(field) and getattr(job, field) >= WORTH_A_CALL for field in ("curiosity", "network_value"))


def beyond_means(case: Case) -> bool:
    """Whether the person said going costs more than they can spare: then the fare is theirs to ask
    for, and no invitation is accepted without asking (the article: ask them to pay, or to meet by video)."""
    job = case.job
    return job.given("travel_cost") and job.given("spare_money") and job.travel_cost > job.spare_money


def journey_known(case: Case) -> bool:
    """Whether the person said what the journey takes: only then can an option (or its message)
    speak of the journey, rather than of a middle value nobody gave."""
    return from_answers(case, "attendance_cost")


def _own_option(verdict: Verdict, options: list[Option]) -> str:
    """The option the verdict itself advises; a close call has none of its own, so the best one."""
    ids = {o.id for o in options}
    if verdict is Verdict.SKIP:
        return "decline"
    if verdict is Verdict.NEGOTIATE and "negotiate" in ids:
        return "negotiate"
    if verdict is Verdict.CLOSE_CALL:
        return max(options, key=lambda o: o.balance).id
    return "invited"


def evaluate_options(case: Case) -> list[Option]:
    """Every option that suits the case, the verdict's own first, then best first; each with one
    line on what it changes, and marked as tied where it weighs the same as the one before."""
    if decided_elsewhere(case):  # nothing to weigh: the person has chosen, and the article says tell them now
        return [Option("decline", DECLINE, 1.0, "Your decision", "You take the other offer: telling them now frees "
                       "the place for someone else and leaves them with a good memory of you.", 0.0)]
    words = read_own_words(case)
    verdict = verdict_for(case, words=words)
    weights = case.weights
    own = own_pros(case, words.by_going)
    scale = (_size(strengths(case), weights) + own.total) or 1.0
    frame = _frame(case, verdict, own, words)
    options = []
    for plan in _plans(case, verdict, frame):
        scaling = {k: plan.scaling.get(k, 1.0) * frame.get(k, 1.0) for k in {*plan.scaling, *frame}}
        strength = {k: v * scaling.get(k, 1.0) for k, v in strengths(plan.variant).items()}
        net = (_net(strength, weights) + own.with_job * scaling.get(OWN_PROS, 1.0)
               + own.by_going * scaling.get("connections", 1.0))
        options.append(_option(plan.id, plan.title, net / scale, plan.why, strength["attendance_cost"]))
    going = options[0].balance
    door = DOOR_OPEN * strengths(case)["connections"] * weights["connections"] / scale
    options.append(_option("decline", DECLINE, door - going,
                           "You save what going would cost and give up what it would bring; a kind note keeps "
                           "the contact.", 0.0))
    own_id = _own_option(verdict, options)
    ordered = sorted(options, key=lambda o: (o.id != own_id, -o.balance))
    return [replace(o, tied=n > 0 and abs(o.balance - ordered[n - 1].balance) < EQUAL) for n, o in enumerate(ordered)]


def _frame(case: Case, verdict: Verdict, own: OwnPros, words: OwnWords) -> Scaling:
    """What every option is weighed without, so the options agree with the verdict's own reading:
    going for the practice counts nothing of the job, and a skip for a job the person objects to
    counts nothing that only the job would give."""
    if verdict is Verdict.PRACTICE:
        return FOR_PRACTICE
    strength = strengths(case)
    sides = sides_of(strength, case.weights, own)
    objection = objection_of(case, words)
    if verdict is Verdict.SKIP and only_the_job_speaks(objection.strength, sides, objection.about_the_job):
        return WITHOUT_THE_JOB
    return {}


def _option(option_id: str, title: str, balance: float, why: str, cost: float) -> Option:
    balance = max(-1.0, min(1.0, balance))
    return Option(option_id, title, round(balance, 4), verdict_words(balance), why, cost)
