"""The balance chart with its text equivalent, drawn the same way on every page."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import streamlit as st

from advisor.charts import balance_chart, summary
from advisor.scoring import Assessment

_CONFIG: Mapping[str, bool] = MappingProxyType({"displayModeBar": False, "responsive": True})


def show_balance(assessment: Assessment, key: str) -> None:
    st.plotly_chart(balance_chart(assessment), key=key, config=dict(_CONFIG))
    st.caption(f"Chart in words: {summary(assessment)}")
