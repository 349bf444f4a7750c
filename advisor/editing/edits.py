"""Every change the owner makes to a case: a function from a case to a new, validated case.

The app's widgets, tests and any other front end change a case only through these, so each
rule about an edit (the sort a new reason gets, the reason limit, which reasons the catalogue
picker keeps) holds in one place. A refused edit raises ``ValueError`` (pydantic's
``ValidationError`` for a value out of bounds, ``EditRefused`` otherwise) with a sentence a
person can act on, and the case passed in is never changed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from advisor.article.checklist import CHECKLIST_IDS
from advisor.article.factors import FACTOR_IDS, Kind
from advisor.article.reasons import REASON_BY_ID, suggest_kind
from advisor.case.base import MAX_REASON_ID, MAX_REASONS, next_id, place_of
from advisor.case.certainty import QUESTIONS, Certainty, When
from advisor.case.debrief import MAX_SURPRISES, Debrief
from advisor.case.models import Case, new_case_id
from advisor.case.pros import MAX_PRO_ID, MAX_PROS
from advisor.errors import EditRefused

JobField = Literal[
    "title", "company", "activity", "first_name", "gut", "interviews_so_far", "early_career", "selling_difficulty",
    "wanted_job", "similarity", "network_value", "curiosity", "experience_years", "travel_hours",
    "travel_cost", "spare_money", "financial_need", "dread", "interview_date", "currency", "taking_other_offer",
]
ReasonField = Literal["severity", "ask", "odds", "walk_away"]
DebriefField = Literal["date", "rating", "readiness", "stress", "went_well", "improve", "learned", "offer",
                       "granted", "decision", "why"]
JOB_FIELDS: tuple[str, ...] = get_args(JobField)
DEBRIEF_FIELDS: tuple[str, ...] = get_args(DebriefField)


def revised(case: Case) -> Case:
    """The case after one more edit by its owner: a copy whose revision is one higher.

    Every edit of the owner's answers goes through this, so of two copies of a case the one with
    the higher revision is the newer; a mentor's edits never change it.
    """
    return Case.model_validate({**case.model_dump(), "revision": case.revision + 1})


def fresh(case: Case) -> Case:
    """The same answers as a new case of its own (a loaded example), so reviews of another
    person's copy can never be merged into it."""
    return case.model_copy(update={"id": new_case_id(), "revision": 0})


def _validated(data: dict[str, Any]) -> Case:
    return Case.model_validate(data)


def set_job(case: Case, field: JobField, value: object) -> Case:
    """Set one answer about the job, and count it as given: from now on the verdict weighs its
    value, even when it is the one a new case starts with, instead of a middle value."""
    return set_answers(case, {field: value})


def set_answers(case: Case, answers: Mapping[JobField, object]) -> Case:
    """Several answers about the job at once, each counted as given, in one validation (what the
    verdict would be with answers not given yet is asked of many such sets)."""
    data = case.model_dump()
    data["job"].update(answers)
    data["job"]["answered"] = [*data["job"]["answered"], *answers]
    return _validated(data)


def can_add_reason(case: Case) -> bool:
    return len(case.reasons) < MAX_REASONS


def add_reason(case: Case, label: str, catalog_id: str | None = None) -> Case:
    """Add a reason sorted by the core-of-job test, read against the main activity the person
    described; the person can move it afterwards."""
    if not label.strip():
        raise EditRefused("Write the reason first, then press Add.")
    if not can_add_reason(case):
        raise EditRefused(f"You can list at most {MAX_REASONS} reasons: remove one to add another.")
    # The same reason twice would count twice in the balance: the same words, whatever their case or spaces.
    same = "".join(label.split()).casefold()
    if any("".join(reason.label.split()).casefold() == same for reason in case.reasons):
        raise EditRefused("This reason is already in your list.")
    kind, _ = suggest_kind(label, case.job.activity, catalog_id)
    data = case.model_dump()
    data["reasons"].append({"id": next_reason_id(case), "label": label, "kind": kind, "catalog_id": catalog_id})
    return _validated(data)


