"""Step 6, game plan: the checklist ticks into the case, asks in order, the honest close, the report."""

from __future__ import annotations

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.documents.plan import CHECKLIST
from advisor.editing.edits import add_reason
from advisor.judgement.scoring import VERDICT_TITLES, evaluate
from advisor.sharing.codec import encode
from tests.app.conftest import (
    BOTH_CASES,
    app,
    assert_ok,
    errors,
    nodes,
    open_page,
    open_page_alone,
    page_links,
    texts,
    the_case,
)
from tests.unit.panel.build import person

KEYS = [f"plan_{item.id}" for item in CHECKLIST]


@BOTH_CASES
def test_renders(case: Case) -> None:
    at = open_page("game_plan", case, parts=True)
    assert_ok(at)
    assert [t.value for t in at.title] == ["Game plan"]
    assert [c.key for c in at.checkbox] == KEYS
    assert [c.label for c in at.checkbox] == [item.text for item in CHECKLIST]
    assert not any(c.value for c in at.checkbox)
    assert at.download_button(key="plan_download").label == "Download report (Markdown)"
    assert len(at.info) == 1  # the closing line


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("game_plan", example_case())
    assert_ok(at)
    assert [c.key for c in at.checkbox] == KEYS


def test_the_checklist_shows_once_as_its_boxes() -> None:
    case = Case(checklist=[CHECKLIST[1].id])
    at = open_page("game_plan", case)
    assert_ok(at)
    assert [c.key for c in at.checkbox] == KEYS
    assert [c.value for c in at.checkbox] == [item.id == CHECKLIST[1].id for item in CHECKLIST]
    assert [p.proto.text for p in nodes(at, "progress")] == [f"1 of {len(CHECKLIST)} done"]
    assert not any(item.text in text for item in CHECKLIST for text in texts(at).split("\n")), \
        "the checklist is not listed a second time"
    assert "Tick off what you have done" not in [e.label for e in at.expander]


def test_ticking_the_checklist_writes_the_case() -> None:
    at = open_page("game_plan", parts=True)
    at.checkbox(key=KEYS[0]).check().run()
    at.checkbox(key=KEYS[-1]).check().run()
    assert_ok(at)
    assert the_case(at).checklist == sorted([CHECKLIST[0].id, CHECKLIST[-1].id])
    assert [p.proto.text for p in nodes(at, "progress")] == [f"2 of {len(CHECKLIST)} done"]
    at.checkbox(key=KEYS[0]).uncheck().run()
    assert the_case(at).checklist == [CHECKLIST[-1].id]
    assert [p.proto.text for p in nodes(at, "progress")] == [f"1 of {len(CHECKLIST)} done"]


def test_ticks_are_seeded_from_the_case() -> None:
    case = Case(checklist=[CHECKLIST[2].id])
    at = open_page("game_plan", case, parts=True)
    assert [c.value for c in at.checkbox] == [item.id == CHECKLIST[2].id for item in CHECKLIST]


def test_asks_are_listed_most_worth_asking_first() -> None:
    case = example_case()
    at = open_page("game_plan", case.model_copy(update={"reasons": case.reasons[:3]}))  # going to negotiate
    page = texts(at)
    # severity × odds: night shifts 8 × 40, pay 6 × 45, home days 4 × 55.
    first = page.index("1. Day or evening shifts only")
    second = page.index("2. \\+10 % on the advertised pay")
    third = page.index("3. One day a week from home after training")
    assert first < second < third


def test_no_asks_points_to_the_sort_page() -> None:
    at = open_page("game_plan")
    assert "No asks yet." in texts(at)
    assert ("Add an ask to a negotiable reason", "sort") in page_links(at)


def test_the_example_closes_honestly_and_puts_no_asks_it_will_not_make() -> None:
    at = open_page("game_plan", example_case())
    (closing,) = at.info
    # go for the practice; the example needs the income (7 of 10), so it neither turns the job down in the room
    # nor shows a hesitation that could cost the offer
    assert "I'd like to hear about the next steps. If you make me an offer, I'll give you a clear answer quickly." \
        in str(closing.value)
    assert "right match" not in str(closing.value)
    assert "They matter only if the work itself" in texts(at)
    assert "Day or evening shifts only" not in texts(at)


def test_notes_write_the_case() -> None:
    at = open_page("game_plan", parts=True)
    at.text_area(key="plan_notes").input("Ask about the training.").run()
    assert_ok(at)
    assert the_case(at).notes == "Ask about the training."
    assert not errors(at)


SKIP_CASE = Case.model_validate({
    "job": {"title": "Telesales", "interviews_so_far": 20, "experience_years": 15, "similarity": 0,
            "network_value": 0, "curiosity": 0, "financial_need": 0, "dread": 9, "travel_hours": 6,
            "travel_cost": 100, "spare_money": 50},
    "reasons": [{"label": "Cold calls all day", "kind": "core", "severity": 10}],
})


def test_a_skip_verdict_opens_with_the_polite_decline_then_what_to_do_if_going_anyway() -> None:
    at = open_page("game_plan", SKIP_CASE)
    assert_ok(at)
    headers = [str(h.value) for h in at.header]
    assert headers[:3] == ["Decline politely, and soon", "If you go anyway", "Prepare"]
    assert "Closing honestly" not in headers
    assert "decided not to go ahead" in at.info[0].value


def test_someone_taking_another_offer_is_told_why_in_their_terms_and_asked_for_no_asks() -> None:
    """Wei holds an offer he will take and a balance that leans towards going (+0.32): he was told
    "The balance says skip it" and nudged to add an ask to a job he will not take."""
    assert evaluate(person("wei_two_offers_rail"), flip=False).balance > 0
    at = open_page("game_plan", person("wei_two_offers_rail"))
    assert_ok(at)
    assert "I've decided to take another offer" in at.info[0].value
    shown = texts(at)
    assert "You will take the other offer: send a line like this one now" in shown
    assert "The balance says skip it" not in shown
    assert "Nothing to ask for: you will take the other offer" in shown
    assert "Add an ask to a negotiable reason" not in [label for label, _ in page_links(at)]


def test_a_go_verdict_ends_with_the_honest_close_and_lists_questions_to_ask() -> None:
    at = open_page("game_plan", example_case())
    headers = [str(h.value) for h in at.header]
    assert headers.index("Questions to ask them") < headers.index("Closing honestly")
    assert "Decline politely, and soon" not in headers
    assert "What does an ordinary day in this role look like?" in texts(at)


def test_the_checklists_rehearsal_leads_to_practise_for_the_owner_only() -> None:
    practise = ("Rehearse on Practise", "practise")
    assert practise in page_links(open_page("game_plan"))
    mentor = app(query={"review": encode(example_case())}).run()
    mentor.switch_page("pages/game_plan.py").run()
    assert_ok(mentor)
    assert practise not in page_links(mentor)


def test_the_plan_names_the_verdict_it_follows_once_there_is_one() -> None:
    """Reached from the quick check, the plan would otherwise not say which verdict it is for."""
    assert "Your verdict: **Go for the practice and the contacts**" in texts(open_page("game_plan", example_case()))
    assert "Your verdict:" not in texts(open_page("game_plan", Case()))  # no job, no reason: no verdict yet
    quick = add_reason(Case(), "The pay is too low")  # what the quick check asks: a reason, no job named
    verdict = VERDICT_TITLES[evaluate(quick).verdict]
    assert f"Your first answer, from the quick check: **{verdict}**" in texts(open_page("game_plan", quick))
