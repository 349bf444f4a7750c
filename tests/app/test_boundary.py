"""The error boundary: a failing page apologises, keeps the case and shows no internals."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing import edits
from tests.app.conftest import ROOT, TIMEOUT, answers, open_page
from ui import keys


def test_a_failing_page_shows_an_apology_and_keeps_the_case() -> None:
    at = AppTest.from_file(ROOT / "tests" / "browser" / "apps" / "failing_app.py", default_timeout=TIMEOUT)
    at.session_state[keys.CASE] = example_case()
    at.run()
    assert not at.exception
    assert any("something went wrong" in e.value for e in at.error)
    text = " ".join(str(getattr(el, "value", "")) for el in at.main)
    assert "secret internals" not in text and "Traceback" not in text
    assert at.session_state[keys.CASE] == example_case()
    at.button(key="app_rescue_restart").click().run()
    assert answers(at.session_state[keys.CASE]) == answers(Case())


def test_a_failing_callback_apologises_above_the_page_and_changes_nothing(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_: object) -> Case:
        raise RuntimeError(" ".join(["secret", "internals"]))  # not in the source line a traceback shows

    monkeypatch.setattr(edits, "settle_reason", broken)  # what moving a reason calls
    at = open_page("sort", example_case())
    at.button(key="sort_to_core_0").click().run()
    assert not at.exception
    assert any("that change" in e.value for e in at.error)
    assert "secret internals" not in " ".join(str(getattr(el, "value", "")) for el in at.main)
    assert at.session_state[keys.CASE] == example_case()
    assert "sort_to_core_1" in {b.key for b in at.button}  # the page runs on below the apology
    at.run()  # shown once: the next run has no apology
    assert not any("that change" in e.value for e in at.error)
    # the log says where and what kind of failure, never its message (it could quote the person)
    assert "RuntimeError" in caplog.text and "move_reason" in caplog.text
    assert "secret internals" not in caplog.text