def next_reason_id(case: Case) -> int:
    """The id of a reason added now: one more than the largest in use, so a removed reason's id
    is not given to the next one (a mentor's note written on it can't land on another reason);
    the smallest free one once ids reach ``MAX_REASON_ID`` (after a thousand additions)."""
    return next_id((reason.id for reason in case.reasons), MAX_REASON_ID)


def reason_position(case: Case, reason_id: int) -> int | None:
    """Where the reason with this id is in the case's list, or None when it is gone."""
    return place_of(case.reasons, reason_id)


def without_reason(case: Case, reason_id: int) -> Case:
    """Remove a reason with the mentors' notes on it and its granted ask; every other note stays
    on the reason it was written about (notes name reasons by id)."""
    data = case.model_dump()
    data["reasons"] = [r for r in data["reasons"] if r["id"] != reason_id]
    for review in data["reviews"]:
        review["notes"] = {i: note for i, note in review["notes"].items() if i != reason_id}
    if data["debrief"] is not None:
        data["debrief"]["granted"] = [i for i in data["debrief"]["granted"] if i != reason_id]
    return Case.model_validate(data)


def _place(case: Case, reason_id: int) -> int:
    """Where a reason is in the list; refused when it is gone (a click on a reason removed by
    an earlier click of the same burst changes nothing)."""
    place = reason_position(case, reason_id)
    if place is None:
        raise EditRefused("That reason is no longer in your list.")
    return place


def remove_reason(case: Case, reason_id: int) -> Case:
    _place(case, reason_id)
    return without_reason(case, reason_id)


def picked_from_catalog(case: Case) -> list[str]:
    """The catalogue reasons in the case, in the order they were added."""
    return [r.catalog_id for r in case.reasons if r.catalog_id]


@dataclass(frozen=True, slots=True)
class CatalogPick:
    """The case after a pick, and why some picked reasons could not be added (None: all were)."""

    case: Case
    refused: str | None = None


def pick_from_catalog(case: Case, picked: Collection[str]) -> CatalogPick:
    """Make the case's catalogue reasons the picked ones: unpicked ones are removed, newly
    picked ones added in the catalogue's order as long as there is room; reasons in the
    person's words stay."""
    for reason in case.reasons:
        if reason.catalog_id and reason.catalog_id not in picked:
            case = remove_reason(case, reason.id)
    present = set(picked_from_catalog(case))
    for catalog_id in (c for c in REASON_BY_ID if c in picked and c not in present):
        try:
            case = add_reason(case, REASON_BY_ID[catalog_id].label, catalog_id)
        except EditRefused as refusal:
            return CatalogPick(case, str(refusal))
    return CatalogPick(case)


def set_reason(case: Case, reason_id: int, field: ReasonField | Literal["kind"], value: object) -> Case:
    data = case.model_dump()
    data["reasons"][_place(case, reason_id)][field] = value
    return _validated(data)


def move_reason(case: Case, reason_id: int, kind: Kind) -> Case:
    """The person overrules the suggested sort."""
    return set_reason(case, reason_id, "kind", kind)


def settle_reason(case: Case, reason_id: int, kind: Kind) -> Case:
    """The person sorts a reason themselves (answering the article's test on Sort, or moving it):
    the kind is theirs, and the app stops asking and never re-sorts it."""
    data = case.model_dump()
    reason = data["reasons"][_place(case, reason_id)]
    reason["kind"], reason["settled"] = kind, True
    return _validated(data)


def add_pro(case: Case, label: str) -> Case:
    """Add something the person likes about the job, counted for going at the default weight."""
    if not label.strip():
        raise EditRefused("Write what you like first, then press Add.")
    if len(case.pros) >= MAX_PROS:
        raise EditRefused(f"You can list at most {MAX_PROS} things you like: remove one to add another.")
    pro = {"id": next_id((pro.id for pro in case.pros), MAX_PRO_ID), "label": label}
    return _validated({**case.model_dump(), "pros": [*case.model_dump()["pros"], pro]})


