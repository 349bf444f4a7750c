"""The owner's edits: each a typed function from a case to a new case, refusing with a message."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from advisor.article.factors import Kind
from advisor.case.base import MAX_REASONS
from advisor.case.debrief import Debrief
from advisor.case.examples import example_case
from advisor.case.models import Case, Job
from advisor.editing import edits
from advisor.errors import EditRefused


def test_the_job_fields_an_edit_can_name_are_the_models() -> None:
    assert set(edits.JOB_FIELDS) == set(Job.model_fields) - {"answered"}
    # the surprises have their own edits, the prepared questions that came up theirs (advisor.editing.practice_edits)
    assert set(edits.DEBRIEF_FIELDS) == set(Debrief.model_fields) - {"surprises", "came_up"}


def test_an_edit_never_changes_the_case_it_was_given() -> None:
    case = example_case()
    before = case.model_dump()
    edits.set_job(case, "title", "Other")
    edits.move_reason(case, 0, Kind.CORE)
    edits.set_weight(case, "dread", 9)
    assert case.model_dump() == before


def test_a_value_out_of_bounds_is_refused_by_the_model() -> None:
    with pytest.raises(ValidationError):
        edits.set_job(example_case(), "title", "x" * 101)


@pytest.mark.parametrize("change", [
    lambda c: edits.remove_reason(c, 99),
    lambda c: edits.set_reason(c, 99, "ask", "x"),
    lambda c: edits.move_reason(c, -1, Kind.CORE),
    lambda c: edits.remove_surprise(c, "Not a question of this case"),
    lambda c: edits.set_weight(c, "nope", 3),
    lambda c: edits.set_checked(c, "nope", True),
    lambda c: edits.add_reason(c, "   "),
])
def test_a_stale_or_unknown_target_is_refused_with_a_sentence(change: object) -> None:
    with pytest.raises(EditRefused) as refusal:
        change(example_case())  # type: ignore[operator]
    assert str(refusal.value).endswith(".")


def test_the_catalogue_pick_adds_what_fits_and_says_why_the_rest_did_not() -> None:
    case = Case(reasons=[{"label": f"Reason {i}"} for i in range(MAX_REASONS - 1)])
    result = edits.pick_from_catalog(case, {"pay", "shifts"})
    assert len(result.case.reasons) == MAX_REASONS
    assert result.refused is not None and str(MAX_REASONS) in result.refused


def test_a_loaded_example_is_a_case_of_its_own() -> None:
    assert edits.fresh(example_case()).id != example_case().id


def test_reasons_are_named_by_ids_that_survive_removals_and_are_not_reused() -> None:
    case = example_case()
    ids = [r.id for r in case.reasons]
    assert ids == list(range(len(ids)))
    trimmed = edits.remove_reason(case, ids[1])
    assert [r.id for r in trimmed.reasons] == [ids[0], *ids[2:]]
    with pytest.raises(EditRefused):  # a second click on the removed reason
        edits.remove_reason(trimmed, ids[1])
    moved = edits.move_reason(trimmed, ids[2], Kind.CORE)
    assert [r.kind for r in moved.reasons if r.id == ids[2]] == [Kind.CORE]
    added = edits.add_reason(trimmed, "A new one")
    assert added.reasons[-1].id == max(ids) + 1  # not the removed reason's id


def test_a_case_from_before_reason_ids_numbers_them_in_list_order() -> None:
    old = {"reasons": [{"label": "a"}, {"label": "b"}], "reviews": [{"mentor": "Ada", "notes": {"1": "on b"}}],
           "debrief": {"granted": [1]}}
    case = Case.model_validate(old)
    assert [r.id for r in case.reasons] == [0, 1]
    assert case.reviews[0].notes == {1: "on b"} and case.debrief is not None and case.debrief.granted == [1]


def test_two_reasons_with_one_id_are_refused() -> None:
    with pytest.raises(ValidationError, match="share one id"):
        Case.model_validate({"reasons": [{"label": "a", "id": 3}, {"label": "b", "id": 3}]})


def test_a_question_is_named_by_its_text_and_noted_once() -> None:
    case = edits.add_surprise(edits.add_surprise(Case(), "Why us?"), "Why now?")
    with pytest.raises(EditRefused, match="already"):
        edits.add_surprise(case, "  Why us? ")
    once = edits.remove_surprise(case, "Why us?")
    assert once.debrief is not None and once.debrief.surprises == ["Why now?"]
    with pytest.raises(EditRefused):  # a second click on the removed question
        edits.remove_surprise(once, "Why us?")


@pytest.mark.parametrize("again", ["Night shifts", "night shifts", "  NIGHT   shifts ", "Night\tShifts"])
def test_the_same_reason_is_refused_a_second_time_whatever_its_case_or_spaces(again: str) -> None:
    case = edits.add_reason(Case(), "Night shifts")
    with pytest.raises(EditRefused, match="already in your list"):
        edits.add_reason(case, again)
    assert len(edits.add_reason(case, "Night shifts, weekends too").reasons) == 2
