"""The reference: the barest app shaped like ours, written into a temporary directory.

An entry file with ``st.set_page_config(layout="wide")`` and ``st.navigation([...]).run()``,
a home page with one slider and a non-root page ``/chart`` with a slider (key ``ref_slider``)
and a ten-bar horizontal plotly bar chart that follows it. Same Streamlit, same config.

Two variants of it, for comparison only: the same app with our TCP_NODELAY fix
(``ui/server/nodelay.py``), so a first visit of ours can also be held against a bare app that does not
wait on Nagle's algorithm either; and that one again with a home page that draws, by
``?kinds=``, more widgets of more kinds (``LADDER``), which shows what bare Streamlit itself takes
for a page of form widgets like ours.
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


# ?kinds= on the ladder's home page -> what it shows: (label, the widgets drawn, as code).
LADDER: dict[str, tuple[str, str]] = {
    "two": ("20 widgets of 2 kinds (10 sliders, 10 number inputs)", """\
for i in range(10):
    st.slider(f"Value {i}", 0, 10, 5, key=f"s{i}")
for i in range(10):
    st.number_input(f"Number {i}", 0, 100, 3, key=f"n{i}")
"""),
    "three": ("11 widgets of 3 kinds (2 text inputs, 3 number inputs, 6 sliders)", """\
st.text_input("Title", "Call agent", key="t1")
st.text_input("Company", "Acme", key="t2")
for i in range(3):
    st.number_input(f"Number {i}", 0, 100, 3, key=f"n{i}")
for i in range(6):
    st.slider(f"Value {i}", 0, 10, 5, key=f"s{i}")
"""),
    "job": ("The job's 20 widgets of 9 kinds as it drew them before its parts (radio, text inputs, date, "
            "text area, number inputs, checkbox, sliders, select box, button)", """\
st.radio("Gut", ["Yes", "No", "Not sure"], horizontal=True, key="r")
for i in range(4):
    st.text_input(f"Text {i}", "Call agent", key=f"t{i}")
st.date_input("Date", datetime.date(2026, 12, 5), key="d")
st.text_area("Activity", "Answering calls", key="a")
for i in range(5):
    st.number_input(f"Number {i}", 0, 100, 3, key=f"n{i}")
st.checkbox("Early in my career", key="c")
for i in range(6):
    st.slider(f"Value {i}", 0, 10, 5, key=f"s{i}")
st.selectbox("Currency", ["EUR", "USD"], key="b")
st.button("Next", key="go")
"""),
}

_LADDER_HEAD = 'import datetime\n\nimport streamlit as st\n\nst.title("Home")\nkinds = st.query_params.get("kinds")\n'
_LADDER_CODE = _LADDER_HEAD + "".join(
    f"{'if' if index == 0 else 'elif'} kinds == {name!r}:\n" + "".join(f"    {line}\n" for line in code.splitlines())
    for index, (name, (_, code)) in enumerate(LADDER.items())
) + "else:\n    st.slider(\"A value\", 0, 10, 5, key=\"home_slider\")\n"

NODELAY_CODE = f"""\
import sys

sys.path.insert(0, {str(ROOT)!r})
from ui.server import nodelay

nodelay.set_nodelay()
"""


def copy_config(directory: Path) -> None:
    """Our ``.streamlit/config.toml`` in ``directory``, so a bare app there runs as ours does."""
    (directory / ".streamlit").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / ".streamlit" / "config.toml", directory / ".streamlit" / "config.toml")


def write_reference(directory: Path, *, nodelay: bool = False, ladder: bool = False) -> Path:
    """Write the reference app and a copy of our config into ``directory``; return the entry.
    ``nodelay`` adds our TCP_NODELAY fix to its entry, ``ladder`` makes its home page the ladder."""
    copy_config(directory)
    (directory / "home_page.py").write_text(_LADDER_CODE if ladder else _HOME_CODE)
    (directory / CHART_PAGE).write_text(_CHART_CODE)
    entry = directory / ENTRY
    entry.write_text((NODELAY_CODE if nodelay else "") + _ENTRY_CODE)
    return entry
