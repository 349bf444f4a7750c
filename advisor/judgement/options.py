"""More than go or skip: the ways a person can answer an invitation, each weighed alike.

Every option is the case's own arguments, changed only where that option changes them, and
measured on one scale: its pros minus its cons over the size of all the arguments for going
in person and negotiating (the verdict's own case). So "go and negotiate" has exactly the
verdict's balance, and an option that gives up the job and its costs alike lands near zero
rather than at a ratio of two tiny numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.article.factors import FACTORS, Kind, Side
from advisor.case.models import Case
from advisor.case.pros import own_pros_total
from advisor.judgement.in_words import verdict_words
from advisor.judgement.strengths import strengths

# How much of each argument an option keeps: factor id → share of its strength (absent: all);
# OWN_PROS scales the person's own pros, which are about the job (an option without it has none).
Scaling = Mapping[str, float]
OWN_PROS = "own_pros"

# A video or phone interview: no journey and no cost, but less of the real-pressure practice
# and fewer of the hand-shake contacts the article values; a screen is a little less daunting.
VIDEO: Scaling = MappingProxyType({"attendance_cost": 0.0, "practice": 0.7, "connections": 0.7, "dread": 0.8})
# A later date: the same trip and more time to prepare, if they agree (about even odds: half of a
# fifth less dread); asking spends a little of the goodwill the other asks need.
LATER: Scaling = MappingProxyType({"dread": 0.9, "reshape_offer": 0.9})
# An informational call: a conversation, not an interview, and no offer to weigh.
CALL: Scaling = MappingProxyType({
    OWN_PROS: 0.0, "practice": 0.2, "dream_path": 0.3, "connections": 0.6, "inside_view": 0.8, "reshape_offer": 0.0,
    "income": 0.0, "core_dislike": 0.0, "unfixed_terms": 0.0, "attendance_cost": 0.0, "dread": 0.2})
# Declining politely: nothing of the job, nothing of its costs, a door left open to the contact.
DECLINE: Scaling = MappingProxyType({f.id: 0.0 for f in FACTORS} | {OWN_PROS: 0.0, "connections": 0.2})


@dataclass(frozen=True, slots=True)
class Option:
    """One way to answer the invitation, and how it weighs up."""

    id: str
    title: str
    balance: float
    verdict: str
    why: str
    cost: float  # the strength of "cost of going" under this option, 0 to 1


def _size(strength: Mapping[str, float], weights: Mapping[str, int]) -> float:
    return sum(strength[f.id] * weights[f.id] for f in FACTORS)


def _net(strength: Mapping[str, float], weights: Mapping[str, int]) -> float:
    return sum((1 if f.side is Side.PRO else -1) * strength[f.id] * weights[f.id] for f in FACTORS)


def as_invited(case: Case) -> Case:
    """The case if nothing is asked for: every negotiable reason stays as it is."""
    reasons = [r.model_copy(update={"odds": 0}) if r.kind is Kind.NEGOTIABLE else r for r in case.reasons]
    return case.model_copy(update={"reasons": reasons})


def with_granted(case: Case, granted: set[int]) -> Case:
    """The case once the asks of these reasons (by id) were granted: they are certain now."""
    reasons = [r.model_copy(update={"odds": 100}) if r.id in granted else r for r in case.reasons]
    return case.model_copy(update={"reasons": reasons})


def evaluate_options(case: Case) -> list[Option]:
    """Every option side by side, best first, each with one line on what it changes."""
    weights = case.weights
    own = own_pros_total(case.pros)
    scale = (_size(strengths(case), weights) + own) or 1.0
    asked = any(r.kind is Kind.NEGOTIABLE and r.ask for r in case.reasons)
    plans: list[tuple[str, str, Case, Scaling, str]] = [
        ("negotiate", "Go and negotiate", case, {},
         "You go in person and put your asks; each counts at the odds you gave it."
         if asked else "You go in person and ask for what would make the job acceptable."),
        ("invited", "Go as invited", as_invited(case), {},
         "You go in person and ask for nothing: every negotiable problem stays."),
        ("video", "Ask for a video or phone interview", case, VIDEO,
         "No journey and no cost, and your asks still count; but less of the real-pressure "
         "practice and fewer contacts than in the room."),
        ("later", "Ask to move the date", case, LATER,
         "The same interview with more time to prepare; they may say no."),
        ("call", "Ask for an informational call instead", case, CALL,
         "A conversation to learn about the company and the field: little practice, no offer."),
        ("decline", "Decline politely and keep the door open", case, DECLINE,
         "Nothing gained and nothing spent; a kind note keeps the contact for later."),
    ]
    options = []
    for option_id, title, variant, scaling, why in plans:
        strength = {k: v * scaling.get(k, 1.0) for k, v in strengths(variant).items()}
        net = _net(strength, weights) + own * scaling.get(OWN_PROS, 1.0)
        balance = max(-1.0, min(1.0, net / scale))
        options.append(Option(option_id, title, round(balance, 4), verdict_words(balance), why,
                              strength["attendance_cost"]))
    return sorted(options, key=lambda o: -o.balance)
