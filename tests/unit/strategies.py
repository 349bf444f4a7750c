"""Hypothesis strategies shared by the unit tests: random *valid* cases.

``cases()`` builds the plain JSON-like data a link or a form would deliver, lets only data that
fits the link's text budget through, and validates it with ``Case.model_validate``, so every
example is a case the app itself could hold.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import strategies as st

from advisor.article.factors import FACTOR_IDS, MAX_WEIGHT, Kind
from advisor.article.reasons import REASON_BY_ID
from advisor.case.base import MAX_REASONS
from advisor.case.certainty import COUNT as CERTAINTY_QUESTIONS
from advisor.case.models import (
    FIRST_DATE,
    LAST_DATE,
    MAX_REVIEWS,
    MAX_REVISION,
    TEXT_BUDGET,
    Case,
    Gut,
    Job,
    Review,
    mentor_key,
    passes_for_owner,
)
from advisor.case.pros import MAX_PRO_ID, MAX_PROS
from advisor.documents.plan import CHECKLIST
from advisor.reading.cleaning import shows_nothing

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
    return st.text(ALPHABET, min_size=1, max_size=max_size).filter(lambda s: not shows_nothing(s))


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
            "first_name": texts(40),
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
            "interview_date": st.none() | st.dates(FIRST_DATE, LAST_DATE).map(lambda day: day.isoformat()),
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


def reviews(mentors: st.SearchStrategy[str] | None = None, counters: st.SearchStrategy[int] | None = None,
            note_size: int = 300, overall_size: int = 1_000) -> st.SearchStrategy[dict[str, Any]]:
    """One review; by default any mentor, any counters and texts up to the model's limits."""
    counter = st.integers(0, MAX_REVISION) if counters is None else counters
    return st.fixed_dictionaries(
        {"mentor": labels(60) if mentors is None else mentors},
        optional={
            "revision": counter,
            "changes": counter,
            "weights": weights(),
            "notes": st.dictionaries(st.integers(0, MAX_REASONS - 1), texts(note_size), max_size=MAX_REASONS),
            "overall": texts(overall_size),
            "pro_weights": st.dictionaries(st.integers(0, MAX_PRO_ID), st.integers(0, 10), max_size=MAX_PROS),
        },
    )


def _mentor(review: dict[str, Any]) -> str:
    return mentor_key(review["mentor"])


def review_lists(max_size: int = MAX_REVIEWS) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Reviews of one case: one per mentor, as the model requires."""
    return st.lists(reviews(), max_size=max_size, unique_by=_mentor)


# A few mentors, two of them the same person typed differently, so that copies of one case share
# mentors; small counters, so that their reviews are often older, newer or tied.
MENTORS = ("Ada", " ADA ", "Bob", "Chen", "Émile", "Zoë")


def pooled_reviews(max_size: int, min_size: int = 0) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Reviews by mentors of ``MENTORS`` with short texts, for the merging of copies of a case."""
    one = reviews(st.sampled_from(MENTORS), st.integers(0, 3), note_size=20, overall_size=40)
    return st.lists(one, min_size=min_size, max_size=max_size, unique_by=_mentor)


def _size(text: str) -> int:
    # What the model counts: the trimmed text, JSON-escaped, in UTF-8 bytes.
    return len(orjson.dumps(text.strip())) - 2


def _all_texts(data: dict[str, Any]) -> list[str]:
    job = data.get("job", {})
    out = [job.get(k, "") for k in ("title", "company", "activity", "first_name", "wanted_job")]
    out.append(data.get("notes", ""))
    for reason in data.get("reasons", []):
        out += [reason["label"], reason.get("ask", "")]
    for review in data.get("reviews", []):
        out += [review["mentor"], review.get("overall", ""), *review.get("notes", {}).values()]
    return out


def fits_budget(data: dict[str, Any]) -> bool:
    return sum(_size(t) for t in _all_texts(data)) <= TEXT_BUDGET


def signed_by_mentors(data: dict[str, Any]) -> bool:
    """No review signs as the owner or the factors (names as the model keeps them)."""
    first_name = Job(first_name=data.get("job", {}).get("first_name", "")).first_name
    return not any(passes_for_owner(Review(mentor=r["mentor"]).mentor, first_name) for r in data.get("reviews", []))


def sure() -> st.SearchStrategy[list[bool | None]]:
    """Answers to the certainty questions: yes, no or not yet, one per question."""
    return st.lists(st.none() | st.booleans(), min_size=CERTAINTY_QUESTIONS, max_size=CERTAINTY_QUESTIONS)


CASE_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def case_ids() -> st.SearchStrategy[str]:
    return st.text(CASE_ID_CHARS, min_size=6, max_size=24)


def case_data(review_list: st.SearchStrategy[list[dict[str, Any]]] | None = None,
              ) -> st.SearchStrategy[dict[str, Any]]:
    """The raw dict of a valid case (before validation); without an id sometimes, as in a link
    made before cases had one."""
    return st.fixed_dictionaries(
        {},
        optional={
            "id": case_ids(),
            "revision": st.integers(0, MAX_REVISION),
            "job": jobs(),
            "reasons": st.lists(reasons(), max_size=MAX_REASONS),
            "weights": weights(),
            "checklist": st.lists(st.sampled_from([item.id for item in CHECKLIST]), max_size=30),
            "notes": texts(1_000),
            "reviews": review_lists() if review_list is None else review_list,
            "certainty": st.none() | st.fixed_dictionaries({}, optional={"before": sure(), "after": sure()}),
        },
    ).filter(fits_budget).filter(signed_by_mentors)


def cases() -> st.SearchStrategy[Case]:
    """Random valid cases, validated exactly as a link or a form would be."""
    return case_data().map(Case.model_validate)


def reviewed_cases(max_reviews: int = 2) -> st.SearchStrategy[Case]:
    """Valid cases with at least one review by a mentor of ``MENTORS``: the kept side of a merge
    (a kept case without reviews is the easy side, which the unit tests cover)."""
    return case_data(pooled_reviews(max_reviews, min_size=1)).map(Case.model_validate)


@st.composite
def copies_of(draw: st.DrawFn, case: Case, max_new: int = 2) -> Case:
    """Another copy of ``case``, as a link could bring it back: the same id, any answers, a
    revision next to the kept one, and for each kept review nothing, the same, an older, a newer
    or a tied rival copy of it, plus up to ``max_new`` reviews by other mentors of ``MENTORS``."""
    data = draw(case_data(st.just([])))
    revision = min(max(case.revision + draw(st.integers(-1, 1)), 0), MAX_REVISION)
    copied: list[dict[str, Any]] = []
    for review in case.reviews:
        kept = review.model_dump()
        how = draw(st.sampled_from(["none", "same", "older", "newer", "rival"]))
        if how == "same":
            copied.append(kept)
        elif how == "older" and kept["changes"] > 0:
            copied.append({**kept, "changes": kept["changes"] - 1, "overall": "older"})
        elif how == "newer":
            copied.append({**kept, "changes": kept["changes"] + 1, "overall": "newer"})
        elif how == "rival":
            copied.append({**kept, "overall": "a rival copy"})
    taken = {mentor_key(r.mentor) for r in case.reviews}
    others = [r for r in draw(pooled_reviews(max_new)) if _mentor(r) not in taken]
    return Case.model_validate({**data, "id": case.id, "revision": revision, "reviews": copied + others})
