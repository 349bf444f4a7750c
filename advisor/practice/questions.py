"""The common interview questions, in our own words, for a person to prepare and rehearse.

The same questions come back from one employer to the next, so an interview for a job one does
not want is a rehearsal for the ones that matter. A case names a question by its id, never by
its text, so a question's wording can be improved without breaking a kept draft.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Group(StrEnum):
    ABOUT_YOU = "about_you"
    MOTIVATION = "motivation"
    BEHAVIOURAL = "behavioural"
    STRENGTHS = "strengths"
    SITUATIONAL = "situational"
    TERMS = "terms"
    THEIRS = "theirs"


GROUP_TITLES: Mapping[Group, str] = MappingProxyType({
    Group.ABOUT_YOU: "About you",
    Group.MOTIVATION: "Motivation and the company",
    Group.BEHAVIOURAL: "Tell me about a time …",
    Group.STRENGTHS: "Strengths and weaknesses",
    Group.SITUATIONAL: "What would you do if …",
    Group.TERMS: "Salary and terms",
    Group.THEIRS: "Your questions for them",
})

# The four parts of an answer about something that happened, in the order they are told.
STAR_TITLES: Mapping[str, str] = MappingProxyType({
    "situation": "Situation: where you were and what was going on",
    "task": "Task: what was yours to do",
    "action": "Action: what you did, in your own steps",
    "result": "Result: how it ended and what you took from it",
})


@dataclass(frozen=True, slots=True)
class Question:
    """One common question; ``star`` marks one about a time something happened, answered in the
    STAR frame (situation, task, action, result)."""

    id: str
    group: Group
    text: str
    listening_for: str
    star: bool = False


def _behavioural(question_id: str, text: str, listening_for: str) -> Question:
    return Question(question_id, Group.BEHAVIOURAL, text, listening_for, star=True)


QUESTIONS: tuple[Question, ...] = (
    Question("tell_me", Group.ABOUT_YOU, "Tell me about yourself.",
             "A short story, two minutes at most, from where you are now through what you have done to what you "
             "are after next: a thread they can follow, not your whole life."),
    Question("walk_cv", Group.ABOUT_YOU, "Walk me through your CV.",
             "Why you made each move and what joins them; a gap explained in a sentence, without apologising."),
    Question("why_leaving", Group.ABOUT_YOU, "Why are you leaving, or what are you looking for next?",
             "What you are moving towards rather than what you are running from: a complaint about a past "
             "employer worries them more than the reason itself."),
    Question("outside_work", Group.ABOUT_YOU, "What do you do outside work?",
             "A glimpse of the person behind the CV, and whether something of it carries into work."),
    Question("why_here", Group.MOTIVATION, "Why do you want to work here?",
             "That you know what the company does and can name something about it or the role that honestly "
             "interests you; a general answer that would fit any employer falls flat."),
    Question("why_role", Group.MOTIVATION, "Why did you apply for this role?",
             "A link between what the role asks for and what you bring or want to learn."),
    Question("five_years", Group.MOTIVATION, "Where do you see yourself in five years?",
             "A direction and the will to grow, not a fixed plan; whether what you want could fit with what "
             "they can offer."),
    Question("know_us", Group.MOTIVATION, "What do you know about us?",
             "Whether you prepared: what they sell or do, for whom, and something recent about them."),
    Question("why_you", Group.MOTIVATION, "Why should we choose you over the other candidates?",
             "Two or three strengths tied to what the role needs, each with a short example as proof."),
    _behavioural("conflict", "Tell me about a time you disagreed with a colleague.",
                  "That you can disagree calmly, listen, and keep working with the person afterwards."),
    _behavioural("mistake", "Tell me about a time you made a mistake, and what you did next.",
                  "That you own a real mistake, put it right as far as you could, and changed something after."),
    _behavioural("pressure", "Tell me about a time you worked under pressure or to a tight deadline.",
                  "How you decide what comes first and stay steady when time runs short."),
    _behavioural("hard_customer", "Tell me about a time you dealt with a difficult customer or person.",
                  "Patience, listening before answering, and a way out that left the other person heard."),
    _behavioural("teamwork", "Tell me about a time you worked with others towards a shared goal.",
                  "Your own part in a team's success: say \"I\" for what you did and \"we\" for the rest."),
    _behavioural("initiative", "Tell me about a time you did more than was asked of you.",
                  "Whether you notice what needs doing and act without waiting to be told."),
    _behavioural("learned_fast", "Tell me about a time you had to learn something new quickly.",
                  "How you learn: where you looked, whom you asked, and how soon you could do it alone."),
    _behavioural("persuaded", "Tell me about a time you convinced someone to change their mind.",
                  "That you persuade with reasons and by listening to the other side, not by pressure."),
    Question("strengths", Group.STRENGTHS, "What are your greatest strengths?",
             "Two or three strengths that matter for this role, each with a real example rather than an "
             "adjective."),
    Question("weakness", Group.STRENGTHS, "What is your greatest weakness?",
             "Honesty about a real weakness and what you are doing about it; a strength in disguise sounds "
             "rehearsed."),
    Question("described", Group.STRENGTHS, "How would the people you work with describe you?",
             "How you get on with others, seen from outside; a word a former colleague or teacher really used "
             "is worth more than any you choose."),
    Question("proud", Group.STRENGTHS, "What are you most proud of?",
             "What you count as success, and how you got there."),
    Question("two_urgent", Group.SITUATIONAL, "What would you do if two urgent tasks landed at the same time?",
             "How you set priorities, and whether you would tell the people waiting."),
    Question("disagree_manager", Group.SITUATIONAL,
             "What would you do if you thought your manager's decision was wrong?",
             "That you would raise it openly and respectfully, then carry out what was decided."),
    Question("first_month", Group.SITUATIONAL, "How would you spend your first month here?",
             "Listening and learning before changing things, and a first small result you could aim for."),
    Question("angry_customer", Group.SITUATIONAL,
             "What would you do with a customer angry about something you cannot change?",
             "Calm, an apology for how it felt without blaming anyone, and what you can offer instead."),
    Question("salary", Group.TERMS, "What salary do you expect?",
             "Whether your expectations fit their budget, and whether you know your worth: a range you can "
             "explain, said calmly."),
    Question("start_date", Group.TERMS, "When could you start?",
             "Whether your notice or plans fit their timing; an honest date is better than an eager one."),
    Question("other_interviews", Group.TERMS, "Are you interviewing anywhere else?",
             "How soon they must decide, and how serious you are; a short honest answer is enough."),
    Question("conditions", Group.TERMS, "Are the hours and conditions of this role all right for you?",
             "Whether something would make you leave early; the place to raise what you would need changed."),
    Question("ask_them", Group.THEIRS, "Do you have any questions for us?",
             "Curiosity and preparation: two or three questions ready, none whose answer is on their website."),
    Question("typical_day", Group.THEIRS, "What does a typical day in this role look like?",
             "To ask them: what the work is really like beyond the advert, especially the part you are unsure of."),
    Question("success", Group.THEIRS, "What would success in this role look like after six months?",
             "To ask them: what they truly expect, and whether it is something you could and would want to do."),
    Question("team", Group.THEIRS, "Who would I work with most closely?",
             "To ask them: the people and the way of working you would join, which no advert tells."),
    Question("next_steps", Group.THEIRS, "What are the next steps, and when will I hear from you?",
             "To ask them: how long you will wait, so you can plan your own answer."),
)

QUESTION_BY_ID: Mapping[str, Question] = MappingProxyType({q.id: q for q in QUESTIONS})
QUESTION_IDS: frozenset[str] = frozenset(QUESTION_BY_ID)
# A question's place in the catalogue: chosen questions are listed in this order everywhere.
QUESTION_ORDER: Mapping[str, int] = MappingProxyType({q.id: place for place, q in enumerate(QUESTIONS)})


def question(question_id: str) -> Question:
    """The question with this id; ``KeyError`` for an id that is not in the catalogue."""
    return QUESTION_BY_ID[question_id]


def in_group(group: Group) -> tuple[Question, ...]:
    """The questions of one group, in the catalogue's order."""
    return tuple(q for q in QUESTIONS if q.group is group)
