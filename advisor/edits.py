"""Every change the owner makes to a case: a function from a case to a new, validated case.

The app's widgets, tests and any other front end change a case only through these, so each
rule about an edit (the sort a new reason gets, the reason limit, which reasons the catalogue
picker keeps) holds in one place. A refused edit raises ``ValueError`` (pydantic's
``ValidationError`` for a value out of bounds, ``EditRefused`` otherwise) with a sentence a
person can act on, and the case passed in is never changed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal, get_args

from advisor.catalog import CHECKLIST_IDS, FACTOR_IDS, REASON_BY_ID, Kind, suggest_kind
from advisor.models import MAX_REASONS, MAX_SURPRISES, Case, Debrief, new_case_id
from advisor.reviews import without_reason

JobField = Literal[
    "title", "company", "activity", "first_name", "gut", "interviews_so_far", "early_career", "selling_difficulty",
    "wanted_job", "similarity", "network_value", "curiosity", "experience_years", "travel_hours",
    "travel_cost", "spare_money", "financial_need", "dread",
]
ReasonField = Literal["severity", "ask", "odds"]
DebriefField = Literal["date", "rating", "readiness", "stress", "went_well", "improve", "offer", "granted",
                       "decision", "why"]
JOB_FIELDS: tuple[str, ...] = get_args(JobField)
DEBRIEF_FIELDS: tuple[str, ...] = get_args(DebriefField)


class EditRefused(ValueError):
    """An edit that the case's rules do not allow; the message says what to do instead."""


def fresh(case: Case) -> Case:
    """The same answers as a new case of its own (a loaded example), so reviews of another
    person's copy can never be merged into it."""
    return case.model_copy(update={"id": new_case_id(), "revision": 0})


def _validated(data: dict[str, Any]) -> Case:
    return Case.model_validate(data)


def set_job(case: Case, field: JobField, value: object) -> Case:
    data = case.model_dump()
    data["job"][field] = value
    return _validated(data)


def can_add_reason(case: Case) -> bool:
    return len(case.reasons) < MAX_REASONS


def add_reason(case: Case, label: str, catalog_id: str | None = None) -> Case:
    """Add a reason sorted by the core-of-job test; the person can move it afterwards."""
    if not label.strip():
        raise EditRefused("Write the reason first, then press Add.")
    if not can_add_reason(case):
        raise EditRefused(f"You can list at most {MAX_REASONS} reasons: remove one to add another.")
    kind, _ = suggest_kind(label, catalog_id)
    data = case.model_dump()
    data["reasons"].append({"label": label, "kind": kind, "catalog_id": catalog_id})
    return _validated(data)


def remove_reason(case: Case, index: int) -> Case:
    if not 0 <= index < len(case.reasons):
        raise EditRefused("That reason is no longer in your list.")
    return without_reason(case, index)


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
    for index in reversed(range(len(case.reasons))):
        catalog_id = case.reasons[index].catalog_id
        if catalog_id and catalog_id not in picked:
            case = remove_reason(case, index)
    present = set(picked_from_catalog(case))
    for catalog_id in (c for c in REASON_BY_ID if c in picked and c not in present):
        try:
            case = add_reason(case, REASON_BY_ID[catalog_id].label, catalog_id)
        except EditRefused as refusal:
            return CatalogPick(case, str(refusal))
    return CatalogPick(case)


def set_reason(case: Case, index: int, field: ReasonField, value: object) -> Case:
    if not 0 <= index < len(case.reasons):
        raise EditRefused("That reason is no longer in your list.")
    data = case.model_dump()
    data["reasons"][index][field] = value
    return _validated(data)


def move_reason(case: Case, index: int, kind: Kind) -> Case:
    """The person overrules the suggested sort."""
    if not 0 <= index < len(case.reasons):
        raise EditRefused("That reason is no longer in your list.")
    data = case.model_dump()
    data["reasons"][index]["kind"] = kind
    return _validated(data)


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
    debrief["surprises"].append(question)
    return _validated({**case.model_dump(), "debrief": debrief})


def remove_surprise(case: Case, index: int) -> Case:
    debrief = _debrief_data(case)
    if not 0 <= index < len(debrief["surprises"]):
        raise EditRefused("That question is no longer in your list.")
    del debrief["surprises"][index]
    return _validated({**case.model_dump(), "debrief": debrief})


def granted_asks(case: Case) -> list[int]:
    """The asks the debrief marks as granted that are still asks of the case."""
    asks = grantable_asks(case)
    return [i for i in (case.debrief.granted if case.debrief else []) if i in asks]


def grantable_asks(case: Case) -> dict[int, str]:
    """The asks the debrief can mark as granted: every negotiable reason with an ask, by index."""
    return {i: f"{r.ask} (for “{r.label}”)" for i, r in enumerate(case.reasons)
            if r.kind is Kind.NEGOTIABLE and r.ask}
