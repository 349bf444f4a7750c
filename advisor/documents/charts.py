"""The weighted pros-and-cons chart, and the same facts as text for screen readers."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from advisor.article.factors import Factor
from advisor.documents.palette import CON_COLOUR, PRO_COLOUR
from advisor.escaping import Where, shown
from advisor.judgement.in_words import lean_words
from advisor.judgement.options import Option
from advisor.judgement.scoring import Assessment, Contribution

LABEL_WIDTH = 24  # characters per line of a label
LABEL_LINES = 3  # lines at most; a longer label is cut with "…" (the chart's words hold it whole)
LINE_PX = 16  # plotly's 12-px tick font at its 1.3 line spacing, rounded up
X_TITLE = "← against going · for going →"


def _ordered(assessment: Assessment) -> list[Contribution]:
    """Largest at the top: plotly draws the first bar at the bottom."""
    return sorted(assessment.contributions, key=lambda c: abs(c.value))


def _figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> go.Figure:
    """A figure from plain dicts, unvalidated and without plotly's default template.

    Validation and the 7 KB default template cost ~6 ms and most of the message on every
    slider move; Streamlit applies its own theme in the browser, and the tests check the
    figure's content instead.
    """
    return go.Figure({"data": data, "layout": {**layout, "template": {}}}, _validate=False)


def label(text: str, lines: int = LABEL_LINES) -> str:
    """Text as a chart label that never runs into its neighbours: broken between words into lines
    of at most LABEL_WIDTH characters, at most ``lines`` of them, the last cut with "…".

    The text is broken first and each line escaped after, so a break never splits an entity
    (``&amp;``) and the only ``<br>`` plotly reads is the one put between lines here. Whatever
    is cut stays whole in hover text and in the chart's words.
    """
    parts = textwrap.wrap(text, LABEL_WIDTH) or [""]
    if len(parts) > lines:
        last = parts[lines - 1][: LABEL_WIDTH - 1]
        cut = last.rsplit(" ", 1)[0] if " " in last else last
        parts = [*parts[: lines - 1], cut.rstrip(" ,;:.-") + "…"]
    return "<br>".join(shown(part, Where.CHART) for part in parts)


def _row_px(labels: Sequence[str], least: int) -> int:
    """The height each category needs: evenly spaced by plotly, so the tallest label decides."""
    most = max((text.count("<br>") + 1 for text in labels), default=1)
    return max(least, LINE_PX * most + 8)


def _titles(factors: Sequence[Factor]) -> list[str]:
    """The bars' names as plotly draws them: an own pro's title is the person's text, whose
    ``<a href>`` or ``<b>`` plotly would otherwise draw as a link or bold."""
    return [shown(f.title, Where.CHART) for f in factors]


def _category_axis(values: Sequence[str], texts: Sequence[str]) -> dict[str, Any]:
    """An axis whose categories keep the whole (escaped) text, for hover, while the tick text is
    the broken and shortened label: long labels neither overprint each other nor take the width
    the bars need in a narrow column (a phone, a laptop with the sidebar open)."""
    return {"automargin": True, "tickmode": "array", "tickvals": list(values), "ticktext": list(texts)}


def balance_chart(assessment: Assessment) -> go.Figure:
    """Diverging bars: each factor's ± strength × weight, pros right, cons left; as tall as its
    labels need, so an own pro of three lines has the room of three lines."""
    bars = _ordered(assessment)
    limit = max([abs(c.value) for c in bars] + [1.0]) * 1.1
    titles = _titles([c.factor for c in bars])
    texts = [label(c.factor.title) for c in bars]
    bar = {
        "type": "bar",
        "orientation": "h",
        "x": [round(c.value, 2) for c in bars],
        "y": titles,
        "marker": {"color": [PRO_COLOUR if c.factor.side == "pro" else CON_COLOUR for c in bars]},
        "customdata": [[round(c.strength, 2), c.weight, str(c.factor.side)] for c in bars],
        "hovertemplate": "<b>%{y}</b> (%{customdata[2]})<br>strength %{customdata[0]} × weight "
                         "%{customdata[1]} = %{x}<extra></extra>",
    }
    layout = {
        # two short lines: a plot title never wraps, and one long line is cut off in a narrow column
        "title": {"text": f"Balance {assessment.balance:+.2f}<br>{lean_words(assessment.balance)}"},
        "height": 110 + len(bars) * _row_px(texts, 37),
        "margin": {"l": 10, "r": 10, "t": 70, "b": 40},
        "xaxis": {"range": [-limit, limit], "zeroline": True, "zerolinewidth": 2, "zerolinecolor": "#444",
                  "title": {"text": X_TITLE}},
        "yaxis": _category_axis(titles, texts),
        "showlegend": False,
        "bargap": 0.25,
    }
    return _figure([bar], layout)


def comparison_chart(owner: Assessment, others: Sequence[tuple[str, Assessment]]) -> go.Figure:
    """The owner's contributions beside each mentor's, factor by factor. A mentor's name is one
    short line in the legend and whole in the hover text."""
    order = [c.factor for c in sorted(owner.contributions, key=lambda c: abs(c.value))]
    titles = _titles(order)
    texts = [label(f.title) for f in order]
    figure = go.Figure()
    palette = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000")
    series = [("You", owner), *others]
    for index, (name, assessment) in enumerate(series):
        by_id = {c.factor.id: c for c in assessment.contributions}
        figure.add_bar(
            x=[round(by_id[f.id].value, 2) for f in order],
            y=titles,
            orientation="h",
            name=f"{label(name, lines=1)} (balance {assessment.balance:+.2f})",
            marker_color=palette[index % len(palette)],
            customdata=[[shown(name, Where.CHART)]] * len(order),
            hovertemplate="<b>%{y}</b><br>%{customdata[0]}: %{x}<extra></extra>",
        )
    # The legend sits above the bars: below them it ran into the axis title on a phone (390 px),
    # where the names wrap onto several rows; plotly widens the top margin to fit it.
    figure.update_layout(barmode="group", height=70 + len(order) * _row_px(texts, 39),
                         margin={"l": 10, "r": 10, "t": 30, "b": 40},
                         legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left"},
                         yaxis=_category_axis(titles, texts),
                         xaxis={"title": {"text": X_TITLE}})
    return figure


def chart_in_words(assessment: Assessment) -> str:
    """The chart in words: the balance (and, for a near tie that is a skip, the balance that
    decides it) and every bar, largest first."""
    bars = list(reversed(_ordered(assessment)))
    parts = [f"Balance {assessment.balance:+.2f}, {lean_words(assessment.balance)}."]
    if (deciding := assessment.deciding) is not None:
        parts.append(f"Without what only the job gives: {deciding:+.2f}, {lean_words(deciding)}; that makes it a skip.")
    pros = [c for c in bars if c.value > 0]
    cons = [c for c in bars if c.value < 0]
    if pros:
        parts.append("For going: " + "; ".join(
            f"{c.factor.title} {c.value:+.1f}" for c in pros) + ".")
    if cons:
        parts.append("Against: " + "; ".join(
            f"{c.factor.title} {c.value:+.1f}" for c in cons) + ".")
    if not pros and not cons:
        parts.append("No factor weighs anything yet.")
    return " ".join(parts)


def ranking_chart(table: pd.DataFrame) -> go.Figure:
    """The journal's invitations by balance, best at the top (a table from journal.ranked_table)."""
    rows = table.iloc[::-1]
    names = [f"{job} ({company})" if company else job
             for job, company in zip(rows["Job"], rows["Company"], strict=True)]
    values, texts = [shown(name, Where.CHART) for name in names], [label(name) for name in names]
    figure = go.Figure(go.Bar(
        x=list(rows["Balance"]), y=values, orientation="h",
        marker_color=[PRO_COLOUR if b >= 0 else CON_COLOUR for b in rows["Balance"]],
        customdata=[[shown(v, Where.CHART), shown(d, Where.CHART)]
                    for v, d in zip(rows["Verdict"], rows["Decision"], strict=True)],
        hovertemplate="<b>%{y}</b><br>balance %{x:+.2f}<br>%{customdata[0]} · %{customdata[1]}<extra></extra>",
    ))
    figure.update_layout(height=120 + _row_px(texts, 40) * len(rows), margin={"l": 10, "r": 10, "t": 10, "b": 40},
                         xaxis={"range": [-1, 1], "title": {"text": "balance"}}, yaxis=_category_axis(values, texts))
    return figure


