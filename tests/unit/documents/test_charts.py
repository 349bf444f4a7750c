"""The weighted pros-and-cons chart, the comparison chart and their text equivalent."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from hypothesis import given, settings

from advisor.article.factors import FACTOR_BY_ID, FACTOR_IDS, FACTORS, Side
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.pros import Pro
from advisor.documents.charts import LABEL_WIDTH, balance_chart, chart_in_words, comparison_chart
from advisor.documents.palette import CON_COLOUR, PRO_COLOUR
from advisor.escaping import Where, shown
from advisor.judgement.in_words import lean_words
from advisor.judgement.scoring import Assessment, evaluate
from tests.unit.strategies import cases

TITLE_TO_FACTOR = {f.title: f for f in FACTORS}


def bars(figure: go.Figure) -> list[tuple[str, float, str]]:
    """(factor title, x, colour) for each bar of the single trace."""
    [trace] = figure.data
    colours = trace.marker.color
    return list(zip(trace.y, trace.x, colours, strict=True))


def check_balance_chart(assessment: Assessment) -> None:
    figure = balance_chart(assessment)
    assert isinstance(figure, go.Figure)
    assert len(figure.data) == 1
    assert figure.data[0].type == "bar" and figure.data[0].orientation == "h"
    drawn = bars(figure)
    assert len(drawn) == 10
    assert {title for title, _, _ in drawn} == set(TITLE_TO_FACTOR)
    by_id = {c.factor.id: c for c in assessment.contributions}
    for title, x, colour in drawn:
        factor = TITLE_TO_FACTOR[title]
        if factor.side is Side.PRO:
            assert x >= 0, (title, x)
            assert colour == PRO_COLOUR
        else:
            assert x <= 0, (title, x)
            assert colour == CON_COLOUR
        assert abs(x - by_id[factor.id].value) <= 0.005 + 1e-9
    text = figure.layout.title.text
    assert f"{assessment.balance:+.2f}" in text
    assert "Balance" in text and lean_words(assessment.balance) in text


def test_balance_chart_of_the_example() -> None:
    assessment = evaluate(example_case())
    check_balance_chart(assessment)
    drawn = bars(balance_chart(assessment))
    assert all(x > 0 for title, x, _ in drawn if TITLE_TO_FACTOR[title].side is Side.PRO)
    assert all(x < 0 for title, x, _ in drawn if TITLE_TO_FACTOR[title].side is Side.CON)
    # the largest bar is drawn last (at the top)
    assert abs(drawn[-1][1]) == max(abs(x) for _, x, _ in drawn)


def test_sides_have_different_colours() -> None:
    assert PRO_COLOUR != CON_COLOUR
    colours = {colour for _, _, colour in bars(balance_chart(evaluate(example_case())))}
    assert colours == {PRO_COLOUR, CON_COLOUR}


@settings(max_examples=40, deadline=None)
@given(cases())
def test_balance_chart_of_any_case(case: Case) -> None:
    check_balance_chart(evaluate(case))


def test_axis_is_symmetric_around_zero() -> None:
    figure = balance_chart(evaluate(example_case()))
    low, high = figure.layout.xaxis.range
    assert low == -high and high > 0


def test_summary_of_the_example_mentions_every_factor() -> None:
    assessment = evaluate(example_case())
    text = chart_in_words(assessment)
    assert text.startswith(f"Balance {assessment.balance:+.2f}")
    for factor in FACTORS:
        assert factor.title in text, factor.title
    assert "For going:" in text and "Against:" in text


@settings(max_examples=150, deadline=None)
@given(cases())
def test_summary_mentions_every_nonzero_factor(case: Case) -> None:
    assessment = evaluate(case)
    text = chart_in_words(assessment)
    assert lean_words(assessment.balance) in text
    for contribution in assessment.contributions:
        if contribution.value != 0:
            assert contribution.factor.title in text, contribution.factor.title


def test_summary_with_nothing_weighed() -> None:
    case = Case.model_validate({"weights": dict.fromkeys(FACTOR_IDS, 0)})
    text = chart_in_words(evaluate(case))
    assert "No factor weighs anything yet." in text
    assert "about even" in text


@pytest.mark.parametrize("mentors", [0, 1, 2, 5, 7])
def test_comparison_chart_has_one_trace_per_series(mentors: int) -> None:
    owner = evaluate(example_case())
    others = []
    for index in range(mentors):
        weights = {f: (index + i) % 11 for i, f in enumerate(FACTOR_IDS)}
        others.append((f"Mentor {index}", evaluate(example_case().model_copy(update={"weights": weights}))))
    figure = comparison_chart(owner, others)
    assert isinstance(figure, go.Figure)
    assert len(figure.data) == 1 + mentors
    names = [trace.name for trace in figure.data]
    assert names[0].startswith("You")
    for (name, assessment), trace_name in zip(others, names[1:], strict=True):
        assert trace_name.startswith(name) and f"{assessment.balance:+.2f}" in trace_name
    for trace in figure.data:
        assert len(trace.x) == len(trace.y) == 10
    # each series shows its own contributions, in the owner's order
    for (_, assessment), trace in zip([("You", owner), *others], figure.data, strict=True):
        by_title = {FACTOR_BY_ID[c.factor.id].title: c.value for c in assessment.contributions}
        for title, x in zip(trace.y, trace.x, strict=True):
            assert abs(x - by_title[title]) <= 0.005 + 1e-9
    assert figure.layout.barmode == "group"


def _label_lines(axis: go.layout.YAxis) -> dict[str, list[str]]:
    """Each category on the axis with the lines its label is drawn in."""
    return {value: text.split("<br>") for value, text in zip(axis.tickvals, axis.ticktext, strict=True)}


@pytest.mark.parametrize("chart", ["balance", "comparison"])
def test_factor_labels_break_into_short_lines_and_keep_every_word(chart: str) -> None:
    """A narrow column (a laptop with the sidebar open) must leave the bars room."""
    owner = evaluate(example_case())
    figure = balance_chart(owner) if chart == "balance" else comparison_chart(owner, [("Sam", owner)])
    lines = _label_lines(figure.layout.yaxis)
    assert set(lines) == set(TITLE_TO_FACTOR) == {y for trace in figure.data for y in trace.y}
    assert any(len(parts) > 1 for parts in lines.values()), "no long label was broken"
    for title, parts in lines.items():
        assert all(len(part) <= LABEL_WIDTH for part in parts), parts
        assert " ".join(parts) == title


@settings(max_examples=40, deadline=None)
@given(cases())
def test_the_chart_title_is_two_short_lines(case: Case) -> None:
    """A plotly title never wraps: one long line is cut off in a narrow column."""
    lines = balance_chart(evaluate(case)).layout.title.text.split("<br>")
    assert len(lines) == 2 and all(len(line) <= 30 for line in lines), lines


def test_the_comparison_legend_sits_above_the_bars_so_it_never_covers_the_axis_text() -> None:
    owner = evaluate(example_case(), flip=False)
    figure = comparison_chart(owner, [("Ada", owner), ("Sam", owner)])
    legend = figure.layout.legend
    assert legend.orientation == "h"
    assert legend.y is not None and legend.y >= 1 and legend.yanchor == "bottom"


@pytest.mark.parametrize("chart", ["balance", "comparison"])
def test_an_own_pros_markup_is_drawn_as_typed(chart: str) -> None:
    """An own pro names a bar: plotly would draw its ``<a href>`` as a link and ``<b>`` as bold."""
    label = '<a href="http://evil.example">Sign in</a> <b>bold</b> &amp;'
    owner = evaluate(Case(pros=[Pro(id=0, label=label, weight=9)]), flip=False)
    figure = balance_chart(owner) if chart == "balance" else comparison_chart(owner, [("Sam", owner)])
    drawn = [*figure.layout.yaxis.ticktext, *(y for trace in figure.data for y in trace.y)]
    assert shown(label, Where.CHART) in figure.layout.yaxis.tickvals
    mentions = [text for text in drawn if "Sign" in text]
    assert mentions and not [text for text in mentions if "<a" in text or "<b>" in text], drawn
