"""Hypothesis strategies shared by the unit tests: random *valid* cases.

``cases()`` builds the plain JSON-like data a link or a form would deliver, lets only data that
fits the link's text budget through, and validates it with ``Case.model_validate``, so every
example is a case the app itself could hold.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import strategies as st

from advisor.catalog import FACTOR_IDS, MAX_WEIGHT, REASON_BY_ID, Kind
from advisor.models import MAX_REASONS, MAX_REVIEWS, TEXT_BUDGET, Case, Gut
from advisor.plan import CHECKLIST

# Any printable character of any script, plus the characters that mean something to JSON,
# Markdown or HTML. Control characters (other than tab and newline) are left out because the
# model strips them, and surrogates because they are not text.
SPECIALS = '"\\<>![]()*_#`|&~$=+-.\n\t '
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
    st.sampled_from(SPECIALS),
)


def texts(max_size: int) -> st.SearchStrategy[str]:
    """Free text of at most ``max_size`` characters (blank allowed)."""
    return st.text(ALPHABET, max_size=max_size)


def labels(max_size: int) -> st.SearchStrategy[str]:
    """Text that is still non-empty once the model has trimmed it."""
    return st.text(ALPHABET, min_size=1, max_size=max_size).filter(lambda s: s.strip() != "")


def weights() -> st.SearchStrategy[dict[str, int]]:
    """Some or all factor weights; the model fills in the defaults for the rest."""
    return st.dictionaries(st.sampled_from(FACTOR_IDS), st.integers(0, MAX_WEIGHT))


def small() -> st.SearchStrategy[int]:
    return st.integers(0, 10)


def jobs() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "title": texts(100),
            "company": texts(100),
            "activity": texts(240),
            "gut": st.sampled_from([g.value for g in Gut]),
            "interviews_so_far": st.integers(0, 100),
            "early_career": st.booleans(),
            "selling_difficulty": small(),
            "wanted_job": texts(100),
            "similarity": small(),
            "network_value": small(),
            "curiosity": small(),
            "experience_years": st.integers(0, 60),
            "travel_hours": st.floats(0, 48, allow_nan=False, allow_infinity=False),
            "travel_cost": st.integers(0, 10_000),
            "spare_money": st.integers(0, 100_000),
            "financial_need": small(),
            "dread": small(),
        },
    )


def reasons() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"label": labels(80)},
        optional={
            "severity": small(),
            "kind": st.sampled_from([k.value for k in Kind]),
            "ask": texts(100),
            "odds": st.integers(0, 100),
            "catalog_id": st.none() | st.sampled_from(sorted(REASON_BY_ID)),
        },
    )


def reviews() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"mentor": labels(60)},
        optional={
            "weights": weights(),
            "notes": st.dictionaries(st.integers(0, MAX_REASONS - 1), texts(300), max_size=MAX_REASONS),
            "overall": texts(1_000),
        },
    )


def _size(text: str) -> int:
    # What the model counts: the trimmed text, JSON-escaped, in UTF-8 bytes.
    return len(orjson.dumps(text.strip())) - 2


def _all_texts(data: dict[str, Any]) -> list[str]:
    job = data.get("job", {})
    out = [job.get(k, "") for k in ("title", "company", "activity", "wanted_job")]
    out.append(data.get("notes", ""))
    for reason in data.get("reasons", []):
        out += [reason["label"], reason.get("ask", "")]
    for review in data.get("reviews", []):
        out += [review["mentor"], review.get("overall", ""), *review.get("notes", {}).values()]
    return out


def fits_budget(data: dict[str, Any]) -> bool:
    return sum(_size(t) for t in _all_texts(data)) <= TEXT_BUDGET


def case_data() -> st.SearchStrategy[dict[str, Any]]:
    """The raw dict of a valid case (before validation)."""
    return st.fixed_dictionaries(
        {},
        optional={
            "job": jobs(),
            "reasons": st.lists(reasons(), max_size=MAX_REASONS),
            "weights": weights(),
            "checklist": st.lists(st.sampled_from([item.id for item in CHECKLIST]), max_size=30),
            "notes": texts(1_000),
            "reviews": st.lists(reviews(), max_size=MAX_REVIEWS),
        },
    ).filter(fits_budget)


def cases() -> st.SearchStrategy[Case]:
    """Random valid cases, validated exactly as a link or a form would be."""
    return case_data().map(Case.model_validate)
