"""The words that tell what a reason is about, by topic, read by ``advisor.reading.own_words``.

Kept as plain lists, apart from the code that reads them, so a reading can be explained by
pointing at one line here, and a phrasing read wrongly is fixed by adding words, not rules.

A pattern is words separated by spaces; a trailing ``*`` allows any ending ("salar*" is salary
and salaries). Hyphens in a reason count as spaces, capitals do not matter. Where two patterns
cover the same words, the longer one counts ("my kids" over "kids", "driving to" over "driv*").
A word in ``TOPICS`` counts once; one in ``STRONG`` three times, because it settles the topic
on its own ("goes against my values", "demoted").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from advisor.reading.topic_set import Topic

# Per topic: the name a sentence gives what matched ("the pay"), or "" to name it with the
# person's own words, and the patterns that match it.
TOPICS: Mapping[Topic, Mapping[str, tuple[str, ...]]] = MappingProxyType({
    Topic.PAY: MappingProxyType({"the pay": (
        "pay", "pays", "paid", "underpaid", "pay cut", "salar*", "salery", "wage*", "money", "earn*", "income",
        "bonus*", "commission*", "raise", "hourly rate", "day rate", "rate of pay", "minimum wage", "basic",
        "overtime pay", "sick pay", "£*", "k less", "k more", "per hour", "an hour", "a year", "rent", "better paid",
        "well paid", "poorly paid", "cover my bills", "afford", "pays less", "pay less", "package", "compensation",
        "remuneration", "take home", "per annum", "p a", "tips", "payslip", "cost of living", "mortgage", "bills",
        "stipend", "allowance", "equity", "shares", "stock options", "underpay*", "lowball*", "peanuts",
    )}),
    Topic.HOURS: MappingProxyType({
        "the hours": ("hour*", "overtime", "long day*", "part time", "full time", "nine to five", "schedule*",
                      "timetable*", "rota*", "roster*", "flexi*", "flexibility", "four days a week", "four day week",
                      "past 7pm", "stay until", "late", "pm", "am", "till", "sharp", "bank holiday*", "overnight",
                      "work every", "days a week", "clock*", "unsocial", "antisocial", "working time", "lunch break*",
                      "breaks", "9 to 5", "8 to 6", "nine hour*", "ten hour*", "47 hours", "hours a week", "compressed",
                      "term time"),
        "the shifts": ("shift*", "night*", "weekend*", "evening*", "saturday*", "sunday*", "on call",
                       "early start*", "early morning*", "late finish*", "start at", "starts at", "finish at",
                       "christmas day", "split shift*", "lunch", "dinner service", "nightshift*", "graveyard",
                       "earlies", "lates", "rotation", "roster", "standby", "pager", "after hours", "out of hours"),
    }),
    Topic.PLACE: MappingProxyType({
        "the commute": ("commut*", "each way", "long way", "far", "far away", "further", "farther", "distance",
                        "drive to", "driving to", "drive across", "long drive", "the drive", "drive in", "don't drive",
                        "miles", "km", "minutes away", "hour away", "hours away", "a half away", "rush hour",
                        "by train", "the train", "bus", "buses", "traffic", "public transport", "journey to",
                        "buy a car", "from where i live",
                        "near me", "closer to home", "too far", "tube", "metro", "ferry", "tram", "petrol", "fuel",
                        "fare*", "season ticket", "ticket cost*", "the ticket", "train ticket*", "bus ticket*",
                        "return ticket*", "interview ticket", "toll*", "motorway", "cycle", "walk to", "two trains",
                        "change trains", "hours a day travelling", "door to door", "travel time", "get there",
                        "getting there", "journey time", "out of town", "middle of nowhere", "countryside", "rural",
                        "no car", "minute drive", "minutes drive", "minute's drive", "min drive", "mins drive",
                        "hour drive", "hour's drive", "hours drive", "minute commute", "hour commute",
                        "minute journey", "hour journey", "minute walk", "minute bus", "minute train",
                        "minute ride", "minute cycle", "mile drive", "miles drive", "drive away", "drive there",
                        "drive home", "drive each", "drive every"),
        "the place of work": ("office", "offices", "location*", "located", "site", "sites", "city", "town",
                              "open plan", "hot desk*", "parking", "car park", "relocat*", "move to", "moving to",
                              "move house", "depot", "business park", "industrial estate", "campus", "based in",
                              "based at", "area", "other side of", "store is", "school is", "branch", "another country",
                              "neighbourhood", "neighborhood", "warehouse is", "factory is", "building", "basement",
                              "no windows", "cubicle*", "headquarters", "hq", "premises", "workplace"),
    }),
    Topic.HOME: MappingProxyType({"the days from home": (
        "home", "from home", "remote*", "hybrid", "wfh", "home office", "in the office", "office based",
        "office five days", "days in the office", "on site five days", "on site", "in person", "return to office",
        "back to the office", "rto", "work from home", "working from home", "homeworking", "home working", "in office",
        "onsite", "office attendance", "come in every day",
    )}),
    Topic.CONTRACT: MappingProxyType({"the contract": (
        "contract", "contracts", "temp", "temporary", "fixed term", "freelance", "self employed", "permanent", "perm",
        "probation*", "notice period", "job security", "security", "secure", "insecure", "stable", "stability",
        "agency", "maternity cover", "cover role", "funding", "funded", "layoff*", "redundanc*", "let you go", "trial",
        "employed by", "zero hour*", "ends in", "runs out", "contract role", "ir35", "umbrella company", "gig",
        "casual", "seasonal", "interim", "cover", "restructur*", "job cuts", "cuts", "startup", "start up", "runway",
        "going bust", "go bust", "financial trouble", "precarious", "non compete", "terms and conditions", "terms",
    )}),
    Topic.TITLE: MappingProxyType({"the title and level": (
        "title*", "junior", "senior*", "seniority", "grade", "band", "level", "step down", "demot*", "lower grade",
        "lower level", "coordinator", "improver", "assistant manager", "regular agent", "job title", "called a",
        "call it", "entry level", "graduate level", "trainee", "assistant", "responsibilit*", "report to a",
        "below my experience", "beneath my", "overqualified", "under qualified", "step back", "backwards step",
        "step backwards", "lower position", "rank", "pay band", "associate",
    )}),
    Topic.BENEFITS: MappingProxyType({"the benefits": (
        "benefits", "perk*", "pension*", "holiday*", "vacation*", "leave", "annual leave", "days off", "time off",
        "maternity pay", "paternity", "health insurance", "private health", "medical", "dental", "company car",
        "car allowance", "gym", "gym membership", "equipment", "laptop*", "uniform*", "dress code", "expenses",
        "discount", "cycle to work", "statutory", "sick pay", "sick leave", "relocation package", "holiday rights",
        "bank holidays off", "childcare vouchers", "life insurance", "share scheme", "meal*", "canteen", "free food",
        "wellbeing", "eye test*",
    )}),
    Topic.GROWTH: MappingProxyType({
        "room to grow": ("grow*", "growth", "promotion*", "promoted", "promote me", "career*", "progress*",
                         "advance*", "ladder", "prospect*", "dead end", "move up", "stuck at", "stuck in", "path to",
                         "from within", "same level for years", "plateau", "going nowhere", "next step", "no future",
                         "stagnat*", "stepping stone", "opportunit*", "further my", "nowhere to go", "no way up",
                         "nowhere to progress", "room to grow"),
        "training": ("training", "trained", "train me", "learn*", "courses", "course", "training course*",
                     "mentor*", "development", "skill*", "appraisal*", "annual review*", "pay review*",
                     "performance review*", "certificat*", "qualification*", "exam*", "fund my", "licence", "license",
                     "apprenticeship*", "cpd", "study leave", "modules", "upskill*", "conference*", "coaching",
                     "induction", "onboarding", "sponsor*", "chartered", "degree apprenticeship"),
    }),
    Topic.START: MappingProxyType({"the start date": (
        "start date", "starting date", "start next", "start in", "start on", "start soon", "start back",
        "start straight away", "start immediately", "start right away", "start until", "starting in", "immediately",
        "notice is", "walk out", "need a job now", "start the", "want may", "in two weeks", "start date", "begin",
        "beginning", "starting", "when i can start", "start asap", "asap", "sooner", "too soon", "too early",
        "wait until", "delay*", "push back", "pushed back", "months away", "earliest", "hand in my notice",
        "serve my notice", "notice",
    )}),
    Topic.TRAVEL: MappingProxyType({"the travel": (
        "travel*", "trip*", "journey*", "abroad", "away from home", "nights away", "flight*", "flying",
        "overnight stay*", "hotel*", "across europe", "international", "between sites", "visiting clients",
        "away two nights", "away three nights", "never home", "head office", "on the road", "overseas",
        "nights away from", "away from my family", "conferences abroad", "airport*", "long haul", "jet lag",
        "week away", "weeks away", "days away", "fly", "flights", "site visits", "client site*", "roadshow*",
        "visit customers", "visiting customers", "visit clients", "see customers", "see clients",
    )}),
    Topic.WORKLOAD: MappingProxyType({"the workload": (
        "workload", "too much work", "more work", "understaffed", "short staffed", "understaffing", "caseload",
        "target*", "pick rate", "too much for one", "two people", "two roles", "overworked", "burnout", "burn out",
        "one nurse", "covering two", "too high", "unrealistic", "overload*", "too many", "huge backlog", "backlog",
        "no support", "on my own", "by myself", "overstretched", "stretched", "head count", "headcount", "volume",
        "workloads", "two jobs", "three jobs", "job of two", "kpi*", "metrics", "quota", "hit targets", "long list",
        "staffing", "more staff", "staff levels", "quit from", "left from",
    )}),
    Topic.WORK: MappingProxyType({"": (
        "cold call*", "cold sales call*", "call*", "phone*", "telephone*", "headset*", "sell*", "sales", "quota*",
        "data entry", "paperwork", "admin*", "spreadsheet*", "filing", "typing", "clean*", "toilet*", "teach*",
        "lesson*", "marking", "code", "coding", "cobol", "programm*", "software", "cook*", "kitchen*", "driv*",
        "heavy lifting", "manual work", "manual labour", "physical work", "standing all day", "on my feet", "research*",
        "meeting*", "presentation*", "bookkeeping", "invoice*", "complain*", "support ticket*", "ticket queue*",
        "closing tickets", "customer service", "help desk", "helpdesk", "warehouse*", "factory", "production line",
        "assembly line", "shelf", "shelves", "care work", "personal care", "nursing", "waiting tables", "bar work",
        "design*", "grunt work", "retail", "hospitality", "screen*", "forms", "support", "looking after", "look after",
        "till", "tills", "patrol*", "litigation", "law", "analysis", "reporting", "captions", "engineering", "hands on",
        "loading", "unloading", "the lab", "promoting", "marketing", "writing", "fixing", "lifting", "packing",
        "stacking", "entering", "accounting", "accounts", "audit*", "compliance", "legal work", "testing", "qa",
        "consulting", "project management", "management work", "people management", "line management", "leading",
        "admin work", "sales role", "telesales", "call centre", "call center", "door to door", "canvass*",
        "fundraising", "recruiting", "recruitment", "hr", "payroll", "data", "excel", "reports", "emails", "email*",
        "documentation", "bureaucracy", "red tape", "process*", "the tasks", "the role", "the job", "the position",
        "this job", "this role", "the field", "the sector", "the subject", "subject", "physical", "manual", "labour",
        "repetition", "routine", "desk job", "office job", "computer", "technical", "tech", "maths", "numbers",
        "writing", "public speaking", "presenting", "negotiating", "serving", "care", "caring", "nappies", "blood",
        "surgery", "animals", "dirty", "dirt", "smell*", "noise", "noisy", "outdoors", "outside in", "cold", "heat",
        "hot", "lifting", "heavy", "dangerous", "danger", "risk*", "safety",
    )}),
    Topic.PEOPLE: MappingProxyType({"": (
        "colleague*", "co worker*", "coworker*", "team*", "manag*", "micromanag*", "boss*", "supervisor*", "director*",
        "leader*", "staff", "customer*", "client*", "patient*", "student*", "pupil*", "child*", "kid*", "teenager*",
        "caller*", "guest*", "passenger*", "public", "people", "stranger*", "parent*", "resident*", "owner*",
        "founder*", "head teacher", "reporting to", "report to", "atmosphere", "my ex", "boys club", "boys' club",
        "nobody in the team", "listened to", "interviewer*", "hiring manager", "line manager", "senior leadership",
        "leadership", "atmosphere", "turnover", "gossip", "office politics", "politics", "banter", "lads", "sexis*",
        "racis*", "discriminat*", "harass*", "favouritism", "nepotism", "family business", "family run",
        "blame culture", "long hours culture", "the vibe", "vibe", "unprofessional", "arrogant", "condescending",
        "patronising", "cold", "the panel", "predecessor", "the last person", "everyone left", "people leave",
        "high turnover", "drinking", "culture", "vibe*", "office culture", "company culture", "work culture",
        "dress code", "hierarch*", "stuffy", "too formal", "stiff and formal",
    )}),
    Topic.VALUES: MappingProxyType({"": (
        "value*", "ethic*", "unethical", "moral*", "mission", "what they sell", "what they make", "they sell",
        "they make", "tobacco", "cigarette*", "gambling", "betting", "casino*", "weapon*", "arms", "military",
        "defence", "oil", "gas company", "fossil*", "coal", "fast fashion", "payday loan*", "greenwash*", "pollut*",
        "harmful", "exploit*", "reputation", "scandal*", "animal testing", "industry", "product*", "in the news",
        "covering up", "cover up", "private equity", "cutting corners", "crypto", "believe in", "agree with", "dodgy",
        "waste", "the cause", "treating", "glassdoor", "trust", "shady", "dubious", "greed*", "principles",
        "conscience", "beliefs", "sustainab*", "environment*", "climate", "carbon", "animal*", "meat", "fur", "alcohol",
        "vape*", "porn*", "adult", "surveillance", "privacy", "data harvesting", "tax avoid*", "tax dodg*",
        "sweatshop*", "child labour", "lawsuit*", "fined", "fraud", "corrupt*", "dishonest", "mis selling", "predatory",
        "evil", "immoral", "bad press", "boycott*", "sanction*", "controversial", "greenwashing", "arms dealer",
        "loan shark*", "debt collect*", "bailiff*", "fracking", "mining", "pharma", "big pharma", "big tech", "bank",
        "banks", "what they do", "what the company does", "the company does", "brand", "their business",
        "business model", "charity", "nonprofit", "not for profit", "politic*", "religio*",
        # how the employer makes its money ("their whole business is lending to desperate people")
        "whole business", "business is built on", "lend*", "loan*", "interest rate*", "high interest",
        "huge interest", "desperate people", "vulnerable people", "vulnerable customers", "prey on", "preys on",
        "preying on", "rip people off", "ripping people off", "into debt", "deeper into debt", "nudge people",
        "nudges people", "nudging people", "make money from", "makes money from", "makes its money",
        "make their money", "profit from", "profits from", "profit off", "profits off", "borrowing more",
        "borrow more", "addict*",
    )}),
    Topic.OTHER_OFFER: MappingProxyType({"": (
        "another offer", "other offer", "an offer from", "offer elsewhere", "better offer", "offer me a job",
        "offered me", "second interview", "another interview", "interview elsewhere", "interview at", "an interview at",
        "final round", "expecting an offer", "accepted a place", "accepted an offer", "grad scheme", "graduate scheme",
        "lined up", "somewhere i'd prefer", "dream job", "dream school", "another job", "other job", "other company",
        "another company", "to stay", "counter offer", "other application*", "applied elsewhere", "waiting to hear",
        "waiting on", "hear back", "offer letter", "verbal offer", "job offer", "two offers", "competing offer",
        "my current employer", "my current job", "stay where i am", "current role", "already employed",
        "already have a job", "already got a job", "promotion at my", "better opportunity", "better option",
        "something better", "plan b", "backup", "interviewing elsewhere", "interviews elsewhere", "other interviews",
        "other opportunit*", "on the table", "offer is on", "paid offer", "elsewhere", "signed a contract with",
        "contract with another", "job i accepted", "accepted a job", "accepted the job", "one i accepted",
    )}),
    Topic.CIRCUMSTANCES: MappingProxyType({"": (
        "my kids", "my children", "my child", "my son", "my daughter", "pick my kids", "pick up", "childcare",
        "school run", "school drop off", "drop off", "carer for", "caring for my", "my mum", "my mom", "my dad",
        "my mother", "my father", "my partner", "my wife", "my husband", "my health", "my back", "injury", "disabilit*",
        "physio", "appointment*", "ivf", "pregnan*", "visa", "degree", "uni", "university", "my studies", "moving to",
        "emigrat*", "debt", "my exams", "reachable", "parking space", "my family", "my wife's", "pregnant", "baby",
        "newborn", "nursery", "pick up my", "carer", "elderly", "sick relative", "chronic", "illness", "condition",
        "mental health", "anxiety", "depression", "adhd", "autism", "wheelchair", "my knee", "surgery", "operation",
        "treatment", "medication", "therapy", "my dog", "my cat", "pets", "wedding", "honeymoon", "holiday booked",
        "booked a holiday", "moving house", "moving abroad", "relocating", "my lease", "mortgage", "divorce",
        "bereavement", "funeral", "my course", "part time course", "dissertation", "thesis", "studying", "student",
        "exam", "right to work", "work permit", "sponsorship", "religious", "prayer", "ramadan", "sabbath",
        "second job", "side business", "my business", "my band", "volunteer*", "into education", "college", "education",
        "master's", "masters", "phd", "postgrad*", "small children", "little ones", "i have children", "i have kids",
        "care for a", "care for my", "relative*",
        # what the person fears being asked at the interview: their own story, not this job
        "gap on my cv", "gap in my cv", "gap on my resume", "gap in my resume", "cv gap", "employment gap",
        "career gap", "gap in my employment", "my cv", "my resume", "my record", "criminal record",
        "being asked about", "being asked why", "asked about my", "asked why i", "explain the gap",
        "explaining the gap", "explain why i", "explaining why i", "why i left", "why i was sacked",
        "why i was fired", "why i got fired", "why i got sacked", "they'll ask", "they will ask",
    )}),
})
STRONG: Mapping[Topic, tuple[str, ...]] = MappingProxyType({
    Topic.PAY: ("the pay", "pay is", "low pay", "pay cut", "salary", "minimum wage", "the money",
                "not enough money", "money isn't"),
    Topic.HOURS: ("shift pattern", "the hours", "full time", "part time", "long hours", "every other weekend"),
    Topic.PLACE: ("commute", "located", "location", "depot", "each way", "miles from", "minutes away",
                  "the site is", "public transport", "rush hour", "minute drive", "minutes drive", "minute's drive",
                  "min drive", "mins drive", "hour drive", "hour's drive", "hours drive", "minute commute",
                  "hour commute", "minute journey", "hour journey", "mile drive", "miles drive"),
    Topic.HOME: ("remote*", "wfh", "from home", "hybrid", "office based", "in the office"),
    Topic.CONTRACT: ("fixed term", "zero hour*", "probation*", "job security", "maternity cover", "temp to perm",
                     "notice period", "self employed", "through an agency", "contract role", "funding"),
    Topic.TITLE: ("demot*", "step down", "title", "junior", "grade", "band", "reporting to me", "report to me",
                  "reports to me", "direct reports", "from head of", "from team lead*", "from lead*", "from senior*",
                  "from supervisor*", "from manager*"),
    Topic.BENEFITS: ("pension*", "holiday", "annual leave", "benefits", "perk*", "company car",
                     "health insurance", "statutory"),
    Topic.GROWTH: ("promotion", "progression", "training", "mentoring", "promoted from within", "move up",
                   "annual reviews"),
    Topic.START: ("start date", "start in", "start on", "start until", "start back", "starting in"),
    Topic.TRAVEL: ("travel*", "trips", "overnight stays", "flying", "away two nights", "all over the country",
                   "around the country", "up and down the country", "across the country"),
    Topic.WORKLOAD: ("workload", "understaffed", "short staffed", "caseload", "targets", "too much for one",
                     "overworked", "enough staff", "staff shortage*", "short of staff", "work of two", "work of three",
                     "from the stress", "from stress", "because of the stress", "burnt out", "burned out", "burnout"),
    Topic.WORK: ("the work itself", "work itself", "the whole job", "the whole role", "whole role"),
    Topic.PEOPLE: ("management", "managment", "micromanag*", "colleagues", "the people",
                   "working with my", "reporting to", "the clients", "residents", "boss"),
    Topic.VALUES: ("against my value*", "goes against", "my values", "ethic*", "reputation", "morally",
                   "don't believe in", "don't agree with", "in the news", "industry", "payday loan*", "weapon*",
                   "oil and gas", "gambling", "tobacco", "whole business", "business is built on", "prey on",
                   "preys on", "preying on", "desperate people", "vulnerable people", "into debt",
                   "nudge people", "nudges people", "nudging people", "make money from", "makes money from",
                   "makes its money", "make their money", "profit from", "profits from", "rip people off"),
    Topic.OTHER_OFFER: ("another offer", "an offer from", "second interview", "final round", "expecting an offer",
                        "offered me", "offer me a job", "accepted a place", "grad scheme", "lined up",
                        "interview at my", "other offer"),
    Topic.CIRCUMSTANCES: ("my kids", "carer for", "physio", "disabilit*", "school drop off", "ivf", "visa",
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
                          "criminal record", "why i left", "why i was sacked", "why i was fired"),
})
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
                   "cliqu*", "click with"),
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
