"""The game plan: how to prepare, what to ask for and in which order, and how to close."""

from __future__ import annotations

from dataclasses import dataclass

from advisor.catalog import Kind
from advisor.models import Case, Reason
from advisor.scoring import Assessment, Verdict


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    text: str


# The article: prepare as for any interview, research the employer, leave nothing to surprise.
CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("values", "Read what the company says it stands for, and find one example of it in practice."),
    ChecklistItem("environment", "Find out how the team works day to day: hours, places, tools."),
    ChecklistItem("growth", "Look up how people grow there: training, promotions, reviews."),
    ChecklistItem("business", "Be able to say in two sentences what the company sells and to whom."),
    ChecklistItem("leaders", "Know the names and backgrounds of the people who lead it."),
    ChecklistItem("questions", "Rehearse answers to the common questions, behavioural ones included."),
    ChecklistItem("story", "Prepare a short, honest account of who you are and what you are after."),
    ChecklistItem("asks", "Write down your asks in order, with what you would accept."),
    ChecklistItem("journey", "Plan the journey and its cost; leave early enough to arrive calm."),
    ChecklistItem("contacts", "Bring a way to note the interviewers' names and contact details."),
)
CHECKLIST_IDS = frozenset(item.id for item in CHECKLIST)


def asks_in_order(case: Case) -> list[Reason]:
    """Negotiable reasons with an ask, most worth raising first: how much it bothers you times
    the odds they agree (what you gain if you ask)."""
    asks = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask]
    return sorted(asks, key=lambda r: r.severity * r.odds, reverse=True)


def closing_line(case: Case, assessment: Assessment) -> str:
    """What to tell the interviewers at the end, honestly and without games."""
    company = case.job.company or "you"
    asks = asks_in_order(case)
    if assessment.verdict is Verdict.PRACTICE:
        return (f"Thank you for the time and the open answers. Having heard everything, I don't "
                f"think the role matches my strengths and what I'm looking for, so I won't keep "
                f"you waiting: I'd rather withdraw now, and I'd be glad to stay in touch with "
                f"{company}.")
    if asks and assessment.verdict in (Verdict.NEGOTIATE, Verdict.CLOSE_CALL):
        wanted = "; ".join(a.ask for a in asks[:3])
        return (f"I'm interested, and I'll be honest about what would make it work for me: "
                f"{wanted}. If that is possible, I would be glad to go further.")
    if assessment.verdict is Verdict.SKIP:
        return (f"Thank you for considering me. After thinking it over I've decided this isn't "
                f"the right match, and I wanted to tell {company} straight away rather than "
                f"keep you waiting.")
    return ("Thank you — I've learned a lot today. I'd like a day to think it over and I'll give "
            "you a clear answer by then.")


def cost_reminder(case: Case) -> str:
    """The article's last word: going costs time and money, weigh them."""
    job = case.job
    if not job.travel_hours and not job.travel_cost:
        return "You noted no travel time or cost: check the journey before you commit."
    hours = f"{job.travel_hours:g} hour{'s' if job.travel_hours != 1 else ''}"
    share = ""
    if job.spare_money:
        share = f", {100 * job.travel_cost / job.spare_money:.0f} % of what you can spare"
    return f"Going takes about {hours} and costs {job.travel_cost:,}{share}."
