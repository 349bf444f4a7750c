"""The panel: people invited to an interview for a job they don't really want, as they would tell it.

Each persona was written, and its verdict decided, before the app was run on it: ``expected`` is
what a good career coach applying the article would say, not what the app says today. The
reasons are typed as people type them, in full sentences; ``could_change`` is what this person
would answer to the article's test ("Could this employer change this for you if they wanted to
hire you?") when the app is unsure and asks. ``Answers`` holds only the job questions this person
would answer; the others stay at the model's defaults, as they would in the app.

``forbidden`` are sentences this person must never be told (regexes, matched against every text
the app writes for the case); ``must_mention`` are what the advice itself must say (matched with
the person's own words taken out, so a label shown back does not count as advice).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.case.models import Gut
from advisor.case.money import Currency
from advisor.judgement.scoring import Verdict

# Sentences some personas must never get, named for what makes them false.
DISLIKES_WORK = r"you dislike the work itself"  # for someone whose objection is not the work
TALKED_OVER = r"can be talked over"  # for someone whose main objection no offer changes
WITHDRAWS = r"(?i)rather withdraw|withdraw now|not your match|isn't the right match|not the right match"
INCOME_THEN_WITHDRAW = r"(?i)pays off through income.*not your match"
KEEPS_WAITING = r"(?i)a day to think|still weighing it up|before I decide"
GOES_AHEAD = r"(?i)I'd like to go ahead"  # for someone who said they don't want the job
FIRST_TIMER_NERVES = r"(?i)one of your first interviews"  # for a veteran


@dataclass
class Answers:
    """The job page's questions this person would answer; None is a question left as it was."""

    gut: Gut | None = None
    interviews_so_far: int | None = None
    early_career: bool | None = None
    experience_years: int | None = None
    selling_difficulty: int | None = None
    wanted_job: str | None = None
    similarity: int | None = None
    network_value: int | None = None
    curiosity: int | None = None
    travel_hours: float | None = None
    travel_cost: int | None = None
    spare_money: int | None = None
    currency: Currency | None = None
    financial_need: int | None = None
    dread: int | None = None
    taking_other_offer: bool | None = None  # asked on Sort only of someone holding another offer


@dataclass
class Why:
    """One reason against the job, as typed, with what the person would answer about it.

    ``ask``, ``walk_away`` and ``odds`` are given only where this person would have them; the app
    asks for them only when the reason ends up negotiable.
    """

    label: str
    severity: int
    could_change: bool
    ask: str = ""
    walk_away: str = ""
    odds: int | None = None
    catalog_id: str | None = None


@dataclass
class Like:
    """Something the person likes about the job, in their words, and how much it counts."""

    label: str
    weight: int


@dataclass
class Persona:
    id: str
    first_name: str
    story: str
    title: str
    company: str
    activity: str
    answers: Answers
    reasons: list[Why]
    expected: Verdict
    coach_says: str
    pros: list[Like] = field(default_factory=list)
    also_fine: set[Verdict] = field(default_factory=set)
    forbidden: list[str] = field(default_factory=list)
    must_mention: list[str] = field(default_factory=list)

    def accepts(self, verdict: Verdict) -> bool:
        return verdict is self.expected or verdict in self.also_fine


