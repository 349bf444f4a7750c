"""The verdict in words: the gut check and how the verdict is reached, from the rules themselves.

These sentences state rules, so they are built from the constants and functions of
``advisor.judgement.scoring`` rather than written out by a page, where they would drift from the maths.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.case.labels import gut_words
from advisor.case.models import Case, Gut
from advisor.judgement.in_words import balance_says, says_go
from advisor.judgement.scoring import CLOSE_CALL, CORE_HEAVY, CORE_STRONG, Assessment, Verdict

_GUT_SAYS: Mapping[Gut, str] = MappingProxyType({Gut.GO: "go", Gut.SKIP: "skip it", Gut.UNSURE: "not sure"})


@dataclass(frozen=True, slots=True)
class GutCheck:
    """The first answer beside the balance; ``agrees`` is False when they differ or the
    balance is too close to say, so the page can ask what is missing."""

    agrees: bool
    text: str  # plain text: pages and the report show it as it is
    first_answer: str


def gut_check(case: Case, assessment: Assessment) -> GutCheck:
    gut = case.job.gut
    says = balance_says(assessment)
    first = f"Your first answer: {gut_words(case.job)}."
    close = says_go(assessment.verdict) is None
    if not case.job.given("gut"):  # no first answer to compare: ask for one, before it is coloured by the balance
        return GutCheck(True, f"You have not said what your gut says. Ask yourself now: if you had to decide this "
                              f"minute, would you go? If your answer is not “{says}”, look for what the list "
                              "leaves out: a reason you haven't written, or a weight that is off.", first)
    if gut is Gut.UNSURE:
        if close:
            return GutCheck(True, "You were not sure at first, and the balance is close too: the things you "
                                  "could do, listed under what would change the answer, may settle it.", first)
        return GutCheck(True, f"You were not sure at first; the balance says “{says}”. Does that feel right?",
                        first)
    if close:
        return GutCheck(False, f"Your gut said “{_GUT_SAYS[gut]}”, the balance says “{says}”. When the "
                               "arguments nearly cancel out, your first answer is a fair tie-breaker: it may be "
                               "weighing something the list leaves out.", first)
    if says_go(assessment.verdict) == (gut is Gut.GO):
        return GutCheck(True, f"Your gut said “{_GUT_SAYS[gut]}” and the balance agrees.", first)
    if gut is Gut.SKIP and assessment.verdict is Verdict.PRACTICE:
        return GutCheck(True, "Your gut said “skip it”, and about the job itself the balance agrees: it says go "
                              "for the practice and the contacts, not for the job.", first)
    return GutCheck(False, f"Your gut said “{_GUT_SAYS[gut]}”, the balance says “{says}”. What is missing? "
                           "Perhaps a reason you haven't listed yet, or a weight that doesn't yet match how much "
                           "it matters to you.", first)


def how_computed() -> str:
    """The verdict rules in words, with the thresholds the scoring uses."""
    return ("Each factor's contribution is its **strength** (0 to 1, from your answers) × its **weight** "
            "(0 to 10, from the Weigh page), counted for or against going. The balance is (for − against) ÷ "
            f"(for + against). Above {CLOSE_CALL:+.2f} the advice is to go; below −{CLOSE_CALL:.2f} to skip; "
            "in between it is a close call, unless one reason at the core of the job bothers you "
            f"{CORE_STRONG * 10:g}/10 or more and, left without what only the job gives (the pay, what you like "
            f"about it), the balance would fall to −{CLOSE_CALL:.2f} or below: then it is a skip. When the "
            "strongest argument against is a disliked core of the job "
            f"({CORE_HEAVY * 10:g}/10 or more), going is still worth it for the practice and contacts, but not "
            "for the job itself; unless what only the job gives (the pay, what you like about it) weighs more "
            f"than what going teaches: then one reason of {CORE_STRONG * 10:g}/10 or more makes it a close call, "
            "yours to decide (but one about the work itself, what you would do all day, still sends you for the "
            "practice: no pay makes that work yours), and lesser ones, even several, are what most people put up "
            "with for a job, so the advice is to go. "
            "A reason about your own life (a team you would leave) is a price of taking the job, which an offer "
            "may be worth, not an objection to the job; unless you rate it 10/10, a deal-breaker. "
            "What you like about the employer itself (what it does, its people) counts with what going brings, "
            "not with the job: the interview puts you in front of them whatever the role.")
