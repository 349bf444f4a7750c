"""What opening a link does to the case this browser keeps: the rules that keep nothing lost.

A link arrives as one of three kinds: an owner's own case, a mentor link (asking for a review),
or a review sent back by a mentor. The browser may already keep a case of its owner. These
rules decide, without Streamlit, what the visitor then works on, in which role, what they are
told, and what is offered instead; the app only carries the decision out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advisor.models import Case, mentor_key
from advisor.reviews import Relation, ReviewError, merge, relation


class Role(StrEnum):
    """Who is at the keyboard: the owner edits the case, a mentor only their own review."""

    OWNER = "owner"
    MENTOR = "mentor"


class LinkKind(StrEnum):
    """What a link was made for; it is also the name of the link's query parameter."""

    CASE = "case"
    REVIEW = "review"
    REPLY = "reply"


@dataclass(frozen=True, slots=True)
class Arrival:
    """The outcome of opening a link.

    ``case`` is what the visitor works on now and ``role`` how; ``keep`` says whether it becomes
    the case this browser keeps (a mentor's view never replaces the mentor's own case);
    ``offer`` is a case the visitor may open instead (an older version, another case) with
    ``offer_label`` naming it; ``reviews_added`` names the mentors whose reviews were merged.
    """

    case: Case
    role: Role
    keep: bool
    notice: str | None = None
    warning: str | None = None
    offer: Case | None = None
    offer_label: str = ""
    reviews_added: tuple[str, ...] = ()


def _names(mentors: tuple[str, ...]) -> str:
    return mentors[0] if len(mentors) == 1 else ", ".join(mentors[:-1]) + " and " + mentors[-1]


def _title(case: Case) -> str:
    return f"“{case.job.title}”" if case.job.title else "an untitled case"


def _new_reviews(kept: Case, merged: Case) -> tuple[str, ...]:
    """The mentors whose review the merge added or replaced with a newer one."""
    before = {(mentor_key(r.mentor), r.revision, r.changes) for r in kept.reviews}
    return tuple(r.mentor for r in merged.reviews if (mentor_key(r.mentor), r.revision, r.changes) not in before)


def arrive(kept: Case | None, incoming: Case, kind: LinkKind) -> Arrival:
    """Decide what opening ``incoming`` means next to the ``kept`` case (None: nothing kept)."""
    if kind is LinkKind.REVIEW:
        return Arrival(incoming, Role.MENTOR, keep=False)
    if kept is None:
        return Arrival(incoming, Role.OWNER, keep=True)
    found = relation(kept, incoming)
    if found is Relation.OTHER_CASE:
        if kind is LinkKind.REPLY:
            return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label=_title(incoming),
                           warning="This review is of another case than the one this browser keeps, so it "
                                   "was not added. Your case is unchanged.")
        return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label=_title(incoming),
                       warning=f"This link holds another case ({_title(incoming)}). Your own case "
                               f"({_title(kept)}) is still open; open the other one only if you mean to.")
    if found is Relation.NEW_REVIEWS:
        try:
            merged = merge(kept, incoming)
        except ReviewError as error:
            return Arrival(kept, Role.OWNER, keep=True, warning=f"{error} Your case is unchanged.")
        added = _new_reviews(kept, merged)
        verb = "has" if len(added) == 1 else "have"
        return Arrival(merged, Role.OWNER, keep=True, reviews_added=added,
                       notice=f"{_names(added)}'s review {verb} been added." if len(added) == 1 else
                       f"The reviews of {_names(added)} {verb} been added.")
    if found is Relation.OLDER:
        return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label="the older version",
                       notice="This link holds an older version of your case. Your newer case is kept "
                              "and open.")
    if found is Relation.NEWER:
        newer = merge(incoming, kept) if kept.reviews else incoming
        if kept.notes and not newer.notes:
            newer = newer.model_copy(update={"notes": kept.notes})
        return Arrival(newer, Role.OWNER, keep=True, notice="The link holds a newer version of your case: "
                                                            "it is open now, your private notes kept.")
    return Arrival(kept, Role.OWNER, keep=True)
