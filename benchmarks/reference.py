"""The reference: the barest app shaped like ours, written into a temporary directory.

An entry file with ``st.set_page_config(layout="wide")`` and ``st.navigation([...]).run()``,
a home page with one slider and a non-root page ``/chart`` with a slider (key ``ref_slider``)
and a ten-bar horizontal plotly bar chart that follows it. Same Streamlit, same config.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = "reference_app.py"
CHART_PAGE = "chart_page.py"
CHART_URL = "chart"
SLIDER_KEY = "ref_slider"

_ENTRY_CODE = f'''\
import streamlit as st

st.set_page_config(layout="wide")
st.navigation([
    st.Page("home_page.py", title="Home", default=True),
    st.Page("{CHART_PAGE}", title="Chart", url_path="{CHART_URL}"),
]).run()
'''

_HOME_CODE = '''\
import streamlit as st

st.title("Home")
st.slider("A value", 0, 10, 5, key="home_slider")
'''

_CHART_CODE = f'''\
import plotly.graph_objects as go
import streamlit as st

st.title("Chart")
value = st.slider("A value", 0, 10, 5, key="{SLIDER_KEY}")
labels = [f"Bar {{i + 1}}" for i in range(10)]
bars = [round((i + 1) * value / 10 - 2.5, 2) for i in range(10)]
figure = go.Figure(go.Bar(x=bars, y=labels, orientation="h"))
st.plotly_chart(figure, key="ref_chart")
'''


def write_reference(directory: Path) -> Path:
    """Write the reference app and a copy of our config into ``directory``; return the entry."""
    (directory / ".streamlit").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / ".streamlit" / "config.toml", directory / ".streamlit" / "config.toml")
    (directory / "home_page.py").write_text(_HOME_CODE)
    (directory / CHART_PAGE).write_text(_CHART_CODE)
    entry = directory / ENTRY
    entry.write_text(_ENTRY_CODE)
    return entry
