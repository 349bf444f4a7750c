"""Hints for the questions that are hard to answer for a job one does not want, built from the case.

"Why do you want to work here?" is the hardest question of such an interview: the honest answer
is not "I do". A hint gives what the person can say truthfully instead: what they told us they
like about the job (their own words, quoted whole), what makes going worth it for them by their
own answers (the practice, the contacts, the inside view of the industry, an offer that can
change), and for the terms, their asks and the least they would accept. No sentence says that the
person wants the job, likes the company or anything else their case does not say; where the case
says little, the hint says what to think about instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from advisor.article.factors import Kind
from advisor.article.reasons import reason_topic
from advisor.case.arguments import core_words, needs_the_income, quoted, topic_of, worst_core
from advisor.case.models import Case, Reason
from advisor.judgement.scoring import evaluate
from advisor.judgement.strengths import from_answers
from advisor.reading.topics import Topic
from advisor.wording import is_condition, spoken_list

# From this contribution (of at most 10) an argument counts as making going worth it: a quarter of
# the most one can weigh, so a weak argument is not held up as a reason.
WORTH = 2.5
MAX_PROS_NAMED = 3

# The arguments that make going worth it even for someone who will say no at the end.
_GOING = ("practice", "dream_path", "connections", "inside_view", "reshape_offer")
_GOING_WORDS: Mapping[str, str] = MappingProxyType({
    "practice": "the practice",
    "connections": "the contacts",
    "inside_view": "the inside view of the industry",
    "reshape_offer": "an offer that can change",
})
# For "Why do you want to work here?": the interest each argument lets a person show honestly.
_HONEST_INTEREST: Mapping[str, str] = MappingProxyType({
    "practice": ("The practice is for you, not something to tell them: polish this answer here, and it is ready "
                 "for the interviews that matter to you."),
    "dream_path": ("If this work shares skills with the job you want, those skills are honest ground: say which you "
                   "would like to get better at."),
    "connections": ("The contacts matter to you, so interest in the people who do this work, and in what you could "
                    "learn from them, is honest."),
    "inside_view": "A look inside is worth it for you: name what you would like to learn about how they work.",
    "reshape_offer": ("Some of what bothers you could change, so your interest can be honest and conditional: say "
                      "what would make the role work for you rather than that you want it as it is."),
})
_KEEP_TRUE = ("Keep to what is true: interest in the work, the people or what you would learn is honest, and "
              "nobody needs you to claim more.")


def reasons_to_go(case: Case) -> tuple[str, ...]:
    """The arguments (factor ids) that make going worth it for this person by their own answers,
    the weightiest first: each counts at least ``WORTH`` and rests on something they answered."""
    going = [c for c in evaluate(case, flip=False).contributions
             if c.factor.id in _GOING and from_answers(case, c.factor.id) and c.value >= WORTH]
    return tuple(c.factor.id for c in sorted(going, key=lambda c: -c.value))


def going_words(case: Case, factor_id: str) -> str:
    """An argument for going in plain words; the rehearsal names the job the person wants, if they did."""
    if factor_id != "dream_path":
        return _GOING_WORDS[factor_id]
    wanted = case.job.wanted_job
    return (f"a rehearsal for the interviews for {quoted(wanted)}" if wanted
            else "a rehearsal for the interviews you do want")


def _liked(case: Case, money: bool | None = None) -> list[str]:
    """What the person likes about the job, in their words, the weightiest first; ``money`` keeps
    only what is about the pay (True) or only the rest (False)."""
    pros = [pro for pro in sorted(case.pros, key=lambda pro: -pro.weight)
            if money is None or (reason_topic(pro.label, case.job.activity) is Topic.PAY) is money]
    return [quoted(pro.label) for pro in pros[:MAX_PROS_NAMED]]


def _why_here(case: Case) -> list[str]:
    liked, paid = _liked(case, money=False), _liked(case, money=True)
    said = ([f"Start from what you told us you like about it: {spoken_list(liked)}. Say what draws you to "
             f"{'it' if len(liked) == 1 else 'these'}, in your own words."] if liked else
            ["You have not listed anything you like about this job beyond the money. Look for one thing that is "
             "true for you (what they make or do, the people, a skill the work would build) and start from it."]
            if paid else
            ["You have not listed anything you like about this job. Look for one thing that is true for you (what "
             "they make or do, the people, a skill the work would build) and start from it."])
    if paid:
        said.append(f"What you like about the pay, {spoken_list(paid)}, is a fair reason, but not the one to lead "
                    "with here: keep it for the question on salary.")
    going = reasons_to_go(case)
    if going:
        worth = spoken_list([going_words(case, factor_id) for factor_id in going])
        said += [f"What makes going worth it for you, by your own answers: {worth}.", _HONEST_INTEREST[going[0]]]
    else:
        said.append("Your answers do not yet say what going would give you: think about what you could learn "
                    "there, whom you could meet and what you would see of the field.")
    said.append(_KEEP_TRUE)
    company = case.job.company
    said.append(f"Read up on what {company} does, so what you name is theirs and not any employer's." if company
                else "Read up on what the company does, so what you name is theirs and not any employer's.")
    return said


def _years(years: int) -> str:
    return f"{years} year{'s' if years != 1 else ''}"


def _tell_me(case: Case) -> list[str]:
    job = case.job
    years = job.experience_years
    if years:
        said = [f"Start from your {_years(years)} of work: the one or two things you did "
                "that matter most for this role."]
    elif job.early_career:
        said = ["You are early in your career: start from what you studied or did most recently, and what it "
                "taught you."]
    else:
        said = ["Start from where you are now, then the one or two things you have done that matter most here."]
    said.append(f"End with where you are heading, {quoted(job.wanted_job)}, told as what you want to learn rather "
                "than as a title." if job.wanted_job else "End with what you want to do next.")
    said.append("Keep it to about two minutes: a thread they can follow, not your whole story.")
    return said


def _five_years(case: Case) -> list[str]:
    job = case.job
    if job.wanted_job:
        said = [f"You named the job you are heading for, {quoted(job.wanted_job)}. Give that direction as what you "
                "want to be good at in five years rather than as a title, and promise no future at this company."]
    else:
        said = ["You have not named the job you really want. Think about what you want to be doing and be good at in "
                "five years, and answer with that direction rather than a title or a promise to stay."]
    if job.early_career:
        said.append("You are early in your career, so wanting to learn fast and take on more is a true answer.")
    liked = _liked(case)
    if liked:
        said.append(f"If something you like here, such as {liked[0]}, fits that direction, say how.")
    return said


def _why_leaving(case: Case) -> list[str]:
    job = case.job
    years = job.experience_years
    if years:
        said = [f"With {_years(years)} of work behind you, they will want to know what you "
                "are moving towards: say what you want more of next, not what you want to get away from."]
    elif job.early_career or job.given("experience_years"):
        said = ["You are at the start of your working life, so this is really “What are you looking for?”: say what "
                "you want to learn and try first."]
    else:
        said = ["Say what you are moving towards rather than what you want to leave behind."]
    if job.wanted_job:
        said.append(f"What you are looking for is in your own words already, {quoted(job.wanted_job)}: name what that "
                    "job asks of you that you want to build.")
    else:
        said.append("You have not named the job you really want: name what you want your next role to give you.")
    return said


def _pay(case: Case) -> list[Reason]:
    return [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and topic_of(case, r) is Topic.PAY]


def _asks(reasons: list[Reason]) -> str:
    return spoken_list([f"{quoted(r.ask)} (for {quoted(r.label)})" for r in reasons])


def _walk_away_hint(reason: Reason) -> str:
    """The pay ask's limit, kept to oneself; worded for a line written as a condition too ("If they
    won't go above the advertised rate")."""
    if not reason.walk_away:
        return ("You have not set the least you would accept: decide it before the interview, so it is not "
                "bargained away in the room.")
    if is_condition(reason.walk_away):
        return (f"Your walk-away line is {quoted(reason.walk_away)}: keep it to yourself, and if it comes to that, "
                "thank them and withdraw politely.")
    return (f"The least you would accept is {quoted(reason.walk_away)}: keep that line to yourself, and below it "
            "thank them and withdraw politely.")


