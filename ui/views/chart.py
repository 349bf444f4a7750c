"""How charts are drawn on every page: one plotly configuration, and the balance with its text equivalent."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import plotly.graph_objects as go
import streamlit as st

from advisor.documents.charts import balance_chart, chart_in_words, options_chart, options_summary
from advisor.escaping import shown
from advisor.judgement.in_words import lean_words
from advisor.judgement.options import Option
from advisor.judgement.scoring import Assessment

# A container whose key starts with this stays at the top of the screen while the page scrolls:
# the page's one stylesheet (the storage bridge's constant CSS, drawn on every page) says so.
IN_SIGHT = "in_sight_"
_CONFIG: Mapping[str, bool] = MappingProxyType({"displayModeBar": False, "responsive": True})


def show_figure(figure: go.Figure, key: str) -> None:
    """Every chart without plotly's toolbar, which adds nothing here but clutter."""
    st.plotly_chart(figure, key=key, config=dict(_CONFIG))


def show_balance(assessment: Assessment, key: str) -> None:
    """The balance and its text equivalent, which names the person's own pros as they typed them."""
    show_figure(balance_chart(assessment), key)
    st.caption(shown(f"Chart in words: {chart_in_words(assessment)}"))


def show_options(options: list[Option], key: str) -> None:
    show_figure(options_chart(options), key)
    st.caption(shown(f"Chart in words: {options_summary(options)}"))


def show_balance_in_sight(assessment: Assessment, key: str) -> None:
    """The balance in a line and a bar that stay on screen while sliders move: on a phone the
    chart is ten sliders further down. Only numbers and our own words, never the person's text.

    Put it first in the column of sliders: it stays at the top of the screen as long as that
    column is on it. Drawn under the widget key ``in_sight_{key}``.
    """
    balance = assessment.balance
    with st.container(key=f"{IN_SIGHT}{key}"):
        st.progress((balance + 1) / 2, text=f"Balance **{balance:+.2f}**: {lean_words(balance)} (half full is even)")
