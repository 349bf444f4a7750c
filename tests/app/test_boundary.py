"""The error boundary: a failing page apologises, keeps the case and shows no internals."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.examples import example_case
from advisor.models import Case


def _failing_page() -> None:
    from ui import state
    from ui.boundary import run_safely

    state.init()

    def page() -> None:
        raise RuntimeError("secret internals: /etc/passwd")

    run_safely(page)


def test_a_failing_page_shows_an_apology_and_keeps_the_case() -> None:
    at = AppTest.from_function(_failing_page, default_timeout=30)
    at.session_state["app_case"] = example_case()
    at.run()
    assert not at.exception
    assert any("something went wrong" in e.value for e in at.error)
    text = " ".join(str(getattr(el, "value", "")) for el in at.main)
    assert "secret internals" not in text and "Traceback" not in text
    assert at.session_state["app_case"] == example_case()
    at.button(key="app_rescue_restart").click().run()
    assert at.session_state["app_case"] == Case()
