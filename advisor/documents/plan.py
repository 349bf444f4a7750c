"""The game plan: how to prepare, what to ask for and in which order, and how to close."""

from __future__ import annotations

from advisor.article.checklist import CHECKLIST, CHECKLIST_IDS, ChecklistItem
from advisor.article.factors import Kind
from advisor.article.topic_advice import QUESTIONS
from advisor.case.arguments import decided_elsewhere, holds_other_offer, needs_the_income, quoted, topic_of
from advisor.case.models import Case, Gut, Reason
from advisor.case.money import money
from advisor.judgement.options import journey_known, with_granted
from advisor.judgement.quick import travel_answer
from advisor.judgement.scoring import Assessment, Verdict, verdict_for
from advisor.reading.topics import Topic
from advisor.wording import full_stop, is_condition, spoken_list


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


def walk_away_line(reason: Reason) -> str | None:
    """The ask's limit, said before the interview so it is not bargained away in the room."""
    if not reason.walk_away:
        return None
    if is_condition(reason.walk_away):
        return f"{full_stop(f'Your walk-away line: {quoted(reason.walk_away)}')} Then withdraw politely."
    return f"If they can't offer at least {quoted(reason.walk_away)}, withdraw politely."


def asks_stand(assessment: Assessment) -> bool:
    """Whether the asks are part of the plan: not when the verdict is to go for the practice, since
    no granted ask changes what the person objects to (they matter only if that turns out different)."""
    return assessment.verdict in (Verdict.NEGOTIATE, Verdict.CLOSE_CALL)


def _other_offer(case: Case) -> str:
    """The article: be honest with them, and don't keep them waiting on another offer's account."""
    return (" I should also say openly that I hold another offer, so I'll give you my answer quickly."
            if holds_other_offer(case) else "")


def decline_line(case: Case) -> str:
    """Declining the invitation warmly and early, so nobody keeps a place for the person; someone
    taking another offer says so, as the article asks: honestly, and without keeping them waiting."""
    role = f" for the {case.job.title} role" if case.job.title else ""
    decided = ("I've decided to take another offer, so I won't go ahead" if decided_elsewhere(case)
               else "I've thought it over and decided not to go ahead")
    return (f"Thank you for inviting me to interview{role}. {decided}, and I wanted to tell you straight away so "
            "the slot can go to someone else. I'd be glad to stay in touch.")


def why_decline_now(case: Case) -> str:
    """Under the decline message, why send it now, in words true for the person (the balance, or the
    offer they will take; a balance that leans towards going is no reason given to them for not
    going), and what the plan below is for."""
    if decided_elsewhere(case):
        return ("You will take the other offer: send a line like this one now, so they can give the place to "
                "someone else. If you still go, for the practice, say so at the start and ask for nothing.")
    return ("The balance says skip it: tell them now, in a line like this one, so nobody keeps a slot for you. "
            "If you decide to go anyway, here is how to make the most of it.")


def _asks_tip_it(case: Case, asks: list[Reason]) -> bool:
    """Whether the asks, granted, would make it "go, and negotiate": only then may the closing
    line say it would tip for the person if they agreed."""
    return verdict_for(with_granted(case, {a.id for a in asks})) is Verdict.NEGOTIATE


def _needs_the_pay(case: Case) -> str:
    """For someone who needs this job's pay: hesitation said in the room can cost them the offer,
    and whether the pay is worth what comes with the job is decided when there is an offer, so the
    line shows interest in the next step, claims no wish for the job, and keeps nobody waiting."""
    quickly = _other_offer(case) or " If you make me an offer, I'll give you a clear answer quickly."
    return f"Thank you, this has been useful, and I'd like to hear about the next steps.{quickly}"


