"""The game plan: how to prepare, what to ask for and in which order, and how to close."""

from __future__ import annotations

from advisor.catalog import CHECKLIST, CHECKLIST_IDS, ChecklistItem, Kind
from advisor.models import Case, Reason
from advisor.scoring import Assessment, Verdict


def by_kind(case: Case) -> dict[Kind, list[Reason]]:
    """The reasons under each kind, negotiable first."""
    return {kind: [r for r in case.reasons if r.kind is kind] for kind in Kind}


def checklist_done(case: Case) -> int:
    """How many items of the preparation checklist are ticked."""
    return sum(item.id in case.checklist for item in CHECKLIST)


ASKS_ORDER = ("Ordered by how much each one bothers you times the odds they agree: the ask most worth "
              "making comes first.")


def asks_in_order(case: Case) -> list[Reason]:
    """Negotiable reasons with an ask, most worth raising first (``ASKS_ORDER`` says so in words)."""
    asks = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask]
    return sorted(asks, key=lambda r: r.severity * r.odds, reverse=True)


def closing_line(case: Case, assessment: Assessment) -> str:
    """What to tell the interviewers at the end, honestly and without games."""
    company = case.job.company or "you"
    asks = asks_in_order(case)
    wanted = "; ".join(a.ask for a in asks[:3])
    verdict = assessment.verdict
    if verdict is Verdict.PRACTICE:
        return (f"Thank you for the time and the open answers. Having heard everything, I don't "
                f"think the role matches my strengths and what I'm looking for, so I won't keep "
                f"you waiting: I'd rather withdraw now, and I'd be glad to stay in touch with "
                f"{company}.")
    if verdict is Verdict.SKIP:
        return (f"Thank you for considering me. After thinking it over I've decided this isn't "
                f"the right match, and I wanted to tell {company} straight away rather than "
                f"keep you waiting.")
    if verdict is Verdict.NEGOTIATE:
        if asks:
            return (f"I'm interested, and I'll be honest about what would make it work for me: "
                    f"{wanted}. If that is possible, I would be glad to go further.")
        return ("Thank you: having heard more about the role, I'd like to go ahead, and I'm "
                "glad to talk about next steps.")
    if asks:
        return (f"I'm still weighing it up, honestly. It would tip for me if {company} could "
                f"offer this: {wanted}. Could we talk about that before I decide?")
    return ("Thank you, I've learned a lot today. I'd like a day to think it over and I'll give "
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


__all__ = ["ASKS_ORDER", "CHECKLIST", "CHECKLIST_IDS", "ChecklistItem", "asks_in_order", "by_kind", "checklist_done",
           "closing_line", "cost_reminder"]
