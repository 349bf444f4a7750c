"""Step 3, sort: negotiable or core of the job, and for a negotiable reason its ask and odds."""

from __future__ import annotations

from advisor.article.factors import Kind
from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.editing.edits import add_reason
from advisor.reading.topics import TEST_QUESTION, Topic, read
from tests.app.conftest import assert_ok, errors, open_page, open_page_alone, page_links, texts, the_case


def test_empty_case_points_back_to_why_not() -> None:
    at = open_page("sort")
    assert_ok(at)
    assert any("nothing to sort yet" in str(i.value) for i in at.info)
    assert ("Go to Why not", "why_not") in page_links(at)
    assert not at.main.button and not at.main.slider  # the page stops: no cards at all
    assert "app_example" in {b.key for b in at.sidebar.button}  # the router still drew the sidebar


def test_example_case_renders_both_columns() -> None:
    at = open_page("sort", example_case(), parts=True)
    assert_ok(at)
    reasons = example_case().reasons
    negotiable = [i for i, r in enumerate(reasons) if r.kind is Kind.NEGOTIABLE]
    core = [i for i, r in enumerate(reasons) if r.kind is Kind.CORE]
    page = texts(at)
    assert f"Negotiable ({len(negotiable)})" in page
    assert f"Core of the job ({len(core)})" in page
    assert [t.key for t in at.text_input] == [key for i in negotiable for key in (f"sort_ask_{i}", f"sort_walk_{i}")]
    assert [t.value for t in at.text_input] == [v for i in negotiable for v in (reasons[i].ask, reasons[i].walk_away)]
    assert [s.value for s in at.slider] == [reasons[i].odds for i in negotiable]
    assert {b.key for b in at.button} >= {f"sort_to_core_{i}" for i in negotiable} | {
        f"sort_to_neg_{i}" for i in core}


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("sort", example_case())
    assert_ok(at)
    assert len(at.text_input) == 3  # an ask per negotiable reason; its walk-away line is in its part


def test_ask_and_odds_set_that_reason() -> None:
    at = open_page("sort", example_case(), parts=True)
    at.text_input(key="sort_ask_0").input("Day shifts only").run()
    at.slider(key="sort_odds_0").set_value(80).run()
    assert_ok(at)
    first = the_case(at).reasons[0]
    assert (first.ask, first.odds) == ("Day shifts only", 80)
    assert the_case(at).reasons[1:] == example_case().reasons[1:]
    assert not errors(at)


def test_moving_a_negotiable_reason_to_core() -> None:
    at = open_page("sort", example_case(), parts=True)
    at.button(key="sort_to_core_0").click().run()
    assert_ok(at)
    assert the_case(at).reasons[0].kind is Kind.CORE
    keys = {b.key for b in at.button}
    assert "sort_to_neg_0" in keys and "sort_to_core_0" not in keys
    assert "sort_ask_0" not in {t.key for t in at.text_input}
    # The remaining negotiable cards keep their own values.
    assert [s.value for s in at.slider] == [45, 55]
    # The card says the user overruled the suggestion.
    assert "You moved it." in texts(at)


def test_moving_a_core_reason_to_negotiable_gives_it_an_ask() -> None:
    at = open_page("sort", example_case())
    at.button(key="sort_to_neg_3").click().run()
    assert_ok(at)
    assert the_case(at).reasons[3].kind is Kind.NEGOTIABLE
    assert "sort_ask_3" in {t.key for t in at.text_input}
    at.text_input(key="sort_ask_3").input("Some e-mail work instead").run()
    assert the_case(at).reasons[3].ask == "Some e-mail work instead"


def test_a_round_trip_keeps_the_ask() -> None:
    at = open_page("sort", example_case())
    at.button(key="sort_to_core_1").click().run()
    at.button(key="sort_to_neg_1").click().run()
    assert_ok(at)
    assert the_case(at).reasons[1] == example_case().reasons[1].model_copy(update={"settled": True})
    assert at.text_input(key="sort_ask_1").value == example_case().reasons[1].ask


def test_a_walk_away_line_is_written_beside_the_ask() -> None:
    going = example_case().model_copy(update={"reasons": example_case().reasons[:3]})  # the asks are the plan
    at = open_page("sort", going, parts=True)
    night = example_case().reasons[0]
    at.text_input(key=f"sort_walk_{night.id}").input("Nights at most twice a week").run()
    assert_ok(at)
    assert the_case(at).reasons[0].walk_away == "Nights at most twice a week"
    at.switch_page("pages/game_plan.py").run()
    assert "If they can't offer at least “Nights at most twice a week”, withdraw politely." in texts(at)


def _unsure_case() -> Case:
    """The example case with one more reason in the person's words that the reader is unsure of."""
    case = example_case()
    label = "I'm a carer for my mum and need to be reachable during the day"
    assert not read(label, case.job.activity).sure
    return add_reason(case, label)


def test_an_unsure_reason_asks_the_articles_test() -> None:
    case = _unsure_case()
    new = case.reasons[-1]
    at = open_page("sort", case)
    assert_ok(at)
    assert TEST_QUESTION in texts(at)
    keys = {b.key for b in at.button}
    assert {f"sort_test_yes_{new.id}", f"sort_test_no_{new.id}"} <= keys
    assert not keys & {f"sort_to_core_{new.id}", f"sort_to_neg_{new.id}"}
    assert f"sort_ask_{new.id}" not in {t.key for t in at.text_input}


def test_answering_the_test_decides_the_kind_and_stops_asking() -> None:
    case = _unsure_case()
    new = case.reasons[-1]
    at = open_page("sort", case)
    at.button(key=f"sort_test_no_{new.id}").click().run()
    assert_ok(at)
    answered = the_case(at).reasons[-1]
    assert (answered.kind, answered.settled) == (Kind.CORE, True)
    assert TEST_QUESTION not in texts(at)
    assert "You said they could not change it." in texts(at)
    assert f"sort_to_neg_{new.id}" in {b.key for b in at.button}


def test_answering_yes_makes_it_negotiable_with_an_ask() -> None:
    case = _unsure_case()
    new = case.reasons[-1]
    at = open_page("sort", case)
    at.button(key=f"sort_test_yes_{new.id}").click().run()
    assert_ok(at)
    assert the_case(at).reasons[-1].kind is Kind.NEGOTIABLE
    assert "You said they could change it." in texts(at)
    assert f"sort_ask_{new.id}" in {t.key for t in at.text_input}


OFFER = "I already have an offer from another company and must answer it by Friday"


def test_holding_another_offer_asks_whether_it_will_be_taken_and_the_answer_decides() -> None:
    case = add_reason(example_case(), OFFER)
    offer = case.reasons[-1]
    assert read(OFFER).topic is Topic.OTHER_OFFER
    at = open_page("sort", case)
    assert "Have you decided to take the other offer?" in texts(at)
    at.button(key=f"sort_offer_yes_{offer.id}").click().run()
    assert_ok(at)
    job = the_case(at).job
    assert job.taking_other_offer and job.given("taking_other_offer")
    assert "You said you will take the other offer: the verdict is to tell them now." in texts(at)
    at.button(key=f"sort_offer_no_{offer.id}").click().run()
    assert not the_case(at).job.taking_other_offer
    assert "You said you are still deciding about the other offer." in texts(at)


def test_no_other_offer_no_question() -> None:
    assert "Have you decided to take the other offer?" not in texts(open_page("sort", example_case()))
