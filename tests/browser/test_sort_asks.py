"""Sort asks the article's test when it cannot tell, as a person meets it (issue 31).

A reason in the person's own words that the reader is unsure of shows the question instead of a
guessed sort; one click answers it, the card moves to the column the answer gives, and the
answer is kept: after a reload the question is gone and the card stays where it was put.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from advisor.article.factors import Kind
from advisor.article.topic_advice import QUESTIONS
from advisor.case.examples import example_case
from advisor.editing.edits import add_reason
from advisor.reading.topics import TEST_QUESTION, Topic, read
from advisor.sharing.codec import encode
from tests.browser.conftest import PHONE, changes_case, nav, open_page, reload, wait_stored
from tests.browser.urlcase import url_case
from tests.unit.panel.build import person

UNSURE = "We're moving to Scotland in the spring"


def _column(page: Page, title: str) -> Locator:
    heading = page.get_by_role("heading", name=re.compile(f"^{title} \\("))
    return page.get_by_test_id("stColumn").filter(has=heading)


def test_an_unsure_reason_is_asked_about_and_the_answer_is_kept(page: Page, app_url: str) -> None:
    case = example_case()
    assert not read(UNSURE, case.job.activity).sure
    case = add_reason(case, UNSURE)
    reason_id = case.reasons[-1].id
    page.set_viewport_size({"width": 1280, "height": 900})  # a laptop, where the two answers were cut short
    open_page(page, f"{app_url}/sort?case={encode(case)}")
    card = page.locator(f".st-key-sort_card_{reason_id}")
    expect(card).to_contain_text(TEST_QUESTION)
    expect(_column(page, "Core of the job").locator(f".st-key-sort_card_{reason_id}")).to_have_count(0)
    for answer in ("Yes, they could change it", "No, they could not"):  # whole, not cut short
        label = card.get_by_role("button", name=answer).get_by_test_id("stMarkdownContainer")
        assert label.evaluate("(node) => node.scrollWidth <= node.clientWidth"), answer

    with changes_case(page):
        card.get_by_role("button", name="No, they could not").click()

    core_card = _column(page, "Core of the job").locator(f".st-key-sort_card_{reason_id}")
    expect(core_card).to_contain_text("You said they could not change it.")
    expect(core_card).not_to_contain_text(TEST_QUESTION)
    answered = url_case(page)
    assert answered is not None and answered.reasons[-1].kind is Kind.CORE and answered.reasons[-1].settled
    wait_stored(page, lambda kept: kept.reasons[-1].settled)

    reload(page)
    kept = _column(page, "Core of the job").locator(f".st-key-sort_card_{reason_id}")
    expect(kept).to_contain_text("You said they could not change it.")
    expect(page.get_by_test_id("stMain")).not_to_contain_text(TEST_QUESTION)


MOVE = "I'd have to move to Oslo, away from my partner and my mum."


def test_the_answer_also_says_what_the_reason_is_about_and_the_plan_follows_it(page: Page, app_url: str) -> None:
    """A move abroad away from family reads as the person's own circumstances; answered "they could
    change it", it is about where the work is, and the Game plan asks about that, where it asked
    how the team makes room for commitments outside work."""
    case = add_reason(person("kwame_night_supervisor"), MOVE)  # a verdict to go and negotiate: the asks stand
    reason_id = case.reasons[-1].id
    assert read(MOVE, case.job.activity).topic is Topic.CIRCUMSTANCES
    open_page(page, f"{app_url}/sort?case={encode(case)}")
    card = page.locator(f".st-key-sort_card_{reason_id}")
    expect(card).to_contain_text(TEST_QUESTION)
    with changes_case(page):
        card.get_by_role("button", name="Yes, they could change it").click()
    moved = _column(page, "Negotiable").locator(f".st-key-sort_card_{reason_id}")
    expect(moved).to_contain_text(
        "You said they could change it. So we take it to be about where the work is and the journey.")
    wait_stored(page, lambda kept: kept.reasons[-1].settled)

    nav(page, "Game plan")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(QUESTIONS[Topic.PLACE])).to_be_visible()
    expect(main.get_by_text(QUESTIONS[Topic.CIRCUMSTANCES])).to_have_count(0)


def test_an_ask_she_hardly_expects_granted_is_still_asked_about(page: Page, app_url: str) -> None:
    """Katarzyna would move to Oslo only if they let her work from Kraków, and puts the odds at
    15 %: the Game plan on her phone asks where she would be based and whether the work could be
    done remotely, the one answer her decision turns on (it asked nothing of it below 25 %)."""
    case = person("katarzyna_oslo_move")
    assert case.reasons[0].kind is Kind.NEGOTIABLE and case.reasons[0].odds == 15
    page.set_viewport_size(PHONE)
    open_page(page, f"{app_url}/game_plan?case={encode(case)}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(QUESTIONS[Topic.PLACE])).to_be_visible()
    assert "remotely" in QUESTIONS[Topic.PLACE]


def _answer_the_test(page: Page, app_url: str, persona_id: str, answer: Kind) -> None:
    """Open Sort with the persona's first reason not yet answered (the test shown on its card), give
    the answer the person gives, and wait until the answer is kept."""
    settled = person(persona_id)
    first = settled.reasons[0]
    assert first.kind is answer and first.settled
    other = Kind.CORE if answer is Kind.NEGOTIABLE else Kind.NEGOTIABLE
    before = first.model_copy(update={"kind": other, "settled": False})
    case = settled.model_copy(update={"reasons": [before, *settled.reasons[1:]]})
    open_page(page, f"{app_url}/sort?case={encode(case)}")
    card = page.locator(f".st-key-sort_card_{first.id}")
    expect(card).to_contain_text(TEST_QUESTION)
    button, said = (("Yes, they could change it", "You said they could change it.") if answer is Kind.NEGOTIABLE
                    else ("No, they could not", "You said they could not change it."))
    with changes_case(page):
        card.get_by_role("button", name=button).click()
    expect(page.locator(f".st-key-sort_card_{first.id}")).to_contain_text(said)
    wait_stored(page, lambda kept: kept.reasons[0].settled)


def test_a_deaf_inspectors_phone_calls_are_asked_about_and_the_plan_follows_her_answer(page: Page,
                                                                                      app_url: str) -> None:
    """Anneke (the fresh panel), deaf, invited to a supplier-quality job with phone calls in it: the
    reader was sure the calls were the work itself, no offer changes that, and she was told to go
    only for the practice. Now Sort asks the article's test; her "yes" makes it an ask, the verdict
    is to go and negotiate, and her walk-away line, written as a condition, reads as one."""
    _answer_the_test(page, app_url, "anneke_deaf_supplier_calls", Kind.NEGOTIABLE)
    nav(page, "Verdict")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Go, and negotiate").first).to_be_visible()
    nav(page, "Game plan")
    expect(main.get_by_text("Your walk-away line: “If the phone part can't be moved”. Then withdraw politely.")
           ).to_be_visible()
    expect(main).not_to_contain_text("at least “If")


def test_the_question_for_the_interviewers_follows_what_the_ask_wants_changed(page: Page, app_url: str) -> None:
    """Simone, a freelance editor offered a staff job, complains of the office "9 to 5, five days a
    week" and asks for "Hybrid, three days a week at home": the Game plan asks them about days from
    home, not about hours and shifts."""
    open_page(page, f"{app_url}/game_plan?case={encode(person('simone_freelance_editor_staff'))}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(QUESTIONS[Topic.HOME])).to_be_visible()
    expect(main.get_by_text(QUESTIONS[Topic.HOURS])).to_have_count(0)


def test_a_deal_breaker_of_her_own_life_sends_her_for_the_contacts(page: Page, app_url: str) -> None:
    """Olivia starts law school in September ("that part is decided", 10 of 10) and is invited by the
    firm she hopes to article with. Sort read her reason as the hours and she was told "Go, and
    negotiate"; now Sort asks whether they could change it, she answers no, and the Verdict sends her
    for the contacts, not the job, without saying that a law-school place comes with the job."""
    assert person("olivia_law_school_paralegal").reasons[0].severity == 10
    _answer_the_test(page, app_url, "olivia_law_school_paralegal", Kind.CORE)
    nav(page, "Verdict")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    expect(main.get_by_text("No offer changes that, so go for what the interview itself brings you",
                            exact=False).first).to_be_visible()
    expect(main).not_to_contain_text("That comes with the job")
