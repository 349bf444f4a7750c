"""Money as a person reads it: an amount with the currency they chose, never a bare number."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Currency(StrEnum):
    """The money a person counts in: amounts are shown with it, never as bare numbers."""

    NONE = ""
    EUR = "EUR"
    USD = "USD"
    GBP = "GBP"
    CHF = "CHF"
    CAD = "CAD"
    AUD = "AUD"
    INR = "INR"
    JPY = "JPY"
    SEK = "SEK"
    PLN = "PLN"


CURRENCY_LABELS: Mapping[Currency, str] = MappingProxyType({
    Currency.NONE: "Choose your currency", Currency.EUR: "Euro (EUR)", Currency.USD: "US dollar (USD)",
    Currency.GBP: "Pound sterling (GBP)", Currency.CHF: "Swiss franc (CHF)", Currency.CAD: "Canadian dollar (CAD)",
    Currency.AUD: "Australian dollar (AUD)", Currency.INR: "Indian rupee (INR)", Currency.JPY: "Japanese yen (JPY)",
    Currency.SEK: "Swedish krona (SEK)", Currency.PLN: "Polish złoty (PLN)",
})


def money(amount: int, currency: Currency) -> str:
    """An amount with its currency code ("12 EUR"), or the bare amount when no currency was chosen:
    it is the person's own number, in the money they count in."""
    return f"{amount:,} {currency.value}" if currency is not Currency.NONE else f"{amount:,}"
