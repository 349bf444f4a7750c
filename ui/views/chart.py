"""How charts are drawn on every page: one plotly configuration, and the balance with its text equivalent."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import plotly.graph_objects as go
import streamlit as st

from advisor.documents.charts import balance_chart, chart_in_words, options_chart, options_summary
from advisor.escaping import shown
from advisor.judgement.options import Option
from advisor.judgement.scoring import Assessment

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
