"""Money with the currency the person chose, or as their own bare number: never a made-up unit."""

from __future__ import annotations

from advisor.case.examples import example_case
from advisor.case.money import Currency, money
from advisor.documents.plan import cost_reminder
from advisor.editing import edits


def test_money_shows_the_chosen_currency_or_none() -> None:
    assert money(1200, Currency.EUR) == "1,200 EUR"
    assert money(12, Currency.NONE) == "12"
    case = edits.set_job(example_case(), "currency", Currency.GBP)
    assert "costs 12 GBP (20 % of what you can spare)" in cost_reminder(case)
    assert "costs 12 (20 % of what you can spare)" in cost_reminder(example_case())
