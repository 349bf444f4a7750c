"""Roles: a mentor link shows the owner's answers read-only; only the mentor's review can change."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.editing.reviews import set_review_weight, start_review
from advisor.sharing.codec import encode
from tests.app.conftest import app, assert_ok, open_parts, page_links, texts, the_case


def _as_mentor(page: str = "mentor") -> AppTest:
    at = app(query={"review": encode(example_case())}).run()
    assert_ok(at)
    at.switch_page(f"pages/{page}.py").run()  # a mentor's link at the root opens Mentor review
    assert_ok(at)
    return at


def test_a_mentor_link_opens_read_only_with_an_introduction() -> None:
    at = _as_mentor()
    assert "You have been asked for your view" in texts(at)
    assert "app_example" not in {b.key for b in at.button}
    assert "app_own_case" in {b.key for b in at.button}


def test_a_mentor_cannot_change_the_owners_answers() -> None:
    at = _as_mentor("job")
    assert at.text_input(key="job_title").disabled
    assert at.segmented_control(key="job_gut").disabled
    assert open_parts(at, "job_part_you").slider(key="job_dread").disabled
    at.switch_page("pages/weigh.py").run()
    assert all(s.disabled for s in at.slider if s.key and s.key.startswith("weigh_"))


def test_a_mentors_review_is_theirs_to_edit() -> None:
    at = _as_mentor()
    at.text_input(key="mentor_name").input("Sam")
    at.button(key="mentor_start").click().run()
    assert_ok(at)
    at.slider(key="mentor_w_0_dread").set_value(9).run()
    case = the_case(at)
    assert case.reviews[0].weights["dread"] == 9
    assert case.weights == example_case().weights and case.revision == example_case().revision


def test_sharing_is_for_the_owner() -> None:
    at = _as_mentor("share")
    assert "Sharing and the journal belong to the case's owner." in texts(at)


def test_a_review_coming_back_lands_the_owner_on_the_comparison() -> None:
    back = set_review_weight(start_review(example_case(), "Ada"), "Ada", "dread", 9)
    at = app(query={"reply": encode(back)}).run()
    at.switch_page("pages/mentor.py").run()
    assert_ok(at)
    assert "Compare the reviews" in [str(h.value) for h in at.header]
    assert "mentor_name" not in {t.key for t in at.text_input}
    assert ("See your verdict with the weights you keep", "verdict") in page_links(at)  # no dead end
    assert ("Back: Share", "share") in page_links(at)


def test_a_mentors_page_ends_without_the_owners_steps() -> None:
    """Walking a mentor: "Back: Share" led her to a page that only sent her back."""
    assert ("Back: Share", "share") not in page_links(_as_mentor())


def test_a_second_mentor_starts_as_someone_new_not_in_the_first_mentors_review() -> None:
    reviewed = set_review_weight(start_review(example_case(), "Ada"), "Ada", "dread", 9)
    at = app(query={"review": encode(reviewed)}).run()
    at.switch_page("pages/mentor.py").run()
    assert_ok(at)
    assert at.selectbox(key="mentor_who").value == -1  # "Someone new", not Ada's review
    assert "mentor_w_0_dread" not in {s.key for s in at.slider}
    at.text_input(key="mentor_name").input("Sam")
    at.button(key="mentor_start").click().run()
    at.slider(key="mentor_w_1_dread").set_value(3).run()
    case = the_case(at)
    assert [(r.mentor, r.weights["dread"]) for r in case.reviews] == [("Ada", 9), ("Sam", 3)]
