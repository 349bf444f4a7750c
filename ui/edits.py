"""Callbacks that write widget values into the case. Each validates the whole case."""

from __future__ import annotations

from typing import Any

import streamlit as st

from advisor.catalog import REASON_BY_ID, suggest_kind
from advisor.models import MAX_REASONS
from ui import keys, state


def set_job(field: str, key: str) -> None:
    value = st.session_state[key]

    def change(data: dict[str, Any]) -> None:
        data["job"][field] = value

    state.commit(change, key)


def set_reason(index: int, field: str, key: str) -> None:
    value = st.session_state[key]

    def change(data: dict[str, Any]) -> None:
        data["reasons"][index][field] = value

    state.commit(change, key)


def set_weight(factor_id: str, key: str) -> None:
    value = st.session_state[key]

    def change(data: dict[str, Any]) -> None:
        data["weights"][factor_id] = value

    state.commit(change, key)


def add_reason(label: str, catalog_id: str | None, error_key: str) -> bool:
    """Add a reason sorted by the core-of-job test, with the catalogue's ask as a start."""
    if len(state.case().reasons) >= MAX_REASONS:
        st.session_state.setdefault(keys.ERRORS, {})[error_key] = [
            f"You can list at most {MAX_REASONS} reasons: remove one to add another."
        ]
        return False
    kind, _ = suggest_kind(label, catalog_id)

    def change(data: dict[str, Any]) -> None:
        data["reasons"].append({"label": label, "kind": kind, "catalog_id": catalog_id})

    added = state.commit(change, error_key)
    if added:
        state.forget("why_", "sort_")
    return added


def remove_reason(index: int) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["reasons"][index]
        for review in data["reviews"]:
            review["notes"] = {
                (i if i < index else i - 1): note
                for i, note in review["notes"].items() if i != index
            }

    state.commit(change, f"why_remove_{index}")
    state.forget("why_", "sort_", "mentor_")


def sync_catalog(key: str) -> None:
    """The catalogue picker: picked reasons are added, unpicked ones removed."""
    picked = set(st.session_state[key] or [])
    present = {r.catalog_id for r in state.case().reasons if r.catalog_id}
    for index in reversed(range(len(state.case().reasons))):
        cid = state.case().reasons[index].catalog_id
        if cid and cid not in picked:
            remove_reason(index)
    for cid in [c for c in REASON_BY_ID if c in picked - present]:
        add_reason(REASON_BY_ID[cid].label, cid, key)
    state.forget("why_catalog")


def toggle_check(item_id: str, key: str) -> None:
    ticked = bool(st.session_state[key])

    def change(data: dict[str, Any]) -> None:
        items = set(data["checklist"])
        data["checklist"] = sorted(items | {item_id} if ticked else items - {item_id})

    state.commit(change, key)
