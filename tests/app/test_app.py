"""The router (app.py): it runs, its sidebar loads and clears the example, the URL is the case."""

from __future__ import annotations

import pytest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.sharing.codec import decode, encode
from tests.app.conftest import answers, app, assert_ok, errors, open_page, open_page_alone, the_case

PAGES = ("job", "quick", "why_not", "sort", "weigh", "verdict", "game_plan", "about")


def test_app_runs_and_offers_the_example_in_the_sidebar() -> None:
    at = app().run()
    assert_ok(at)
    assert [t.value for t in at.title] == ["Interview Advisor"]  # the landing is the default page
    example = at.sidebar.button(key="app_example")
    assert example.label == "Load the example case"
    assert answers(the_case(at)) == answers(Case())
    assert any("0 of 5 answered" in str(m.value) for m in at.sidebar.markdown)
    assert "case" not in at.query_params  # the landing leaves its address as it came


def test_the_example_button_fills_the_case_and_the_open_page() -> None:
    at = open_page("job")
    at.sidebar.button(key="app_example").click().run()
    assert_ok(at)
    expected = example_case()
    assert the_case(at).job.title == expected.job.title
    assert answers(the_case(at)) == answers(expected)
    # The page's widgets are drawn again from the new case, not left at their old values.
    assert at.text_input(key="job_title").value == expected.job.title
    assert any("example case is loaded" in str(s.value) for s in at.success)
    # The example answers all but the weights (left where they start) and the checklist.
    assert any("3 of 5 answered" in str(m.value) for m in at.sidebar.markdown)


def test_the_example_replaces_what_was_typed() -> None:
    at = open_page("job")
    at.text_input(key="job_title").input("Barista").run()
    assert the_case(at).job.title == "Barista"
    at.sidebar.button(key="app_example").click().run()
    assert at.text_input(key="job_title").value == example_case().job.title


def test_start_over_clears_the_case_and_the_widgets() -> None:
    at = open_page("job", example_case())
    assert at.text_input(key="job_title").value == example_case().job.title
    # One click in the sidebar, no confirmation first: the Undo that follows is the way back.
    assert at.sidebar.button(key="app_clear").label == "Start over"
    at.button(key="app_clear").click().run()
    assert_ok(at)
    assert answers(the_case(at)) == answers(Case())
    assert at.text_input(key="job_title").value == ""
    assert any("cleared" in str(s.value) and "links you shared keep working" in str(s.value) for s in at.success)


def test_the_address_bar_carries_the_case_after_an_edit() -> None:
    at = open_page("job", example_case())
    at.text_input(key="job_title").input("Barista").run()
    token = at.query_params["case"]
    assert decode(token) == the_case(at)
    assert decode(token).job.title == "Barista"


def test_a_link_opens_its_case() -> None:
    """At the root address, where The job was when older links were made: it opens there still."""
    at = app(query={"case": encode(example_case())}).run()
    assert_ok(at)
    assert [t.value for t in at.title] == ["The job"]
    assert the_case(at) == example_case()
    assert at.text_input(key="job_title").value == example_case().job.title


def test_a_broken_link_says_so_and_the_app_keeps_working() -> None:
    at = app(query={"case": "1.this-is-not-a-case"}).run()
    assert_ok(at)
    assert answers(the_case(at)) == answers(Case())
    assert any("Your current case was kept." in message for message in errors(at))
    at.text_input(key="job_title").input("Barista").run()
    assert_ok(at)
    assert the_case(at).job.title == "Barista"


@pytest.mark.parametrize("name", PAGES)
def test_a_page_opened_first_on_a_fresh_server_sets_up_the_case_itself(name: str) -> None:
    """Nothing in session and no router: the page's own guard creates the case."""
    at = open_page_alone(name)
    assert_ok(at)
    assert answers(the_case(at)) == answers(Case())
    assert answers(decode(at.query_params["case"])) == answers(Case())  # and puts it in the address bar


@pytest.mark.parametrize("name", PAGES)
def test_a_link_to_a_page_opened_first_on_a_fresh_server_opens_its_case(name: str) -> None:
    at = open_page_alone(name, query={"case": encode(example_case())})
    assert_ok(at)
    assert the_case(at) == example_case()


def test_start_over_can_be_undone_right_after() -> None:
    at = open_page("job", example_case())
    at.button(key="app_clear").click().run()
    assert the_case(at).job.title == ""
    at.button(key="app_undo_button").click().run()
    assert_ok(at)
    assert the_case(at) == example_case()
    assert at.text_input(key="job_title").value == example_case().job.title


def test_the_address_bar_never_carries_the_private_notes() -> None:
    at = open_page("game_plan", example_case(), parts=True)
    at.text_area(key="plan_notes").input("Ask about the night bonus").run()
    assert the_case(at).notes == "Ask about the night bonus"
    assert decode(at.query_params["case"]).notes == ""


def test_a_rerun_that_still_carries_the_opened_link_keeps_the_edit_made_since() -> None:
    """A burst of clicks right after a link opened: the second click's rerun can leave the browser
    before the address bar has the edited case, with the link as opened."""
    opened = encode(example_case())
    at = app(query={"case": opened}).run()
    at.switch_page("pages/sort.py").run()
    at.button(key="sort_to_core_0").click().run()
    assert the_case(at).reasons[0].kind == "core"
    at.query_params["case"] = opened
    at.run()
    assert_ok(at)
    assert the_case(at).reasons[0].kind == "core"
