"""The word lists of the core-of-job test, read by ``advisor.reading.own_words``.

The article's test: a reason about the principal activity of the job, or about the people it is
done with, is core of the job (no offer changes it); pay, hours, shifts, travel, home days, title,
contract and the other terms around the work are negotiable. Kept as plain lists, apart from the
code that reads them, so a sort can be explained by pointing at one line here, and a phrasing
that is sorted wrongly is fixed by adding words rather than rules.

A pattern is words separated by spaces; a trailing ``*`` allows any ending ("salar*" is salary
and salaries). Hyphens in a reason count as spaces, capitals do not matter.
"""

from __future__ import annotations

# Saying the work is not the kind the person wants: whatever the offer, the work stays.
ELSEWHERE: tuple[str, ...] = (
    "nothing to do with", "not what i studied", "not what i trained for", "not what i want*",
    "not what i'm looking for", "not my field", "not in my field", "outside my field", "not my area",
    "not my thing", "not my passion", "not my kind of work", "unrelated", "not related", "different field",
    "wrong field", "not the career", "not the work i want", "not the job i want", "waste of my degree",
    "waste of my skills", "doesn't use my", "does not use my", "wouldn't use my", "not using my", "not creative",
    "no creativity",
)
# Naming the work itself without saying what it is.
ITSELF: tuple[str, ...] = (
    "the work", "work itself", "daily work", "job itself", "role itself", "task*", "duties", "activit*",
    "what i'd do", "what i would do", "what i'd be doing", "day to day",
)
# The principal activity, by what it is.
WORK: tuple[str, ...] = (
    "cold call*", "cold sales call*", "call*", "phone*", "telephone*", "headset*", "sell*", "sales",
    "quota*", "data entry", "paperwork", "admin*", "spreadsheet*", "filing", "typing", "clean*", "toilet*",
    "teach*", "lesson*", "marking", "code", "coding", "cobol", "programm*", "software", "cook*", "kitchen*",
    "driv*", "heavy lifting", "manual work", "manual labour", "physical work", "standing all day",
    "on my feet", "research*", "meeting*", "presentation*", "bookkeeping", "invoice*", "complain*",
    "ticket*", "customer service", "help desk", "helpdesk", "warehouse*", "factory", "production line",
    "assembly line", "shelf", "shelves", "care work", "nursing", "waiting tables", "bar work", "design*",
    "grunt work", "retail", "hospitality", "screen*", "forms", "support", "looking after", "look after",
)
# How doing the work feels.
LIKE: tuple[str, ...] = (
    "boring", "bored", "dull", "tedious", "repetitive", "monotonous", "mindless", "meaningless", "pointless",
    "soul destroying", "menial", "creativ*", "stressful", "exhausting", "draining",
)
# Who the work is done with: colleagues and managers, and the job's counterpart.
PEOPLE: tuple[str, ...] = (
    "colleague*", "co worker*", "coworker*", "team*", "manag*", "micromanag*", "boss*", "supervisor*",
    "director*", "leader*", "staff", "customer*", "client*", "patient*", "student*",
    "pupil*", "child*", "kid*", "teenager*", "caller*", "guest*", "passenger*", "public", "people",
    "stranger*", "parent*", "resident*", "owner*", "founder*", "ceo",
)
# What the company is and does: it comes with the job and does not bend for one hire.
VALUES: tuple[str, ...] = (
    "value*", "culture", "ethic*", "unethical", "moral*", "mission", "what they sell", "what they make",
    "they sell", "they make", "tobacco", "cigarette*", "gambling", "betting", "casino*", "weapon*", "arms",
    "military", "oil", "fossil*", "coal", "fast fashion", "payday loan*", "greenwash*", "pollut*", "harmful",
    "exploit*", "reputation", "scandal*", "animal testing", "industry", "product*",
)
# The terms of the offer, named as the sentence names them.
TERMS: dict[str, tuple[str, ...]] = {
    "the pay": ("pay*", "paid", "underpaid", "unpaid", "salar*", "starting salar*", "wage*", "money", "earn*",
                "income", "bonus*", "commission", "raise"),
    "the hours": ("hour*", "overtime", "long day*", "part time", "full time", "nine to five", "schedule*",
                  "timetable*", "rota*", "roster*", "flexi*", "zero hour*"),
    "the shifts": ("shift*", "night*", "weekend*", "evening*", "saturday*", "sunday*", "on call",
                   "early start*", "early morning*", "late finish*", "start at", "starts at", "finish at"),
    "the commute": ("commut*", "each way", "long way", "far", "far away", "distance", "drive to", "driving to",
                    "long drive", "the drive", "drive in", "miles", "km", "rush hour", "by train", "the train", "bus",
                    "buses", "traffic"),
    "the travel": ("travel*", "trip*", "journey*", "abroad", "away from home", "nights away", "road",
                   "flight*", "flying"),
    "the home days": ("home", "from home", "remote*", "hybrid", "wfh", "home office"),
    "the place of work": ("office*", "location*", "site*", "city", "town", "open plan", "hot desk*", "desk*",
                          "parking", "car park", "relocat*", "move to", "moving to", "move house"),
    "the job title": ("title*", "junior", "senior*", "seniority", "grade"),
    "the contract": ("contract*", "temp", "temporary", "fixed term", "freelance", "self employed", "permanent",
                     "probation*", "notice period", "job security", "security", "secure", "insecure", "stable",
                     "stability", "agency"),
    "the benefits": ("benefit*", "perk*", "pension*", "holiday*", "vacation*", "leave", "annual leave",
                     "days off", "time off", "maternity", "paternity", "health insurance", "medical", "dental",
                     "company car", "gym", "equipment", "laptop*", "uniform*", "dress code", "expenses"),
    "the start date": ("start date", "starting date", "start next", "start in", "start on", "start soon",
                       "start straight away", "start immediately", "start right away"),
}
GROWTH: dict[str, tuple[str, ...]] = {
    "room to grow": ("grow*", "growth", "promot*", "career*", "progress*", "advance*", "ladder", "prospect*",
                     "dead end", "future"),
    "training": ("training", "trained", "train me", "learn*", "courses", "training course*", "mentor*",
                 "development", "skill*", "review*", "appraisal*", "certificat*", "qualification*"),
}
# "Hours of cold calls" is about the calls: a span of time spent on something names that thing.
DURATIONS: tuple[str, ...] = (
    "hour* of", "hour* on", "hour* spent", "hour* doing", "hour* a day of", "all night",
)
# Words that carry nothing of an activity ("work", "the", "help"), left out when comparing.
PLAIN: frozenset[str] = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "without", "about", "from",
    "by", "into", "over", "under", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its",
    "it's", "this", "that", "these", "those", "there", "their", "they", "them", "i", "i'd", "i'm", "i'll", "me",
    "my", "you", "your", "we", "our", "he", "she", "his", "her", "who", "what", "which", "when", "where", "how",
    "all", "every", "each", "any", "some", "no", "not", "nothing", "none", "very", "too", "so", "just", "only",
    "also", "much", "many", "more", "most", "less", "lot", "lots", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "time", "times", "thing", "things", "stuff", "way", "work", "working", "works",
    "worked", "job", "jobs", "role", "roles", "company", "companies", "place", "do", "doing", "does", "did",
    "done", "don't", "get", "getting", "got", "have", "having", "has", "had", "make", "making", "go", "going",
    "take", "taking", "use", "using", "help", "helping", "can", "can't", "could", "would", "wouldn't", "should",
    "will", "won't", "need", "needs", "want", "wants", "like", "new", "old", "other", "good", "bad", "big",
    "small", "long", "short", "little", "really", "always", "never", "around", "out", "up", "down", "off", "than",
    "then", "one", "two", "three", "hate", "dislike", "etc"
))
# Words ending in -ing that name no activity ("something", "missing"), when reading a leading verb.
NOT_DOING: frozenset[str] = frozenset((
    "nothing", "something", "anything", "everything", "morning", "evening", "during", "missing", "lacking",
    "feeling", "interesting", "amazing", "exciting", "annoying", "depressing", "worrying", "concerning",
    "disappointing", "confusing", "willing", "thing", "king", "ring", "bring", "spring", "string", "sing", "wing",
    "building", "ceiling", "looking", "wanting", "thinking", "saying", "seeing", "coming"
)) | PLAIN
# Small words a name may run across ("filling in forms", "leading a team").
BRIDGES: frozenset[str] = frozenset((
    "a", "an", "the", "in", "on", "at", "of", "with", "about", "for", "to", "and"
))
# The words after which a verb in -ing is what the person would be doing ("I'd be selling").
BEFORE_DOING: frozenset[str] = frozenset((
    "be", "just", "only", "mostly", "hate", "dislike", "stand", "enjoy", "like", "mind", "constant", "constantly",
    "endless", "spend", "spending", "of", "means", "involves", "is"
))
# Words that end like a role ("-er", "-or", "-ary") but name none, after "be a" ("be a longer commute").
NOT_ROLES: frozenset[str] = frozenset((
    "lower", "higher", "bigger", "smaller", "longer", "shorter", "further", "farther", "better", "older",
    "younger", "newer", "easier", "harder", "number", "member", "matter", "order", "error", "factor", "sector",
    "offer", "summary"
))
