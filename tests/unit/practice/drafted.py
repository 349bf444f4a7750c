"""What the practice tests share: the example case with eight answers drafted as a person might,
and random valid cases holding drafts."""

from __future__ import annotations

from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import ValidationError

from advisor.case.examples import example_case
from advisor.case.models import Case
from advisor.case.practice import MAX_DRAFTS, STAR_PARTS, Feeling
from advisor.editing.practice_edits import choose_questions, set_draft
from advisor.practice.questions import QUESTIONS, question
from tests.unit.strategies import case_data, texts

# Eight answers of the example's new graduate, as long as spoken answers of half a minute to a minute.
EIGHT: dict[str, dict[str, str]] = {
    "tell_me": {"answer": (
        "I finished my degree in business this summer. At university I ran the student radio's social media for two "
        "years and worked weekends in a supermarket, which taught me to stay calm with a queue of tired people. I "
        "like understanding why customers do what they do, and I want a first role where I learn that every day.")},
    "why_here": {"answer": (
        "Brightline looks after a lot of people whose connection matters to their work and their families. I would "
        "like to see how a service that size is run from the inside: what customers call about, and how the team "
        "solves it on the first call. The training you give new agents in customer care is also something I want.")},
    "five_years": {"answer": (
        "I want to understand customers well enough to help shape what a company offers them. In five years I hope "
        "to have learned that close to them and to be using it in a role nearer to marketing and analysis.")},
    "hard_customer": {
        "situation": "A customer came back to the supermarket furious because a promotion had not been applied.",
        "task": "I was alone on the service desk and had to sort it out while the queue grew.",
        "action": ("I let him finish, apologised for the trouble, checked the receipt against the shelf label and "
                   "refunded the difference; then I told the manager so the label was fixed."),
        "result": "He left calm and thanked me, and the wrong label was changed that evening."},
    "weakness": {"answer": (
        "I find it hard to say no when someone asks for help, and I used to end up with too much at once. Now I "
        "write down what I have agreed to and check it before I take on more.")},
    "salary": {"answer": (
        "I would like to understand the whole package first. For night work like this I would be looking for about "
        "ten per cent above the figure in the advert.")},
    "pressure": {
        "situation": "In my final year two essays and a group presentation were due in the same week.",
        "task": "I had to hand in all three on time without letting the group down.",
        "action": ("I split the week into half-days, agreed with the group who would write which slides, and "
                   "started with the essay that needed library books."),
        "result": "All three went in on time, and the presentation got the best mark of the module."},
    "ask_them": {"answer": (
        "What does the first month look like for a new agent on nights, and how soon do people move to days?")},
}


def example_with_eight() -> Case:
    """The example case with the eight answers above drafted, through the edits a person uses."""
    case = choose_questions(example_case(), EIGHT)
    for question_id, parts in EIGHT.items():
        for field, text in parts.items():
            case = set_draft(case, question_id, field, text)  # type: ignore[arg-type]
    return case


def _draft(question_id: str) -> st.SearchStrategy[dict[str, Any]]:
    optional: dict[str, st.SearchStrategy[Any]] = {
        "answer": texts(120), "feeling": st.none() | st.sampled_from([f.value for f in Feeling])}
    if question(question_id).star:
        optional |= {part: texts(60) for part in STAR_PARTS}
    return st.fixed_dictionaries({"question": st.just(question_id)}, optional=optional)


def draft_lists() -> st.SearchStrategy[list[dict[str, Any]]]:
    """Drafts of up to twelve different questions, with any text up to a few sentences."""
    ids = st.lists(st.sampled_from([q.id for q in QUESTIONS]), unique=True, max_size=MAX_DRAFTS)
    return ids.flatmap(lambda chosen: st.tuples(*(_draft(q) for q in chosen)).map(list))


@st.composite
def drafted_cases(draw: st.DrawFn) -> Case:
    """Random valid cases holding drafts (often some came up; a mentor's notes on some of them)."""
    data = draw(case_data())
    drafts = draw(draft_lists())
    chosen = [d["question"] for d in drafts]
    data["drafts"] = drafts
    some_came_up: bool = draw(st.booleans())
    if chosen and some_came_up:
        data["debrief"] = {"came_up": draw(st.lists(st.sampled_from(chosen), unique=True))}
    if chosen and data.get("reviews"):
        notes = draw(st.dictionaries(st.sampled_from(chosen), texts(40), max_size=3))
        data["reviews"] = [{**data["reviews"][0], "draft_notes": notes}, *data["reviews"][1:]]
    try:
        return Case.model_validate(data)
    except ValidationError:
        assume(False)
        raise
