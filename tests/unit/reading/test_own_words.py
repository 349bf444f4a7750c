"""Sorting reasons in the person's own words: a table of phrasings and the sort a person would pick.

Issue 14 (point 8): real users saw "Nothing to do with UX design" and "Hours of cold sales calls
every day" sorted negotiable, which skewed their verdicts. The table below is how people actually
write their reasons, each with the main activity they described where it matters and the kind
they would choose themselves. The suggestion is a word-list heuristic, so the bar is a score
(at least 90 % of rows), not every row; ``pytest -s`` prints the score and the rows it misses.

The lists were written with the first rows in view, so those say little about new phrasings.
The last 34 rows (from "Answering the same questions" on, spread over the sections) were written
after the rest passed and scored 79 % before the words they lacked were added ("support",
"looking after", "their product", "starting salary", "long drive"); expect about that on
phrasings nobody has tried yet, and add a row here with each one reported.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from advisor.article.factors import KIND_LABELS, Kind
from advisor.article.reasons import REASONS, sort_note, suggest_kind
from advisor.reading.naming import activity_words

CORE, NEGOTIABLE = Kind.CORE, Kind.NEGOTIABLE

CALLS = "Answering customers' calls about bills"
COLD_CALLS = "Making cold sales calls to small businesses"
CLAIMS = "Processing insurance claims"
OLD_CODE = "Maintaining old banking software"
TEACHING = "Teaching maths to teenagers"
WAREHOUSE = "Picking orders in a warehouse"
CARE = "Caring for elderly people in their homes"
NIGHT_CLEANING = "Cleaning offices at night"
INVOICES = "Entering invoices into spreadsheets"
PARKS = "Looking after the town's parks"
DELIVERY = "Delivering parcels by van"

# (the reason as typed, the main activity typed on the Job page, the kind a person would choose)
TABLE: tuple[tuple[str, str, Kind], ...] = (
    # The work itself, in many forms
    ("Nothing to do with UX design", CLAIMS, CORE),
    ("Hours of cold sales calls every day", COLD_CALLS, CORE),
    ("Hours of cold sales calls every day", "", CORE),
    ("Cleaning toilets", "", CORE),
    ("Data entry all day", INVOICES, CORE),
    ("Data entry all day", "", CORE),
    ("I'd be selling insurance", "", CORE),
    ("Writing code in COBOL", OLD_CODE, CORE),
    ("The job is just answering phones", CALLS, CORE),
    ("On the phone all day", CALLS, CORE),
    ("Talking about bills all day", CALLS, CORE),
    ("Hours on the phone", CALLS, CORE),
    ("Dealing with complaints", CALLS, CORE),
    ("Picking orders for eight hours", WAREHOUSE, CORE),
    ("Lifting heavy boxes", WAREHOUSE, CORE),
    ("Stacking shelves", "", CORE),
    ("Nothing but spreadsheets", INVOICES, CORE),
    ("Marking homework every evening", TEACHING, CORE),
    ("Teenagers who don't want to learn", TEACHING, CORE),
    ("I can't stand teaching", "", CORE),
    ("Washing and dressing strangers", CARE, CORE),
    ("Driving around all day", DELIVERY, CORE),
    ("Cutting grass in the rain", PARKS, CORE),
    ("Not what I studied", "", CORE),
    ("Not my field at all", "", CORE),
    ("It's unrelated to my degree", "", CORE),
    ("The tasks are dull", "", CORE),
    ("Boring, repetitive work", "", CORE),
    ("I'd hate doing paperwork", "", CORE),
    ("The work itself", "", CORE),
    ("Selling things people don't need", "", CORE),
    ("Pushy sales targets", "", CORE),
    ("Meetings all day", "", CORE),
    ("Market research all day", "", CORE),
    ("Leading a team of twenty", "", CORE),
    ("I don't want to work in retail", "Serving customers at the till", CORE),
    ("Spending all day in front of a screen", "", CORE),
    ("Too much time with customers on the phone", "", CORE),
    ("Handling angry callers", CALLS, CORE),
    ("Filling in forms", "", CORE),
    ("Being a receptionist", "Greeting visitors at the front desk", CORE),
    ("I want to be a designer, not a tester", "Testing mobile apps", CORE),
    ("I'd be a glorified secretary", "", CORE),
    ("Packing boxes in a freezing warehouse", "", CORE),
    ("Chasing unpaid invoices", "", CORE),
    ("The subject matter is boring", "", CORE),
    ("Emptying bins", "", CORE),
    ("No creative freedom", "", CORE),
    ("Too many calls at night", CALLS, CORE),
    ("Answering the same questions over and over", CALLS, CORE),
    ("I'm a developer, this is a support role", "Helping users reset passwords", CORE),
    ("Mostly spreadsheets and reports", "", CORE),
    ("Not using my languages at all", "Translating contracts", CORE),
    ("Lots of cold calling", "", CORE),
    ("Selling to people who don't want it", "", CORE),
    ("Standing behind a till", "", CORE),
    ("Looking after toddlers", "Running a nursery room", CORE),
    ("It's basically a sales job", "", CORE),
    ("Constantly fixing printers", "", CORE),
    ("Entering data", "", CORE),
    ("Dealing with debt collection", "", CORE),
    ("No coding at all", "Managing IT suppliers", CORE),
    ("Pure admin", "", CORE),
    ("Checking invoices against orders", "Checking invoices", CORE),
    ("Babysitting other people's projects", "", CORE),
    # The people
    ("A manager who micromanages", "", CORE),
    ("Rude customers", CALLS, CORE),
    ("I don't get on with the team", "", CORE),
    ("The colleagues seemed unfriendly", "", CORE),
    ("The patients are very ill", "", CORE),
    ("Unfriendly atmosphere in the team", "", CORE),
    ("The boss seemed aggressive", "", CORE),
    # What the company stands for
    ("They sell tobacco", "", CORE),
    ("The company's values", "", CORE),
    ("Their culture of long hours", "", CORE),
    ("A betting company", "", CORE),
    ("Working with kids", "", CORE),
    ("What they make is harmful", "", CORE),
    ("I don't like their product", "", CORE),
    # Pay
    ("The pay is too low", "", NEGOTIABLE),
    ("Salary below what I earn now", "", NEGOTIABLE),
    ("Too little money", "", NEGOTIABLE),
    ("Unpaid overtime", CALLS, NEGOTIABLE),
    ("Sick pay is statutory only", "", NEGOTIABLE),
    ("Pay is 20% below market", "", NEGOTIABLE),
    ("Low salary for the area", "", NEGOTIABLE),
    ("No bonus scheme", "", NEGOTIABLE),
    ("It would be a lower salary", "", NEGOTIABLE),
    ("The salary is £5k below my current one", "", NEGOTIABLE),
    ("Commission-based pay", "", NEGOTIABLE),
    ("Starting salary is low", "", NEGOTIABLE),
    # Hours and shifts
    ("Long hours", "", NEGOTIABLE),
    ("Twelve-hour days", "", NEGOTIABLE),
    ("Only 20 hours a week", "", NEGOTIABLE),
    ("Night shifts", NIGHT_CLEANING, NEGOTIABLE),
    ("Night shifts on the phone", CALLS, NEGOTIABLE),
    ("Working weekends", "", NEGOTIABLE),
    ("Early starts at 6am", "", NEGOTIABLE),
    ("The hours are 7 till 7", "", NEGOTIABLE),
    ("No flexibility on start times", "", NEGOTIABLE),
    ("Working Christmas day", "", NEGOTIABLE),
    ("I'd lose my four-day week", "", NEGOTIABLE),
    ("Rotating shifts", "", NEGOTIABLE),
    ("Expected to be available at weekends", "", NEGOTIABLE),
    ("Being on call every other weekend", "", NEGOTIABLE),
    # Commute and travel
    ("A 90-minute commute", "", NEGOTIABLE),
    ("Too far from home", "", NEGOTIABLE),
    ("Travelling abroad every month", "", NEGOTIABLE),
    ("Away from home three nights a week", "", NEGOTIABLE),
    ("Parking costs £10 a day", "", NEGOTIABLE),
    ("It's an hour and a half away", "", NEGOTIABLE),
    ("Would be a longer commute", "", NEGOTIABLE),
    ("Lots of business trips", "", NEGOTIABLE),
    ("Long drive every morning", "", NEGOTIABLE),
    ("I'd have to buy a car", "", NEGOTIABLE),
    # Place and home days
    ("No working from home", "", NEGOTIABLE),
    ("Only one home day a week", "", NEGOTIABLE),
    ("The office is in another city", "", NEGOTIABLE),
    ("Open-plan office", "", NEGOTIABLE),
    ("I'd have to move to Leeds", "", NEGOTIABLE),
    ("I'd have to relocate", "", NEGOTIABLE),
    ("On-site five days a week", "", NEGOTIABLE),
    ("No relocation package", "", NEGOTIABLE),
    ("The team is based in another country", "", NEGOTIABLE),
    # Title and contract
    ("The title is junior", "", NEGOTIABLE),
    ("A lower job title than now", "", NEGOTIABLE),
    ("The role is too junior for me", "", NEGOTIABLE),
    ("Only a 3 month trial", "", NEGOTIABLE),
    ("Fixed-term for one year", "", NEGOTIABLE),
    ("Six-month contract only", "", NEGOTIABLE),
    ("Zero-hours contract", "", NEGOTIABLE),
    ("A long probation period", "", NEGOTIABLE),
    ("Not a permanent job", "", NEGOTIABLE),
    ("They want me to start next week", "", NEGOTIABLE),
    # Benefits
    ("No pension", "", NEGOTIABLE),
    ("Only twenty days of holiday", "", NEGOTIABLE),
    ("Health insurance is poor", "", NEGOTIABLE),
    ("No company car", CARE, NEGOTIABLE),
    ("Dress code: suit and tie", "", NEGOTIABLE),
    ("They only offer 25 days annual leave", "", NEGOTIABLE),
    ("Having to wear a uniform", "", NEGOTIABLE),
    ("No car allowance", "", NEGOTIABLE),
    ("They didn't mention a pension", "", NEGOTIABLE),
    # Growth
    ("No training budget", "", NEGOTIABLE),
    ("No chance of promotion", "", NEGOTIABLE),
    ("Little career growth", "", NEGOTIABLE),
    ("No budget for courses", "", NEGOTIABLE),
    ("Slow promotion track", "", NEGOTIABLE),
    # Nothing we know: the article's advice is to ask
    ("Something else entirely", "", NEGOTIABLE),
    ("A bad feeling about it", "", NEGOTIABLE),
)

Suggest = Callable[[str, str], Kind]


def _suggested(label: str, activity: str) -> Kind:
    return suggest_kind(label, activity)[0]


def misses(suggest: Suggest = _suggested) -> list[tuple[str, str, Kind]]:
    """The rows of the table that ``suggest`` sorts differently from the person."""
    return [(label, activity, kind) for label, activity, kind in TABLE if suggest(label, activity) is not kind]


def score(suggest: Suggest = _suggested) -> float:
    """The share of the table's rows that ``suggest`` sorts as the person would (0 to 1)."""
    return 1 - len(misses(suggest)) / len(TABLE)


