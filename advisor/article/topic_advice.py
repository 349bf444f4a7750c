"""What the app suggests for a reason, chosen by its topic: in our own words, never the person's.

Per topic: a question of our own to ask the interviewers (never the complaint pasted in), an
example ask shown as a placeholder, and an example walk-away line. Every topic has all three, so
whatever a reason is read as, the plan has something true to say about it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.reading.topics import Topic

QUESTIONS: Mapping[Topic, str] = MappingProxyType({
    Topic.PAY: "How is the pay for this role set, and is there room above the advertised figure?",
    Topic.HOURS: "What hours and shifts does the role really involve, and how much say would I have in them?",
    Topic.PLACE: "Where would I be based day to day, and could part of the work be done from elsewhere or remotely?",
    Topic.HOME: "How many days a week does the team work from home, and how is that agreed?",
    Topic.CONTRACT: "What kind of contract is this, what are its main terms, and what happens at the end of it?",
    Topic.TITLE: "How was the level of this role decided, and how does it compare with the rest of the team?",
    Topic.BENEFITS: "What does the package include beyond the salary: leave, pension and the rest?",
    Topic.GROWTH: "How have people in this role grown here, and what training comes with it?",
    Topic.START: "How fixed is the start date, and how much room is there to move it?",
    Topic.TRAVEL: "How much travel does the role involve in a typical month?",
    Topic.WORKLOAD: "How is the workload shared in the team, and what happens when it peaks?",
    Topic.WORK: "What does an ordinary day in this role look like?",
    Topic.PEOPLE: "How would you describe the team I would join and the way it works together?",
    Topic.VALUES: "What does the company stand for, and how does that show in the work itself?",
    Topic.OTHER_OFFER: "What is your timeline for a decision, so I can let you know where I stand in good time?",
    Topic.CIRCUMSTANCES: "How does the team make room for commitments outside work?",
    Topic.UNKNOWN: "What do people who do well in this role tend to enjoy about it?",
})

EXAMPLE_ASKS: Mapping[Topic, str] = MappingProxyType({
    Topic.PAY: "+10 % on the advertised pay",
    Topic.HOURS: "Day shifts only",
    Topic.PLACE: "Start later to miss the rush hour",
    Topic.HOME: "Two days a week from home",
    Topic.CONTRACT: "A permanent contract after probation",
    Topic.TITLE: "A title that matches the responsibilities",
    Topic.BENEFITS: "Five more days of paid leave",
    Topic.GROWTH: "A pay and role review after six months",
    Topic.START: "A start date after my notice period",
    Topic.TRAVEL: "At most two trips a month",
    Topic.WORKLOAD: "A second person on the team within three months",
    Topic.WORK: "Part of the week on other work",
    Topic.PEOPLE: "A trial day with the team before deciding",
    Topic.VALUES: "Work on a different product or client",
    Topic.OTHER_OFFER: "An answer from you by the end of next week",
    Topic.CIRCUMSTANCES: "Hours that fit around my commitments",
    Topic.UNKNOWN: "Two days a week from home",
})

WALK_AWAY_LINES: Mapping[Topic, str] = MappingProxyType({
    Topic.PAY: "No less than what I earn now",
    Topic.HOURS: "Nights at most twice a week",
    Topic.PLACE: "No more than an hour each way",
    Topic.HOME: "At least one day a week from home",
    Topic.CONTRACT: "At least a twelve-month contract",
    Topic.TITLE: "No lower than my current level",
    Topic.BENEFITS: "At least the leave I have now",
    Topic.GROWTH: "A written review date within a year",
    Topic.START: "No start before my notice ends",
    Topic.TRAVEL: "No more than one night away a week",
    Topic.WORKLOAD: "No more than one person's work",
    Topic.WORK: "Most of the week on work I can stand",
    Topic.PEOPLE: "Meeting the team before I say yes",
    Topic.VALUES: "Never working on what I object to",
    Topic.OTHER_OFFER: "A decision before the other deadline",
    Topic.CIRCUMSTANCES: "Hours that leave room for my commitments",
    Topic.UNKNOWN: "The least I would accept, decided now",
})
