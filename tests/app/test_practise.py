"""Practise, after the Game plan: questions suggested and confirmed, drafted (STAR for behavioural
ones), rehearsed one at a time against a clock; shared with a mentor only when the owner chooses;
looked back on in the debrief."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.practice import Feeling
from advisor.editing.edits import set_job
from advisor.editing.practice_edits import DraftField, choose_questions, set_came_up, set_draft, set_feeling
from advisor.editing.reviews import set_draft_note, start_review
from advisor.practice.hints import hint
from advisor.practice.questions import QUESTIONS, question
from advisor.practice.rehearsal import progress_line, rehearsal_order, suggested
from advisor.sharing.codec import decode, encode, for_link
from advisor.sharing.journal import Journal, question_table
from tests.app.conftest import (
    BOTH_CASES,
    app,
    assert_ok,
    errors,
    nodes,
    open_page,
    open_page_alone,
    open_parts,
    page_links,
    texts,
    the_case,
)
from ui import keys
from ui.practice.rehearsing import CLOCK_LIMIT
from ui.shell import guard

PAGE = "practise"
WHY = "why_here"  # a question the case answers a hint for
STAR = next(q.id for q in QUESTIONS if q.star)
FIELDS: tuple[DraftField, ...] = ("situation", "task", "action", "result")


def _drafted() -> Case:
    """The example case with two questions chosen: one answered, one behavioural with its STAR."""
    case = choose_questions(example_case(), [WHY, STAR])
    case = set_draft(case, WHY, "answer", "The night team handles calls from three countries.")
    for field in FIELDS:
        case = set_draft(case, STAR, field, f"My {field} in a line.")
    return case


def _field(question_id: str, field: str) -> str:
    return f"{keys.PRACTISE_FIELD}{field}_{question_id}"


@BOTH_CASES
def test_renders_with_its_progress_line_first(case: Case) -> None:
    at = open_page(PAGE, case)
    assert_ok(at)
    assert [t.value for t in at.title] == ["Practise"]
    assert at.main.markdown[0].value == f"**{progress_line(case)}**"


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone(PAGE, _drafted())
    assert_ok(at)
    assert [t.value for t in at.title] == ["Practise"]


def test_it_comes_after_the_game_plan() -> None:
    at = open_page(PAGE, example_case())
    links = page_links(at)
    assert ("Back: Game plan", "game_plan") in links and ("Next: Share", "share") in links
    at.switch_page("pages/game_plan.py").run()
    assert ("Next: Practise", "practise") in page_links(at)


def test_the_suggestions_are_offered_and_taken_only_once_confirmed() -> None:
    case = example_case()
    at = open_page(PAGE, case)
    offered = suggested(case)
    assert len(offered) == 6
    assert all(question(q).text in texts(at) for q in offered)
    assert the_case(at).drafts == []  # shown, never chosen silently
    at.button(key=keys.PRACTISE_SUGGESTED).click().run()
    assert_ok(at)
    assert [d.question for d in the_case(at).drafts] == list(offered)
    assert keys.PRACTISE_SUGGESTED not in {b.key for b in at.button}
    assert at.main.markdown[0].value == f"**{progress_line(the_case(at))}**"


def test_a_question_is_picked_drafted_and_dropped_with_an_undo() -> None:
    at = open_page(PAGE, example_case())
    pick = f"{keys.PRACTISE_PICK}{WHY}"
    open_parts(at, f"{keys.PRACTISE_GROUP}{question(WHY).group}")
    at.checkbox(key=pick).check().run()
    assert [d.question for d in the_case(at).drafts] == [WHY]
    open_parts(at, f"{keys.PRACTISE_DRAFT}{WHY}")
    assert question(WHY).listening_for in texts(at)
    made = hint(the_case(at), WHY)
    assert made is not None and at.info[0].value.replace("\u2060", "").replace("\\", "") == made
    at.text_area(key=_field(WHY, "answer")).input("I want to see how a night team works.").run()
    assert_ok(at)
    assert the_case(at).drafts[0].answer == "I want to see how a night team works."
    assert "seconds to say" in texts(at)
    open_parts(at, f"{keys.PRACTISE_GROUP}{question(WHY).group}")
    at.checkbox(key=pick).uncheck().run()
    assert the_case(at).drafts == []
    assert "no longer among your questions" in texts(at)
    at.button(key="app_undo_button").click().run()
    assert the_case(at).drafts[0].answer == "I want to see how a night team works."


def test_a_behavioural_question_is_drafted_in_four_star_fields() -> None:
    at = open_page(PAGE, choose_questions(example_case(), [STAR]))
    open_parts(at, f"{keys.PRACTISE_DRAFT}{STAR}")
    assert [a.key for a in at.text_area] == [_field(STAR, field) for field in FIELDS]
    for field in FIELDS:
        at.text_area(key=_field(STAR, field)).input(f"The {field}, said plainly.").run()
    draft = the_case(at).drafts[0]
    assert [getattr(draft, field) for field in FIELDS] == [f"The {field}, said plainly." for field in FIELDS]
    assert not errors(at)


def test_a_rehearsal_follows_its_order_with_a_clock_and_keeps_how_each_felt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "BOUNCE_SECONDS", 0.0)  # a test clicks faster than any person
    case = _drafted()
    at = open_page(PAGE, case)
    at.button(key=keys.PRACTISE_START).click().run()
    order = rehearsal_order(case, at.session_state[keys.REHEARSAL].seed)
    assert sorted(order) == sorted([WHY, STAR])
    for place, (asked, feeling) in enumerate(zip(order, (Feeling.CONFIDENT, Feeling.NOT_YET), strict=True)):
        assert f"Question {place + 1} of 2" in texts(at)
        assert question(asked).text in [str(s.value) for s in at.subheader]
        assert any(":material/timer: **0:0" in str(m.value) for m in at.markdown)
        at.button(key=f"{keys.PRACTISE_FEEL}{feeling}").click().run()
        assert_ok(at)
        assert next(d.feeling for d in the_case(at).drafts if d.question == asked) is feeling
    assert "That was all 2." in texts(at)
    assert at.main.markdown[0].value == f"**{progress_line(the_case(at))}**"
    assert progress_line(the_case(at)) != progress_line(case)


def test_a_mentor_on_practise_is_sent_to_mentor_review() -> None:
    at = app(query={"review": encode(for_link(_drafted(), include_notes=False, include_drafts=True))}).run()
    at.switch_page(f"pages/{PAGE}.py").run()
    assert_ok(at)
    assert "Practising belongs to the case's owner." in texts(at)
    assert not at.text_area


def _as_mentor(case: Case) -> AppTest:
    at = app(query={"review": encode(case)}).run()
    at.switch_page("pages/mentor.py").run()
    at.text_input(key="mentor_name").input("Sam")
    at.button(key="mentor_start").click().run()
    assert_ok(at)
    return at


def test_a_mentor_leaves_a_note_on_a_shared_answer() -> None:
    case = _drafted()
    at = _as_mentor(for_link(case, include_notes=False, include_drafts=True))
    assert "Their practice answers" in [str(s.value) for s in at.subheader]
    open_parts(at, f"{keys.MENTOR_DRAFT_PART}0_{WHY}")
    assert "The night team handles calls from three countries." in texts(at).replace("\u2060", "")
    at.text_area(key=f"{keys.MENTOR_DRAFT_NOTE}0_{WHY}").input("Say what you would learn there.").run()
    assert_ok(at)
    reviewed = the_case(at)
    assert reviewed.reviews[0].draft_notes == {WHY: "Say what you would learn there."}
    assert reviewed.drafts == case.drafts and reviewed.revision == case.revision


def test_a_mentor_link_without_drafts_asks_for_no_note_on_them() -> None:
    at = _as_mentor(for_link(_drafted(), include_notes=False))
    assert "Their practice answers" not in [str(s.value) for s in at.subheader]
    assert all(question(WHY).text not in e.label for e in at.expander)


def test_the_owner_reads_a_mentors_note_beside_the_answer_and_in_the_review() -> None:
    reviewed = set_draft_note(start_review(_drafted(), "Ada"), "Ada", WHY, "Name one thing you would learn.")
    at = open_page(PAGE, reviewed)
    open_parts(at, f"{keys.PRACTISE_DRAFT}{WHY}")
    assert "**Ada**, on this answer: Name one thing you would learn." in texts(at)
    at.switch_page("pages/mentor.py").run()
    assert f"- **On “{question(WHY).text}”**: Name one thing you would learn." in texts(at)


def _links(at: AppTest) -> dict[str, Case]:
    """The case each link shown to copy carries, by the kind of link (``review``, ``case``)."""
    data = [json.loads(box.proto.json) for box in nodes(at, "bidi_component") if box.proto.json]
    queries = [parse_qs(urlsplit(shown["text"]).query) for shown in data if shown.get("what") == "link"]
    return {kind: decode(tokens[0]) for query in queries for kind, tokens in query.items()}


def test_the_review_link_carries_the_drafts_only_when_switched_on() -> None:
    case = _drafted()
    at = open_parts(open_page("share", case), "share_part_review", "share_part_own")
    assert at.toggle(key=keys.SHARE_DRAFTS).value is False
    assert at.toggle(key=keys.SHARE_OWN_DRAFTS).value is True  # the owner's own link brings everything back
    links = _links(at)
    assert links["review"].drafts == [] and links["case"].drafts == case.drafts
    at.toggle(key=keys.SHARE_DRAFTS).set_value(True).run()
    at.toggle(key=keys.SHARE_OWN_DRAFTS).set_value(False).run()
    assert_ok(at)
    links = _links(at)
    assert links["review"].drafts == case.drafts and links["case"].drafts == []


def test_a_case_without_drafts_asks_nothing_about_them_on_share() -> None:
    at = open_page("share", example_case())
    assert keys.SHARE_DRAFTS not in {t.key for t in at.toggle}


def test_the_debrief_asks_which_prepared_questions_came_up() -> None:
    at = open_page("debrief", _drafted())
    open_parts(at, keys.DEBRIEF_CAME_UP_PART)
    boxes = [c for c in at.checkbox if c.key and c.key.startswith(keys.DEBRIEF_CAME_UP)]
    assert [c.label for c in boxes] == [question(WHY).text, question(STAR).text]
    at.checkbox(key=f"{keys.DEBRIEF_CAME_UP}{STAR}").check().run()
    assert_ok(at)
    debrief = the_case(at).debrief
    assert debrief is not None and debrief.came_up == [STAR]


def test_without_prepared_questions_the_debrief_does_not_ask() -> None:
    at = open_page("debrief", example_case())
    assert "Which of your prepared questions came up" not in [e.label for e in at.expander]


def _journal_page(*cases: Case) -> AppTest:
    at = app(example_case())
    at.session_state[keys.JOURNAL] = Journal(cases=list(cases))
    at.run()
    at.switch_page("pages/journal.py").run()
    assert_ok(at)
    return at


def test_the_journal_shows_the_questions_that_keep_coming_and_how_each_felt() -> None:
    first = set_came_up(set_feeling(_drafted(), WHY, Feeling.SHAKY), [WHY])
    second = set_feeling(choose_questions(set_job(example_case(), "title", "Night porter"), [WHY]), WHY,
                         Feeling.CONFIDENT)
    at = _journal_page(first, second)
    shown = [t.value for t in at.table if "How it felt" in t.value.columns]
    assert len(shown) == 1
    assert shown[0].equals(question_table([first, second]).set_index("Question"))
    assert shown[0].index[0] == question(WHY).text  # the one that came up, first


def test_the_journal_says_where_the_questions_come_from_before_any_was_prepared() -> None:
    at = _journal_page(example_case())
    assert "Choose questions on Practise before an interview" in texts(at)


def test_a_clock_left_running_stops_after_ten_minutes() -> None:
    """A tab forgotten mid-rehearsal stops asking the server for a rerun every second."""
    at = open_page(PAGE, _drafted())
    at.button(key=keys.PRACTISE_START).click().run()
    assert any(":material/timer: **0:0" in str(m.value) for m in at.markdown)
    under_way = at.session_state[keys.REHEARSAL]
    at.session_state[keys.REHEARSAL] = replace(under_way, started=under_way.started - CLOCK_LIMIT)
    at.run()
    assert_ok(at)
    assert "The clock stopped at 10 minutes." in texts(at)
    assert not any(":material/timer:" in str(m.value) for m in at.markdown)


def test_questions_that_came_up_before_and_did_not_end_confident_are_offered_again() -> None:
    earlier = set_came_up(set_feeling(_drafted(), WHY, Feeling.SHAKY), [WHY, STAR])
    earlier = set_feeling(earlier, STAR, Feeling.CONFIDENT)  # came up, and felt confident: not offered
    at = app(set_job(example_case(), "title", "Night porter"))
    at.session_state[keys.JOURNAL] = Journal(cases=[earlier])
    at.run()
    at.switch_page(f"pages/{PAGE}.py").run()
    assert_ok(at)
    assert f"- {question(WHY).text} (it came up once; last time: shaky)" in texts(at)
    assert question(STAR).text not in texts(at).split("These 6")[0]
    at.button(key=keys.PRACTISE_AGAIN).click().run()
    assert_ok(at)
    assert [d.question for d in the_case(at).drafts] == [WHY]
    assert keys.PRACTISE_AGAIN not in {b.key for b in at.button}  # chosen now: nothing left to offer
