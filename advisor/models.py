"""The case a user builds, as one validated pydantic model.

Every field is bounded (length, range, count) because a case arrives from a public link: the
limits keep any valid case's share link under 8,000 characters and give a person a readable
message instead of a crash.
"""

from __future__ import annotations

import datetime
import re
import secrets
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Annotated

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from advisor.catalog import CHECKLIST_IDS, DEFAULT_WEIGHTS, FACTOR_IDS, MAX_WEIGHT, REASON_BY_ID, Kind

SCHEMA_VERSION = 1
MAX_REASONS = 20
MAX_REVIEWS = 5
# Counters of edits: far beyond any person's typing, small enough to stay a short number.
MAX_REVISION = 1_000_000_000
# What a case id may look like: url-safe, so it travels in links and files unescaped.
CASE_ID = r"^[A-Za-z0-9_-]{6,24}$"
# All free text of a case together, counted as JSON-escaped UTF-8 bytes: this is what keeps
# a link within 8,000 characters whatever is typed (base64 adds a third, compression can't
# shrink random text).
TEXT_BUDGET = 4_500

# C0 and C1 control characters (tab and newline kept), and the bidirectional controls that can
# make "abc\u202egpj.exe" read as "abcexe.jpg".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters that show nothing: a text made of them only (and spaces) is empty.
_INVISIBLE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]")


def shows_nothing(text: str) -> bool:
    """True for text made only of spaces and invisible characters."""
    return not _INVISIBLE.sub("", text)


def _clean(value: str) -> str:
    """Drop control and direction-changing characters (kept: tab, newline) so pasted text can't
    smuggle them in; a text that would show nothing at all is empty."""
    cleaned = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "" if shows_nothing(cleaned) else cleaned


def _clean_text(value: object) -> object:
    return _clean(value).strip() if isinstance(value, str) else value


# Every free text a person types (titles, reasons, notes, reviews): cleaned before the length
# checks, so "   " is empty and the limits count what is kept.
FreeText = Annotated[str, BeforeValidator(_clean_text)]


class Gut(StrEnum):
    GO = "go"
    SKIP = "skip"
    UNSURE = "unsure"


