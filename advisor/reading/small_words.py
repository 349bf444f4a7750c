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

# How a clause counts (``advisor.reading.clauses``).
# Words that turn the clause they open into a concession: what follows is not the complaint.
CONCEDING: tuple[str, ...] = ("though", "although", "even though", "even if", "while", "whereas", "despite")
# Words after which the complaint comes: what came before in the sentence is set aside.
TURNING: tuple[str, ...] = ("but", "however", "yet", "except", "except for", "apart from", "only that",
                            "it's just that", "just that")
# Words that make a clause a good word about the job, not a complaint (unless negated).
GOOD: tuple[str, ...] = (
    "love", "loved", "like", "liked", "enjoy*", "fine", "great", "good", "ok", "okay", "lovely", "better",
    "happy with", "don't mind", "do not mind", "sounds great", "nice", "interesting", "decent", "generous",
)
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
