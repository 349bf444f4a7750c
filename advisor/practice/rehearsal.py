"""Preparing and rehearsing the chosen questions: which to choose, how long an answer takes to
say, what counts as prepared, and the order of a rehearsal.

An interview for a job one does not want is worth most as practice, and practice means saying
the answers aloud, one question at a time, in an order one cannot lean on.
"""

from __future__ import annotations

import math
import random
import re

from advisor.case.arguments import topic_of
from advisor.case.models import TEXT_BUDGET, Case, text_size
from advisor.case.practice import STAR_PARTS, Draft, Feeling
from advisor.practice.questions import QUESTION_ORDER, question
from advisor.reading.topics import Topic

WORDS_PER_MINUTE = 130  # a calm speaking pace in an interview
SUGGESTED = 6
# Words in the main activity that say the work is with the people it serves: customers, patients, guests …
_SERVING = re.compile(r"\b(customer|client|caller|patient|guest|shopper|passenger|visitor|tenant|public)s?\b",
                      re.IGNORECASE)


def suggested(case: Case) -> tuple[str, ...]:
    """The six questions most likely to be asked of this person for this job, in the catalogue's
    order; ``why_suggested`` says why each, in a sentence built from the case.

    "Tell me about yourself" and "Why do you want to work here?" open nearly every interview, and
    the second is the hard one when the job is not wanted. The salary question comes when pay is
    among the person's reasons (so they will have to name a number); "Why are you leaving?" when
    they have work experience (someone with a job will be asked why they want another); "Where do
    you see yourself in five years?" when they are early in their career or named the job they
    really want (a direction to put in words). The rest are the questions asked almost everywhere:
    a story about customers when the work is with people it serves (or about working with others
    when not), the weakness, working under pressure, a disagreement, the strengths, and the
    questions for them.
    """
    return tuple(sorted(why_suggested(case), key=QUESTION_ORDER.__getitem__))


_EVERYWHERE = "It comes up in most interviews, whatever the job."


def why_suggested(case: Case) -> dict[str, str]:
    """Each of the six suggested questions (``suggested``) with why it was suggested for this case."""
    job = case.job
    found = [("tell_me", "Nearly every interview opens with it."),
             ("why_here", "Nearly every interview asks it, and it is the hard one for a job you are not sure you "
                          "want.")]
    if any(topic_of(case, reason) is Topic.PAY for reason in case.reasons):
        found.append(("salary", "Pay is among your reasons, so be ready to name a number."))
    if job.experience_years > 0:
        found.append(("why_leaving", "You have worked before, so they will ask why you want a change."))
    if job.early_career or job.wanted_job:
        found.append(("five_years", "You named the job you really want: this is where that direction goes into "
                                    "words." if job.wanted_job else
                      "Early in a career, they want to hear where you are heading."))
    serving = _SERVING.search(job.activity)
    found.append(("hard_customer", "The work you described serves people directly, so expect a story about a "
                                   "difficult one.") if serving else
                 ("teamwork", "Working with others comes up in almost every interview."))
    found += [(question_id, _EVERYWHERE) for question_id in ("weakness", "pressure", "conflict", "strengths",
                                                              "ask_them")]
    return dict(found[:SUGGESTED])


def speaking_seconds(text: str) -> int:
    """About how long the text takes to say at a calm pace (``WORDS_PER_MINUTE``), in whole seconds."""
    return math.ceil(len(text.split()) * 60 / WORDS_PER_MINUTE)


def saying_time(text: str) -> str:
    """How long the text takes to say, in words: "about 40 seconds", "about 1 minute 5 seconds"."""
    minutes, seconds = divmod(speaking_seconds(text), 60)
    parts = [f"{minutes} minute{'s' if minutes != 1 else ''}"] if minutes else []
    if seconds or not minutes:
        parts.append(f"{seconds} second{'s' if seconds != 1 else ''}")
    return "about " + " ".join(parts)


def draft_text(draft: Draft) -> str:
    """What the person would say: the written answer, or else the STAR parts in their order."""
    if draft.answer:
        return draft.answer
    return " ".join(part for part in (getattr(draft, name) for name in STAR_PARTS) if part)


def prepared(draft: Draft) -> bool:
    """Whether the answer is drafted: written, or for a question about a time something happened,
    told in all four STAR parts (a situation without its result is not an answer yet)."""
    if draft.answer:
        return True
    return question(draft.question).star and all(getattr(draft, name) for name in STAR_PARTS)


def progress_line(case: Case) -> str:
    """The practice in one plain line: how many chosen answers are drafted, how many feel confident."""
    count = len(case.drafts)
    if not count:
        return "No questions chosen yet"
    done = sum(prepared(draft) for draft in case.drafts)
    sure = sum(draft.feeling is Feeling.CONFIDENT for draft in case.drafts)
    confident = ("none feels confident yet" if not sure else
                 "1 feels confident" if sure == 1 else f"{sure} feel confident")
    return f"{done} of {count} prepared, {confident}"


def rehearsal_order(case: Case, seed: int) -> tuple[str, ...]:
    """The chosen questions in a random order that the seed fixes, so a rehearsal keeps its order
    across the page's reruns and a new seed shuffles anew."""
    ids = [draft.question for draft in case.drafts]
    random.Random(seed).shuffle(ids)
    return tuple(ids)


def first_line(text: str) -> str:
    """The opening of an answer, to prompt the rest: its first line, and of that its first sentence."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    sentence = re.match(r".+?[.!?](?=\s|$)", line)
    return sentence.group(0) if sentence else line


def text_room(case: Case) -> int:
    """How much of the link's text budget is still free, for a draft's box to say how much more fits."""
    return max(TEXT_BUDGET - text_size(case), 0)
