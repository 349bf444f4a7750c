"""The person sorts a reason themselves (issue 31): their kind stands and the app stops asking."""

from __future__ import annotations

import pytest

from advisor.article.factors import Kind
from advisor.case.examples import example_case
from advisor.editing.edits import add_reason, settle_reason
from advisor.errors import EditRefused


def test_settle_reason_sets_the_kind_and_stops_the_asking() -> None:
    case = add_reason(example_case(), "We're moving to Scotland in the spring")
    new = case.reasons[-1]
    assert not new.settled
    settled = settle_reason(case, new.id, Kind.CORE)
    assert (settled.reasons[-1].kind, settled.reasons[-1].settled) == (Kind.CORE, True)
    assert settled.reasons[:-1] == case.reasons[:-1]


def test_settling_a_reason_that_is_gone_is_refused() -> None:
    with pytest.raises(EditRefused):
        settle_reason(example_case(), 999, Kind.CORE)
