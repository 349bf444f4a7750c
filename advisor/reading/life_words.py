"""Words that name the person's own circumstances, not the job: what Sort asks about, since only the
person can say whether an employer could make room for them ("much of it is phone calls, and I'm
deaf"). Kept apart from ``advisor.reading.word_lists`` for its length.
"""

from __future__ import annotations

LIFE: tuple[str, ...] = (
    "my kids", "carer for", "physio", "disabilit*", "school drop off", "ivf", "visa",
    "emigrat*", "back injury", "go back to uni", "moving to scotland", "part time degree",
    "own business", "back to college", "back to school", "back to uni", "back to university",
    "back to study*", "back to education", "full time education", "travel the world", "gap year",
    "year out", "career break", "going travelling", "travelling for a year", "another country",
    "young children", "young kids", "school run*", "caring responsibilit*",
    # what a move would leave behind: the person's life, not this job
    "leaving a team", "leave a team", "leaving my team", "leave my team", "leaving my job",
    "leave my job", "leaving my current", "leave my current", "miss my colleagues",
    "miss my team", "where i know nobody", "where i know no one", "know nobody there",
    "know no one there", "away from my friends", "away from my family",
    "gap on my cv", "gap in my cv", "cv gap", "employment gap", "career gap",
    "being asked about", "being asked why", "asked about my", "asked why i",
    "explain the gap", "explaining the gap", "explain why i", "explaining why i",
    "criminal record", "why i left", "why i was sacked", "why i was fired",
    # the person's own body, age and languages: whether the employer could make room
    # for them is theirs to say ("much of it is phone calls, and I'm deaf")
    "deaf", "hard of hearing", "my hearing", "blind", "partially sighted", "my eyesight",
    "my back", "my knee*", "my hip*", "my shoulder*", "my joints", "my health",
    "wheelchair user", "disabled", "diabetes", "diabetic", "epilep*", "dyslexi*",
    "year old", "years old", "too old", "ageis*", "rusty", "my english", "in english",
    "my german", "in german", "my french", "in french", "language skills", "speak the language",
    # a move of the person's own home, someone they care for, a course of study they chose
    "mov* back to", "mov* back home", "mov* abroad", "dialysis", "chemo", "my nan", "drive nan",
    "my gran*", "my elderly", "look* after my", "car* for my", "law school", "med* school",
    "nursing school", "grad* school", "start* uni", "start* university", "start* college",
    "my studies", "never leave", "never get out", "get stuck there",  # where the job leaves one
    # nerves about the interview, not the job ("more scared of the interview itself")
    "scared of the interview", "afraid of the interview", "nervous about the interview",
    "interview nerves", "scared of interviews", "interviews scare", "the interview itself",
)
