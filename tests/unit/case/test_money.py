"""Money with the currency the person chose, never a bare number."""

from __future__ import annotations

from advisor.case.examples import example_case
from advisor.case.money import Currency, money
from advisor.documents.plan import cost_reminder
from advisor.editing import edits


def test_money_is_never_a_bare_number() -> None:
    assert money(1200, Currency.EUR) == "1,200 EUR"
    assert money(12, Currency.NONE) == "12 (in your currency)"
    case = edits.set_job(example_case(), "currency", Currency.GBP)
    assert "costs 12 GBP, 20 % of what you can spare" in cost_reminder(case)
    assert "costs 12 (in your currency)" in cost_reminder(example_case())