GUT_LABELS: Mapping[Gut, str] = MappingProxyType({Gut.GO: "Go", Gut.SKIP: "Skip it", Gut.UNSURE: "Not sure"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)


class Job(_Model):
    """The invitation and the person's situation: the inputs of most factor strengths."""

    title: FreeText = Field("", max_length=100, title="Job title")
    company: FreeText = Field("", max_length=100, title="Company")
    activity: FreeText = Field("", max_length=240, title="Main activity")
    first_name: FreeText = Field("", max_length=40, title="Your first name")
    gut: Gut = Field(Gut.UNSURE, title="Gut answer")
    interviews_so_far: int = Field(0, ge=0, le=100, title="Interviews so far")
    early_career: bool = Field(False, title="Early in my career")
    selling_difficulty: int = Field(5, ge=0, le=10, title="Hard to sell myself")
    wanted_job: FreeText = Field("", max_length=100, title="The job you really want")
    similarity: int = Field(5, ge=0, le=10, title="How alike the two interviews are")
    network_value: int = Field(5, ge=0, le=10, title="How much these contacts matter")
    curiosity: int = Field(5, ge=0, le=10, title="Curiosity about the industry")
    experience_years: int = Field(0, ge=0, le=60, title="Years of work experience")
    travel_hours: float = Field(1.0, ge=0, le=48, title="Travel time (hours)")
    travel_cost: int = Field(0, ge=0, le=10_000, title="Cost of going")
    spare_money: int = Field(50, ge=0, le=100_000, title="Money you can spare for it")
    financial_need: int = Field(5, ge=0, le=10, title="Financial need")
    dread: int = Field(5, ge=0, le=10, title="How much you dread it")


class Reason(_Model):
    """One thing that makes the job unappealing, and how it could be dealt with."""

    label: FreeText = Field(min_length=1, max_length=80, title="Reason")
    severity: int = Field(5, ge=0, le=10, title="How much it bothers you")
    kind: Kind = Field(Kind.NEGOTIABLE, title="Kind")
    ask: FreeText = Field("", max_length=100, title="What you would ask for")
    odds: int = Field(50, ge=0, le=100, title="Odds they agree (%)")
    catalog_id: str | None = Field(None, max_length=32, title="Catalogue reason")

    @field_validator("catalog_id")
    @classmethod
    def _known_catalog_id(cls, value: str | None) -> str | None:
        if value is not None and value not in REASON_BY_ID:
            raise ValueError("is not a reason from our catalogue")
        return value


def _check_weights(value: dict[str, int]) -> dict[str, int]:
    unknown = sorted(set(value) - set(FACTOR_IDS))
    if unknown:
        raise ValueError(f"unknown factor: {', '.join(unknown[:3])}")
    for key, weight in value.items():
        if not 0 <= weight <= MAX_WEIGHT:
            raise ValueError(f"the weight of {key} must be between 0 and {MAX_WEIGHT}")
    return {f: value.get(f, DEFAULT_WEIGHTS[f]) for f in FACTOR_IDS}


Weights = Annotated[dict[str, int], AfterValidator(_check_weights)]


def default_weights() -> dict[str, int]:
    return dict(DEFAULT_WEIGHTS)


def mentor_key(name: str) -> str:
    """Who a mentor is, as far as reviews go: "Ada", " ada" and "ADA" are one mentor."""
    return name.strip().casefold()


class Review(_Model):
    """A mentor's reading of the case: their own weights and notes, never the owner's.

    ``(revision, changes)`` orders the copies of one mentor's review that travel in links: the
    larger pair is the newer review, so merging copies never keeps a stale one.
    """

    mentor: FreeText = Field(min_length=1, max_length=60, title="Mentor's name")
    revision: int = Field(0, ge=0, le=MAX_REVISION, title="Revision reviewed")
    changes: int = Field(0, ge=0, le=MAX_REVISION, title="Edits of the review")
    weights: Weights = Field(default_factory=default_weights, title="Mentor's weights")
    notes: dict[int, FreeText] = Field(default_factory=dict, max_length=MAX_REASONS,
                                        title="Notes per reason")
    overall: FreeText = Field("", max_length=1_000, title="Overall note")

    @field_validator("notes")
    @classmethod
    def _notes_fit(cls, value: dict[int, str]) -> dict[int, str]:
        for index, note in value.items():
            if not 0 <= index < MAX_REASONS:
                raise ValueError("a note points at a reason that does not exist")
            if len(note) > 300:
                raise ValueError("a note on one reason can have at most 300 characters")
        return {i: n for i, n in sorted(value.items()) if n}


class Decision(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    WAITING = "waiting"


DECISION_LABELS: Mapping[Decision, str] = MappingProxyType(
    {Decision.ACCEPT: "Accept", Decision.DECLINE: "Decline", Decision.WAITING: "Still waiting"})
MAX_SURPRISES = 10
RATING_LABELS: Mapping[int, str] = MappingProxyType(
    {1: "Badly", 2: "Not so well", 3: "So-so", 4: "Well", 5: "Very well"})
# The debrief's "did an offer come?" as the three answers a person can give.
OFFER_CHOICES: Mapping[str, bool | None] = MappingProxyType({"unknown": None, "yes": True, "no": False})
OFFER_LABELS: Mapping[str, str] = MappingProxyType({"unknown": "Not known yet", "yes": "Yes", "no": "No"})


def offer_choice(offer: bool | None) -> str:
    """The answer to "did an offer come?" that a debrief's offer stands for."""
    return next(choice for choice, value in OFFER_CHOICES.items() if value is offer)


class Debrief(_Model):
    """What happened at the interview and what was decided, even against the balance."""

    date: datetime.date | None = Field(None, title="Interview date")
    rating: int = Field(3, ge=1, le=5, title="How it went")
    readiness: int = Field(5, ge=0, le=10, title="How ready you felt")
    stress: int = Field(5, ge=0, le=10, title="How stressed you were")
    surprises: list[Annotated[FreeText, Field(min_length=1, max_length=150)]] = Field(
        default_factory=list, max_length=MAX_SURPRISES, title="Questions that surprised you")
    went_well: FreeText = Field("", max_length=500, title="What went well")
    improve: FreeText = Field("", max_length=500, title="What to improve")
    offer: bool | None = Field(None, title="Did an offer come?")
    granted: list[int] = Field(default_factory=list, max_length=MAX_REASONS, title="Asks granted")
    decision: Decision = Field(Decision.WAITING, title="Your decision")
    why: FreeText = Field("", max_length=500, title="Why you decided so")

    @field_validator("granted")
    @classmethod
    def _reason_indexes(cls, value: list[int]) -> list[int]:
        if any(not 0 <= i < MAX_REASONS for i in value):
            raise ValueError("an ask points at a reason that does not exist")
        return sorted(set(value))


def new_case_id() -> str:
    """A fresh case id: 12 url-safe characters (72 random bits), so two cases never share one."""
    return secrets.token_urlsafe(9)


class Case(_Model):
    """Everything one person has answered: the single source of truth of a session.

    ``id`` tells whether a link is about this case at all (a case read without one, from a link
    made before ids existed, gets a fresh one); ``revision`` orders the owner's copies of it.
    """

    version: int = Field(SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION, title="Version")
    id: str = Field(default_factory=new_case_id, pattern=CASE_ID, title="Case id")
    revision: int = Field(0, ge=0, le=MAX_REVISION, title="Revision")
    job: Job = Field(default_factory=Job, title="The job")
    reasons: list[Reason] = Field(default_factory=list, max_length=MAX_REASONS, title="Reasons")
    weights: Weights = Field(default_factory=default_weights, title="Weights")
    checklist: list[str] = Field(default_factory=list, max_length=30, title="Checklist")
    notes: FreeText = Field("", max_length=1_000, title="Personal notes")
    reviews: list[Review] = Field(default_factory=list, max_length=MAX_REVIEWS,
                                  title="Mentor reviews")
    debrief: Debrief | None = Field(None, title="After the interview")

    @field_validator("checklist")
    @classmethod
    def _short_ids(cls, value: list[str]) -> list[str]:
        unknown = set(value) - CHECKLIST_IDS
        if unknown:
            raise ValueError("the checklist holds an item we don't know")
        return sorted(set(value))

    @field_validator("reviews")
    @classmethod
    def _one_review_per_mentor(cls, value: list[Review]) -> list[Review]:
        seen: set[str] = set()
        for review in value:
            key = mentor_key(review.mentor)
            if key in seen:
                raise ValueError(f"there are two reviews by {review.mentor}")
            seen.add(key)
        return value

    @model_validator(mode="after")
    def _fits_in_a_link(self) -> Case:
        used = text_size(self)
        if used > TEXT_BUDGET:
            raise ValueError(
                f"all your text together is too long to fit in a link ({used:,} of "
                f"{TEXT_BUDGET:,} characters): shorten a note or a reason"
            )
        return self


def _texts(case: Case) -> list[str]:
    job = case.job
    texts = [job.title, job.company, job.activity, job.first_name, job.wanted_job, case.notes]
    for reason in case.reasons:
        texts += [reason.label, reason.ask]
    for review in case.reviews:
        texts += [review.mentor, review.overall, *review.notes.values()]
    if case.debrief is not None:
        debrief = case.debrief
        texts += [*debrief.surprises, debrief.went_well, debrief.improve, debrief.why]
    return texts


def revised(case: Case) -> Case:
    """The case after one more edit by its owner: a copy whose revision is one higher.

    Every edit of the owner's answers goes through this, so of two copies of a case the one with
    the higher revision is the newer; a mentor's edits never change it.
    """
    return Case.model_validate({**case.model_dump(), "revision": case.revision + 1})


def text_size(case: Case) -> int:
    """How much of the link's text budget a case uses (JSON-escaped UTF-8 bytes)."""
    return sum(len(orjson.dumps(t)) - 2 for t in _texts(case) if t)