def _salary(case: Case) -> list[str]:
    pay = _pay(case)
    said: list[str] = []
    for reason in pay:
        if not reason.ask:
            said.append(f"Pay is among your reasons ({quoted(reason.label)}), but you have not written what you "
                        "would ask for: find out what the role usually pays and decide your number before you go.")
            continue
        said.append(f"Your ask on pay is {quoted(reason.ask)}: say it calmly, as what would make the role work "
                    "for you.")
        said.append(_walk_away_hint(reason))
    if not pay:
        said.append("Pay is not among your reasons. You can ask what range they have in mind before you name a "
                    "number, then answer with a range you would be content with.")
    others = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask and r not in pay]
    if others:
        said.append(f"If the talk turns to terms, your other asks belong in it: {_asks(others)}.")
    if needs_the_income(case):
        said.append("You said you need the income, so know the lowest number you could live on before you go.")
    return said


def _conditions(case: Case) -> list[str]:
    asks = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE and r.ask]
    said = ([f"This is the place for what you would need changed: {_asks(asks)}."] if asks else
            ["You have written no asks: if something about the hours or conditions bothers you, decide before the "
             "interview what you would ask for."])
    if worst_core(case) is not None:
        said.append(f"If they ask how you feel about {core_words(case)}, be honest: no offer changes it, and it is "
                    "better said now than found out later.")
    return said


_HINTS: Mapping[str, Callable[[Case], list[str]]] = MappingProxyType({
    "tell_me": _tell_me,
    "why_here": _why_here,
    "five_years": _five_years,
    "why_leaving": _why_leaving,
    "salary": _salary,
    "conditions": _conditions,
})
HINTED: tuple[str, ...] = tuple(_HINTS)


def hint(case: Case, question_id: str) -> str | None:
    """A hint built from the case for a question that is hard to answer for a job one does not
    want, or that opens every interview (``HINTED``); None for the others, whose note on what the
    interviewer listens for says enough."""
    build = _HINTS.get(question_id)
    return _one_stop(" ".join(build(case))) if build else None


def _one_stop(text: str) -> str:
    """A quotation that ends its own sentence ends the hint's too: “… a year.” takes no second stop."""
    return re.sub(r"([.!?])”\.", r"\1”", text)
