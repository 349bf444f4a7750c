"""Hints built from the case: each person's own reasons to go, their own words quoted whole,
their asks and walk-away lines, and never a sentence their case does not back."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.article.factors import Kind
from advisor.article.reasons import reason_topic
from advisor.case.examples import example_case
from advisor.case.models import Case, Job, Reason
from advisor.case.pros import MAX_PROS, Pro
from advisor.practice.hints import HINTED, hint, reasons_to_go
from advisor.practice.questions import QUESTIONS
from advisor.reading.topics import Topic
from tests.unit.strategies import cases, labels

# Sentences that would lie for the person: wanting the job, loving the company, a lifelong wish.
PRETENDING = re.compile(r"\byou (?:really )?(?:want|love|adore) (?:this|the) (?:job|role|company)|\bpassion|"
                        r"\bdream job|\balways wanted|\byou are excited|\bperfect (?:fit|match)", re.IGNORECASE)


def graduate() -> Case:
    """The example's new graduate, curious about the industry, with two things they like about the job."""
    case = example_case()
    return case.model_copy(update={"job": case.job.model_copy(update={"curiosity": 8}), "pros": [
        Pro(id=0, label="Free training in customer care", weight=8),
        Pro(id=1, label="The team I met at the open day", weight=6)]})


def accountant() -> Case:
    """A seasoned accountant for whom only the contacts make going worth it."""
    return Case(
        job=Job(title="Junior accountant", company="Fenwick & Co", activity="Bookkeeping for small firms",
                interviews_so_far=12, experience_years=6, network_value=9, curiosity=2, similarity=1,
                financial_need=3),
        reasons=[Reason(label="Open-plan office with no quiet room", severity=6, kind=Kind.CORE)],
        pros=[Pro(id=0, label="Ten minutes from home, on foot", weight=7)],
    )


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", text) if s]


def test_the_motivation_hint_names_each_cases_own_reasons_to_go_and_nothing_of_the_other() -> None:
    ours, theirs = hint(graduate(), "why_here"), hint(accountant(), "why_here")
    assert ours is not None and theirs is not None
    # Each person's own pros, quoted whole and as typed; none of the other's.
    assert "“Free training in customer care” and “The team I met at the open day”" in ours
    assert "“Ten minutes from home, on foot”" in theirs
    assert "Ten minutes" not in ours and "Free training" not in theirs and "open day" not in theirs
    # Each one's reasons to go, from their own answers: the graduate's practice, rehearsal, contacts and inside
    # view; only the contacts for the accountant, who has had twelve interviews and little curiosity.
    assert set(reasons_to_go(graduate())) == {"practice", "dream_path", "connections", "inside_view"}
    assert reasons_to_go(graduate())[0] == "practice"
    assert reasons_to_go(accountant()) == ("connections",)
    [going] = [s for s in sentences(ours) if s.startswith("What makes going worth it for you, by your own answers: ")]
    for words in ("the practice", "a rehearsal for the interviews for “Junior marketing analyst”", "the contacts",
                  "the inside view of the industry"):
        assert words in going, words
    assert "What makes going worth it for you, by your own answers: the contacts." in theirs
    assert "the practice" not in theirs and "inside view" not in theirs and "Junior marketing analyst" not in theirs
    # Each names its own company; neither says the person wants the job or anything their case does not say.
    assert "Brightline Telecom" in ours and "Fenwick & Co" in theirs and "Brightline" not in theirs
    for text in (ours, theirs):
        for sentence in sentences(text):
            assert not PRETENDING.search(sentence), sentence


def test_a_case_that_says_little_gets_questions_to_think_about_not_invented_reasons() -> None:
    said = hint(Case(), "why_here")
    assert said is not None
    assert reasons_to_go(Case()) == ()
    assert "You have not listed anything you like about this job." in said
    assert "Your answers do not yet say what going would give you" in said
    assert "What makes going worth it" not in said and "“" not in said


def test_an_argument_weighed_from_starting_values_is_never_named() -> None:
    """A new case weighs the practice from the middle of its scales: the person never said it."""
    case = Case(job=Job(title="Agent"))
    assert case.job.answered == ["title"]
    assert "practice" not in reasons_to_go(case)
    assert "practice" in reasons_to_go(case.model_copy(update={"job": Job(title="Agent", interviews_so_far=0,
                                                                            early_career=True)}))


def test_the_salary_hint_gives_the_pay_ask_and_the_walk_away_line() -> None:
    case = example_case()
    reasons = [r.model_copy(update={"walk_away": "+5 % and paid training"}) if r.catalog_id == "pay" else r
               for r in case.reasons]
    said = hint(case.model_copy(update={"reasons": reasons}), "salary")
    assert said is not None
    assert "Your ask on pay is “+10 % on the advertised pay”" in said
    assert "The least you would accept is “+5 % and paid training”" in said
    assert "“Day or evening shifts only” (for “Night shifts”)" in said  # the other asks, for the talk about terms
    no_line = hint(case, "salary")
    assert no_line is not None and "You have not set the least you would accept" in no_line


