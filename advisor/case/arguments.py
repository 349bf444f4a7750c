"""The case's own arguments in words: what each factor stands for in this person's case.

A verdict sentence names the person's reasons and pros as they typed them, quoted whole, and a
dislike only where they stated one: the worst reason sorted as core of the job is named by its
topic ("the work itself", "what the employer stands for"), never assumed to be the work. Benefits
that come only with taking the job (the income, the reshaped offer, what they like about it) are
told apart from those that come from going at all (practice, contacts, a look inside), because
only the second kind is a reason to go *and* say no at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from advisor.article.factors import Kind
from advisor.article.reasons import reason_topic
from advisor.case.models import Case, Reason
from advisor.case.pros import OwnPros, Pro
from advisor.reading.own_words import read_words
from advisor.reading.topics import TOPIC_WORDS, Topic

# Benefits that need the job itself: worth nothing to someone who goes and then declines.
NEEDS_JOB = frozenset({"income", "reshape_offer"})
OWN_PRO_PREFIX = "own_"
# What an own pro about the employer itself is about: what it does and stands for, its people.
EMPLOYER = frozenset({Topic.VALUES, Topic.PEOPLE})
# "How much do you need the income?" at this or more: this job's pay matters to the person.
NEEDS_INCOME = 7
# The odds (in %) that they agree to an ask up to which it is as likely to stay as to change.
EVEN_ODDS = 50


def quoted(text: str) -> str:
    """The person's words whole, in quotation marks: never lower-cased, never cut."""
    return f"“{text}”"


def pro_factor_id(pro: Pro) -> str:
    """An own pro's id among the verdict's arguments (the chart's bars, ``needs_job``)."""
    return f"{OWN_PRO_PREFIX}{pro.id}"


def needs_job(factor_id: str, by_going: frozenset[str] = frozenset()) -> bool:
    """Whether a benefit comes only with taking the job: an own pro does, unless it is one of
    ``by_going`` (``OwnWords.by_going``), about the employer itself."""
    return factor_id in NEEDS_JOB or (factor_id.startswith(OWN_PRO_PREFIX) and factor_id not in by_going)


def needs_the_income(case: Case) -> bool:
    """Whether the person said they need this job's pay. Then no plan has them turn the job down
    in the room, whatever the interview teaches: whether the pay is worth what comes with the job
    is theirs to weigh afterwards, and most people work for jobs they only put up with."""
    return case.job.given("financial_need") and case.job.financial_need >= NEEDS_INCOME


def topic_of(case: Case, reason: Reason) -> Topic:
    """What a reason is about, read against the main activity the person described."""
    return reason_topic(reason.label, case.job.activity, reason.catalog_id, reason.kind, reason.ask)


def worst_core(case: Case) -> Reason | None:
    """The reason sorted as core of the job that bothers the person most."""
    core = [r for r in case.reasons if r.kind is Kind.CORE]
    return max(core, key=lambda r: r.severity, default=None)


def strongest_objection(case: Case) -> float:
    """How much the reason no offer changes that bothers the person most bothers them, 0 to 1."""
    reason = worst_core(case)
    return 0.0 if reason is None else reason.severity / 10


@dataclass(frozen=True, slots=True)
class OwnWords:
    """What the person's own words say that the verdict weighs, read once, so the flip point's
    hundreds of what-ifs, which change no typed words, need not read them again.

    ``life``: the ids of the reasons about their own life (a team they would leave), not the job.
    ``work``: the ids of the reasons about the work itself, the principal activity, which the
    article calls the core of the job. ``by_going``: the factor ids of the pros about the employer
    itself, what it does or its people, read surely. Those are there whatever the role, and the
    interview puts the person in front of them (the article's contacts, who may open another door
    there later), so they are no benefit only the job gives: admiring a charity is a reason to go
    even for a role one would turn down."""

    life: frozenset[int]
    by_going: frozenset[str]
    work: frozenset[int] = frozenset()


def read_own_words(case: Case) -> OwnWords:
    topics = {reason.id: topic_of(case, reason) for reason in case.reasons}
    return OwnWords(life=frozenset(i for i, topic in topics.items() if topic is Topic.CIRCUMSTANCES),
                    by_going=employer_pros(case),
                    work=frozenset(i for i, topic in topics.items() if topic is Topic.WORK))


def about_the_employer(pro: Pro, activity: str) -> bool:
    """Whether a pro reads surely as about the employer itself, what it does or its people. Read by
    the words alone: the labelled reasons the full reader also consults are complaints sorted by the
    article's test, no yardstick for what someone likes ("They have a cyber team at head office and
    I might move across one day" is about the employer's people, whatever complaints it resembles)."""
    found = read_words(pro.label, activity)
    return found.sure and found.topic in EMPLOYER


