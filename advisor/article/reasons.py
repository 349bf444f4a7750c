"""The common reasons for not wanting a job, each sorted by the article's core-of-job test.

A reason about the principal activity of the job is core; one about what surrounds it (pay,
shifts, travel, remote days …) can be negotiated. Every catalogue reason has a topic; a reason in
the person's own words is read for one (``advisor.reading.topics``), and the topic chooses the
example ask. The person has the last word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.topic_advice import EXAMPLE_ASKS, WALK_AWAY_LINES
from advisor.reading.own_words import read_words
from advisor.reading.topics import CORE_BY_TOPIC, TOPIC_WORDS, Reading, Topic, read


@dataclass(frozen=True, slots=True)
class CatalogReason:
    """A common reason for not wanting a job, with the sort the core-of-job test suggests."""

    id: str
    label: str
    kind: Kind
    why: str
    example_ask: str


REASONS: tuple[CatalogReason, ...] = (
    CatalogReason("pay", "The pay is too low", Kind.NEGOTIABLE,
                  "Pay is a term of the offer, not the work itself.", "+15 % on the advertised pay"),
    CatalogReason("shifts", "The shifts or hours", Kind.NEGOTIABLE,
                  "Shift patterns are set by the employer and can be changed.", "Day shifts only"),
    CatalogReason("travel", "Travel for work", Kind.NEGOTIABLE,
                  "How often you travel is a condition around the job.", "At most two trips a month"),
    CatalogReason("commute", "The commute", Kind.NEGOTIABLE,
                  "Where and how often you come in can be discussed.", "Start later to miss the rush hour"),
    CatalogReason("remote", "No days from home", Kind.NEGOTIABLE,
                  "Home days are a working arrangement, not the task.", "Two days a week from home"),
    CatalogReason("daily_work", "The daily work itself", Kind.CORE,
                  "This is the principal activity of the job: no offer changes it.", ""),
    CatalogReason("team", "The manager or the team", Kind.CORE,
                  "You cannot negotiate who you would work with before you join.", ""),
    CatalogReason("culture", "The culture or values", Kind.CORE,
                  "A company's values come with the job and rarely bend for one hire.", ""),
    CatalogReason("growth", "Little room to grow", Kind.NEGOTIABLE,
                  "Training and a review date can be written into an offer.", "A pay and role review after six months"),
    CatalogReason("security", "Job security", Kind.NEGOTIABLE,
                  "The length and type of contract are terms of the offer.", "A permanent contract after probation"),
    CatalogReason("benefits", "The benefits", Kind.NEGOTIABLE,
                  "Leave, pension and perks are part of the package.", "Five more days of paid leave"),
    CatalogReason("contract", "The contract type", Kind.NEGOTIABLE,
                  "Part-time, fixed-term or freelance terms can be discussed.",
                  "A twelve-month contract instead of six"),
    CatalogReason("title", "The job title", Kind.NEGOTIABLE,
                  "A title is a label on the offer and can change.", "A title that matches the responsibilities"),
    CatalogReason("location", "The location", Kind.NEGOTIABLE,
                  "Which site you work from can sometimes be chosen.", "Work from the city-centre office"),
)

REASON_BY_ID: Mapping[str, CatalogReason] = MappingProxyType({r.id: r for r in REASONS})

TOPIC_BY_ID: Mapping[str, Topic] = MappingProxyType({
    "pay": Topic.PAY, "shifts": Topic.HOURS, "travel": Topic.TRAVEL, "commute": Topic.PLACE, "remote": Topic.HOME,
    "daily_work": Topic.WORK, "team": Topic.PEOPLE, "culture": Topic.VALUES, "growth": Topic.GROWTH,
    "security": Topic.CONTRACT, "benefits": Topic.BENEFITS, "contract": Topic.CONTRACT, "title": Topic.TITLE,
    "location": Topic.PLACE,
})


def reading(label: str, activity: str = "", catalog_id: str | None = None) -> Reading:
    """A reason read: a catalogue reason as the catalogue sorts it (always sure), one in the
    person's own words by the topic reader."""
    if catalog_id is not None and catalog_id in REASON_BY_ID:
        item = REASON_BY_ID[catalog_id]
        return Reading(TOPIC_BY_ID[catalog_id], item.kind is Kind.CORE, True, item.why)
    return read(label, activity)


def reason_topic(label: str, activity: str = "", catalog_id: str | None = None, kind: Kind | None = None,
                 ask: str = "") -> Topic:
    """What a reason is about: its catalogue topic, or the one read from its words; once the person
    has sorted it (``kind``), the topic its words name that agrees with their sort; and of a
    negotiable one naming several terms, the one their ask names, since the ask says which of them
    they want changed ("in the office 9 to 5, five days a week", asking for "Hybrid, three days a
    week at home", is about the days from home). An ask is read by its words alone, as a pro is."""
    found = reading(label, activity, catalog_id)
    if kind is None:
        return found.topic
    if kind is Kind.NEGOTIABLE and ask:
        asked = read_words(ask).topic
        if asked in (found.topic, *found.others) and CORE_BY_TOPIC[asked] is False:
            return asked
    return found.as_sorted(kind is Kind.CORE)


def suggest_kind(label: str, activity: str = "", catalog_id: str | None = None) -> tuple[Kind, str]:
    """Suggest negotiable or core for a reason, and say why, so the person can overrule it.

    A catalogue reason keeps its catalogue sort. A reason in the person's own words is read for
    its topic against the main activity they described: "Hours of cold sales calls" is about the
    calls, "I love the work but the pay is low" about the pay. When the reading is unsure the
    suggestion leans as the words do and Sort asks the person the article's test.
    """
    found = reading(label, activity, catalog_id)
    return (Kind.CORE if found.core else Kind.NEGOTIABLE), found.why


def sort_note(label: str, catalog_id: str | None, kind: Kind, activity: str = "", settled: bool = False) -> str:
    """Why a reason sits where it does: the suggestion's reason (read against the main activity
    the person described), and whether the person moved it; for a reason the reader was unsure
    of and the person answered the article's test, what they said; and when their sort makes it about
    another topic its words name, that one, since the ask, the question and the walk-away line follow it."""
    found = reading(label, activity, catalog_id)
    topic = found.as_sorted(kind is Kind.CORE)
    about = f" So we take it to be about {TOPIC_WORDS[topic]}." if topic is not found.topic else ""
    if settled and not found.sure:
        said = "You said they could change it." if kind is Kind.NEGOTIABLE else "You said they could not change it."
        return f"{said}{about}"
    suggested = Kind.CORE if found.core else Kind.NEGOTIABLE
    why = found.why
    return why if suggested is kind else f"We suggested {KIND_LABELS[suggested].lower()}: {why} You moved it.{about}"


def example_walk_away(catalog_id: str | None, label: str = "", activity: str = "") -> str:
    """A sample walk-away line for an empty field (only a negotiable reason has one), for the topic
    the reason is read as."""
    return WALK_AWAY_LINES[reason_topic(label, activity, catalog_id, Kind.NEGOTIABLE)]


def example_ask(catalog_id: str | None, label: str = "", activity: str = "") -> str:
    """A sample ask to show in an empty ask field: the catalogue's, or the one for the topic the
    reason is read as (never the person's words)."""
    found = REASON_BY_ID[catalog_id].example_ask if catalog_id is not None and catalog_id in REASON_BY_ID else ""
    return found or EXAMPLE_ASKS[reason_topic(label, activity, catalog_id, Kind.NEGOTIABLE)]
