"""The weighted pros-and-cons chart, the comparison chart and their text equivalent."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from hypothesis import given, settings

from advisor.article.factors import FACTOR_BY_ID, FACTOR_IDS, FACTORS, Side
from advisor.case.debrief import Debrief
from advisor.case.examples import example_case
from advisor.case.models import Case, Job
from advisor.case.pros import Pro
from advisor.documents.charts import (
    LABEL_LINES,
    LABEL_WIDTH,
    LINE_PX,
    balance_chart,
    chart_in_words,
    comparison_chart,
    label,
    options_chart,
    options_summary,
    ranking_chart,
    trend_chart,
)
from advisor.documents.palette import CON_COLOUR, PRO_COLOUR
from advisor.escaping import Where, shown
from advisor.judgement.in_words import lean_words
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import Assessment, evaluate
from advisor.sharing.journal import ranked_table, trend
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


# An own pro as long as the field allows, with markup and an entity near where a line breaks.
LONG = "Working with the <b>friendliest</b> team in town & a café a two-minute walk from the door"[:80]
LONG_NAME = "Ada Lovelace-Byron, Countess of Lovelace & friend of Babbage"
UNBROKEN = "&" * 100


def _visible(text: str) -> list[str]:
    """A label's lines as plotly shows them: entities read as the characters they stand for."""
    return [line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for line in text.split("<br>")]


def _fits(text: str) -> None:
    lines = _visible(text)
    assert 1 <= len(lines) <= LABEL_LINES and all(len(line) <= LABEL_WIDTH for line in lines), lines
    assert "<" not in text.replace("<br>", ""), text  # the person's markup is never read as markup


@pytest.mark.parametrize("text", [LONG, LONG_NAME, UNBROKEN, "Income", "", "x" * 24, "a " * 60])
def test_a_label_is_at_most_three_short_lines_and_cut_with_an_ellipsis(text: str) -> None:
    drawn = label(text)
    _fits(drawn)
    if len(text) <= LABEL_WIDTH:
        assert drawn == shown(text, Where.CHART)
    # what is drawn is the text's beginning (all of it, or cut with "…"), line breaks aside
    drawn_chars, text_chars = "".join(_visible(drawn)).replace(" ", ""), text.replace(" ", "")
    assert drawn_chars == text_chars or (drawn_chars.endswith("…") and text_chars.startswith(drawn_chars[:-1]))
    # a break never splits an entity: every "&" plotly reads starts a whole one
    assert all(part.startswith(("amp;", "lt;", "gt;")) for part in drawn.split("&")[1:]), drawn


def test_a_label_of_one_line_is_cut_to_one_line() -> None:
    drawn = label(LONG_NAME, lines=1)
    assert "<br>" not in drawn and drawn.endswith("…") and len(_visible(drawn)[0]) <= LABEL_WIDTH


def _long_case() -> Case:
    """The example with three own pros too long for one line, one of them as long as allowed."""
    pros = [Pro(id=0, label=LONG, weight=9), Pro(id=1, label=LONG[:60] + " again", weight=6),
            Pro(id=2, label="Short one", weight=3)]
    return example_case().model_copy(update={"pros": pros})


def _axis_labels(figure: go.Figure, axis: str = "yaxis") -> dict[str, str]:
    layout = figure.layout[axis]
    return dict(zip(layout.tickvals, layout.ticktext, strict=True))


def _rows_fit(figure: go.Figure, labels: list[str], margins: int) -> None:
    """Plotly spaces categories evenly: each gets the room of the tallest label's lines."""
    rows = len(labels)
    most = max(text.count("<br>") + 1 for text in labels)
    assert (figure.layout.height - margins) / rows >= LINE_PX * most, (figure.layout.height, rows, most)


@pytest.mark.parametrize("chart", ["balance", "comparison"])
def test_long_own_pros_are_shortened_in_the_chart_and_whole_in_its_words_and_hover(chart: str) -> None:
    owner = evaluate(_long_case(), flip=False)
    figure = balance_chart(owner) if chart == "balance" else comparison_chart(owner, [(LONG_NAME, owner)])
    labels = _axis_labels(figure)
    assert shown(LONG, Where.CHART) in labels  # the bar's category: the whole text, for its hover
    assert all("%{y}" in trace.hovertemplate for trace in figure.data)
    for text in labels.values():
        _fits(text)
    assert labels[shown(LONG, Where.CHART)].endswith("…")
    assert _visible(labels[shown(LONG, Where.CHART)])[0] == "Working with the"
    _rows_fit(figure, list(labels.values()), 110 if chart == "balance" else 70)
    words = chart_in_words(owner)
    assert LONG in words and LONG[:60] + " again" in words


def test_a_long_mentor_name_is_one_short_line_in_the_legend_and_whole_in_the_hover() -> None:
    owner = evaluate(example_case(), flip=False)
    figure = comparison_chart(owner, [(LONG_NAME, owner)])
    mentor = figure.data[1]
    name = mentor.name.split(" (balance")[0]
    _fits(name)
    assert "<br>" not in name and name.endswith("…")
    assert mentor.customdata[0][0] == shown(LONG_NAME, Where.CHART) and "%{customdata[0]}" in mentor.hovertemplate


def _journal() -> list[Case]:
    job = Job(title="Senior assistant to the deputy regional manager of customer experience",
              company="A & B <Holdings>")
    return [example_case().model_copy(update={"job": job, "debrief": Debrief(readiness=7, stress=3)}),
            example_case().model_copy(update={"debrief": Debrief(readiness=5, stress=6)})]


def test_the_journals_charts_shorten_long_job_titles_and_keep_them_whole_in_hover() -> None:
    cases = _journal()
    whole = shown(f"{cases[0].job.title} ({cases[0].job.company})", Where.CHART)
    ranking = ranking_chart(ranked_table(cases))
    labels = _axis_labels(ranking)
    assert whole in labels and "%{y}" in ranking.data[0].hovertemplate
    for text in labels.values():
        _fits(text)
    _rows_fit(ranking, list(labels.values()), 120)
    over_time = trend_chart(trend(cases))
    labels = _axis_labels(over_time, "xaxis")
    assert shown(cases[0].job.title, Where.CHART) in labels
    assert all("%{x}" in trace.hovertemplate for trace in over_time.data)
    for text in labels.values():
        _fits(text)


def test_the_options_chart_labels_fit_and_the_summary_names_every_option_whole() -> None:
    options = evaluate_options(example_case())
    figure = options_chart(options)
    labels = _axis_labels(figure)
    for text in labels.values():
        _fits(text)
    _rows_fit(figure, list(labels.values()), 120)
    assert all(o.title in options_summary(options) for o in options)
