"""What a link of a case carries, in plain sentences, for the owner to read before sending it.

Built from the compact JSON the link really holds and from one description per field of the
model, checked by a test against the model's fields, so the list cannot drift from the model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

import orjson

from advisor.case.models import Case, Job, Review
from advisor.sharing.codec import for_link, holds_practice, to_json
from advisor.wording import spoken_list


def link_contents(case: Case, include_notes: bool, include_drafts: bool = False) -> list[str]:
    """What a link of this case carries, one plain sentence per kind of answer, for the owner
    to read before sending it.

    Derived from the compact JSON the link really holds (so an answer left at its default, which
    the link leaves out, is not listed) and from :data:`CASE_CONTENTS`, which must describe
    every field of a case; personal notes and practice answers left behind are said to be left
    behind.
    """
    sent = for_link(case, include_notes, include_drafts)
    carried = orjson.loads(to_json(sent))
    sentences = [line for field in Case.model_fields if field in carried for line in CASE_CONTENTS[field](sent)]
    if case.notes and not include_notes:
        sentences.append("It does not carry your personal notes.")
    if holds_practice(case) and not include_drafts:
        sentences.append("It does not carry your practice answers.")
    return sentences


# Each field of a job: the sentence it belongs to and how it is named there.
_JOB_SENTENCES: Mapping[str, str] = MappingProxyType({
    "job": "It carries {}.",
    "you": "It carries {}.",
    "situation": "It carries your answers about your situation: {}.",
    "answered": "It carries {}, so an answer you gave is never taken for one you left as it was.",
})
JOB_CONTENTS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "title": ("job", "the job title"),
    "company": ("job", "the company"),
    "activity": ("job", "the main activity"),
    "first_name": ("you", "your first name"),
    "gut": ("you", "your gut answer"),
    "interviews_so_far": ("situation", "how many interviews you have had"),
    "early_career": ("situation", "your experience"),
    "selling_difficulty": ("situation", "how hard you find selling yourself"),
    "wanted_job": ("situation", "the job you really want"),
    "similarity": ("situation", "how alike its interview is to the one you want"),
    "network_value": ("situation", "what the contacts and the industry mean to you"),
    "curiosity": ("situation", "what the contacts and the industry mean to you"),
    "experience_years": ("situation", "your experience"),
    "travel_hours": ("situation", "the travel time and cost"),
    "travel_cost": ("situation", "the travel time and cost"),
    "spare_money": ("situation", "your money situation"),
    "financial_need": ("situation", "your money situation"),
    "dread": ("situation", "how much you dread the interview"),
    "interview_date": ("job", "the interview date"),
    "currency": ("situation", "your money situation"),
    "taking_other_offer": ("situation", "whether you will take the other offer"),
    "answered": ("answered", "which questions you have answered"),
})


def _job(case: Case) -> list[str]:
    answered = case.job.model_dump(exclude_defaults=True)
    grouped: dict[str, list[str]] = {}
    for field in Job.model_fields:
        if field in answered:
            sentence, phrase = JOB_CONTENTS[field]
            phrases = grouped.setdefault(sentence, [])
            if phrase not in phrases:
                phrases.append(phrase)
    return [_JOB_SENTENCES[sentence].format(spoken_list(phrases)) for sentence, phrases in grouped.items()]


def _reasons(case: Case) -> list[str]:
    count = len(case.reasons)
    asks = sum(1 for reason in case.reasons if reason.ask)
    lines = sum(1 for reason in case.reasons if reason.walk_away)
    if count == 1:
        parts = ["your reason", "how much it bothers you", "how you sorted it"]
    else:
        parts = [f"your {count} reasons", "how much each bothers you", "how you sorted them"]
    if asks:
        parts.append("your ask with its odds" if asks == 1 else f"your {asks} asks with their odds")
    if lines:
        parts.append("what you would accept at the least" if lines == 1 else f"{lines} walk-away lines")
    return [f"It carries {spoken_list(parts)}."]


def _checklist(case: Case) -> list[str]:
    count = len(case.checklist)
    items = "the one ticked item" if count == 1 else f"the {count} ticked items"
    return [f"It carries {items} of your checklist."]


# Each field of a review: how the review sentence names it, for one mentor and for several.
REVIEW_CONTENTS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "mentor": ("their name", "their names"),
    "revision": ("which revision of your answers it is written on",
                 "which revision of your answers each is written on"),
    "changes": ("which revision of your answers it is written on",
                "which revision of your answers each is written on"),
    "weights": ("their weights", "their weights"),
    "pro_weights": ("their weights of what you like about the job", "their weights of what you like about the job"),
    "notes": ("their notes on your reasons", "their notes on your reasons"),
    "draft_notes": ("their notes on your practice answers", "their notes on your practice answers"),
    "overall": ("their overall note", "their overall notes"),
})


def _reviews(case: Case) -> list[str]:
    """The reviews and what of them travels: a field no review fills is left out of the link."""
    count = len(case.reviews)
    carried = {field for review in case.reviews for field in review.model_dump(exclude_defaults=True)} | {"mentor"}
    phrases: list[str] = []
    for field in Review.model_fields:
        phrase = REVIEW_CONTENTS[field][count > 1]
        if field in carried and phrase not in phrases:
            phrases.append(phrase)
    whose = "the review of one mentor" if count == 1 else f"the reviews of {count} mentors"
    return [f"It carries {whose}: {spoken_list(phrases)}."]


def _drafts(case: Case) -> str:
    count = len(case.drafts)
    chosen = "the question you chose to practise" if count == 1 else f"the {count} questions you chose to practise"
    written = sum(1 for draft in case.drafts if any(draft.texts()))
    felt = sum(1 for draft in case.drafts if draft.feeling is not None)
    parts = [chosen]
    if written:
        parts.append("your drafted answer" if written == 1 else f"your {written} drafted answers")
    if felt:
        parts.append(("how rehearsing it went" if count == 1 else "how rehearsing each went") if felt == count
                     else f"how rehearsing {felt} of them went")
    return f"It carries {spoken_list(parts)}."


# Each field of a case: the sentences telling the owner it is in the link (asked only when it is).
CASE_CONTENTS: Mapping[str, Callable[[Case], list[str]]] = MappingProxyType({
    "version": lambda case: [],  # the format of the link, nothing the owner answered
    "id": lambda case: ["It carries the case's id, a random code that lets a review sent back find this case."],
    "revision": lambda case: ["It carries the revision number of your answers, so a newer copy can be told "
                              "from an older one."],
    "job": _job,
    "reasons": _reasons,
    "weights": lambda case: ["It carries your weights: how much each factor counts for you."],
    "checklist": _checklist,
    "notes": lambda case: ["It carries your personal notes."],
    "reviews": _reviews,
    "debrief": lambda case: ["It carries your debrief of the interview."],
    "certainty": lambda case: ["It carries your yes-or-no answers on how sure you are of your choice."],
    "pros": lambda case: [f"It carries what you like about the job ({len(case.pros)} in your own words)."],
    "drafts": lambda case: [_drafts(case)],
})
