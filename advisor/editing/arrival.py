"""What opening a link does to the case this browser keeps: the rules that keep nothing lost.

A link arrives as one of three kinds: an owner's own case, a mentor link (asking for a review),
or a review sent back by a mentor. The browser may already keep a case of its owner. These
rules decide, without Streamlit, what the visitor then works on, in which role, what they are
told, and what is offered instead; the app only carries the decision out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advisor.case.models import TEXT_BUDGET, Case, mentor_key, text_size
from advisor.editing.reviews import Relation, merge, relation
from advisor.errors import ReviewError
from advisor.wording import spoken_list


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
    ``offer`` is a case the visitor may open instead (an older or newer version, another case)
    with ``offer_label`` naming it; ``review`` is the link's case, which the visitor may review as
    a mentor instead (an owner's own link sent to a mentor by mistake); ``restores`` is the case
    an undo brings back (the kept one, whatever the session showed before).
    """

    case: Case
    role: Role
    keep: bool
    notice: str | None = None
    warning: str | None = None
    offer: Case | None = None
    offer_label: str = ""
    review: Case | None = None
    restores: Case | None = None


# An owner's link says nothing of who opens it: one sent to a mentor instead of the review link
# opens the case for editing, so whoever is not its owner is told, and offered the mentor's view.
ASK_WHOSE = ("Is this your case, or are you reviewing someone else's? This link is an owner's own: it opens the "
             "case for editing. If someone sent it to you for a review, review it as a mentor instead: their "
             "answers stay as they are, and you send your review back.")
NOT_YOURS = ("If someone sent it to you for a review, review it as a mentor instead: their answers and your own "
             "case stay as they are.")


def _title(case: Case) -> str:
    return f"“{case.job.title}”" if case.job.title else "an untitled case"


def _changed_reviews(kept: Case, merged: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The mentors whose review the merge added, and those whose review it replaced."""
    before = {mentor_key(r.mentor): r for r in kept.reviews}
    changed = [r for r in merged.reviews if before.get(mentor_key(r.mentor)) != r]
    return (tuple(r.mentor for r in changed if mentor_key(r.mentor) not in before),
            tuple(r.mentor for r in changed if mentor_key(r.mentor) in before))


def _review_notice(added: tuple[str, ...], replaced: tuple[str, ...]) -> str:
    said = []
    if added:
        names = spoken_list(list(added))
        said.append(f"{names}'s review has been added." if len(added) == 1 else
                    f"The reviews of {names} have been added.")
    if replaced:
        names = spoken_list(list(replaced))
        said.append(f"{names}'s earlier review was replaced by the newer one in this link." if len(replaced) == 1
                    else f"The earlier reviews of {names} were replaced by the newer ones in this link.")
        said.append("If you did not expect that, Undo brings your case back as it was before this link.")
    return " ".join(said)


def _reviews_only(kept: Case, incoming: Case) -> Arrival:
    """What a link brings back from mentors: its reviews, merged into the kept case; nothing
    else of the link is taken, whatever revision it claims, so a link made by anyone who was
    sent the case cannot change the owner's answers."""
    try:
        merged = merge(kept, incoming)
    except ReviewError as error:
        return Arrival(kept, Role.OWNER, keep=True, warning=f"{error} Your case is unchanged.")
    added, replaced = _changed_reviews(kept, merged)
    if not added and not replaced:
        return Arrival(kept, Role.OWNER, keep=True,
                       notice="Every review in this link is already in your case, so nothing changed.")
    return Arrival(merged, Role.OWNER, keep=True, notice=_review_notice(added, replaced),
                   restores=kept if replaced else None)


def _newer_offered(kept: Case, incoming: Case) -> Arrival:
    """A later revision of one's own case, offered beside the kept one: made on another device by
    the owner, or by someone who was sent the case. The offer carries the kept reviews and
    private notes, and the practice answers a link leaves behind unless asked, so opening it loses
    none of them."""
    carried: dict[str, object] = {"notes": kept.notes} if kept.notes and not incoming.notes else {}
    warning = None
    if kept.drafts and not incoming.drafts:
        carried["drafts"] = kept.drafts
        if text_size(incoming.model_copy(update=carried)) > TEXT_BUDGET:
            del carried["drafts"]
            warning = ("With your practice answers the newer version would not fit in a link. Opening it now "
                       "would leave out the answers this browser keeps: shorten some text first.")
    offered = incoming.model_copy(update=carried)
    if kept.reviews:
        try:
            offered = merge(offered, kept)
        except ReviewError as error:
            warning = " ".join(filter(None, (warning, f"{error} Opening the newer version now would leave out the "
                                                      "reviews this browser keeps.")))
    return Arrival(kept, Role.OWNER, keep=True, offer=offered, offer_label="the newer version", warning=warning,
                   notice="This link holds a later version of your case than the one this browser keeps. "
                          "Your kept case is open; open the newer version only if you made those changes "
                          "yourself (you can undo it).")


def arrive(kept: Case | None, incoming: Case, kind: LinkKind, settled: bool = True) -> Arrival:
    """Decide what opening ``incoming`` means next to the ``kept`` case (None: nothing kept).

    ``settled`` says the browser has reported what it keeps: only then does a kept ``None`` mean
    a browser new to this case, whose visitor is asked whose case it is (before the report, the
    owner reloading their own tab would be asked too)."""
    if kind is LinkKind.REVIEW:
        return Arrival(incoming, Role.MENTOR, keep=False)
    if kept is None:
        if kind is LinkKind.CASE and settled:
            return Arrival(incoming, Role.OWNER, keep=True, warning=ASK_WHOSE, review=incoming)
        return Arrival(incoming, Role.OWNER, keep=True)
    found = relation(kept, incoming)
    if found is Relation.OTHER_CASE:
        if kind is LinkKind.REPLY:
            return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label=_title(incoming),
                           warning="This review is of another case than the one this browser keeps, so it "
                                   "was not added. Your case is unchanged.")
        return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label=_title(incoming), review=incoming,
                       warning=f"This link holds another case ({_title(incoming)}). Your own case "
                               f"({_title(kept)}) is still open; open the other one only if you mean to. "
                               + NOT_YOURS)
    if kind is LinkKind.REPLY or found is Relation.NEW_REVIEWS:
        return _reviews_only(kept, incoming)
    if found is Relation.OLDER:
        return Arrival(kept, Role.OWNER, keep=True, offer=incoming, offer_label="the older version",
                       notice="This link holds an older version of your case. Your newer case is kept "
                              "and open.")
    if found is Relation.NEWER:
        return _newer_offered(kept, incoming)
    return Arrival(kept, Role.OWNER, keep=True)
