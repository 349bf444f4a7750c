"""The advice as a person meets it (issue 31): the Verdict ends in one next move with its message
ready to copy, lists the verdict's own option first and shows as equals options the model cannot
tell apart; someone holding another offer is asked on Sort whether they will take it, and a yes
turns the advice into telling them now, kindly, which a reload keeps."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, expect

from advisor.case.examples import example_case
from advisor.editing.edits import add_reason, set_job
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, changes_case, nav, open_page, reload, wait_stored
from tests.unit.panel.build import person

OFFER = "I already have an offer from another company and must answer it by Friday"


def test_the_verdict_ends_in_one_next_move_and_shows_close_options_as_equals(
        context: BrowserContext, page: Page, app_url: str) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url)
    open_page(page, f"{app_url}/verdict?case={encode(example_case())}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    why = main.get_by_text("against it, the work itself (“Talking on the phone all day”)", exact=False)
    expect(why).to_be_visible()

    move = page.locator(".st-key-verdict_next_move")
    expect(move).to_contain_text("Your next step: Accept the invitation")
    message = move.locator(".link")
    expect(move.get_by_role("button", name="Copy message")).to_be_visible()
    expect(message).to_contain_text("Thank you for inviting me to interview for the Customer service agent "
                                     "(nights) role.")
    move.get_by_role("button", name="Copy message").click()
    expect(move.get_by_role("status")).to_have_text("Copied.")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("Thank you for inviting me to interview for the Customer service agent (nights) role.")

    options = main.get_by_test_id("stMarkdownContainer").filter(has_text="Go for the practice, ask for nothing:")
    expect(options).to_contain_text("Go for the practice, ask for nothing: worth it.")
    expect(options).to_contain_text("Ask for a first round by video: worth it, as good as the one above.")
    expect(options).not_to_contain_text("Go and negotiate")  # no asks to put when the core is what stands
    expect(options).not_to_contain_text("+0.4")  # the numbers live under "How is this computed?"
    assert_clean(page)


def test_holding_another_offer_is_asked_about_and_a_yes_means_telling_them_now(page: Page, app_url: str) -> None:
    case = add_reason(example_case(), OFFER)
    offer = case.reasons[-1]
    open_page(page, f"{app_url}/sort?case={encode(case)}")
    card = page.locator(f".st-key-sort_card_{offer.id}")
    expect(card).to_contain_text("Have you decided to take the other offer?")
    with changes_case(page):
        card.get_by_role("button", name="Yes, I'll take it").click()
    expect(card).to_contain_text("You said you will take the other offer: the verdict is to tell them now.")
    wait_stored(page, lambda kept: kept.job.taking_other_offer)

    nav(page, "Verdict")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Skip it")).to_be_visible()
    expect(main.get_by_text("You will take the other offer", exact=False)).to_be_visible()
    move = page.locator(".st-key-verdict_next_move")
    expect(move).to_contain_text("Your next step: Decline warmly, today")
    expect(move.locator(".link")).to_contain_text("I've decided to take another offer")
    options = main.get_by_test_id("stMarkdownContainer").filter(has_text="Decline politely and keep the door open:")
    expect(options).to_contain_text("Decline politely and keep the door open: your decision.")
    expect(options.locator("li")).to_have_count(1)  # a choice made is not weighed against going

    reload(page)
    expect(page.get_by_role("heading", name="Skip it")).to_be_visible()
    assert_clean(page)


def test_someone_who_dreads_a_second_interview_is_told_kindly_that_nerves_fade(page: Page, app_url: str) -> None:
    """Walking a first-timer on her second interview with a dread of 9: the Verdict said nothing
    of it, the note waiting for someone with no interview at all."""
    case = set_job(set_job(set_job(example_case(), "interviews_so_far", 1), "early_career", False), "dread", 9)
    open_page(page, f"{app_url}/verdict?case={encode(case)}")
    expect(page.get_by_test_id("stMain").get_by_text("Feeling nervous before one of your first interviews is normal",
                                                     exact=False)).to_be_visible()


def test_admiring_the_employer_is_a_reason_to_go_even_for_a_role_one_would_decline(page: Page, app_url: str) -> None:
    """Henrik, a finance head invited to a junior post at a charity he has admired for twenty years:
    his admiration was counted as something only the job gives, so he read "Close call: what you
    need from it comes only with the job". The charity and its people are there whatever the role,
    and the interview puts him in front of them: go for the practice and the contacts, and say at
    the end, warmly, that this role is not his match."""
    open_page(page, f"{app_url}/verdict?case={encode(person('henrik_senior_charity_junior'))}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    expect(main.get_by_text("comes only with the job", exact=False)).to_have_count(0)
    nav(page, "Game plan")
    expect(page.get_by_test_id("stMain").get_by_text("I'd be glad to stay in touch", exact=False)).to_be_visible()


def test_a_retrainee_is_sent_for_the_contacts_with_the_employers_cyber_team(page: Page, app_url: str) -> None:
    """Renée left the police for cybersecurity and is invited to run store security; she likes that
    the retailer has a cyber team she might move to one day. She read "Close call … comes only with
    the job"; the team is there whatever the role, and meeting its employer is what going gives."""
    open_page(page, f"{app_url}/verdict?case={encode(person('renee_police_to_cyber'))}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()
    expect(main.get_by_text("what you like about the employer, “They have a cyber team", exact=False).first
           ).to_be_visible()
    expect(main.get_by_text("comes only with the job", exact=False)).to_have_count(0)


def test_a_journey_she_cannot_afford_is_asked_about_in_the_message_that_accepts(page: Page, app_url: str) -> None:
    """Camille, a 300-euro flight with 50 to spare: the message under "Accept the invitation" asks,
    before she books, whether they cover the fare or could hold the first round by video."""
    open_page(page, f"{app_url}/verdict?case={encode(person('camille_flight_to_interview'))}")
    move = page.locator(".st-key-verdict_next_move")
    expect(move).to_contain_text("Your next step: Accept the invitation")
    expect(move).to_contain_text("costs more than you can spare")
    expect(move.locator(".link")).to_contain_text(
        "do you cover candidates' travel costs, or could the first round be held by video?")
