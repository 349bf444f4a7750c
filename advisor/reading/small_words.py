"""Small words the reader needs to tell an activity from the words around it.

Apart from ``advisor.reading.word_lists`` (what a reason can be about): these say which words
carry nothing ("the", "work"), which -ing words name no activity, which words may sit inside
a name ("filling in forms"), and which words set how much a clause counts ("but", "though",
"it's not about"; read by ``advisor.reading.clauses``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

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
    "then", "one", "two", "three", "hate", "dislike", "etc", "people",
))
# Words ending in -ing that name no activity ("something", "missing"), when reading a leading verb.
NOT_DOING: frozenset[str] = frozenset((
    "nothing", "something", "anything", "everything", "morning", "evening", "during", "missing", "lacking",
    "feeling", "interesting", "amazing", "exciting", "annoying", "depressing", "worrying", "concerning",
    "disappointing", "confusing", "willing", "thing", "king", "ring", "bring", "spring", "string", "sing", "wing",
    "building", "ceiling", "looking", "wanting", "thinking", "saying", "seeing", "coming", "starting",
    "emigrating", "expecting", "giving", "owning", "rotating", "travelling", "traveling", "commuting",
    "promoting",
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
    "offer", "summary", "carer", "manager", "coordinator", "regular"
))

# What a sentence may quote as a name ("It is about {}, the work itself"): only words that read as
# one, such as "selling insurance", "the team" or "their whole business"; otherwise the sentence
# names the topic in its own words (``advisor.reading.own_words``).
# Words that open a name and are quoted with it ("the team", "a big bank"); "my" is shown as "your".
DETERMINERS: frozenset[str] = frozenset((
    "the", "a", "an", "their", "its", "this", "that", "these", "those", "my", "his", "her", "such",
))
# Words among the plain ones that name a thing: one after a name carries it on ("desperate people"),
# so a name that stops just before one is cut short.
PLAIN_NOUNS: frozenset[str] = frozenset((
    "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "thing", "things",
    "stuff", "way", "work", "job", "jobs", "role", "roles", "company", "companies", "place", "lot", "lots",
    "people", "one",
))
# The plain words a name may end with after what it names ("a betting company").
CARRIED_ON: frozenset[str] = frozenset(("people", "company", "companies", "work", "job", "jobs", "role", "roles",
                                        "place"))
# Words that name nothing themselves: a name neither opens (after its determiner) nor ends with one.
FUNCTION: frozenset[str] = (PLAIN - PLAIN_NOUNS - {"new", "old", "other", "good", "bad", "big", "small", "long",
                                                   "short", "little"}) | BRIDGES | frozenset((
    "against", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "they're", "we're",
    "you're", "he's", "she's", "there's", "that's", "what's", "who", "whom", "whose", "why", "if", "because",
    "though", "although", "while", "until", "since", "after", "before", "during", "than", "via", "per", "us",
    "towards", "toward", "onto", "upon", "within", "across", "through", "behind", "between", "among", "basically",
))
# Verbs a word-list phrase can open with: a phrase opening with one says what is done, it names
# nothing ("sell stuff I wouldn't buy", "pollute rivers", "goes against what I believe").
VERBS: frozenset[str] = frozenset((
    "sell", "sells", "pollute", "pollutes", "exploit", "exploits", "make", "makes", "teach", "teaches", "clean",
    "cleans", "cook", "cooks", "drive", "drives", "manage", "manages", "treat", "treats", "go", "goes", "lend",
    "lends", "test", "tests", "harass", "harasses", "discriminate", "discriminates", "believe", "agree", "nudge",
    "nudges", "push", "pushes", "serve", "serves", "lift", "lifts", "file", "promote", "promotes", "market",
    "markets", "greenwash", "greenwashes", "cover", "covers", "cut", "cuts", "report", "reports", "deal", "deals",
    "chase", "chases", "answer", "answers", "call", "calls", "want", "wants", "need", "needs", "prey", "preys",
    "rip", "rips", "trap", "traps", "dodge", "dodges", "avoid", "avoids", "fund", "funds",
))
# Words that say no: a name holds none ("don't agree with").
NEGATIONS: frozenset[str] = frozenset((
    "not", "no", "never", "nothing", "nobody", "none", "isn't", "don't", "doesn't", "didn't", "wasn't", "aren't",
    "wouldn't", "won't", "can't", "cannot",
))
# Words that describe rather than name ("dodgy", "physical"): a name does not end with one. Words
# ending as most such words do ("-ous", "-ful", "-able" …) are read as describing too.
DESCRIBING: frozenset[str] = frozenset((
    "dodgy", "shady", "dirty", "heavy", "noisy", "hot", "cold", "evil", "dishonest", "corrupt", "huge", "awful",
    "rude", "toxic", "greedy", "cliquey", "stuffy", "messy", "wealthy", "entitled", "angry", "predatory", "poor",
    "rich", "desperate", "vulnerable", "private", "outdoors", "indoors", "inside", "outside", "easy", "hard",
    "busy", "boring", "bored", "bores", "dull", "grim", "fine", "great", "nice", "ok", "okay", "lovely", "decent",
    "better", "worse", "worst", "best", "terrible", "horrible", "dreadful", "bad", "good", "new", "old", "big",
    "small", "long", "short", "little", "high", "low", "whole", "same", "real", "actual", "own", "only", "main",
    "full", "free", "cheap", "expensive", "wrong", "right", "sick", "tired", "stressed",
))
DESCRIBING_ENDINGS: tuple[str, ...] = ("ous", "ful", "ive", "able", "ible", "less", "ish", "ate", "al", "ical")
# Words ending in "-ly" that name a thing, not how something is done ("family business").
NOT_MANNER: frozenset[str] = frozenset((
    "family", "assembly", "supply", "bully", "rally", "reply", "monopoly", "anomaly", "july", "italy", "jelly",
    "belly", "fly", "ally", "lily", "holly", "melancholy", "weekly", "monthly", "daily", "quarterly", "only",
))
# One of a kind ("team", "manager"): without a determiner before it ("the team") it does not read as a name.
COUNTABLE: frozenset[str] = frozenset((
    "team", "boss", "bank", "brand", "product", "company", "firm", "business", "industry", "app", "shop", "store",
    "office", "kitchen", "screen", "computer", "client", "customer", "school", "site", "charity", "manager",
    "colleague", "director", "supervisor", "owner", "founder", "job", "role", "position", "field", "sector",
    "subject", "website", "platform", "manufacturer", "contractor", "lender", "agency", "supplier", "employer",
    "organisation", "organization", "corporation", "warehouse", "factory", "phone", "desk", "till", "headset",
    "spreadsheet", "meeting", "presentation", "invoice", "form", "report", "email", "ticket", "queue", "task",
    "patient", "student", "pupil", "child", "kid", "teenager", "caller", "guest", "passenger", "stranger", "parent",
    "resident", "leader", "coworker", "co", "interviewer", "panel", "predecessor", "person", "casino", "weapon",
    "cigarette", "scandal", "lawsuit", "loan", "shark", "bailiff", "mission", "cause", "vibe",
))

# How a clause counts (``advisor.reading.clauses``).
# Words that turn the clause they open into a concession: what follows is not the complaint.
CONCEDING: tuple[str, ...] = ("though", "although", "even though", "even if", "while", "whereas", "despite")
# Words after which the complaint comes: what came before in the sentence is set aside.
TURNING: tuple[str, ...] = ("but", "however", "yet", "except", "except for", "apart from", "only that",
                            "it's just that", "just that", "the problem is", "the trouble is", "the thing is",
                            "it's that", "its that", "the problem has", "the issue is", "the catch is")
# Words that make a clause a good word about the job, not a complaint (unless negated).
GOOD: tuple[str, ...] = (
    "love", "loved", "like", "liked", "enjoy*", "fine", "great", "good", "ok", "okay", "lovely", "better",
    "happy with", "don't mind", "do not mind", "sounds great", "nice", "interesting", "decent", "generous",
)
# A good word about the person, not the job ("I'd be good at it").
SKILLED: tuple[str, ...] = ("good at", "great at", "better at", "fine at")
# Words that say what comes after them is not what bothers the person ("it's not about the money").
NOT_ABOUT: tuple[str, ...] = (
    "it's not about", "it is not about", "not about", "not because of", "it's not the", "it is not the",
    "not just the", "not only the", "not so much the", "isn't about", "rather than",
)
# What a clause says after these is the yardstick, not the complaint ("worse than my current one").
COMPARING: tuple[str, ...] = ("than", "compared to", "compared with", "like i asked", "like at", "as at")
# Forms a light stem cannot join to their verb ("sales" and "selling" name one activity).
IRREGULAR_STEMS: Mapping[str, str] = MappingProxyType({
    "sales": "sell", "sale": "sell", "sold": "sell", "taught": "teach", "drove": "driv", "driven": "driv",
    "wrote": "writ", "written": "writ", "built": "build", "bought": "buy", "analyses": "analys", "analysis": "analys",
})
