"""Every part of a page drawn only while open: closed on a first visit, complete once opened."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.sharing.link_contents import link_contents
from tests.app.conftest import PARTS, answers, assert_ok, nodes, open_page, the_case


def drawn(at: AppTest) -> set[str]:
    """The keys of every widget the page drew."""
    kinds = (at.button, at.checkbox, at.date_input, at.multiselect, at.number_input, at.button_group, at.selectbox,
             at.select_slider, at.slider, at.text_area, at.text_input, at.toggle)
    return {widget.key for kind in kinds for widget in kind if widget.key}


# The job asks its questions a screen at a time: its old part keys only choose the screen it opens on.
@pytest.mark.parametrize("name", sorted(set(PARTS) - {"job"}))
def test_a_closed_part_draws_nothing_and_an_open_one_draws_its_widgets(name: str) -> None:
    case = example_case()
    closed = open_page(name, case)
    opened = open_page(name, case, parts=True)
    assert_ok(closed)
    assert_ok(opened)
    assert drawn(closed) < drawn(opened), "opening the parts must draw more widgets"
    assert answers(the_case(closed)) == answers(the_case(opened)) == answers(case)


def test_what_the_link_contains_is_listed_once_its_part_is_opened() -> None:
    case = example_case()
    lines = link_contents(case, include_notes=False)
    shown = [str(element.value) for element in nodes(open_page("share", case), "markdown")]
    assert not any(lines[0] in text for text in shown)  # closed: not drawn
    at = open_page("share", case)
    at.session_state["share_part_contents"] = True
    shown = [str(element.value) for element in nodes(at.run(), "markdown")]
    assert any(all(line in text for line in lines) for text in shown)
