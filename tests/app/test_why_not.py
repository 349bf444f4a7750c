"""Step 2, why not: catalogue pills, reasons in your own words, severity, removal, the limit."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.article.factors import Kind
from advisor.article.reasons import REASON_BY_ID
from advisor.case.base import MAX_REASONS
from advisor.case.examples import example_case
from advisor.case.models import Case, Reason
from tests.app.conftest import BOTH_CASES, answers, assert_ok, errors, open_page, open_page_alone, texts, the_case

SUBMIT = "FormSubmitter:why_form-Add reason"  # AppTest's key for the form's submit button


def add_own(case: Case, label: str) -> AppTest:
    """Write a reason in the form and press Add."""
    at = open_page("why_not", case, parts=True)
    at.text_input(key="why_new").input(label)
    at.button(key=SUBMIT).click().run()
    assert_ok(at)
    return at


@BOTH_CASES
def test_renders(case: Case) -> None:
    at = open_page("why_not", case, parts=True)
    assert_ok(at)
    assert [t.value for t in at.title] == ["Why not?"]
    picked = [r.catalog_id for r in case.reasons if r.catalog_id]
    assert at.button_group(key="why_catalog").value == picked
    assert [s.key for s in at.slider] == [f"why_sev_{i}" for i in range(len(case.reasons))]
    assert [s.value for s in at.slider] == [r.severity for r in case.reasons]
    assert f"Your reasons ({len(case.reasons)} of {MAX_REASONS})" in texts(at)


def test_the_common_reasons_are_open_until_there_are_reasons_and_stay_open_while_picking() -> None:
    at = open_page("why_not")
    assert at.expander[0].label == "Pick from common reasons"
    at.button_group(key="why_catalog").select("pay").run()
    assert_ok(at)
    assert at.button_group(key="why_catalog").value == ["pay"]  # still open after the pick
    folded = open_page("why_not", example_case())
    assert_ok(folded)
    assert not [g for g in folded.button_group if g.key == "why_catalog"]
    assert folded.expander[0].label == "Pick from common reasons"


def test_empty_case_says_there_are_no_reasons() -> None:
    at = open_page("why_not")
    assert any("No reasons yet" in str(i.value) for i in at.info)


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("why_not", example_case())
    assert_ok(at)
    assert "Change how much each bothers you, or remove one" in [e.label for e in at.expander]


def test_a_case_with_reasons_shows_their_scores_and_draws_their_sliders_on_request() -> None:
    case = example_case()
    at = open_page("why_not", case)
    assert_ok(at)
    assert not at.slider
    assert [f"- **{r.label}**: {r.severity} of 10" for r in case.reasons] == \
        [line for m in at.markdown for line in str(m.value).splitlines() if line.startswith("- **")]
    at.session_state["why_part_rows"] = True
    at.run()
    assert [s.value for s in at.slider] == [r.severity for r in case.reasons]


def test_a_page_drawn_without_reasons_shows_the_slider_of_each_one_picked() -> None:
    at = open_page("why_not")
    at.button_group(key="why_catalog").select("pay").run()
    assert_ok(at)
    assert [s.key for s in at.slider] == ["why_sev_0"]
    at.button_group(key="why_catalog").select("shifts").run()
    assert [s.key for s in at.slider] == ["why_sev_0", "why_sev_1"]


def test_picking_a_catalogue_reason_adds_it_with_the_catalogue_sort() -> None:
    at = open_page("why_not")
    at.button_group(key="why_catalog").select("daily_work").run()
    at.button_group(key="why_catalog").select("pay").run()
    assert_ok(at)
    reasons = the_case(at).reasons
    assert [(r.catalog_id, r.label, r.kind) for r in reasons] == [
        ("daily_work", REASON_BY_ID["daily_work"].label, Kind.CORE),
        ("pay", REASON_BY_ID["pay"].label, Kind.NEGOTIABLE),
    ]
    assert at.button_group(key="why_catalog").value == ["daily_work", "pay"]
    assert len(at.slider) == 2


def test_unpicking_a_catalogue_reason_removes_it() -> None:
    at = open_page("why_not", example_case(), parts=True)
    at.button_group(key="why_catalog").unselect("pay").run()
    assert_ok(at)
    labels = [r.label for r in the_case(at).reasons]
    assert labels == ["Night shifts", "No days from home", "Talking on the phone all day"]
    # The sliders left follow their reasons, not their old positions.
    assert [s.value for s in at.slider] == [8, 4, 7]


def test_a_reason_in_your_own_words_is_added_with_a_suggested_kind() -> None:
    at = add_own(Case(), "I hate talking to customers all day")
    reasons = the_case(at).reasons
    assert len(reasons) == 1
    assert reasons[0].label == "I hate talking to customers all day"
    assert reasons[0].kind is Kind.CORE
    assert reasons[0].catalog_id is None
    assert at.text_input(key="why_new").value == ""  # the form is ready for the next one
    assert not errors(at)


def test_a_term_of_the_offer_in_your_own_words_is_suggested_negotiable() -> None:
    at = add_own(Case(), "Weekend shifts every month")
    assert the_case(at).reasons[0].kind is Kind.NEGOTIABLE


def test_an_empty_reason_is_refused_with_a_message() -> None:
    at = add_own(example_case(), "   ")
    assert the_case(at) == example_case()
    assert any("Write the reason first" in message for message in errors(at))


def test_severity_slider_sets_that_reason() -> None:
    at = open_page("why_not", example_case(), parts=True)
    at.slider(key="why_sev_0").set_value(2).run()
    assert_ok(at)
    assert [r.severity for r in the_case(at).reasons] == [2, 6, 4, 7]


def test_remove_button_removes_that_reason_and_the_rest_follow() -> None:
    at = open_page("why_not", example_case(), parts=True)
    at.button(key="why_del_0").click().run()
    assert_ok(at)
    assert [r.label for r in the_case(at).reasons] == [r.label for r in example_case().reasons[1:]]
    assert [s.value for s in at.slider] == [6, 4, 7]
    assert {b.key for b in at.button if (b.key or "").startswith("why_del_")} == {"why_del_1", "why_del_2", "why_del_3"}
    # The removed catalogue reason is no longer picked above.
    assert at.button_group(key="why_catalog").value == ["pay", "remote"]


def full_case() -> Case:
    return Case(reasons=[Reason(label=f"Reason number {i}") for i in range(MAX_REASONS)])


def test_a_full_list_warns_and_closes_the_form() -> None:
    at = open_page("why_not", full_case(), parts=True)
    assert_ok(at)
    assert any(f"maximum of {MAX_REASONS} reasons" in str(w.value) for w in at.warning)
    assert at.text_input(key="why_new").disabled
    assert at.button(key=SUBMIT).disabled


def test_a_21st_reason_from_the_catalogue_is_refused_and_20_are_kept() -> None:
    at = open_page("why_not", full_case(), parts=True)
    at.button_group(key="why_catalog").select("pay").run()
    assert_ok(at)
    assert answers(the_case(at)) == answers(full_case())
    assert any(f"at most {MAX_REASONS} reasons" in message for message in errors(at))
    assert at.button_group(key="why_catalog").value == []  # the pill is not left looking picked


def test_two_picks_with_room_for_one_add_one_and_explain_the_other() -> None:
    case = Case(reasons=full_case().reasons[:-1])
    at = open_page("why_not", case, parts=True)
    at.button_group(key="why_catalog").set_value(["pay", "shifts"]).run()
    assert_ok(at)
    reasons = the_case(at).reasons
    assert len(reasons) == MAX_REASONS
    assert reasons[-1].catalog_id == "pay"  # catalogue order
    assert any(f"at most {MAX_REASONS} reasons" in message for message in errors(at))


def test_reason_labels_are_shown_as_typed_not_as_markdown() -> None:
    """A shared link can carry any label: it must not turn into a link or a remote image."""
    label = "![x](https://example.com/t.png) **loud**"
    folded = open_page("why_not", Case(reasons=[Reason(label=label)]))
    assert_ok(folded)
    assert label not in "\n".join(str(m.value) for m in folded.markdown)
    assert any("loud" in str(m.value) for m in folded.markdown)  # the listing names it, escaped
    at = open_page("why_not", Case(reasons=[Reason(label=label)]), parts=True)
    slider = at.slider(key="why_sev_0")
    assert "![x](" not in slider.label, f"the slider's label renders the label as Markdown: {slider.label!r}"


def test_a_pro_in_own_words_is_added_weighed_and_removed() -> None:
    at = open_page("why_not", example_case(), parts=True)
    at.text_input(key="why_pro_new").input("The team seemed friendly")
    at.button(key="FormSubmitter:why_pro_form-Add").click().run()
    assert_ok(at)
    (pro,) = the_case(at).pros
    assert pro.label == "The team seemed friendly" and pro.weight == 5
    at.slider(key=f"why_pro_w_{pro.id}").set_value(9).run()
    assert the_case(at).pros[0].weight == 9
    at.button(key=f"why_pro_del_{pro.id}").click().run()
    assert the_case(at).pros == []
