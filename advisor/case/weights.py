"""A set of weights, one per factor of the article: how much each argument counts."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from advisor.article.factors import DEFAULT_WEIGHTS, FACTOR_IDS, MAX_WEIGHT


def _check_weights(value: dict[str, int]) -> dict[str, int]:
    """Every factor's weight, the missing ones at their defaults. An unknown name is not quoted
    in the refusal: it comes from whoever made the link or file, at any length."""
    if set(value) - set(FACTOR_IDS):
        raise ValueError("it names a factor we do not know")
    for key, weight in value.items():
        if not 0 <= weight <= MAX_WEIGHT:
            raise ValueError(f"the weight of {key} must be between 0 and {MAX_WEIGHT}")
    return {f: value.get(f, DEFAULT_WEIGHTS[f]) for f in FACTOR_IDS}


Weights = Annotated[dict[str, int], AfterValidator(_check_weights)]


def default_weights() -> dict[str, int]:
    return dict(DEFAULT_WEIGHTS)