SCORE = score()


def test_the_table_is_large_and_covers_both_kinds() -> None:
    assert len(TABLE) >= 40
    assert len(set(TABLE)) == len(TABLE)
    assert sum(kind is CORE for _, _, kind in TABLE) >= 20
    assert sum(kind is NEGOTIABLE for _, _, kind in TABLE) >= 20


def test_at_least_nine_in_ten_rows_are_sorted_as_a_person_would() -> None:
    missed = misses()
    print(f"\nsuggest_kind: {SCORE:.1%} of {len(TABLE)} phrasings sorted as the table says")
    for label, activity, kind in missed:
        print(f"  missed: {label!r} (activity {activity!r}) should be {KIND_LABELS[kind].lower()}")
    assert SCORE >= 0.9, missed


def test_the_reasons_of_issue_14_are_core() -> None:
    assert suggest_kind("Nothing to do with UX design", CLAIMS)[0] is CORE
    assert suggest_kind("Hours of cold sales calls every day", COLD_CALLS) == (
        CORE, "It is about “cold sales calls”, part of the main activity you described: no offer changes that.")
    assert suggest_kind("Hours of cold sales calls every day")[0] is CORE


def test_every_why_names_what_it_matched() -> None:
    assert suggest_kind("The pay is too low") == (NEGOTIABLE, "It names the pay, a term of the offer that can "
                                                              "be discussed.")
    assert suggest_kind("Cleaning toilets", NIGHT_CLEANING)[1] == (
        "It is about “cleaning”, part of the main activity you described: no offer changes that.")
    assert suggest_kind("Cleaning toilets") == (CORE, "It is about cleaning toilets, the work itself: no offer "
                                                      "changes that.")
    assert "being a receptionist" in suggest_kind("Being a receptionist")[1]
    assert "(boring, repetitive)" in suggest_kind("Boring, repetitive work")[1]
    assert "selling" in suggest_kind("I'd be selling insurance")[1]
    assert "“nothing to do with”" in suggest_kind("Nothing to do with UX design")[1].casefold()
    assert "customers" in suggest_kind("Rude customers")[1]
    assert "tobacco" in suggest_kind("Working for a tobacco firm")[1]
    assert "worth asking" in suggest_kind("Something else entirely")[1]
    for label, activity, _ in TABLE:
        why = suggest_kind(label, activity)[1]
        assert why[0].isupper() and why.endswith("."), label


