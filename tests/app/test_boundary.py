"""The error boundary: a failing page apologises, keeps the case and shows no internals."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.examples import example_case
from advisor.models import Case
from tests.app.conftest import CASE_KEY, ROOT, TIMEOUT, answers


def test_a_failing_page_shows_an_apology_and_keeps_the_case() -> None:
    at = AppTest.from_file(ROOT / "tests" / "browser" / "apps" / "failing_app.py", default_timeout=TIMEOUT)
    at.session_state[CASE_KEY] = example_case()
    at.run()
    assert not at.exception
    assert any("something went wrong" in e.value for e in at.error)
    text = " ".join(str(getattr(el, "value", "")) for el in at.main)
    assert "secret internals" not in text and "Traceback" not in text
    assert at.session_state[CASE_KEY] == example_case()
    at.button(key="app_rescue_restart").click().run()
    assert answers(at.session_state[CASE_KEY]) == answers(Case())
