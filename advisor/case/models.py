"""The case a user builds, as one validated pydantic model.

Every field is bounded (length, range, count) because a case arrives from a public link: the
limits keep any valid case's share link under 8,000 characters and give a person a readable
message instead of a crash.
"""

from __future__ import annotations

import datetime
import secrets
from enum import StrEnum
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from advisor.article.checklist import CHECKLIST_IDS
from advisor.article.factors import Kind
from advisor.article.reasons import REASON_BY_ID
from advisor.case.base import MAX_REASON_ID, MAX_REASONS, CaseModel, text_bytes
from advisor.case.certainty import Certainty
from advisor.case.debrief import Debrief
from advisor.case.money import Currency
from advisor.case.practice import DraftNotes, Drafts, what_to_shorten
from advisor.case.pros import MAX_PRO_ID, MAX_PROS, Pro
from advisor.case.weights import Weights, default_weights
from advisor.reading.cleaning import FreeText

SCHEMA_VERSION = 1
MAX_REVIEWS = 5
# Counters of edits: far beyond any person's typing, small enough to stay a short number.
MAX_REVISION = 1_000_000_000
# What a case id may look like: url-safe, so it travels in links and files unescaped.
CASE_ID = r"^[A-Za-z0-9_-]{6,24}$"
# All free text of a case together, counted as JSON-escaped UTF-8 bytes: this is what keeps
# a link within 8,000 characters whatever is typed (base64 adds a third, compression can't
# shrink random text).
TEXT_BUDGET = 4_500
# How many questions the job asks (the fields of ``Job`` but its list of answers): the bound of that list.
MAX_ANSWERED = 21
# An interview date a calendar can hold and a person could mean.
FIRST_DATE, LAST_DATE = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


class Gut(StrEnum):
    GO = "go"
    SKIP = "skip"
    UNSURE = "unsure"


class Job(CaseModel):
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
    currency: Currency = Field(Currency.NONE, title="Currency")
    financial_need: int = Field(5, ge=0, le=10, title="Financial need")
    dread: int = Field(5, ge=0, le=10, title="How much you dread it")
    interview_date: datetime.date | None = Field(None, ge=FIRST_DATE, le=LAST_DATE, title="Interview date")
    taking_other_offer: bool = Field(False, title="I will take the other offer")
    answered: list[str] = Field(default_factory=list, max_length=MAX_ANSWERED, title="Answers given")

    @model_validator(mode="before")
    @classmethod
    def _count_what_came(cls, data: object) -> object:
        """Data that says nothing of what was answered (a job built in code, a link made before
        this list existed, which carries only values that differ from the defaults) counts each
        field it brings as answered: nobody put those values there but the person."""
        if not isinstance(data, dict) or "answered" in data:
            return data
        brought = [name for name in data if name in _ANSWERABLE]
        return {**data, "answered": brought} if brought else data

    @field_validator("answered")
    @classmethod
    def _known_fields(cls, value: list[str]) -> list[str]:
        if set(value) - _ANSWERABLE:
            raise ValueError("names a question the job does not have")
        return sorted(set(value))

    def given(self, field: str) -> bool:
        """Whether the person answered this question, so the verdict may weigh its value: an
        answer left at its starting value is not one. A value other than the starting one
        counts too, whatever set it."""
        return field in self.answered or getattr(self, field) != Job.model_fields[field].get_default(
            call_default_factory=True)


# Every question of the job a person can answer: each field but the list of those answered.
_ANSWERABLE = frozenset(Job.model_fields) - {"answered"}


class Reason(CaseModel):
    """One thing that makes the job unappealing, and how it could be dealt with.

    ``id`` names the reason in its case: edits, mentors' notes and granted asks point at it by id,
    never by its place in the list. A reason made without one is numbered by the case.
    ``settled`` is True once the person sorted it themselves (moved it, or answered the article's
    test on Sort), so the app stops asking and never re-sorts it.
    """

    id: int = Field(0, ge=0, le=MAX_REASON_ID, title="Reason id")
    label: FreeText = Field(min_length=1, max_length=80, title="Reason")
    severity: int = Field(5, ge=0, le=10, title="How much it bothers you")
    kind: Kind = Field(Kind.NEGOTIABLE, title="Kind")
    ask: FreeText = Field("", max_length=100, title="What you would ask for")
    walk_away: FreeText = Field("", max_length=100, title="The least you would accept")
    odds: int = Field(50, ge=0, le=100, title="Odds they agree (%)")
    catalog_id: str | None = Field(None, max_length=32, title="Catalogue reason")
    settled: bool = Field(False, title="Sorted by the person")

    @field_validator("catalog_id")
    @classmethod
    def _known_catalog_id(cls, value: str | None) -> str | None:
        if value is not None and value not in REASON_BY_ID:
            raise ValueError("is not a reason from our catalogue")
        return value


def mentor_key(name: str) -> str:
    """Who a mentor is, as far as reviews go: "Ada", " ada" and "ADA" are one mentor."""
    return name.strip().casefold()


# The comparison's own columns, beside one per mentor.
OWNER_COLUMN, FACTOR_COLUMN = "You", "Factor"
_OWNER_WORDS = frozenset({mentor_key(OWNER_COLUMN), mentor_key(FACTOR_COLUMN), "me", "owner"})


def passes_for_owner(mentor: str, first_name: str) -> bool:
    """Whether a mentor's name would pass for the owner or the factors in the comparison ("You",
    "Factor", "me", "owner", the owner's first name): a review signed so would read as the owner's
    own weights."""
    key = mentor_key(mentor)
    return key in _OWNER_WORDS or (bool(first_name.strip()) and key == mentor_key(first_name))


