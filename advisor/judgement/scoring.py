"""How a case becomes a balance and a verdict: a transparent weighted sum.

Each factor has a strength in [0, 1] taken from the answers and a weight in [0, 10] from its
slider; its contribution is ± strength × weight. The balance is the sum of the contributions
over the sum of their sizes, (pros − cons) / (pros + cons), so it lies in [−1, 1], and raising
a pro's weight can only raise it (raising a con's can only lower it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from advisor.article.factors import FACTORS, MAX_WEIGHT, Factor, Kind, Side
from advisor.case.arguments import (
    OwnWords,
    against_job,
    argument_words,
    decided_elsewhere,
    needs_job,
    objection_of,
    own_pros,
    pro_factor_id,
    read_own_words,
)
from advisor.case.models import Case, Reason
from advisor.case.pros import Pro
from advisor.judgement.strengths import STRENGTH_RULES, from_answers, rule_text, strengths
from advisor.judgement.verdict import (
    CLOSE_CALL,
    CORE_HEAVY,
    CORE_STRONG,
    VERDICT_TITLES,
    Verdict,
    balance_of,
    sides_of,
    verdict_of,
)

__all__ = ["CLOSE_CALL", "CORE_HEAVY", "CORE_STRONG", "STRENGTH_RULES", "VERDICT_TITLES", "Assessment", "Contribution",
           "Flip", "Verdict", "balance_of", "evaluate", "rule_text", "strengths", "verdict_for", "verdict_of"]

@dataclass(frozen=True, slots=True)
class Contribution:
    factor: Factor
    strength: float
    weight: int

    @property
    def value(self) -> float:
        """Signed: pros push the balance up, cons down."""
        size = self.strength * self.weight
        return size if self.factor.side is Side.PRO else -size


@dataclass(frozen=True, slots=True)
class Flip:
    """The smallest single change that would give another verdict."""

    description: str
    to: Verdict


@dataclass(frozen=True, slots=True)
class Assessment:
    contributions: tuple[Contribution, ...]
    balance: float
    verdict: Verdict
    reason: str
    flip: Flip | None
    # The balance left without what only the job gives, where that decided a near tie to be a skip
    # (``only_the_job_speaks``): the balance above counts it, so alone it reads "about even".
    deciding: float | None = None

    @property
    def pros(self) -> float:
        return sum(c.value for c in self.contributions if c.value > 0)

    @property
    def cons(self) -> float:
        return -sum(c.value for c in self.contributions if c.value < 0)


def evaluate(case: Case, flip: bool = True) -> Assessment:
    """Score a case: contributions, balance, verdict with its reason, and the flip point.

    The flip point tries several hundred variations of the case; pages that only draw the
    balance (every slider move on Weigh) ask for it to be left out.
    """
    strength = strengths(case)
    weights = case.weights
    words = read_own_words(case)
    sides = sides_of(strength, weights, own_pros(case, words.by_going))
    balance = sides.balance()
    decided = decided_elsewhere(case)
    verdict = verdict_for(case, weights, strength, words)
    tie_skipped = verdict is Verdict.SKIP and not decided and abs(balance) < CLOSE_CALL
    contributions = (*(Contribution(f, strength[f.id], weights[f.id]) for f in FACTORS),
                     *(Contribution(own_factor(pro), 1.0, pro.weight) for pro in case.pros))
    return Assessment(
        contributions=contributions,
        balance=balance,
        verdict=verdict,
        reason=_reason(case, verdict, contributions, balance, words),
        flip=find_flip(case, verdict, strength, words) if flip and not decided else None,
        deciding=sides.learning_balance() if tie_skipped else None,
    )


def _reason(case: Case, verdict: Verdict, contributions: tuple[Contribution, ...], balance: float,
            words: OwnWords) -> str:
    """The verdict in words: the two arguments that weigh most for this person, named from their
    own case (never one weighed only from starting values, which they never said), and what to do
    about them. The numbers are left to "How is this computed?"."""
    if decided_elsewhere(case):
        return ("You will take the other offer, so there is nothing here to weigh: tell them now, kindly, so they "
                "can give the place to someone else and remember you well.")
    if not any(c.value for c in contributions):
        return "Nothing weighs on either side yet: answer the questions or raise some weights."
    # What the person said first, each side by size; starting values only where nothing said weighs.
    ranked = sorted(contributions, key=lambda c: (not from_answers(case, c.factor.id), -abs(c.value)))
    pros = [c for c in ranked if c.value > 0]
    cons = [c for c in ranked if c.value < 0]
    if verdict is Verdict.PRACTICE:
        pros = [c for c in pros if not needs_job(c.factor.id, words.by_going)] or pros
    pro = argument_words(case, pros[0].factor.id) if pros else ""
    con = argument_words(case, cons[0].factor.id) if cons else ""
    if verdict is Verdict.SKIP and balance > -CLOSE_CALL:
        kept = next((c for c in pros if needs_job(c.factor.id, words.by_going)), pros[0])
        return (f"Against going, {con} weighs most; what would tip it towards going comes only with the job you "
                f"object to ({argument_words(case, kept.factor.id)}), and the interview itself is worth less than it "
                "costs. Decline politely and soon, so nobody keeps a place for you.")
    if verdict is Verdict.SKIP:
        weighs = (f"Against going, {con} weighs most; {pro} speaks for it, but less." if pro
                  else f"Against going, {con} weighs most, and nothing you gave speaks for it.")
        return f"{weighs} Decline politely and soon, so nobody keeps a place for you."
    weighs = (f"For going, {pro} weighs most; against it, {con}." if con
              else f"For going, {pro} weighs most, and nothing you gave weighs against it.")
    if verdict is Verdict.PRACTICE:
        fixed = ("That comes with the job and no offer changes it" if against_job(case, words.life)
                 else "No offer changes that")
        return (f"{weighs} {fixed}, so go for what the interview "
                "itself brings you, not for the job: do your best, and if you still feel the same at the end, say "
                "honestly that it is not your match.")
    if verdict is Verdict.CLOSE_CALL and balance >= CLOSE_CALL:
        return (f"{weighs} What you need from it comes only with the job, and the job is what you object to: no "
                "weighing settles that for you. Go if you want to see it for yourself, and decide at the end whether "
                "you could live with it.")
    if verdict is Verdict.CLOSE_CALL:
        return (f"{weighs} The two sides nearly cancel out: see what would change the answer, and give your first "
                "feeling a say.")
    return f"{weighs} {_negotiate_advice(case, cons[0].factor.id if cons else '', words.life)}"


def _negotiate_advice(case: Case, top_con: str, life: frozenset[int]) -> str:
    """What to do when going is worth it, referring back to what weighs most against it."""
    asks = any(r.kind is Kind.NEGOTIABLE and r.ask for r in case.reasons)
    negotiable = any(r.kind is Kind.NEGOTIABLE for r in case.reasons)
    act = ("Go, and put your asks." if asks else
           "Go, and ask about what bothers you." if negotiable else "Go, and do your best.")
    if top_con == "core_dislike" and not against_job(case, life):
        return f"{act} No offer changes that, so decide at the end whether what they offer is worth it to you."
    if top_con == "core_dislike":
        return f"{act} That comes with the job: decide at the end whether you could live with it."
    if top_con == "unfixed_terms":
        return f"{act} That one is a term of the offer, so it is worth raising."
    return act


_JOB_DIALS: tuple[tuple[str, str, int, int], ...] = (
    ("similarity", "how alike the interviews are", 0, 10),
    ("network_value", "how much the contacts matter", 0, 10),
    ("curiosity", "your curiosity about the industry", 0, 10),
    ("financial_need", "your financial need", 0, 10),
    ("dread", "your dread", 0, 10),
    ("selling_difficulty", "how hard you find selling yourself", 0, 10),
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    distance: float
    description: str
    to: Verdict


def _walk(current: int, low: int, high: int) -> Iterator[int]:
    """Values nearest to the current one first, on both sides."""
    for step in range(1, high - low + 1):
        for value in (current - step, current + step):
            if low <= value <= high:
                yield value


def find_flip(case: Case, verdict: Verdict, strength: Mapping[str, float], words: OwnWords) -> Flip | None:
    """Try each weight and each answer on its own, nearest values first, and keep the change
    that is smallest as a share of its range; None when no single change flips the verdict.
    ``words`` is ``read_own_words(case)``: no what-if changes the typed words."""
    best: _Candidate | None = None
    weights = dict(case.weights)
    own = own_pros(case, words.by_going)
    objection = objection_of(case, words)
    for factor in FACTORS:
        current = weights[factor.id]
        for value in _walk(current, 0, MAX_WEIGHT):
            trial = {**weights, factor.id: value}
            new = verdict_of(balance_of(strength, trial, own), strength, trial, own, *objection)
            if new is not verdict:
                cand = _Candidate(abs(value - current) / MAX_WEIGHT,
                                  f"the weight of “{factor.title}” from {current} to {value}", new)
                best = cand if best is None or cand.distance < best.distance else best
                break
    for cand in _answer_candidates(case, verdict, weights, words):
        if best is None or cand.distance < best.distance:
            best = cand
    return None if best is None else Flip(best.description, best.to)


def _answer_candidates(case: Case, verdict: Verdict, weights: dict[str, int],
                       words: OwnWords) -> Iterator[_Candidate]:
    for name, question, low, high in _JOB_DIALS:
        current = getattr(case.job, name)
        for value in _walk(current, low, high):
            job = case.job.model_copy(update={name: value})
            new = verdict_for(case.model_copy(update={"job": job}), weights, words=words)
            if new is not verdict:
                yield _Candidate(abs(value - current) / (high - low),
                                 f"{question} from {current} to {value}", new)
                break
    for index, reason in enumerate(case.reasons):
        yield from _reason_candidates(case, index, reason, verdict, weights, words)


def _reason_candidates(
    case: Case, index: int, reason: Reason, verdict: Verdict, weights: dict[str, int], words: OwnWords
) -> Iterator[_Candidate]:
    def with_reason(**update: object) -> Case:
        reasons = list(case.reasons)
        reasons[index] = reason.model_copy(update=update)
        return case.model_copy(update={"reasons": reasons})

    for value in _walk(reason.severity, 0, 10):
        new = verdict_for(with_reason(severity=value), weights, words=words)
        if new is not verdict:
            yield _Candidate(abs(value - reason.severity) / 10,
                             f"how much “{reason.label}” bothers you from {reason.severity} to {value}",
                             new)
            break
    if reason.kind is Kind.NEGOTIABLE:
        steps = sorted((v for v in range(0, 101, 5) if v != reason.odds), key=lambda v: abs(v - reason.odds))
        for value in steps:
            new = verdict_for(with_reason(odds=value), weights, words=words)
            if new is not verdict:
                yield _Candidate(abs(value - reason.odds) / 100,
                                 f"the odds for “{reason.label}” from {reason.odds} % to {value} %",
                                 new)
                break


def verdict_for(case: Case, weights: Mapping[str, int] | None = None,
                strength: Mapping[str, float] | None = None, words: OwnWords | None = None) -> Verdict:
    """The verdict of a case, or of the case with other weights or strengths: every "what if"
    asks this, so no question gets its answer from a second copy of the rule. ``words`` is
    ``read_own_words(case)`` when already read."""
    if decided_elsewhere(case):
        return Verdict.SKIP
    strength = strengths(case) if strength is None else strength
    weights = case.weights if weights is None else weights
    words = read_own_words(case) if words is None else words
    own = own_pros(case, words.by_going)
    return verdict_of(balance_of(strength, weights, own), strength, weights, own, *objection_of(case, words))


def own_factor(pro: Pro) -> Factor:
    """An own pro as a factor of the chart and the report, beside the article's arguments."""
    return Factor(id=pro_factor_id(pro), side=Side.PRO, title=pro.label, why="In your own words.", more="",
                  section="", default_weight=pro.weight)
