"""What a link carries, told to the owner in sentences before it leaves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.article.checklist import CHECKLIST_IDS
from advisor.case.debrief import Debrief
from advisor.case.models import Case, Job, Reason, Review
from advisor.case.pros import Pro
from advisor.sharing import link_contents as link_contents_module
from advisor.sharing.codec import decode, encode, for_link, to_json
from advisor.sharing.link_contents import link_contents
from tests.unit.strategies import cases


def test_every_field_of_a_case_and_of_a_job_is_described() -> None:
    """A new field must say how a link shows it before the owner is told what a link carries."""
    assert set(link_contents_module.CASE_CONTENTS) == set(Case.model_fields)
    assert set(link_contents_module.JOB_CONTENTS) == set(Job.model_fields)
    assert set(link_contents_module.REVIEW_CONTENTS) == set(Review.model_fields)


def _everything(reasons: int = 3, asks: int = 2, ticked: int = 2, mentors: int = 2) -> Case:
    """A case with every field away from its default."""
    return Case(
        revision=4,
        job=Job(title="Agent", company="Acme", activity="Calls", first_name="Zoë", gut="go", dread=9),
        reasons=[Reason(label=f"r{i}", ask="more" if i < asks else "") for i in range(reasons)],
        weights={"dread": 9},
        checklist=sorted(CHECKLIST_IDS)[:ticked],
        notes="my own",
        reviews=[Review(mentor=f"m{i}") for i in range(mentors)],
        debrief=Debrief(rating=4),
    )


def test_link_contents_of_a_case_with_every_answer() -> None:
    assert link_contents(_everything(), include_notes=True) == [
        "It carries the case's id, a random code that lets a review sent back find this case.",
        "It carries the revision number of your answers, so a newer copy can be told from an older one.",
        "It carries the job title, the company and the main activity.",
        "It carries your first name and your gut answer.",
        "It carries your answers about your situation: how much you dread the interview.",
        "It carries which questions you have answered, so an answer you gave is never taken for one you left "
        "as it was.",
        "It carries your 3 reasons, how much each bothers you, how you sorted them and your 2 asks with their odds.",
        "It carries your weights: how much each factor counts for you.",
        "It carries the 2 ticked items of your checklist.",
        "It carries your personal notes.",
        "It carries the reviews of 2 mentors: their names.",
        "It carries your debrief of the interview.",
    ]


def test_link_contents_says_one_in_the_singular() -> None:
    sentences = link_contents(_everything(reasons=1, asks=1, ticked=1, mentors=1), include_notes=False)
    assert "It carries your reason, how much it bothers you, how you sorted it and your ask with its odds." in sentences
    assert "It carries the one ticked item of your checklist." in sentences
    assert "It carries the review of one mentor: their name." in sentences
    without_asks = link_contents(_everything(reasons=2, asks=0), include_notes=False)
    assert "It carries your 2 reasons, how much each bothers you and how you sorted them." in without_asks


def test_personal_notes_leave_only_when_chosen() -> None:
    case = _everything()
    assert for_link(case, include_notes=True) == case
    left = for_link(case, include_notes=False)
    assert left.notes == "" and left.model_dump(exclude={"notes"}) == case.model_dump(exclude={"notes"})
    assert b"my own" not in to_json(left) and decode(encode(left)).notes == ""
    assert link_contents(case, include_notes=False)[-1] == "It does not carry your personal notes."
    assert "It carries your personal notes." not in link_contents(case, include_notes=False)
    plain = Case()
    assert link_contents(plain, include_notes=False) == link_contents(plain, include_notes=True) == [
        "It carries the case's id, a random code that lets a review sent back find this case.",
    ]


def test_link_contents_name_what_of_a_review_travels() -> None:
    review = Review(mentor="Ada", revision=3, weights={"dread": 9}, notes={0: "ask"}, overall="go",
                    pro_weights={0: 8})
    sentences = link_contents(Case(reasons=[Reason(label="r")], pros=[Pro(id=0, label="p")], reviews=[review]),
                              include_notes=False)
    assert ("It carries the review of one mentor: their name, which revision of your answers it is written on, "
            "their weights, their notes on your reasons, their overall note and their weights of what you like "
            "about the job.") in sentences
    two = link_contents(Case(reviews=[review, Review(mentor="Bo")]), include_notes=False)
    assert ("It carries the reviews of 2 mentors: their names, which revision of your answers each is written on, "
            "their weights, their notes on your reasons, their overall notes and their weights of what you like "
            "about the job.") in two


@settings(max_examples=100, deadline=None)
@given(cases(), st.booleans())
def test_link_contents_are_sentences_and_follow_what_the_link_holds(case: Case, include_notes: bool) -> None:
    sentences = link_contents(case, include_notes)
    assert sentences[0].startswith("It carries the case's id")
    for sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith("."), sentence
    assert ("It carries your personal notes." in sentences) == bool(include_notes and case.notes)
    assert any("reviews" in s or "review of" in s for s in sentences) == bool(case.reviews)
    assert any("debrief" in s for s in sentences) == (case.debrief is not None)
