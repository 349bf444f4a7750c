"""Step 4, weigh: a slider per factor writes the case's weights; the chart follows."""

from __future__ import annotations

from typing import Any

import pytest

from advisor.article.factors import DEFAULT_WEIGHTS, FACTOR_BY_ID, FACTOR_IDS
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.escaping import shown
from advisor.judgement.in_words import lean_words
from advisor.judgement.scoring import evaluate
from tests.app.conftest import BOTH_CASES, assert_ok, open_page, open_page_alone, plotly_figures, the_case


def bars(figures: list[dict[str, Any]]) -> dict[str, float]:
    """The chart's bars by factor title."""
    (figure,) = figures
    (trace,) = figure["data"]
    return dict(zip(trace["y"], trace["x"], strict=True))


@BOTH_CASES
def test_renders_a_slider_per_factor_and_the_chart(case: Case) -> None:
    at = open_page("weigh", case)
    assert_ok(at)
    assert len(FACTOR_IDS) == 10
    assert [s.key for s in at.slider] == [f"weigh_{f}" for f in FACTOR_IDS]
    assert {s.key: s.value for s in at.slider} == {f"weigh_{f}": case.weights[f] for f in FACTOR_IDS}
    assert {s.label for s in at.slider} == {FACTOR_BY_ID[f].title for f in FACTOR_IDS}
    assert set(bars(plotly_figures(at))) == {FACTOR_BY_ID[f].title for f in FACTOR_IDS}
    assert any(str(c.value).startswith(shown("Chart in words:")) for c in at.caption)  # shown as plain text


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("weigh", example_case())
    assert_ok(at)
    assert len(at.slider) == 10
    assert len(plotly_figures(at)) == 1


@pytest.mark.parametrize("factor_id", FACTOR_IDS)
def test_each_slider_sets_its_weight(factor_id: str) -> None:
    at = open_page("weigh", example_case())
    old = example_case().weights[factor_id]
    new = 0 if old else 10
    at.slider(key=f"weigh_{factor_id}").set_value(new).run()
    assert_ok(at)
    expected = {**example_case().weights, factor_id: new}
    assert the_case(at).weights == expected


def test_the_chart_follows_a_slider() -> None:
    at = open_page("weigh", example_case())
    title = FACTOR_BY_ID["practice"].title
    before = bars(plotly_figures(at))
    at.slider(key="weigh_practice").set_value(10).run()
    after = bars(plotly_figures(at))
    assert after[title] > before[title] > 0
    at.slider(key="weigh_practice").set_value(0).run()
    assert bars(plotly_figures(at))[title] == 0
    # The other bars don't move.
    rest = {k: v for k, v in before.items() if k != title}
    assert {k: v for k, v in bars(plotly_figures(at)).items() if k != title} == rest


def test_weights_survive_a_trip_to_another_page() -> None:
    at = open_page("weigh")
    at.slider(key="weigh_dread").set_value(9).run()
    at.switch_page("pages/about.py").run()
    at.switch_page("pages/weigh.py").run()
    assert_ok(at)
    assert at.slider(key="weigh_dread").value == 9
    assert the_case(at).weights == {**DEFAULT_WEIGHTS, "dread": 9}


def _in_sight(at: Any) -> tuple[int, str]:
    """The balance kept in sight above the sliders: its bar (0-100) and its line."""
    (bar,) = at.get("progress")
    return bar.proto.value, bar.proto.text


def test_the_balance_in_sight_says_the_charts_balance_and_follows_a_slider() -> None:
    """Only numbers and our words: nothing of the person's reaches it."""
    at = open_page("weigh", example_case())
    balance = evaluate(example_case(), flip=False).balance
    value, text = _in_sight(at)
    assert abs(value - (balance + 1) * 50) <= 1 and f"**{balance:+.2f}**" in text and lean_words(balance) in text
    assert f"Balance {balance:+.2f}" in plotly_figures(at)[0]["layout"]["title"]["text"]
    at.slider(key="weigh_dread").set_value(10).run()
    moved = evaluate(the_case(at), flip=False).balance
    assert moved < balance and _in_sight(at)[0] < value and f"**{moved:+.2f}**" in _in_sight(at)[1]
