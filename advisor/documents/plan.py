"""The game plan: how to prepare, what to ask for and in which order, and how to close."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.article.checklist import CHECKLIST, CHECKLIST_IDS, ChecklistItem
from advisor.article.factors import Kind
from advisor.case.models import Case, Reason
from advisor.case.money import money
from advisor.judgement.scoring import Assessment, Verdict
from advisor.wording import spoken_list


def by_kind(case: Case) -> dict[Kind, list[Reason]]:
    """The reasons under each kind, negotiable first."""
    return {kind: [r for r in case.reasons if r.kind is kind] for kind in Kind}


def checklist_done(case: Case) -> int:
    """How many items of the preparation checklist are ticked."""
    return sum(item.id in case.checklist for item in CHECKLIST)


def checklist_lines(case: Case) -> list[str]:
    """The checklist read at a glance, in its order: a ticked item is marked "done" in words, so a
    screen reader says it as plainly as the eye sees it."""
    return [f"{item.text} **Done.**" if item.id in case.checklist else item.text for item in CHECKLIST]


ASKS_ORDER = ("Ordered by how much each one bothers you times the odds they agree: the ask most worth "
              "making comes first.")


def asks_in_order(case: Case) -> list[Reason]:
    """Negotiable reasons with an ask, most worth raising first (``ASKS_ORDER`` says so in words)."""
    asks = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask]
    return sorted(asks, key=lambda r: r.severity * r.odds, reverse=True)


def walk_away_line(reason: Reason) -> str | None:
    """The ask's limit, said before the interview so it is not bargained away in the room."""
    if not reason.walk_away:
        return None
    return f"If they can't offer at least “{reason.walk_away}”, withdraw politely."


def closing_line(case: Case, assessment: Assessment) -> str:
    """What to tell the interviewers at the end, honestly and without games."""
    company = case.job.company or "you"
    asks = asks_in_order(case)
    wanted = spoken_list([in_sentence(a.ask) for a in asks[:3]]) if asks else ""
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


# The question to ask the interviewers about each catalogue reason: what they can offer on it.
_QUESTIONS: Mapping[str, str] = MappingProxyType({
    "pay": "How is the pay for this role set, and is there room above the advertised figure?",
    "shifts": "How are the shifts or hours planned, and how much say would I have in mine?",
    "travel": "How often does the role mean travelling, and is that fixed?",
    "commute": "Could the start and end times move to fit the journey in?",
    "remote": "Do people in this team work from home some days, and when could I start doing so?",
    "growth": "How have people in this role grown here, and when would my first review be?",
    "security": "What kind of contract is it, and what usually happens after the probation period?",
    "benefits": "What does the package include besides the pay: leave, pension, training?",
    "contract": "Is the contract type open to discussion, for example its length or hours?",
    "title": "How was the job title chosen, and could it reflect the responsibilities more closely?",
    "location": "Which sites could I work from, and how is that decided?",
})
# What a person doesn't know yet, asked when the case shows it.
_DAY_QUESTION = "What does an ordinary day in this role look like, from morning to evening?"
_GROWTH_QUESTION = "Where have the people who held this role before gone next?"
_FIRST_MONTHS = "What would you like the person in this role to have done after the first three months?"
UNCERTAIN_ODDS = range(25, 76)  # odds a person gave when they could not tell either way


def questions(case: Case) -> list[str]:
    """Questions to ask the interviewers: first about the asks whose odds are uncertain (the answer
    tells whether to make the ask at all), then what the person doesn't know about the work."""
    asked: list[str] = []
    for reason in sorted(case.reasons, key=lambda r: -r.severity):
        if reason.kind is Kind.NEGOTIABLE and reason.odds in UNCERTAIN_ODDS:
            asked.append(_QUESTIONS.get(reason.catalog_id or "",
                                        f"Is there any flexibility on this: {in_sentence(reason.label)}?"))
    if not case.job.activity or any(r.kind is Kind.CORE for r in case.reasons):
        asked.append(_DAY_QUESTION)
    if case.job.wanted_job or case.job.similarity >= 5:
        asked.append(_GROWTH_QUESTION)
    asked.append(_FIRST_MONTHS)
    return list(dict.fromkeys(asked))


def in_sentence(text: str) -> str:
    """A label or an ask as a word inside a sentence: "Night shifts" reads "night shifts", while
    an acronym or a name written in capitals ("UX design", "IBM") keeps them."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first[1:2].isupper() else text[:1].lower() + text[1:]


def cost_reminder(case: Case) -> str:
    """The article's last word: going costs time and money, weigh them."""
    job = case.job
    if not job.travel_hours and not job.travel_cost:
        return "You noted no travel time or cost: check the journey before you commit."
    hours = f"{job.travel_hours:g} hour{'s' if job.travel_hours != 1 else ''}"
    share = ""
    if job.spare_money:
        share = f", {100 * job.travel_cost / job.spare_money:.0f} % of what you can spare"
    return f"Going takes about {hours} and costs {money(job.travel_cost, job.currency)}{share}."


__all__ = ["ASKS_ORDER", "CHECKLIST", "CHECKLIST_IDS", "ChecklistItem", "asks_in_order", "by_kind", "checklist_done",
           "checklist_lines", "closing_line", "cost_reminder", "in_sentence", "questions", "spoken_list",
           "walk_away_line"]