def trend_chart(frame: pd.DataFrame) -> go.Figure:
    """Readiness and stress across debriefed interviews (a table from journal.trend)."""
    names = [str(name) for name in frame["Interview"]]
    values = [shown(name, Where.CHART) for name in names]
    figure = go.Figure()
    for column, colour in (("Readiness", PRO_COLOUR), ("Stress", CON_COLOUR)):
        figure.add_scatter(x=values, y=list(frame[column]), name=column, mode="lines+markers",
                           line={"color": colour}, hovertemplate="<b>%{x}</b><br>" + column + " %{y}<extra></extra>")
    figure.update_layout(height=320, margin={"l": 10, "r": 10, "t": 10, "b": 40},
                         xaxis=_category_axis(values, [label(name) for name in names]),
                         yaxis={"range": [0, 10.5], "title": {"text": "out of 10"}}, legend={"orientation": "h"})
    return figure


def options_chart(options: Sequence[Option]) -> go.Figure:
    """Every option's balance, best at the top, on the verdict's scale from −1 to +1."""
    rows = list(reversed(options))
    values, texts = [shown(o.title, Where.CHART) for o in rows], [label(o.title) for o in rows]
    figure = go.Figure(go.Bar(
        x=[round(o.balance, 2) for o in rows], y=values, orientation="h",
        marker_color=[PRO_COLOUR if o.balance >= 0 else CON_COLOUR for o in rows],
        customdata=[[o.verdict] for o in rows],
        hovertemplate="<b>%{y}</b><br>balance %{x:+.2f} · %{customdata[0]}<extra></extra>",
    ))
    figure.update_layout(height=120 + _row_px(texts, 48) * len(rows), margin={"l": 10, "r": 10, "t": 10, "b": 40},
                         xaxis={"range": [-1, 1], "title": {"text": X_TITLE}},
                         yaxis=_category_axis(values, texts))
    return figure


def options_summary(options: Sequence[Option]) -> str:
    """The options chart in words, best first."""
    return "; ".join(f"{o.title}: {o.verdict.lower()} ({o.balance:+.2f})" for o in options) + "."