def test_the_salary_hint_without_pay_among_the_reasons_says_what_to_do_instead() -> None:
    said = hint(accountant(), "salary")
    assert said is not None and said.startswith("Pay is not among your reasons.")
    assert "need the income" not in said  # they said the income matters little


def test_five_years_and_why_leaving_use_the_job_the_person_wants_and_their_experience() -> None:
    five = hint(graduate(), "five_years")
    assert five is not None and "“Junior marketing analyst”" in five and "early in your career" in five
    assert "such as “Free training in customer care”" in five
    leaving = hint(accountant(), "why_leaving")
    assert leaving is not None and leaving.startswith("With 6 years of work behind you")
    assert "You have not named the job you really want" in leaving
    start = hint(graduate(), "why_leaving")
    assert start is not None and "start of your working life" in start


def test_only_the_hard_questions_have_hints() -> None:
    assert {"why_here", "five_years", "why_leaving", "salary"} <= set(HINTED)
    for q in QUESTIONS:
        assert (hint(example_case(), q.id) is None) == (q.id not in HINTED), q.id


@pytest.mark.parametrize("question_id", HINTED)
def test_hints_are_sentences(question_id: str) -> None:
    for case in (Case(), example_case(), graduate(), accountant()):
        said = hint(case, question_id)
        assert said is not None
        for sentence in sentences(said):
            assert sentence[0].isupper() or sentence[0] == "“", sentence
            assert sentence.endswith((".", "?")), sentence


def without_their_words(text: str, case: Case) -> str:
    """The hint with every text the person typed taken out: what is left is the app's own words."""
    theirs = [case.job.company, case.job.wanted_job, *(p.label for p in case.pros),
              *(t for r in case.reasons for t in (r.label, r.ask, r.walk_away))]
    for words in sorted(filter(None, theirs), key=len, reverse=True):
        text = text.replace(words, "")
    return text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_no_hint_of_any_case_pretends_for_the_person(case: Case) -> None:
    for question_id in HINTED:
        said = hint(case, question_id)
        assert said is not None and said.strip()
        assert not PRETENDING.search(without_their_words(said, case)), said


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(labels(80), st.integers(0, 10)), min_size=1, max_size=MAX_PROS, unique_by=lambda p: p[0]))
def test_own_pros_are_quoted_whole_the_weightiest_first(pros: list[tuple[str, int]]) -> None:
    case = example_case().model_copy(update={"pros": [
        Pro(id=place, label=label, weight=weight) for place, (label, weight) in enumerate(pros)]})
    said = hint(case, "why_here")
    assert said is not None
    weightiest = sorted(case.pros, key=lambda pro: -pro.weight)
    about_pay = [reason_topic(pro.label, case.job.activity) is Topic.PAY for pro in weightiest]
    # what they like about the pay is named apart (not the answer to lead with), the rest first
    for group in ([p for p, pay in zip(weightiest, about_pay, strict=True) if not pay][:3],
                  [p for p, pay in zip(weightiest, about_pay, strict=True) if pay][:3]):
        places = [said.find(f"“{pro.label}”") for pro in group]
        assert -1 not in places, group  # each whole, as typed (cleaned of control characters and outer spaces)
        if not any(a.label in b.label for a in group for b in group if a is not b):
            assert places == sorted(places)


def test_tell_me_is_a_thread_from_the_persons_own_start_to_where_they_head() -> None:
    ours, theirs = hint(graduate(), "tell_me"), hint(accountant(), "tell_me")
    assert ours is not None and theirs is not None
    assert ours.startswith("You are early in your career") and "“Junior marketing analyst”" in ours
    assert theirs.startswith("Start from your 6 years of work") and "End with what you want to do next." in theirs
    assert "early in your career" not in theirs


def test_money_is_a_fair_reason_but_not_the_answer_to_why_here() -> None:
    """Someone who likes only the pay (the panel's Ravi, in debt) is not told to open "Why do you
    want to work here?" with it; a quotation ending its sentence takes no second full stop."""
    case = example_case().model_copy(update={"pros": [Pro(id=0, label="The pay would clear my debt within a year.",
                                                          weight=8)]})
    said = hint(case, "why_here")
    assert said is not None
    assert said.startswith("You have not listed anything you like about this job beyond the money.")
    assert "“The pay would clear my debt within a year.”, is a fair reason, but not the one to lead with" in said
    assert "Start from what you told us" not in said
    assert ".”." not in said