class Review(CaseModel):
    """A mentor's reading of the case: their own weights and notes, never the owner's.

    ``(revision, changes)`` orders the copies of one mentor's review that travel in links (the
    larger pair is the newer); ``pro_weights`` holds only the owner's pros the mentor weighed.
    """

    mentor: FreeText = Field(min_length=1, max_length=60, title="Mentor's name")
    revision: int = Field(0, ge=0, le=MAX_REVISION, title="Revision reviewed")
    changes: int = Field(0, ge=0, le=MAX_REVISION, title="Edits of the review")
    weights: Weights = Field(default_factory=default_weights, title="Mentor's weights")
    notes: dict[int, FreeText] = Field(default_factory=dict, max_length=MAX_REASONS,
                                        title="Notes per reason (by reason id)")
    overall: FreeText = Field("", max_length=1_000, title="Overall note")
    pro_weights: dict[Annotated[int, Field(ge=0, le=MAX_PRO_ID)], Annotated[int, Field(ge=0, le=10)]] = Field(
        default_factory=dict, max_length=MAX_PROS, title="Mentor's weights of the owner's pros (by pro id)")
    draft_notes: DraftNotes = Field(default_factory=dict, title="Notes on the owner's answers (by question)")

    @field_validator("notes")
    @classmethod
    def _notes_fit(cls, value: dict[int, str]) -> dict[int, str]:
        for reason_id, note in value.items():
            if not 0 <= reason_id <= MAX_REASON_ID:
                raise ValueError("a note points at a reason that does not exist")
            if len(note) > 300:
                raise ValueError("a note on one reason can have at most 300 characters")
        return {i: n for i, n in sorted(value.items()) if n}


def _has_id(reason: object) -> bool:
    if isinstance(reason, dict):
        return isinstance(reason.get("id"), int)
    return isinstance(reason, Reason) and "id" in reason.model_fields_set


def new_case_id() -> str:
    """A fresh case id: 12 url-safe characters (72 random bits), so two cases never share one."""
    return secrets.token_urlsafe(9)


class Case(CaseModel):
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
    certainty: Certainty | None = Field(None, title="How sure you are")
    pros: list[Pro] = Field(default_factory=list, max_length=MAX_PROS, title="What you like about it")
    drafts: Drafts = Field(default_factory=list, title="Your practice answers")

    @model_validator(mode="before")
    @classmethod
    def _number_reasons(cls, data: object) -> object:
        """Give every reason that came without an id the smallest free one: a case from before
        reasons had ids gets 0, 1, 2 … in list order (the positions its notes and granted asks
        were keyed by), and the id 0 that a compact link leaves out comes back as 0."""
        if not isinstance(data, dict) or not isinstance(data.get("reasons"), list):
            return data
        if len(data["reasons"]) > MAX_REASONS:  # refused by its length; every id might be taken
            return data
        reasons = list(data["reasons"])
        used = {r["id"] if isinstance(r, dict) else r.id for r in reasons if _has_id(r)}
        for place, reason in enumerate(reasons):
            if not _has_id(reason) and isinstance(reason, dict | Reason):
                used.add(free := min(set(range(MAX_REASON_ID + 1)) - used))
                reasons[place] = ({**reason, "id": free} if isinstance(reason, dict)
                                  else reason.model_copy(update={"id": free}))
        return {**data, "reasons": reasons}

    @field_validator("pros")
    @classmethod
    def _unique_pro_ids(cls, value: list[Pro]) -> list[Pro]:
        if len({pro.id for pro in value}) < len(value):
            raise ValueError("two of your pros share one id")
        return value

    @field_validator("reasons")
    @classmethod
    def _unique_reason_ids(cls, value: list[Reason]) -> list[Reason]:
        ids = [reason.id for reason in value]
        if len(set(ids)) < len(ids):
            raise ValueError("two reasons share one id")
        return value

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
        """A review is named by its mentor, so a second one under the same name could pass for
        the first (this message never quotes the name: it may come from anyone's link)."""
        keys = [mentor_key(review.mentor) for review in value]
        if len(set(keys)) < len(keys):
            raise ValueError("two reviews are signed with the same name")
        return value

    @model_validator(mode="after")
    def _mentors_sign_as_themselves(self) -> Case:
        """A rule of the case, not only of starting a review: a link or a file can carry any name."""
        if any(passes_for_owner(review.mentor, self.job.first_name) for review in self.reviews):
            raise ValueError("a review is signed with a name that stands for the owner (“You”, “me”, "
                             "“owner” or the owner's first name) or for the factors")
        return self

    @model_validator(mode="after")
    def _fits_in_a_link(self) -> Case:
        used = text_size(self)
        if used > TEXT_BUDGET:
            raise ValueError(f"all your text together is too long to fit in a link ({used:,} of {TEXT_BUDGET:,} "
                             f"characters): {what_to_shorten(self.drafts)}")
        return self


def _texts(case: Case) -> list[str]:
    job = case.job
    texts = [job.title, job.company, job.activity, job.first_name, job.wanted_job, case.notes]
    for reason in case.reasons:
        texts += [reason.label, reason.ask, reason.walk_away]
    texts += [pro.label for pro in case.pros]
    for review in case.reviews:
        texts += [review.mentor, review.overall, *review.notes.values(), *review.draft_notes.values()]
    texts += [text for draft in case.drafts for text in draft.texts()]
    if (debrief := case.debrief) is not None:
        texts += [*debrief.surprises, debrief.went_well, debrief.improve, debrief.learned, debrief.why]
    return texts


def text_size(case: Case) -> int:
    """How much of the link's text budget a case uses (JSON-escaped UTF-8 bytes)."""
    return text_bytes(_texts(case))
