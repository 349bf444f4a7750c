"""The words about the work that name no term of the offer, read by ``advisor.reading.own_words``
beside the topics' lists (``advisor.reading.word_lists``): signs of the work or the people, a pace
the article's test cannot settle, the work being the wrong kind, how doing it feels, clock times,
and spans of time spent on something.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.reading.topic_set import Topic

# Words that say the work itself or the people are the trouble without naming them ("mostly",
# "all day", "rude"): they count as much as a strong phrase, and the sentence names the work or
# the people they go with.
SIGNS: Mapping[Topic, tuple[str, ...]] = MappingProxyType({
    Topic.WORK: ("most of the job", "most of it", "what the job is", "mostly", "just stacking",
                 "not interested in", "doesn't interest", "doesn't excite", "bores me", "not a fan of", "be doing",
                 "be writing", "all day",
                 # doing the work the person used to oversee: what they would do, whatever the title
                 "i used to supervise", "i used to oversee", "i used to delegate", "i used to sign off",
                 "i used to check", "i used to review", "i once supervised", "i once oversaw", "i once managed",
                 "i used to hand to", "i used to give to", "i used to assign", "back to doing",
                 "go back to doing", "going back to doing", "my old team's", "my team used to do",
                 "my juniors do", "my juniors used to", "my assistant does", "my assistant used to"),
    Topic.PEOPLE: ("rude", "dismissive", "aggressive", "unfriendly", "entitled", "toxic", "bully*", "hierarch*",
                   "cliqu*", "click with",
                   # a culture that asks for one's life ("the 'we're a family, we hustle' line")
                   "hustle*", "we're a family", "we are a family", "like a family", "work hard play hard",
                   "grind culture", "always on culture"),
    # what the employer puts into the world ("they spread lies that got people hurt")
    Topic.VALUES: ("lies", "spread lies", "spreading lies", "misinformation", "disinformation", "fake news",
                   "propaganda", "got people hurt", "hurt people", "harm people", "harms people"),
})
# Phrasings whose topic the article's test cannot settle: a pace that may be the job itself or a
# term of it ("the pressure never lets up"). A reading resting on one of these asks.
DOUBT: tuple[str, ...] = (
    "pressure", "relentless", "fast paced", "rushing", "chaos", "firefighting", "deadlines", "busy", "stressful",
    "intense", "stress", "hectic", "demanding", "pace", "non stop", "nonstop", "frantic", "high pressure", "always on",
    "never stops", "racing the clock", "race the clock", "racing against the clock", "against the clock",
    "beat the clock", "up against the clock",
)
# Saying the work is not the kind the person wants: whatever the offer, the work stays.
ELSEWHERE: tuple[str, ...] = (
    "nothing to do with", "not what i studied", "not what i trained for", "not what i want*",
    "not what i'm looking for", "not my field", "not in my field", "outside my field", "not my area", "not my thing",
    "not my passion", "not my kind of work", "unrelated", "not related", "different field", "wrong field",
    "not the career", "not the work i want", "not the job i want", "waste of my degree", "waste of my skills",
    "doesn't use my", "does not use my", "wouldn't use my", "not using my", "not creative", "no creativity",
)
# Naming the work itself without saying what it is.
ITSELF: tuple[str, ...] = (
    "the work", "work itself", "daily work", "job itself", "role itself", "task*", "duties", "activit*", "what i'd do",
    "what i would do", "what i'd be doing", "day to day",
    # the part the person would play ("I'd be the voice telling people they're sent back")
    "be the voice", "be the face", "be the one who", "be the one telling", "be the person who",
    # managing as the job, not the managers ("it's site management, not design")
    "site management", "project management", "line management", "people management", "property management",
    "facilities management", "account management", "stock management", "case management", "event management",
    "a management role", "a management job", "into management",
)
# How doing the work feels.
LIKE: tuple[str, ...] = (
    "boring", "bored", "bores", "dull", "tedious", "repetitive", "monotonous", "mindless", "meaningless", "pointless",
    "soul destroying", "menial", "creativ*", "exhausting", "draining", "uninteresting", "unfulfilling", "unrewarding",
    "unchallenging", "not challenging", "no challenge", "hate the idea", "no passion", "no interest", "not interested",
    "uninspiring", "soulless", "grim", "depressing", "dread*", "mind numbing", "easy", "too easy", "too simple",
    "basic work", "beneath me", "not for me",
)
# Clock times and spans of them ("9 to 5:30", "7.30am", "until 6pm"): they say when the work is
# done, so they count for the hours as much as a strong phrase. Regular expressions on the folded
# reason (hyphens as spaces); a number followed by a unit ("3 to 4 days", "2 to 3 hours") is no time.
_TIME = r"\d{1,2}(?::\d{2}(?:\s?[ap]m)?|(?:\.\d{2})?\s?[ap]m)"
_UNITS = r"k|%|percent|miles?|km|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|staff|grand|quid"
_NOT_A_TIME = rf"(?![\w:.,]?\d)(?!\s*(?:{_UNITS})\b)"
CLOCK: tuple[str, ...] = (
    rf"(?<![\w£$€.,:])(?:{_TIME}|\d{{1,2}})\s*(?:to|till|until|til)\s*(?:{_TIME}|\d{{1,2}})(?![\w])" + _NOT_A_TIME,
    rf"(?<![\w£$€.,:]){_TIME}(?![\w])",
)
# "Hours of cold calls" is about the calls: a span of time spent on something names that thing.
DURATIONS: tuple[str, ...] = (
    "hour* of", "hour* on", "hour* spent", "hour* doing", "hour* a day of", "all night",
)
# Phrases that name no topic of the job and hide the words inside them ("the take-home test" is
# neither the pay nor the days from home).
NO_TOPIC: tuple[str, ...] = (
    "take home test", "take home task", "take home assignment", "take home exercise", "take home project",
    "the take home", "a take home",
)
