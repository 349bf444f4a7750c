"""The Case model: bounds, cleaning, readable messages and the link's text budget."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from pydantic import ValidationError

from advisor.article.factors import DEFAULT_WEIGHTS, FACTOR_IDS
from advisor.case.base import MAX_REASONS
from advisor.case.examples import example_case
from advisor.case.models import (
    CASE_ID,
    MAX_REVIEWS,
    MAX_REVISION,
    SCHEMA_VERSION,
    TEXT_BUDGET,
    Case,
    Job,
    Reason,
    Review,
    text_size,
)
from advisor.case.refusals import refusals
from advisor.editing.edits import revised
from tests.unit.strategies import cases

SIGNED_AS_OWNER = ("A review is signed with a name that stands for the owner (“You”, “me”, “owner” or the owner's "
                   "first name) or for the factors.")

def refuse(data: dict[str, Any], model: type[Case] | type[Job] | type[Reason] | type[Review] = Case) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    found = refusals(caught.value, model)
    assert found, "no message"
    for line in found:
        assert line.endswith("."), line
        assert line[0].isupper(), line
        assert "pydantic" not in line and "http" not in line, line
    return found


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"job": {"title": "t" * 200}}, "Job title: at most 100 characters."),
        ({"job": {"company": "c" * 101}}, "Company: at most 100 characters."),
        ({"job": {"activity": "a" * 241}}, "Main activity: at most 240 characters."),
        ({"job": {"first_name": "f" * 41}}, "Your first name: at most 40 characters."),
        ({"job": {"dread": 11}}, "How much you dread it: must be at most 10."),
        ({"job": {"interviews_so_far": -1}}, "Interviews so far: must be at least 0."),
        ({"job": {"travel_cost": 10_001}}, "Cost of going: must be at most 10000."),
        ({"reasons": [{"label": "x", "odds": 101}]}, "Odds they agree (%): must be at most 100."),
        ({"reasons": [{"label": "x" * 81}]}, "Reason: at most 80 characters."),
        ({"reasons": [{"label": "x"}] * (MAX_REASONS + 1)}, "Reasons: at most 20 items."),
        ({"notes": "n" * 1_001}, "Personal notes: at most 1,000 characters."),
        ({"reviews": [{"mentor": "m"}] * (MAX_REVIEWS + 1)}, "Mentor reviews: at most 5 items."),
        ({"reasons": [{"label": "x", "catalog_id": "made_up"}]},
         "Catalogue reason: is not a reason from our catalogue."),
        ({"id": "no spaces"}, "Case id: is not in the form we make."),
        ({"id": "short"}, "Case id: is not in the form we make."),
        ({"id": "x" * 25}, "Case id: is not in the form we make."),
        ({"revision": -1}, "Revision: must be at least 0."),
        ({"revision": MAX_REVISION + 1}, f"Revision: must be at most {MAX_REVISION}."),
        ({"reviews": [{"mentor": "m", "changes": -1}]}, "Edits of the review: must be at least 0."),
        ({"reviews": [{"mentor": "m", "revision": -1}]}, "Revision reviewed: must be at least 0."),
        ({"reviews": [{"mentor": "Ada"}, {"mentor": " ada "}]},
         "Mentor reviews: two reviews are signed with the same name."),
        ({"reviews": [{"mentor": " YOU"}]}, SIGNED_AS_OWNER),
        ({"reviews": [{"mentor": "factor"}]}, SIGNED_AS_OWNER),
        ({"job": {"first_name": "Sam"}, "reviews": [{"mentor": "sam "}]},
         SIGNED_AS_OWNER),
    ],
)
def test_bounds_give_readable_messages(data: dict[str, Any], expected: str) -> None:
    assert expected in refuse(data)


def test_control_characters_are_stripped_and_text_trimmed() -> None:
    job = Job(title=" \x00Night\x07 agent\x1b\x7f ", activity="line one\r\nline two\rthree\tend")
    assert job.title == "Night agent"
    assert job.activity == "line one\nline two\nthree\tend"
    reason = Reason(label="\x01Pay\x02")
    assert reason.label == "Pay"


def test_limits_count_the_cleaned_text() -> None:
    # 100 visible characters plus control characters fit; the control characters are dropped
    assert Job(title="t" * 100 + "\x00" * 50).title == "t" * 100


@pytest.mark.parametrize("label", ["", "   ", "\t\n ", "\x00\x01", " \x07 "])
def test_blank_label_is_rejected(label: str) -> None:
    assert refuse({"reasons": [{"label": label}]}) == ["Reason: cannot be empty."]


def test_blank_mentor_name_is_rejected() -> None:
    assert "Mentor's name: cannot be empty." in refuse({"reviews": [{"mentor": "  "}]})


def test_unknown_weight_key_is_rejected_without_quoting_it() -> None:
    """The key comes from a link or a file, at any length: the refusal names the field, not it."""
    found = refuse({"weights": {"practice": 3, "[sign in](http://evil.example)" * 50: 9}})
    assert found == ["Weights: it names a factor we do not know."], found
    found = refuse({"reviews": [{"mentor": "m", "weights": {"charisma": 9}}]})
    assert any("a factor we do not know" in line and "charisma" not in line for line in found), found


@pytest.mark.parametrize("weight", [-1, 11, 100])
def test_weight_out_of_range_is_rejected(weight: int) -> None:
    found = refuse({"weights": {"practice": weight}})
    assert any("between 0 and 10" in line for line in found), found


def test_missing_weights_take_their_defaults() -> None:
    case = Case.model_validate({"weights": {"dread": 9}})
    assert case.weights == {**DEFAULT_WEIGHTS, "dread": 9}
    assert list(case.weights) == list(FACTOR_IDS)


def test_text_budget_is_enforced_with_a_message_about_the_link() -> None:
    data = {
        "notes": "n" * 1_000,
        "reasons": [{"label": "l" * 80, "ask": "a" * 100} for _ in range(MAX_REASONS)],
    }
    found = refuse(data)
    assert any("too long to fit in a link" in line for line in found), found


def test_text_budget_boundary_counts_json_escaped_utf8_bytes() -> None:
    quotes = {"notes": '"' * 500}  # 500 characters, 1,000 bytes once JSON-escaped
    reasons = [{"label": "x" * 80, "ask": "y" * 95} for _ in range(MAX_REASONS)]  # 20 * 175 = 3,500
    case = Case.model_validate({**quotes, "reasons": reasons})
    assert text_size(case) == TEXT_BUDGET  # exactly at the budget is fine
    over = {**quotes, "reasons": [*reasons[:-1], {"label": "x" * 80, "ask": "y" * 96}]}
    assert any("too long to fit in a link" in line for line in refuse(over))
    # two-byte letters: 500 + 2 * 999 characters, but 1,000 + 2 * (1 + 1,998) = 4,998 bytes
    two_byte = {"notes": "é" * 500, "reviews": [{"mentor": m, "overall": "é" * 999} for m in "mn"]}
    assert any("too long to fit in a link" in line for line in refuse(two_byte))


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99, 0, -1])
def test_version_outside_what_we_know_is_rejected(version: int) -> None:
    found = refuse({"version": version})
    assert any(line.startswith("Version:") for line in found), found


def test_extra_fields_are_rejected() -> None:
    refuse({"job": {"salary": 10}})
    refuse({"surprise": True})


def test_review_notes_point_at_reasons_and_are_short() -> None:
    assert any("does not exist" in line for line in refuse({"reviews": [{"mentor": "m", "notes": {1000: "x"}}]}))
    assert any("300 characters" in line for line in refuse({"reviews": [{"mentor": "m", "notes": {0: "x" * 301}}]}))
    review = Review(mentor="m", notes={3: "later", 1: "first", 2: "   "})
    assert list(review.notes.items()) == [(1, "first"), (3, "later")]


def test_checklist_is_deduplicated_and_sorted() -> None:
    assert Case(checklist=["values", "asks", "values"]).checklist == ["asks", "values"]
    assert any("don't know" in line for line in refuse({"checklist": ["x" * 33]}))


def test_assignment_is_validated() -> None:
    case = example_case()
    with pytest.raises(ValidationError):
        case.notes = "n" * 1_001
    with pytest.raises(ValidationError):
        case.job.dread = 11


def test_messages_for_a_nested_model_name_its_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Job.model_validate({"similarity": 12})
    assert refusals(caught.value, Job) == ["How alike the two interviews are: must be at most 10."]


@settings(max_examples=150, deadline=None)
@given(cases())
def test_valid_cases_validate_again_unchanged_and_fit_the_budget(case: Case) -> None:
    assert text_size(case) <= TEXT_BUDGET
    assert Case.model_validate(case.model_dump()) == case
    assert Case.model_validate_json(case.model_dump_json()) == case


def test_example_case_is_valid_and_complete() -> None:
    case = example_case()
    assert case.job.title and case.job.activity and case.reasons
    assert Case.model_validate(case.model_dump()) == case


def test_the_first_name_counts_in_the_text_budget() -> None:
    assert text_size(Case(job=Job(first_name="Zoë"))) == 4
    reasons = [{"label": "x" * 80, "ask": "y" * 100} for _ in range(MAX_REASONS)]  # 3,600 bytes
    fits = {"notes": "n" * 861, "job": {"first_name": "f" * 39}, "reasons": reasons}
    assert text_size(Case.model_validate(fits)) == TEXT_BUDGET
    over = {**fits, "job": {"first_name": "f" * 39 + "é"}}  # 40 characters, but 41 bytes
    assert any("too long to fit in a link" in line for line in refuse(over))


def test_a_new_case_gets_a_fresh_id_of_the_allowed_form() -> None:
    ids = {Case().id for _ in range(100)}
    assert len(ids) == 100
    assert all(re.fullmatch(CASE_ID, case_id) for case_id in ids)
    assert Case().revision == 0


def test_a_case_read_without_an_id_gets_one_and_one_with_an_id_keeps_it() -> None:
    old = Case.model_validate({"notes": "made before ids"})
    assert re.fullmatch(CASE_ID, old.id)
    assert Case.model_validate({"id": "abc-DEF_123"}).id == "abc-DEF_123"
    assert Case.model_validate(old.model_dump()).id == old.id


def test_revised_raises_only_the_revision() -> None:
    case = example_case()
    once = revised(case)
    assert once.revision == case.revision + 1
    assert revised(once).revision == case.revision + 2
    assert once.model_dump(exclude={"revision"}) == case.model_dump(exclude={"revision"})
    assert case.revision == 0  # the original is left as it was
    with pytest.raises(ValidationError):
        revised(case.model_copy(update={"revision": MAX_REVISION}))


def test_a_review_knows_its_revision_and_its_edits() -> None:
    review = Review(mentor="Ada")
    assert (review.revision, review.changes) == (0, 0)
    edited = Review(mentor="Ada", revision=3, changes=2)
    assert (edited.revision, edited.changes) == (3, 2)
