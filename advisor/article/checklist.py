"""The article's "try your best regardless", as a checklist: research the employer, prepare the
common questions, leave nothing to surprise."""

from __future__ import annotations

from dataclasses import dataclass


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