def _pro_place(case: Case, pro_id: int) -> int:
    place = place_of(case.pros, pro_id)
    if place is None:
        raise EditRefused("That is no longer in your list.")
    return place


def set_pro_weight(case: Case, pro_id: int, weight: int) -> Case:
    data = case.model_dump()
    data["pros"][_pro_place(case, pro_id)]["weight"] = weight
    return _validated(data)


def remove_pro(case: Case, pro_id: int) -> Case:
    _pro_place(case, pro_id)
    return _validated({**case.model_dump(), "pros": [p for p in case.model_dump()["pros"] if p["id"] != pro_id]})


def set_weight(case: Case, factor_id: str, value: int) -> Case:
    if factor_id not in FACTOR_IDS:
        raise EditRefused(f"There is no factor called {factor_id}.")
    return _validated({**case.model_dump(), "weights": {**case.weights, factor_id: value}})


def set_checked(case: Case, item_id: str, ticked: bool) -> Case:
    if item_id not in CHECKLIST_IDS:
        raise EditRefused("That item is not on the checklist.")
    items = set(case.checklist)
    return _validated({**case.model_dump(), "checklist": sorted(items | {item_id} if ticked else items - {item_id})})


def set_notes(case: Case, text: str) -> Case:
    return _validated({**case.model_dump(), "notes": text})


def _debrief_data(case: Case) -> dict[str, Any]:
    return (case.debrief or Debrief()).model_dump()


def set_debrief(case: Case, field: DebriefField, value: object) -> Case:
    """Write one debrief answer; the first answer creates the debrief."""
    return _validated({**case.model_dump(), "debrief": {**_debrief_data(case), field: value}})


def add_surprise(case: Case, question: str) -> Case:
    if not question.strip():
        raise EditRefused("Write the question first, then press Add.")
    debrief = _debrief_data(case)
    if len(debrief["surprises"]) >= MAX_SURPRISES:
        raise EditRefused(f"You can note at most {MAX_SURPRISES} questions per interview.")
    before = len(debrief["surprises"])
    debrief["surprises"].append(question)
    added = _validated({**case.model_dump(), "debrief": debrief})
    if added.debrief is None or len(added.debrief.surprises) == before:
        raise EditRefused("This question is in your list already.")
    return added


def remove_surprise(case: Case, question: str) -> Case:
    """Remove a question by its text, which is unique in the debrief: a second click on a question
    already removed is refused instead of removing the next one."""
    debrief = _debrief_data(case)
    if question not in debrief["surprises"]:
        raise EditRefused("That question is no longer in your list.")
    debrief["surprises"].remove(question)
    return _validated({**case.model_dump(), "debrief": debrief})


def granted_asks(case: Case) -> list[int]:
    """The asks (by reason id) the debrief marks as granted that are still asks of the case."""
    asks = grantable_asks(case)
    return [i for i in (case.debrief.granted if case.debrief else []) if i in asks]


def grantable_asks(case: Case) -> dict[int, str]:
    """The asks the debrief can mark as granted: every negotiable reason with an ask, by reason id."""
    return {r.id: f"{r.ask} (for “{r.label}”)" for r in case.reasons
            if r.kind is Kind.NEGOTIABLE and r.ask}


def set_certainty(case: Case, when: When, question: int, answer: bool | None) -> Case:
    """Answer one of the certainty questions (by its place in ``advisor.case.certainty.QUESTIONS``),
    at the start or at the verdict; the first answer creates the certainty record."""
    if not 0 <= question < len(QUESTIONS):
        raise EditRefused("There is no such question about how sure you are.")
    certainty = (case.certainty or Certainty()).model_dump()
    certainty[when.value][question] = answer
    return _validated({**case.model_dump(), "certainty": certainty})