PANEL: tuple[Persona, ...] = (
    Persona(
        id="maya_first_sales_calls", first_name="Maya",
        story="I finished my degree in June and have never had a real interview. A recruiter put me "
              "forward for a phone sales job and I said yes before I thought about it. The idea of "
              "selling on the phone all day makes me feel sick, but everyone says I need the practice.",
        title="Inside sales representative", company="Kestrel Energy",
        activity="Calling small businesses to sell them energy contracts",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=8, wanted_job="Junior copywriter", similarity=4, network_value=3,
                        curiosity=4, dread=8, financial_need=5),
        reasons=[
            Why("I'd be making cold sales calls all day, and I hate pushing people to buy things.", 8, False),
            Why("The base pay is barely above minimum wage without commission.", 5, True,
                ask="A base salary 10 % higher", odds=30),
        ],
        expected=Verdict.PRACTICE,
        coach_says="A first interview ever, for work she dislikes: go for the practice, say no honestly at the end.",
        forbidden=[GOES_AHEAD],
        must_mention=[r"(?i)practi[cs]e"],
    ),
    Persona(
        id="daniel_tobacco_veteran", first_name="Daniel",
        story="I've run marketing teams for fifteen years and interview a couple of times a year anyway. "
              "A headhunter called about a director job at a tobacco company and the money is "
              "honestly tempting. But I don't think I could look my kids in the eye.",
        title="Marketing director", company="Halden Tobacco",
        activity="Leading the marketing of the company's cigarette brands",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=30, experience_years=15, selling_difficulty=2,
                        similarity=5, network_value=3, curiosity=2, financial_need=2, dread=1),
        reasons=[
            Why("Promoting cigarettes goes against my values.", 9, False),
            Why("The office is a long drive out of town.", 3, True),
        ],
        expected=Verdict.SKIP,
        coach_says="A seasoned interviewer gains little practice, and the employer's product never changes: decline "
                   "early.",
        forbidden=[DISLIKES_WORK, TALKED_OVER, FIRST_TIMER_NERVES, GOES_AHEAD,
                   r"(?i)names promot|room to grow|can be written into an offer"],
        must_mention=[r"(?i)values|stands for"],
    ),
    Persona(
        id="kofi_debt_warehouse", first_name="Kofi",
        story="I'm behind on rent and have a loan to pay off, so I need work soon. The warehouse job is "
              "fine, I've done picking before. What worries me is getting there and the twelve-hour shifts.",
        title="Warehouse picker", company="Northgate Logistics",
        activity="Picking and packing online orders",
        answers=Answers(gut=Gut.GO, interviews_so_far=6, experience_years=4, financial_need=10, dread=3,
                        travel_hours=2.5, travel_cost=8, spare_money=20, currency=Currency.GBP),
        reasons=[
            Why("Twelve-hour shifts would wreck my back.", 7, True,
                ask="Eight-hour shifts", walk_away="Ten-hour shifts at most", odds=40),
            Why("The depot is outside the city and takes two buses to reach.", 6, True,
                ask="A start time that fits the first direct bus", odds=50),
        ],
        pros=[Like("It pays weekly, which would help me clear my arrears.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="He needs the income and both objections are terms of the offer: go and ask for them.",
        forbidden=[INCOME_THEN_WITHDRAW, WITHDRAWS, DISLIKES_WORK],
        must_mention=[r"(?i)shift|bus|journey|start time"],
    ),
    Persona(
        id="priya_weekend_rota", first_name="Priya",
        story="I've been a nurse for nine years and I'd love to lead a ward. This clinic's ward-manager "
              "post is the step I want, but the rota puts me on weekends, and with two small children "
              "and no childcare at weekends that just can't work.",
        title="Ward manager", company="St Aldric's Private Clinic",
        activity="Leading the nursing team on a surgical ward",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, experience_years=9, wanted_job="Ward manager",
                        similarity=9, network_value=6, financial_need=5, dread=4),
        reasons=[
            Why("The rota has me working every other weekend, and I have no childcare then.", 8, True,
                ask="No more than one weekend a month", walk_away="One weekend in three", odds=50),
            Why("The pay is only slightly more than I earn now.", 4, True, ask="8 % above the advertised pay",
                odds=50),
        ],
        pros=[Like("I'd finally get to lead a team, which I've wanted for years.", 8)],
        expected=Verdict.NEGOTIATE,
        coach_says="The job is what she wants; weekends and pay are exactly what the article says can move.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
        must_mention=[r"(?i)weekend|rota|shift"],
    ),
    Persona(
        id="lena_offer_deadline", first_name="Lena",
        story="I accepted this interview weeks ago, and since then another company offered me a job I "
              "really like. I have to answer them by Friday and I'm going to say yes. The insurer's "
              "interview is next Tuesday and I feel bad just not turning up.",
        title="QA engineer", company="Meridian Insurance",
        activity="Testing the company's claims software",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=12, experience_years=5, similarity=6, network_value=3,
                        curiosity=3, financial_need=3, dread=2, taking_other_offer=True),
        reasons=[
            Why("I already have an offer from another company and must answer it by Friday.", 9, False),
            Why("Their office culture sounds stiff and formal.", 4, False),
        ],
        expected=Verdict.SKIP,
        coach_says="She holds the offer she wants and has plenty of practice: tell them now, don't keep them waiting.",
        forbidden=[KEEPS_WAITING, GOES_AHEAD, r"(?i)flexibility on this: i already", TALKED_OVER],
        must_mention=[r"(?i)(other|another) offer|offer you hold"],
    ),
    Persona(
        id="tomasz_far_and_costly", first_name="Tomasz",
        story="I studied biochemistry and I want to work in a lab. This is a trainee supervisor job in a "
              "warehouse five hours away by train, and the ticket costs more than I can spare this month. "
              "I'd also have to move to a town where I don't know anyone.",
        title="Trainee shift supervisor", company="Castlebrook Distribution",
        activity="Supervising pickers on the warehouse floor",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=3, early_career=True, experience_years=1,
                        wanted_job="Laboratory technician", similarity=2, network_value=1, curiosity=2,
                        travel_hours=10, travel_cost=140, spare_money=40, currency=Currency.EUR,
                        financial_need=4, dread=4),
        reasons=[
            Why("I'd be managing pickers in a warehouse, which isn't what I studied for.", 6, False),
            Why("I'd have to move to a town where I know nobody.", 6, False),
        ],
        expected=Verdict.SKIP,
        coach_says="Ten hours and three times what he can spare, for work outside his field: practice is cheaper "
                   "nearer home.",
        forbidden=[TALKED_OVER, GOES_AHEAD],
        must_mention=[r"(?i)cost|fare|spare|journey|travel"],
    ),
    Persona(
        id="hannelore_long_trip_veteran", first_name="Hannelore",
        story="I've been an accountant for twenty-two years. A firm six hours away wants to meet me for "
              "a role that is the same month-end work I have done forever, and I'd pay the train and a "
              "hotel myself. I don't need the money and I'm not curious about them.",
        title="Senior accountant", company="Vossberg & Partner",
        activity="Month-end closing and reporting for group companies",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=40, experience_years=22, selling_difficulty=2,
                        wanted_job="Finance trainer", similarity=2, network_value=2, curiosity=2,
                        travel_hours=12, travel_cost=250, spare_money=100, currency=Currency.EUR,
                        financial_need=2, dread=1),
        reasons=[
            Why("I'd be doing the same month-end closing I've done for twenty years.", 6, False),
            Why("The trip would take two days and cost me a hotel night.", 5, True),
        ],
        expected=Verdict.SKIP,
        coach_says="A veteran with nothing to practise, no need and a costly trip for work she's tired of: decline.",
        forbidden=[FIRST_TIMER_NERVES, GOES_AHEAD, TALKED_OVER],
        must_mention=[r"(?i)cost|journey|travel"],
    ),
    Persona(
        id="jonas_loves_design_hates_pay", first_name="Jonas",
        story="Designing packaging is what I love doing, and this brand's products are lovely. But the "
              "salary they advertise is about a fifth below what designers get elsewhere. I'd take it "
              "in a heartbeat if the money were right.",
        title="Packaging designer", company="Fernhill Foods",
        activity="Designing packaging and labels for the company's food range",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=8, experience_years=4, wanted_job="Packaging designer",
                        similarity=9, network_value=6, financial_need=5, dread=3),
        reasons=[
            Why("The salary is about 20% below what designers earn elsewhere.", 8, True,
                ask="+20 % on the advertised salary", walk_away="+10 % on the advertised salary", odds=40),
        ],
        pros=[Like("I'd actually enjoy designing their packaging.", 6)],
        expected=Verdict.NEGOTIATE,
        coach_says="He loves the work and the only objection is pay: the textbook case for go and negotiate.",
        forbidden=[DISLIKES_WORK, WITHDRAWS, r"through i'd actually"],
        must_mention=[r"(?i)pay|salary"],
    ),
    Persona(
        id="sven_dislikes_auditing", first_name="Sven",
        story="I'm two years out of university and I've only had three interviews. The audit firm "
              "invited me and the pay is fine, but I find auditing other people's books mind-numbing. "
              "I want to end up in financial planning.",
        title="Audit associate", company="Lindqvist Audit",
        activity="Auditing clients' accounts and checking their records",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=3, early_career=True, experience_years=2,
                        selling_difficulty=6, wanted_job="Financial planning analyst", similarity=6,
                        network_value=5, curiosity=4, financial_need=3, dread=5),
        reasons=[
            Why("I find auditing other people's books mind-numbing.", 8, False),
        ],
        expected=Verdict.PRACTICE,
        coach_says="The principal activity is what he dislikes, but he is early and the interviews are alike: go to "
                   "practise.",
        forbidden=[TALKED_OVER, GOES_AHEAD],
        must_mention=[r"(?i)work itself|auditing"],
    ),
    Persona(
        id="aisha_step_down", first_name="Aisha",
        story="I led a team of six for four years until my company restructured and my role went. A "
              "competitor has invited me for a senior analyst job with nobody reporting to me. I need "
              "an income again, but going back to being an individual contributor stings.",
        title="Senior data analyst", company="Orrin Retail",
        activity="Analysing sales data and building reports for the buying team",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=7, experience_years=10, wanted_job="Analytics team lead",
                        similarity=7, network_value=6, financial_need=7, dread=3),
        reasons=[
            Why("It would be a step down from team lead to individual contributor.", 7, True,
                ask="A team-lead role within a year, written into the offer", odds=25),
            Why("The pay would drop by about 10% from what I earned.", 5, True,
                ask="Match my last salary", walk_away="5 % below my last salary", odds=50),
        ],
        pros=[Like("I'd actually enjoy the analysis again.", 5)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="Level and pay are terms of the offer and she needs an income: go and negotiate both.",
        forbidden=[DISLIKES_WORK, r"(?i)the people and the culture", r"through i'd actually", INCOME_THEN_WITHDRAW],
        must_mention=[r"(?i)title|level|lead"],
    ),
    Persona(
        id="olu_dream_job_office_days", first_name="Olu",
        story="This is honestly my dream employer: they work on exactly the climate data I care about. "
              "The only snag is that they want everyone in the office five days a week, and I've got used "
              "to working from home two days.",
        title="Data analyst", company="Greenline Climate Institute",
        activity="Analysing climate and emissions data for research reports",
        answers=Answers(gut=Gut.GO, interviews_so_far=9, experience_years=5, wanted_job="Climate data analyst",
                        similarity=9, network_value=9, curiosity=9, financial_need=4, dread=4),
        reasons=[
            Why("They want me in the office five days a week.", 5, True,
                ask="Two days a week from home", walk_away="One day a week from home", odds=60),
        ],
        pros=[Like("The team works on exactly the climate data I want to work on.", 8)],
        expected=Verdict.NEGOTIATE,
        coach_says="A wanted job with one term that can move: go, and ask for the home days.",
        forbidden=[WITHDRAWS, DISLIKES_WORK],
        must_mention=[r"(?i)from home|home days|office"],
    ),
    Persona(
        id="chloe_anxious_first", first_name="Chloé",
        story="I have social anxiety and I've never done a job interview. It's for a receptionist job at "
              "a dental clinic; I'd like to do office work one day, but the phone scares me. Part of me "
              "wants to cancel so I don't have to feel this way.",
        title="Receptionist", company="Bright Smile Dental",
        activity="Greeting patients, answering the phone and booking appointments",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=9, wanted_job="Office administrator", similarity=6, curiosity=5,
                        dread=9, financial_need=6),
        reasons=[
            Why("Answering the phone all day makes me nervous.", 5, False),
            Why("It starts at half past seven in the morning.", 4, True, ask="An 8:30 start", odds=50),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.NEGOTIATE},
        coach_says="Her first interview, and nerves are the article's reason to practise: go, whether or not she "
                   "wants it.",
        forbidden=[r"(?i)isn't honest|not honest yet", r"(?i)best option[^.]*(move the date|later)"],
        must_mention=[r"(?i)nerv"],
    ),
    Persona(
        id="marco_teacher_to_ux", first_name="Marco",
        story="After ten years of teaching I'm retraining in UX design. A software company invited me "
              "for a customer-support job; it isn't design, but they have a real UX team. I'd take a pay "
              "cut, and I'm not sure it's worth it.",
        title="Customer support specialist", company="Tessellate Software",
        activity="Answering customers' support tickets about the product",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, experience_years=10, selling_difficulty=6,
                        wanted_job="UX designer", similarity=5, network_value=8, curiosity=9,
                        financial_need=5, dread=5),
        reasons=[
            Why("I'd be answering support tickets, not designing anything.", 6, False),
            Why("The pay is lower than my teaching salary.", 6, True, ask="+10 % on the advertised pay", odds=40),
        ],
        pros=[Like("It's a way into a company with a real UX team.", 7)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.PRACTICE},
        coach_says="A foot in the door of his new field with contacts he needs: go, and negotiate the pay.",
        forbidden=[r"through it's a way"],
        must_mention=[r"(?i)contacts?|connections"],
    ),
    Persona(
        id="nadia_chef_to_data", first_name="Nadia",
        story="I was a chef for eight years and just finished a data bootcamp. A food-delivery company "
              "wants to interview me for a junior analyst job, which is pretty much what I want. But "
              "it's only a six-month contract, and fully remote when I'd like to be around people.",
        title="Junior data analyst", company="Forkful",
        activity="Analysing delivery and order data for the operations team",
        answers=Answers(gut=Gut.GO, interviews_so_far=1, early_career=True, experience_years=8,
                        selling_difficulty=7, wanted_job="Data analyst", similarity=8, network_value=7,
                        curiosity=8, financial_need=6, dread=6),
        reasons=[
            Why("It's only a six-month contract.", 6, True, ask="A twelve-month contract", odds=35),
            Why("It's fully remote and I'd miss working with people around me.", 4, True,
                ask="Two office days a week", odds=60),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="Her wanted field and negotiable terms: go, and ask for a longer contract.",
        forbidden=[WITHDRAWS, DISLIKES_WORK],
        must_mention=[r"(?i)contract"],
    ),
    Persona(
        id="ravi_betting_debt", first_name="Ravi",
        story="I owe about eight thousand on credit cards and the support job at an online betting "
              "company pays well. I don't like what they do: my uncle lost a lot to gambling. I need the "
              "money, though, and I don't know what's right.",
        title="Customer support agent", company="Spinwell Bet",
        activity="Helping customers with their accounts by chat and email",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, experience_years=3, similarity=4, network_value=2,
                        curiosity=2, financial_need=9, dread=4),
        reasons=[
            Why("I don't want to help a betting company make money off addicts.", 8, False),
        ],
        pros=[Like("The pay would clear my credit card debt within a year.", 6)],
        expected=Verdict.CLOSE_CALL, also_fine={Verdict.PRACTICE},
        coach_says="Real need against the employer's product, which never changes: honestly close, his call.",
        forbidden=[INCOME_THEN_WITHDRAW, DISLIKES_WORK, TALKED_OVER],
        must_mention=[r"(?i)values|stands for"],
    ),
    Persona(
        id="jake_offer_and_bank", first_name="Jake",
        story="I'm 22 and a small agency has already offered me a job I'm happy with; they want an answer "
              "in two weeks. The bank's graduate interview is next week and I'm lukewarm. It feels stuffy, "
              "but I've only had two interviews and the contacts might help later.",
        title="Graduate analyst", company="Ashford Bank",
        activity="Rotating through the bank's analytics and risk teams",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, early_career=True, experience_years=0,
                        selling_difficulty=6, wanted_job="Digital marketing executive", similarity=5,
                        network_value=7, curiosity=6, financial_need=3, dread=5, taking_other_offer=False),
        reasons=[
            Why("I hold an offer from an agency I like, and must answer it within two weeks.", 6, False),
            Why("The bank's dress code and hierarchy feel stuffy to me.", 5, False),
        ],
        expected=Verdict.PRACTICE,
        coach_says="Early, few interviews, useful contacts, interview before his deadline: go, be open about the "
                   "offer.",
        forbidden=[KEEPS_WAITING, r"(?i)flexibility on this: i already", GOES_AHEAD],
        must_mention=[r"(?i)(other|another) offer|offer you hold"],
    ),
    Persona(
        id="grace_nights_single_parent", first_name="Grace",
        story="I'm raising my daughter on my own and money is tight. I like caring for older people and "
              "the care home seems kind, but they're hiring for nights, and nights would mean nobody is "
              "home with her.",
        title="Night care assistant", company="Willowmere Care Home",
        activity="Caring for elderly residents",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, experience_years=6, wanted_job="Senior carer",
                        similarity=8, network_value=4, financial_need=8, dread=3),
        reasons=[
            Why("Night shifts would mean nobody is home with my daughter.", 9, True,
                ask="Day shifts only", walk_away="At most two nights a week", odds=35),
        ],
        pros=[Like("I like looking after older people.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="She likes the work and needs income; shifts are the classic negotiable term.",
        forbidden=[DISLIKES_WORK, WITHDRAWS, INCOME_THEN_WITHDRAW],
        must_mention=[r"(?i)night|shift"],
    ),
    Persona(
        id="peter_startup_equity", first_name="Peter",
        story="I've been an engineer for twenty-five years and a startup wants me as their first senior "
              "hire. I'm curious, but they'd pay part of my salary in shares, which feels risky at my age. "
              "And the founders are half my age.",
        title="Principal engineer", company="Quillon Robotics",
        activity="Designing the control software for warehouse robots",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=30, experience_years=25, selling_difficulty=3,
                        similarity=6, network_value=6, curiosity=8, financial_need=3, dread=2),
        reasons=[
            Why("They'd pay part of the salary in shares instead of cash.", 6, True,
                ask="Full market salary, with shares on top", odds=40),
            Why("The founders are half my age and might not listen to me.", 4, False),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="Curious about the work, main objection is how he's paid: go and negotiate the cash.",
        forbidden=[DISLIKES_WORK, FIRST_TIMER_NERVES],
        must_mention=[r"(?i)salary|pay|cash|shares"],
    ),
    Persona(
        id="tom_done_with_sales", first_name="Tom",
        story="Twelve years in sales and I'm burnt out on targets. I want to move into training people "
              "instead. A recruiter pushed me towards another account-manager job and I said I'd think "
              "about it, but I really don't want to sell again.",
        title="Key account manager", company="Ardent Packaging",
        activity="Selling packaging to large retail accounts against quarterly targets",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=20, experience_years=12, selling_difficulty=2,
                        wanted_job="Sales trainer", similarity=1, network_value=3, curiosity=2,
                        financial_need=4, dread=2),
        reasons=[
            Why("I'm done with chasing monthly sales targets.", 9, False),
            Why("The company car policy is worse than what I have now.", 2, True),
        ],
        expected=Verdict.SKIP,
        coach_says="A veteran who dislikes the very activity: nothing to practise, nothing to negotiate; decline.",
        forbidden=[TALKED_OVER, FIRST_TIMER_NERVES, GOES_AHEAD],
        must_mention=[r"(?i)work itself|selling|sales"],
    ),
    Persona(
        id="fatima_far_school", first_name="Fatima",
        story="I teach biology and I'd love to teach A-level, which this school offers. But it's at the far "
              "end of the city, an hour each way, and the post is only a one-year maternity cover.",
        title="Biology teacher", company="Holloway Park School",
        activity="Teaching biology to students aged 11 to 18",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, experience_years=6, wanted_job="A-level biology teacher",
                        similarity=9, network_value=5, financial_need=5, dread=3),
        reasons=[
            Why("The school is at the far end of the city, an hour each way.", 6, True,
                ask="No first-period lessons on Mondays", odds=40),
            Why("It's only a one-year maternity cover.", 6, True, ask="A permanent post if it goes well", odds=30),
        ],
        pros=[Like("I'd teach the A-level biology I love.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="The teaching is what she wants; the journey and contract are terms to raise.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
        must_mention=[r"(?i)contract|permanent|journey|commute|travel"],
    ),
    Persona(
        id="ben_shouting_managers", first_name="Ben",
        story="I like writing code, and this company's product is interesting. But their reviews online say "
              "managers shout at people and half the team left last year. I've had a few interviews and "
              "I'm not in a hurry.",
        title="Backend developer", company="Corvid Systems",
        activity="Building and maintaining the company's booking platform",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=5, experience_years=4, wanted_job="Backend developer",
                        similarity=8, network_value=4, curiosity=5, financial_need=4, dread=3),
        reasons=[
            Why("Their reviews on Glassdoor say managers shout at people.", 8, False),
            Why("Half the team left in the last year.", 6, False),
        ],
        pros=[Like("I'd enjoy working on their booking platform.", 4)],
        expected=Verdict.PRACTICE,
        coach_says="The culture won't change for one hire, but the interview is alike and shows whether the reviews "
                   "are true.",
        forbidden=[DISLIKES_WORK, TALKED_OVER, r"(?i)room to grow"],
        must_mention=[r"(?i)people|culture|manag"],
    ),
    Persona(
        id="lina_unpaid_museum", first_name="Lina",
        story="I'm in my last year of an art history degree and the museum's archive is where I dream of "
              "working. The internship is unpaid, and I can't afford to work for free; I already have a "
              "weekend job to pay rent.",
        title="Archive intern", company="Harrow Museum of Art",
        activity="Cataloguing and digitising the museum's archive",
        answers=Answers(gut=Gut.GO, interviews_so_far=1, early_career=True, experience_years=0,
                        selling_difficulty=7, wanted_job="Museum archivist", similarity=9, network_value=9,
                        curiosity=9, financial_need=8, dread=6),
        reasons=[
            Why("It's unpaid, and I can't afford to work for free.", 8, True,
                ask="A monthly stipend or my travel costs paid", odds=35),
        ],
        pros=[Like("I'd love to work with the museum's archive.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="Her dream field, first interviews, and pay is negotiable even for internships: go and ask.",
        forbidden=[DISLIKES_WORK, WITHDRAWS, r"through i'd love"],
        must_mention=[r"(?i)pay|stipend|paid"],
    ),
    Persona(
        id="helen_returner_junior_role", first_name="Helen",
        story="I spent ten years caring for my parents and I'm returning to work at fifty. I used to manage "
              "an office; this is an admin assistant job far below that. I haven't interviewed in over a "
              "decade and my confidence is low, but we need the money.",
        title="Administrative assistant", company="Pell & Carter Solicitors",
        activity="Keeping diaries, filing and handling post for the partners",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, experience_years=20, selling_difficulty=8,
                        wanted_job="Office manager", similarity=6, network_value=5, financial_need=7, dread=7),
        reasons=[
            Why("It's a junior role, far below the office manager job I used to do.", 6, True,
                ask="An office coordinator title with a review at six months", odds=35),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She needs practice after a long break and income; level is negotiable: go and ask.",
        forbidden=[DISLIKES_WORK, WITHDRAWS, INCOME_THEN_WITHDRAW],
        must_mention=[r"(?i)title|level|review"],
    ),
    Persona(
        id="ama_apprentice_fare", first_name="Ama",
        story="I'm nineteen and this electrical apprenticeship is exactly what I want. But the interview is "
              "three hours away and the return ticket costs 90 when I only have about 30 to spare. The "
              "first-year pay is very low too.",
        title="Electrical apprentice", company="Trent Valley Power",
        activity="Learning to install and maintain electrical systems",
        answers=Answers(gut=Gut.GO, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=7, wanted_job="Electrician", similarity=9, network_value=7,
                        curiosity=8, travel_hours=6, travel_cost=90, spare_money=30, currency=Currency.GBP,
                        financial_need=7, dread=6),
        reasons=[
            Why("The first-year apprentice pay is very low.", 5, True,
                ask="Travel costs covered during training", odds=40),
            Why("The interview ticket costs three times what I can spare.", 6, True,
                ask="Them paying the fare or a first round by video", odds=50),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="Her wanted job and first interview; the fare is the problem, so ask them to cover it or meet by "
                   "video.",
        forbidden=[WITHDRAWS, DISLIKES_WORK],
        must_mention=[r"(?i)video|fare|cover"],
    ),
    Persona(
        id="joao_two_minds", first_name="João",
        story="I plan deliveries for a mid-sized firm and this bigger company invited me for the same kind "
              "of job. It pays about the same, but the office is much further away. It would look good on "
              "my CV, and I honestly can't tell if it's worth moving.",
        title="Logistics planner", company="Atlas Freight",
        activity="Planning delivery routes and schedules",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=8, experience_years=6, similarity=6, network_value=5,
                        curiosity=4, financial_need=3, dread=3),
        reasons=[
            Why("The office is fifty minutes further than my current one.", 6, True,
                ask="Two days a week from home", odds=20),
            Why("It's the same planning work I already do, just at a bigger firm.", 4, False),
        ],
        pros=[Like("A bigger firm would look good on my CV.", 4)],
        expected=Verdict.CLOSE_CALL,
        coach_says="Little gained or lost either way; it turns on whether they'd give home days.",
        forbidden=[WITHDRAWS],
        must_mention=[r"(?i)home|journey|commute|office"],
    ),
)
