"""Every part of a page drawn only while open: closed on a first visit, complete once opened."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from advisor.examples import example_case
from tests.app.conftest import PARTS, answers, assert_ok, open_page, the_case


def drawn(at: AppTest) -> set[str]:
    """The keys of every widget the page drew."""
    kinds = (at.button, at.checkbox, at.date_input, at.multiselect, at.number_input, at.radio, at.selectbox,
             at.select_slider, at.slider, at.text_area, at.text_input, at.toggle)
    return {widget.key for kind in kinds for widget in kind if widget.key}


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_closed_part_draws_nothing_and_an_open_one_draws_its_widgets(name: str) -> None:
    case = example_case()
    closed = open_page(name, case)
    opened = open_page(name, case, parts=True)
    assert_ok(closed)
    assert_ok(opened)
    assert drawn(closed) < drawn(opened), "opening the parts must draw more widgets"
    assert answers(the_case(closed)) == answers(the_case(opened)) == answers(case)
