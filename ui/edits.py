"""Callbacks that write widget values into the case. Each validates the whole case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st

from advisor import journal as journal_ops
from advisor import reviews
from advisor.catalog import REASON_BY_ID, suggest_kind
from advisor.journal import Journal
from advisor.models import MAX_REASONS
from advisor.share import ShareLinkError, from_json
from advisor.text import escape_markdown
from ui import keys, state

T = TypeVar("T")


def set_value(path: tuple[str | int, ...], key: str) -> None:
    """Write a widget's value at a place in the case, e.g. ("job", "title") or
    ("reasons", 2, "odds"); the whole case is validated and a refusal is shown at the widget."""
    value = st.session_state[key]

    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    state.commit(change, key)


def add_reason(label: str, catalog_id: str | None, error_key: str) -> bool:
    """Add a reason sorted by the core-of-job test, with the catalogue's ask as a start."""
    if len(state.case().reasons) >= MAX_REASONS:
        state.refuse(error_key, f"You can list at most {MAX_REASONS} reasons: remove one to add another.")
        return False
    kind, _ = suggest_kind(label, catalog_id)

    def change(data: dict[str, Any]) -> None:
        data["reasons"].append({"label": label, "kind": kind, "catalog_id": catalog_id})

    added = state.commit(change, error_key)
    if added:
        state.forget("why_", "sort_")
    return added


def remove_reason(index: int) -> None:
    state.apply(lambda case: reviews.without_reason(case, index), f"why_remove_{index}")
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


def start_review(name_key: str, who_key: str) -> None:
    """A mentor starts a review with a copy of the owner's weights, never the weights themselves."""
    name = str(st.session_state.get(name_key) or "")
    if state.apply(lambda case: reviews.start_review(case, name), name_key):
        st.session_state[who_key] = len(state.case().reviews) - 1
        state.forget(name_key)


def adopt(review: int, factor_id: str | None) -> None:
    """Take a mentor's weight for one factor, or all of them, as the owner's own."""
    if state.apply(lambda case: reviews.adopt(case, review, factor_id), f"mentor_adopt_{review}"):
        state.forget("weigh_")
        mentor = state.case().reviews[review].mentor
        what = "all their weights" if factor_id is None else "their weight"
        st.session_state[keys.NOTICE] = f"You adopted {what} from {escape_markdown(mentor)}."


def remove_review(review: int) -> None:
    state.commit(lambda data: data["reviews"].pop(review), f"mentor_remove_{review}")
    state.forget("mentor_")


def _read_upload(key: str, parse: Callable[[bytes], T], kept: str) -> T | None:
    """Parse the file an uploader holds; a refusal is shown at the uploader, saying what was kept."""
    upload = st.session_state.get(key)
    if upload is None:
        return None
    try:
        parsed = parse(upload.getvalue())
    except ShareLinkError as error:
        state.refuse(key, f"{error} {kept}")
        return None
    state.refuse(key, None)
    return parsed


def import_case(key: str) -> None:
    """Replace the case with an uploaded file, or explain why the file was refused."""
    new = _read_upload(key, from_json, "Your current case was kept.")
    if new is not None:
        state.replace(new, notice="The case from your file is loaded.")


def set_debrief(field: str, key: str) -> None:
    """Write one debrief answer; the first answer creates the debrief."""
    value = st.session_state[key]

    def change(data: dict[str, Any]) -> None:
        data["debrief"] = {**(data["debrief"] or {}), field: value}

    state.commit(change, key)


def add_surprise(key: str) -> None:
    question = str(st.session_state.get(key) or "").strip()
    if not question:
        state.refuse(key, "Write the question first, then press Add.")
        return

    def change(data: dict[str, Any]) -> None:
        debrief = data["debrief"] or {}
        data["debrief"] = {**debrief, "surprises": [*debrief.get("surprises", []), question]}

    if state.commit(change, key):
        st.session_state[key] = ""


def remove_surprise(index: int) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["debrief"]["surprises"][index]

    state.commit(change, f"debrief_remove_{index}")


def journal() -> Journal:
    found: Journal = st.session_state.setdefault(keys.JOURNAL, Journal())
    return found


def keep_in_journal() -> None:
    try:
        st.session_state[keys.JOURNAL] = journal_ops.add(journal(), state.case())
    except ValueError as error:
        state.refuse("journal_add", str(error))
        return
    state.refuse("journal_add", None)
    st.session_state[keys.NOTICE] = "This case is in your journal."


def open_from_journal(index: int) -> None:
    state.replace(journal().cases[index], notice="The case from your journal is open in every step.")


def drop_from_journal(index: int) -> None:
    st.session_state[keys.JOURNAL] = journal_ops.remove(journal(), index)
    state.forget("journal_")


def load_journal(key: str) -> None:
    loaded = _read_upload(key, journal_ops.from_file, "Your journal was kept as it was.")
    if loaded is None:
        return
    st.session_state[keys.JOURNAL] = loaded
    st.session_state[keys.NOTICE] = f"Your journal is loaded: {len(loaded.cases)} interview(s)."