def test_a_term_in_the_activity_stays_negotiable() -> None:
    # The person mentioned nights in the activity; the nights are still a term of the offer.
    assert "night" not in activity_words(NIGHT_CLEANING)
    assert suggest_kind("Working nights", NIGHT_CLEANING)[0] is NEGOTIABLE


def test_the_activity_decides_what_is_the_work() -> None:
    # Health insurance is a benefit, unless selling it is the job.
    assert suggest_kind("Health insurance")[0] is NEGOTIABLE
    assert suggest_kind("Health insurance", "Selling health insurance by phone")[0] is CORE


def test_sort_note_uses_the_activity_and_says_when_the_person_moved_a_reason() -> None:
    label = "Hours of cold sales calls every day"
    assert sort_note(label, None, CORE, COLD_CALLS) == suggest_kind(label, COLD_CALLS)[1]
    moved = sort_note(label, None, NEGOTIABLE, COLD_CALLS)
    assert moved.startswith("We suggested core of the job: It is about “cold sales calls”")
    assert moved.endswith("You moved it.")
    pay = REASONS[0]
    assert sort_note("anything", pay.id, pay.kind, COLD_CALLS) == pay.why


# Activities made of real words (terms of the offer and small words among them) and of made-up ones.
VOCABULARY = (
    "answering", "customers'", "calls", "about", "bills", "night", "shifts", "cleaning", "offices", "at", "the",
    "hours", "of", "selling", "health", "insurance", "be", "a", "cashier", "teaching", "from", "home", "pay",
    "nothing", "to", "do", "with", "driving", "work", "all", "day", "team", "values", "training", "being",
)
ACTIVITY_TEXT = st.lists(
    st.sampled_from(VOCABULARY) | st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz'-"), min_size=1, max_size=9),
    max_size=12,
).map(" ".join)


