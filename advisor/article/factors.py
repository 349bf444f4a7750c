"""What the article argues, as data: its ten arguments (factors) and the words for a reason's kind.

The wording is our paraphrase of "Interviewing for a job you do not want" (InterviewPenguin);
each factor names the article section its idea comes from, so the About page and the tests can
show that every argument of the article is represented.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Side(StrEnum):
    PRO = "pro"
    CON = "con"


class Kind(StrEnum):
    """How a reason can be dealt with: talked over with the employer, or not at all."""

    NEGOTIABLE = "negotiable"
    CORE = "core"


KIND_LABELS: Mapping[Kind, str] = MappingProxyType(
    {Kind.NEGOTIABLE: "Negotiable", Kind.CORE: "Core of the job"}
)

ARTICLE_TITLE = "Interviewing for a job you do not want"
ARTICLE_SITE = "InterviewPenguin"

# The article's section headings (our short names for them), in the article's order.
SECTIONS: tuple[str, ...] = (
    "Introduction: most people work to earn",
    "Every interview is a learning experience",
    "It can help you get your dream job eventually",
    "You can benefit from connections with hiring managers",
    "Many things can change on their offer",
    "Try your best regardless",
    "Be honest with the interviewers at the end",
    "Final thoughts",
)


@dataclass(frozen=True, slots=True)
class Factor:
    """One argument of the article, with how it is weighed by default."""

    id: str
    side: Side
    title: str
    why: str
    more: str
    section: str
    default_weight: int


FACTORS: tuple[Factor, ...] = (
    Factor(
        "practice",
        Side.PRO,
        "Practice under real pressure",
        "A real interview trains you in a way no rehearsal at home can.",
        "Reading advice and mock interviews help, but the nerves of a real panel are different, "
        "the way a simulator is different from traffic. Worth most to people with few "
        "interviews behind them, early in their career, or who find it hard to sell themselves.",
        SECTIONS[1],
        7,
    ),
    Factor(
        "dream_path",
        Side.PRO,
        "A step towards the job you want",
        "Questions and rituals repeat between employers, so each interview makes the next one easier.",
        "Few people land a good job at their first interview. Behavioural questions, "
        "introductions and personality tests come back again and again; the more often you have "
        "met them, the calmer you are when the interview that matters arrives. Worth most when "
        "this interview resembles the ones for the job you really want.",
        SECTIONS[2],
        6,
    ),
    Factor(
        "connections",
        Side.PRO,
        "New contacts",
        "The interviewers become people you know; a better opening there later starts warm.",
        "Recruiters and managers you impress remember you. If the company advertises a role you "
        "do want in a few months or years, you will not be starting from nothing. Worth most "
        "when the company or its people matter to the field you are heading for.",
        SECTIONS[3],
        5,
    ),
    Factor(
        "reshape_offer",
        Side.PRO,
        "The offer can change",
        "An advertised offer is a starting point; pay, shifts, travel or home days can move.",
        "If they like you, an employer may raise the pay, change the shift pattern or allow "
        "days from home. Not every job allows it, but you only find out by asking. Worth most "
        "when most of what bothers you is negotiable and likely to be granted.",
        SECTIONS[4],
        6,
    ),
    Factor(
        "inside_view",
        Side.PRO,
        "A look inside",
        "You see how a company works from the inside and learn what you want.",
        "Every interview shows you people, places and ways of working you would not see "
        "otherwise. Worth most when you are curious about the industry or have little "
        "experience of workplaces.",
        SECTIONS[7],
        4,
    ),
    Factor(
        "income",
        Side.PRO,
        "Income",
        "Most people work to earn; a job you can put up with still pays the bills.",
        "Almost nobody would keep working unpaid, so nearly every interview is for a job one "
        "tolerates rather than loves. Worth most when you need the money.",
        SECTIONS[0],
        5,
    ),
    Factor(
        "core_dislike",
        Side.CON,
        "What no offer changes",
        "If what you object to is the job itself (its main activity, its people, what the employer stands for), "
        "or your own circumstances, no negotiation will fix it.",
        "The principal activity (talking to customers, teaching, cleaning, leading a team …) is "
        "what the job is. Pay and hours can move; the work itself cannot. Its strength comes "
        "from the reasons you sorted as core of the job.",
        SECTIONS[4],
        8,
    ),
    Factor(
        "unfixed_terms",
        Side.CON,
        "Terms they will probably not change",
        "Negotiable problems still count when the employer is unlikely to agree.",
        "A reason can be negotiable in principle and still stay as it is. Its strength comes "
        "from the negotiable reasons that bother you and that you rate unlikely to be granted.",
        SECTIONS[4],
        5,
    ),
    Factor(
        "attendance_cost",
        Side.CON,
        "Cost of going",
        "The interview takes time and money: travel, tickets, a day off.",
        "Weigh the hours and the money it takes against what you gain. The article's view is "
        "that in most cases the gain is larger, but it is your budget.",
        SECTIONS[7],
        5,
    ),
    Factor(
        "dread",
        Side.CON,
        "Dread of the interview",
        "The stress of an interview you fear.",
        "Fear is real, but the article treats it as a reason to practise: the more interviews you "
        "sit, the smaller it gets. That is why its default weight is low.",
        SECTIONS[1],
        2,
    ),
)

FACTOR_BY_ID: Mapping[str, Factor] = MappingProxyType({f.id: f for f in FACTORS})
FACTOR_IDS: tuple[str, ...] = tuple(f.id for f in FACTORS)
DEFAULT_WEIGHTS: Mapping[str, int] = MappingProxyType({f.id: f.default_weight for f in FACTORS})
MAX_WEIGHT = 10