def employer_pros(case: Case) -> frozenset[str]:
    """The factor ids of the pros about the employer itself (``OwnWords.by_going``)."""
    return frozenset(pro_factor_id(pro) for pro in case.pros if about_the_employer(pro, case.job.activity))


def own_pros(case: Case, by_going: frozenset[str]) -> OwnPros:
    """What the person's own pros add for going, split by what going reaches and what needs the job."""
    reached = sum(pro.weight for pro in case.pros if pro_factor_id(pro) in by_going)
    return OwnPros(with_job=float(sum(pro.weight for pro in case.pros) - reached), by_going=float(reached))


def against_job(case: Case, own: frozenset[int] | None = None) -> bool:
    """Whether the reason no offer changes that bothers the person most is about the job (its work,
    its people, what its employer stands for) and not about their own life, such as a team they
    would leave: only an objection to the job makes going "for the practice, not for the job" the
    advice. ``own`` is ``OwnWords.life`` when already read."""
    reason = worst_core(case)
    if reason is None:
        return True
    return reason.id not in own if own is not None else topic_of(case, reason) is not Topic.CIRCUMSTANCES


class Objection(NamedTuple):
    """The reason no offer changes that bothers the person most, as the verdict weighs it, in the
    order ``advisor.judgement.verdict.verdict_of`` takes it: whether it is about the job rather than
    their own life (``against_job``), how much it bothers them (``strongest_objection``), and
    whether it is about the work itself."""

    about_the_job: bool
    strength: float
    about_the_work: bool


def objection_of(case: Case, words: OwnWords) -> Objection:
    """The case's strongest objection, with the words already read (``read_own_words``)."""
    reason = worst_core(case)
    return Objection(against_job(case, words.life), strongest_objection(case),
                     reason is not None and reason.id in words.work)


def worst_unfixed(case: Case) -> Reason | None:
    """The negotiable reason most likely to stay as it is, weighted by how much it bothers them."""
    negotiable = [r for r in case.reasons if r.kind is Kind.NEGOTIABLE]
    return max(negotiable, key=lambda r: r.severity * (100 - r.odds), default=None)


def core_words(case: Case) -> str:
    """The core objection by its topic, with the person's words when they typed their own."""
    reason = worst_core(case)
    if reason is None:
        return "the work itself"
    topic = topic_of(case, reason)
    words = TOPIC_WORDS[topic] if topic is not Topic.UNKNOWN else "what comes with the job"
    return words if reason.catalog_id else f"{words} ({quoted(reason.label)})"


def holds_other_offer(case: Case) -> bool:
    """Whether a reason says the person already holds (or expects) another offer."""
    return any(topic_of(case, r) is Topic.OTHER_OFFER for r in case.reasons)


def decided_elsewhere(case: Case) -> bool:
    """Whether the person holds another offer and said they will take it: then the article's advice
    is to tell these interviewers now, not to weigh anything."""
    return case.job.taking_other_offer and holds_other_offer(case)


def _wanted(case: Case) -> str:
    wanted = case.job.wanted_job
    return f"the interviews for {quoted(wanted)}" if wanted else "the interviews you do want"


_FIXED: Mapping[str, str] = MappingProxyType({
    "practice": "the practice a real interview gives",
    "connections": "the contacts you would make",
    "reshape_offer": "the chance to change the offer",
    "inside_view": "a look inside the company and its field",
    "income": "the income",
    "attendance_cost": "the time and money it takes to go",
    "dread": "how much you dread the interview",
})


def argument_words(case: Case, factor_id: str) -> str:
    """An argument of the verdict as this person's case makes it, to stand inside a sentence."""
    if factor_id.startswith(OWN_PRO_PREFIX):
        pro = next((p for p in case.pros if pro_factor_id(p) == factor_id), None)
        if pro is None:
            return "what you like about it"
        about = "the employer" if about_the_employer(pro, case.job.activity) else "it"
        return f"what you like about {about}, {quoted(pro.label)}"
    if factor_id == "core_dislike":
        return core_words(case)
    if factor_id == "unfixed_terms":
        reason = worst_unfixed(case)
        if reason is None:
            return "terms that may not change"
        likely = "which they may well not change" if reason.odds <= EVEN_ODDS else "should they not change it"
        return f"{quoted(reason.label)}, {likely}"
    return _FIXED[factor_id] if factor_id != "dream_path" else f"a rehearsal for {_wanted(case)}"


