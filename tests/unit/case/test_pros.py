"""The good in the person's own words: counted for going, beside the article's arguments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.report import to_markdown
from advisor.editing import edits
from advisor.errors import EditRefused
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import evaluate
from advisor.sharing.codec import decode, encode
from tests.unit.strategies import cases


def test_an_own_pro_counts_in_full_for_going_and_shows_beside_the_factors() -> None:
    case = edits.add_pro(example_case(), "The team seemed friendly")
    (pro,) = case.pros
    before, after = evaluate(example_case(), flip=False), evaluate(case, flip=False)
    assert after.balance > before.balance
    assert after.pros == pytest.approx(before.pros + pro.weight)
    assert [c.factor.title for c in after.contributions][-1] == "The team seemed friendly"
    assert "The team seemed friendly +5.0" in to_markdown(case)  # the chart in words, under the numbers


@settings(max_examples=100, deadline=None)
@given(cases(), st.integers(0, 10))
def test_a_heavier_pro_never_lowers_the_balance(case: Case, weight: int) -> None:
    with_pro = edits.add_pro(case.model_copy(update={"pros": []}), "I like it")
    pro_id = with_pro.pros[0].id
    lighter = edits.set_pro_weight(with_pro, pro_id, weight // 2)
    heavier = edits.set_pro_weight(with_pro, pro_id, weight)
    assert evaluate(heavier, flip=False).balance >= evaluate(lighter, flip=False).balance - 1e-9


def test_pros_are_named_by_id_and_travel_in_links() -> None:
    case = edits.add_pro(edits.add_pro(example_case(), "Friendly team"), "Near my home")
    first, second = case.pros
    removed = edits.remove_pro(case, first.id)
    assert [p.label for p in removed.pros] == ["Near my home"]
    with pytest.raises(EditRefused):  # a second click on the removed pro
        edits.remove_pro(removed, first.id)
    assert edits.add_pro(removed, "Good coffee").pros[-1].id == second.id + 1
    assert decode(encode(case)).pros == case.pros


def test_an_empty_pro_is_refused_and_an_option_without_the_job_drops_the_pros() -> None:
    with pytest.raises(EditRefused, match="Write what you like first"):
        edits.add_pro(example_case(), "   ")
    base = edits.remove_reason(example_case(), example_case().reasons[3].id)  # no core: going to negotiate
    liked = edits.set_pro_weight(edits.add_pro(base, "Friendly team"), 0, 10)
    with_pro = {o.id: o.balance for o in evaluate_options(liked)}
    without = {o.id: o.balance for o in evaluate_options(base)}
    assert with_pro["negotiate"] > without["negotiate"]
    assert with_pro["decline"] <= without["decline"]  # declining gives up what you like too
