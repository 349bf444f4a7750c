"""The quick check (/quick): eight answers into the case, a first verdict, certainty at the start
and again at the verdict."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from advisor.case.certainty import QUESTIONS, Certainty
from advisor.case.examples import example_case
from advisor.case.models import Case, Gut
from advisor.editing.edits import add_reason, set_job
from advisor.escaping import shown
from advisor.judgement.options import evaluate_options
from advisor.judgement.quick import ANSWER_COUNT, TRAVEL_LEVELS, answers_of, quick_verdict
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from advisor.sharing.codec import encode
from tests.app.conftest import (
    BOTH_CASES,
    app,
    assert_ok,
    errors,
    open_page,
    open_page_alone,
    open_parts,
    page_links,
    texts,
    the_case,
)
from ui import keys as ui_keys

SURE = [f"quick_sure_{q.id}" for q in QUESTIONS]
AFTER = [f"verdict_sure_{q.id}" for q in QUESTIONS]


def answer_widgets(at: AppTest) -> list[str]:
    """The keys of the quick answers on the page: every quick_ widget but the certainty questions."""
    keyed = [*at.segmented_control, *at.slider, *at.pills, *at.select_slider, *at.number_input, *at.checkbox,
             *at.text_input, *at.text_area]
    return [w.key for w in keyed if w.key and w.key.startswith("quick_") and w.key not in SURE]


def open_questions(case: Case | None = None) -> AppTest:
    """The quick check past its first screen, as a person who pressed Next sees it."""
    at = open_page("quick", case)
    at.button(key="quick_next").click().run()
    assert_ok(at)
    return at


def answer_all(at: AppTest) -> None:
    """Eight answers, as a person gives them."""
    at.segmented_control(key="quick_gut").set_value(Gut.SKIP).run()
    at.select_slider(key="quick_interviews_so_far").set_value(1).run()
    at.slider(key="quick_similarity").set_value(6).run()
    at.slider(key="quick_financial_need").set_value(7).run()
    at.slider(key="quick_dread").set_value(6).run()
    at.pills(key="quick_reason").set_value("daily_work").run()
    at.slider(key="quick_severity").set_value(8).run()
    at.select_slider(key="quick_travel").set_value(1).run()


@BOTH_CASES
def test_opens_on_how_sure_you_are_then_at_most_eight_answers(case: Case) -> None:
    at = open_page("quick", case)
    assert_ok(at)
    assert [t.value for t in at.title] == ["Quick check"]
    assert [str(h.value) for h in at.header] == ["Before you start: how sure are you?"]
    assert [r.key for r in at.segmented_control] == SURE
    assert not answer_widgets(at) and not at.subheader  # no verdict in sight before the four answers
    at.button(key="quick_next").click().run()
    assert_ok(at)
    assert [str(h.value) for h in at.header] == ["The questions", "Your first answer"]
    assert len(answer_widgets(at)) == ANSWER_COUNT <= 8
    assert "You left the questions on how sure you are unanswered." in texts(at)
    assert at.segmented_control(key="quick_gut").value == (case.job.gut if case.job.given("gut") else None)
    assert ("Refine it step by step", "job") in page_links(at)
    assert not errors(at)


def test_four_answers_open_on_the_questions_and_change_goes_back() -> None:
    sure = example_case().model_copy(update={"certainty": Certainty(before=[True, False, True, True])})
    at = open_page("quick", sure)
    assert [str(h.value) for h in at.header] == ["The questions", "Your first answer"]
    assert "At the start you said yes to 3 of 4." in texts(at)
    at.button(key="quick_change_sure").click().run()
    assert [str(h.value) for h in at.header] == ["Before you start: how sure are you?"]
    assert at.segmented_control(key=SURE[1]).value == "no"
    at.segmented_control(key=SURE[1]).set_value("yes").run()
    at.button(key="quick_next").click().run()
    assert "At the start you said yes to 4 of 4." in texts(at)
    assert the_case(at).certainty == Certainty(before=[True, True, True, True])


def test_a_new_case_waits_for_what_puts_you_off() -> None:
    at = open_questions()
    assert any("Choose what puts you off most" in str(i.value) for i in at.info)
    assert at.slider(key="quick_severity").disabled
    assert at.pills(key="quick_reason").value is None
    assert not at.subheader


def test_eight_answers_give_the_cases_own_verdict() -> None:
    at = open_questions()
    answer_all(at)
    assert_ok(at)
    case = the_case(at)
    assert answers_of(case).reason == "daily_work" and case.reasons[0].severity == 8
    assert case.job.gut is Gut.SKIP and case.job.interviews_so_far == 1 and case.job.travel_hours == 2.0
    result = quick_verdict(case)
    assert result.verdict is evaluate(case).verdict
    assert [str(s.value) for s in at.subheader] == [VERDICT_TITLES[result.verdict]]
    page = texts(at)
    assert shown(result.reason) in page and result.firmness in page  # the reason may name an own pro
    best = evaluate_options(case)[0]
    assert f"**Your best option:** {best.title}" in page
    assert "Sorted as core of the job" in page
    assert not errors(at)


def test_the_quick_answers_carry_into_the_steps() -> None:
    at = open_questions()
    answer_all(at)
    at.switch_page("pages/job.py").run()
    assert at.segmented_control(key="job_gut").value == Gut.SKIP
    assert open_parts(at, "job_part_you").number_input(key="job_interviews_so_far").value == 1
    assert open_parts(at, "job_part_wanted").slider(key="job_similarity").value == 6
    assert open_parts(at, "job_part_money").number_input(key="job_travel_hours").value == 2.0
    at.switch_page("pages/why_not.py").run()
    assert [r.label for r in the_case(at).reasons] == ["The daily work itself"]
    open_parts(at, "why_part_pick")
    assert at.button_group(key="why_catalog").value == ["daily_work"]


def test_changing_the_reason_redraws_its_severity() -> None:
    at = open_questions(example_case())
    assert at.pills(key="quick_reason").value == "shifts"
    assert at.slider(key="quick_severity").value == 8
    at.pills(key="quick_reason").set_value("remote").run()  # listed already, bothering 4
    assert at.slider(key="quick_severity").value == 8  # now first, and at least as bad as nights
    assert [r.catalog_id for r in the_case(at).reasons][:2] == ["remote", "shifts"]


def test_clicking_the_chosen_reason_again_keeps_it() -> None:
    at = open_questions(example_case())
    at.pills(key="quick_reason").set_value(None).run()
    assert at.pills(key="quick_reason").value == "shifts"
    assert the_case(at).reasons[0].catalog_id == "shifts"
    assert not errors(at)


def test_the_interviews_scale_ends_at_ten_or_more_and_keeps_a_larger_count() -> None:
    many = example_case()
    many = many.model_copy(update={"job": many.job.model_copy(update={"interviews_so_far": 40})})
    at = open_questions(many)
    scale = at.select_slider(key="quick_interviews_so_far")
    assert scale.value == 10 and scale.options[-1] == "10 or more"
    at.slider(key="quick_dread").set_value(3).run()
    assert the_case(at).job.interviews_so_far == 40  # shown at the end, kept as given
    at.select_slider(key="quick_interviews_so_far").set_value(2).run()
    assert the_case(at).job.interviews_so_far == 2


def test_the_travel_answer_is_offered_in_words() -> None:
    at = open_questions(example_case())
    slider = at.select_slider(key="quick_travel")
    assert slider.options == list(TRAVEL_LEVELS)
    assert slider.value == 1  # an hour and a half reads as a short trip


def test_certainty_at_the_start_and_at_the_verdict() -> None:
    at = open_page("quick")
    for key, answer in zip(SURE, ["yes", "no", "no", "yes"], strict=True):
        at.segmented_control(key=key).set_value(answer).run()
    assert the_case(at).certainty == Certainty(before=[True, False, False, True])
    assert "Yes to 2 of 4 so far" in texts(at)
    at.button(key="quick_next").click().run()
    assert "At the start you said yes to 2 of 4." in texts(at)
    # The Verdict (and its certainty questions) waits for a named job and a reason.
    at.session_state[ui_keys.CASE] = add_reason(set_job(the_case(at), "title", "Porter"), "Nights")
    at.switch_page("pages/verdict.py").run()
    assert_ok(at)
    assert "Answer the four questions to see how your certainty moved" in texts(at)
    for key, answer in zip(AFTER, ["yes", "yes", "no", "no"], strict=True):
        at.segmented_control(key=key).set_value(answer).run()
    page = texts(at)
    assert "**How sure you are:** 2 of 4 before → 2 of 4 now." in page
    assert "You are unsure which sides matter most to you." in page
    assert "You would like more support or advice." in page
    links = page_links(at)
    assert ("Go to Weigh", "weigh") in links and ("Go to Share", "share") in links
    for key in AFTER[2:]:
        at.segmented_control(key=key).set_value("yes").run()
    assert "2 of 4 before → 4 of 4 now" in texts(at)
    assert any("Four yeses" in str(s.value) for s in at.success)
    assert ("Go to Weigh", "weigh") not in page_links(at)


def test_certainty_at_the_verdict_without_a_start() -> None:
    at = open_page("verdict", example_case())
    at.segmented_control(key=AFTER[1]).set_value("no").run()
    page = texts(at)
    assert "0 of 4 now (not asked at the start" in page
    assert "Read “Your options”" in page
    assert ("Go to Verdict", "verdict") not in page_links(at)  # the need is met on this page


def test_start_over_clears_the_quick_answers() -> None:
    at = open_page("quick", example_case())
    at.segmented_control(key=SURE[0]).set_value("yes").run()
    at.button(key="quick_next").click().run()
    at.button(key="app_clear").click().run()
    assert_ok(at)
    assert at.segmented_control(key=SURE[0]).value is None  # a new case starts on how sure you are
    assert the_case(at).certainty is None
    at.button(key="quick_next").click().run()
    assert at.pills(key="quick_reason").value is None


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("quick", example_case())
    assert_ok(at)
    assert [t.value for t in at.title] == ["Quick check"]
    assert at.segmented_control(key=SURE[0]).value is None
    at.button(key="quick_next").click().run()
    assert at.pills(key="quick_reason").value == "shifts"


def test_the_job_page_links_to_the_quick_check() -> None:
    at = open_page("job")
    assert any(url == "quick" and "quick check" in label for label, url in page_links(at))


@pytest.mark.parametrize("page", ["quick", "verdict"])
def test_a_mentor_sees_the_answers_read_only(page: str) -> None:
    at = app(query={"review": encode(example_case())}).run()
    at.switch_page(f"pages/{page}.py").run()
    assert_ok(at)
    keys = SURE if page == "quick" else AFTER
    assert all(at.segmented_control(key=key).disabled for key in keys)
    if page == "quick":
        assert all(w.disabled for w in [at.segmented_control(key="quick_gut"), at.pills(key="quick_reason"),
                                        at.slider(key="quick_dread"), at.select_slider(key="quick_travel")])
