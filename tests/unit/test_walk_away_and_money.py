"""Walk-away lines with the asks, and money with the currency the person chose."""

from __future__ import annotations

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.money import Currency, money
from advisor.documents.plan import asks_in_order, cost_reminder, walk_away_line
from advisor.documents.report import to_markdown
from advisor.editing import edits
from advisor.sharing.codec import decode, encode


def _with_line() -> tuple[Case, int]:
    case = example_case()
    night = case.reasons[0]
    return edits.set_reason(case, night.id, "walk_away", "Nights at most twice a week"), night.id


def test_an_ask_carries_its_walk_away_line_into_the_plan_the_report_and_the_link() -> None:
    case, night = _with_line()
    first = asks_in_order(case)[0]
    assert first.id == night
    assert walk_away_line(first) == "If they can't offer at least “Nights at most twice a week”, withdraw politely."
    assert "If they can't offer at least “Nights at most twice a week”, withdraw politely." in to_markdown(case)
    assert decode(encode(case)).reasons[0].walk_away == "Nights at most twice a week"
    assert walk_away_line(example_case().reasons[1]) is None


def test_money_is_never_a_bare_number() -> None:
    assert money(1200, Currency.EUR) == "1,200 EUR"
    assert money(12, Currency.NONE) == "12 (in your currency)"
    case = edits.set_job(example_case(), "currency", Currency.GBP)
    assert "costs 12 GBP, 20 % of what you can spare" in cost_reminder(case)
    assert "costs 12 (in your currency)" in cost_reminder(example_case())