def closing_line(case: Case, assessment: Assessment) -> str:
    """What to tell them, honestly and without games. Going and wanting the job are two decisions:
    the line says what the person wants (their asks, or a day to think), never that they want a
    job they came to say no to; a Skip is the decline itself."""
    verdict = assessment.verdict
    if verdict is Verdict.SKIP:
        return decline_line(case)
    if verdict is Verdict.PRACTICE and needs_the_income(case):  # the pay may yet outweigh the work: theirs to weigh
        return _needs_the_pay(case)
    if verdict is Verdict.PRACTICE:
        return ("Thank you for your time and the open answers. Having heard more, I don't think the role is the "
                "right match for me, and I'd rather say so now than keep you waiting. I'd be glad to stay in touch.")
    asks = asks_in_order(case)
    wanted = spoken_list([quoted(a.ask) for a in asks[:3]]) if asks else ""
    if asks and verdict is Verdict.NEGOTIATE:
        return (f"Thank you, this has been useful. To be open with you: the role would work for me if we could "
                f"agree on {wanted}. If that is possible, I'd be glad to take the next step.{_other_offer(case)}")
    if asks and verdict is Verdict.CLOSE_CALL and _asks_tip_it(case, asks):
        return (f"Thank you, this has been useful. I'm still weighing it up, honestly: it would tip for me if we "
                f"could agree on {wanted}. Could we talk about that before I decide?{_other_offer(case)}")
    if verdict is Verdict.CLOSE_CALL and needs_the_income(case):
        return _needs_the_pay(case)
    if verdict is Verdict.CLOSE_CALL:
        return ("Thank you, this has been useful. I'm still weighing it up, honestly, so I'd like a day to think it "
                f"over, and I'll give you a clear answer by then.{_other_offer(case)}")
    if case.job.gut is Gut.GO:
        return f"Thank you, this has been useful, and I'm interested: what are the next steps?{_other_offer(case)}"
    return ("Thank you, this has been useful, and I'd like to hear more. I'd like a day to think it over, and I'll "
            f"give you a clear answer by then.{_other_offer(case)}")


EXPECTED_YES = 76  # odds (%) from which the person expects them to agree: nothing left to find out
_FIRST_MONTHS = "What would you like the person in this role to have done after the first three months?"
_GROWTH_QUESTION = "Where have the people who held this role before gone next?"


def questions(case: Case, assessment: Assessment) -> list[str]:
    """Questions to ask the interviewers, each of our own per topic (never the person's complaint
    pasted in): first about the asks the person does not expect granted (the answer tells whether
    to make the ask at all, and an unlikely one decides most; only when the asks are part of the
    plan), then about what the person objects to in the work, then the rest."""
    asked: list[str] = []
    for reason in sorted(case.reasons, key=lambda r: -r.severity):
        if asks_stand(assessment) and reason.kind is Kind.NEGOTIABLE and reason.odds < EXPECTED_YES:
            asked.append(QUESTIONS[topic_of(case, reason)])
    if not case.job.activity or any(r.kind is Kind.CORE for r in case.reasons):
        asked.append(QUESTIONS[Topic.WORK])
    if case.job.wanted_job or case.job.similarity >= 5:
        asked.append(_GROWTH_QUESTION)
    asked.append(_FIRST_MONTHS)
    return list(dict.fromkeys(asked))


# The checklist items every plan needs; the others only where the case does (``needed_checklist``).
_ALWAYS = ("questions", "story")
NETWORK_MATTERS = 7  # how much the contacts matter (of 10) before noting their names is worth a line


def needed_checklist(case: Case, assessment: Assessment) -> list[str]:
    """The preparation items this case still needs: none for a decline; the asks only when they
    are part of the plan, the journey only when there is one, the contacts when they matter."""
    if assessment.verdict is Verdict.SKIP:
        return []
    wanted = set(_ALWAYS)
    if asks_stand(assessment) and asks_in_order(case):
        wanted.add("asks")
    if case.job.travel_hours or case.job.travel_cost:
        wanted.add("journey")
    if case.job.network_value >= NETWORK_MATTERS:
        wanted.add("contacts")
    return [item.text for item in CHECKLIST if item.id in wanted and item.id not in case.checklist]


def cost_reminder(case: Case) -> str:
    """The article's last word: going costs time and money, weigh them; only what the person said."""
    job = case.job
    if not journey_known(case):
        return "You have not said what the journey takes or costs: check it before you commit."
    if said := travel_answer(case):  # words chosen on the quick check: no figures the person never typed
        return (f"What going costs you, in your quick answer: “{said}”. Check the journey and its cost before "
                "you commit.")
    if not job.travel_hours and not job.travel_cost:
        return ("By your answers, going costs you no travel time and no money." if job.given("travel_cost")
                else "You noted no travel time or cost: check the journey before you commit.")
    hours = f"{job.travel_hours:g} hour{'s' if job.travel_hours != 1 else ''}"
    if not job.travel_cost:
        return f"Going takes about {hours}, at no cost you noted."
    share = f" ({100 * job.travel_cost / job.spare_money:.0f} % of what you can spare)" if job.spare_money else ""
    return f"Going takes about {hours} and costs {money(job.travel_cost, job.currency)}{share}."


__all__ = ["ASKS_ORDER", "CHECKLIST", "CHECKLIST_IDS", "ChecklistItem", "asks_in_order", "asks_stand", "by_kind",
           "checklist_done", "closing_line", "cost_reminder", "decline_line", "needed_checklist",
           "questions", "spoken_list", "walk_away_line"]