@given(ACTIVITY_TEXT, st.booleans())
def test_repeating_the_activitys_own_words_is_core(activity: str, shouting: bool) -> None:
    """A reason made of the words that carry the activity (any case) is about the activity."""
    words = activity_words(activity)
    if words:
        label = " ".join(words)
        assert suggest_kind(label.upper() if shouting else label, activity)[0] is CORE


@given(st.text(max_size=120), st.text(max_size=240))
def test_any_text_gets_a_suggestion_with_a_sentence(label: str, activity: str) -> None:
    kind, why = suggest_kind(label, activity)
    assert kind in (CORE, NEGOTIABLE)
    assert why[0].isupper() and why.endswith(".")


def _read_once(marker: str) -> None:
    """Read a reason and an activity that hold ``marker``, keeping nothing of them afterwards."""
    label, activity = f"Cold calls about {marker}zz", f"Selling {marker}zz on the phone"
    suggest_kind(label, activity)
    sort_note(label, None, CORE, activity)


def _holders(needle: str) -> set[str]:
    """The kinds of object that hold a text containing ``needle`` (other than ``needle`` itself),
    found by walking everything reachable from the objects the collector tracks: a dict or tuple
    of strings alone is untracked, so ``gc.get_objects`` never lists a cache's keys by itself."""
    seen: set[int] = set()
    found: set[str] = set()
    waiting = gc.get_objects()
    while waiting:
        holder = waiting.pop()
        for kept in gc.get_referents(holder):
            if isinstance(kept, str):
                if needle in kept and kept is not needle:
                    found.add(type(holder).__name__)
            elif id(kept) not in seen:
                seen.add(id(kept))
                waiting.append(kept)
    return found


def test_no_reason_or_activity_stays_in_server_memory() -> None:
    """Every visitor shares the process: once read, a person's words must not stay in it (the
    About page says the server lets go), so nothing here caches by user text."""
    marker = uuid.uuid4().hex
    _read_once(marker)
    gc.collect()
    held = _holders(f"{marker}zz")
    assert not held, f"the reason's words are still held by: {held}"
