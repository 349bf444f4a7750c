"""The held-out panel: twelve more people, kept apart from the model's tuning.

The app's model was tuned against ``PANEL``; these twelve check that it generalises. They are
different people in different situations, written the same way (a story as the person would tell
it, full-sentence reasons, what they would answer to the article's test) by someone who read the
article, the factors and the first panel, and neither the advisor's code nor what it says for
them. Each ``expected`` verdict was decided before the app was run on any of them, as a good
career coach applying the article would decide it; ``also_fine`` only where such a coach would
genuinely accept either (three personas). Do not tune against this panel: a change made to pass
one of these people makes it a tuning panel, and the figure stops meaning anything.
"""

from __future__ import annotations

from advisor.case.models import Gut
from advisor.case.money import Currency
from advisor.judgement.scoring import Verdict
from tests.unit.panel.personas import (
    DISLIKES_WORK,
    FIRST_TIMER_NERVES,
    GOES_AHEAD,
    INCOME_THEN_WITHDRAW,
    KEEPS_WAITING,
    TALKED_OVER,
    WITHDRAWS,
    Answers,
    Like,
    Persona,
    Why,
)

HELD_OUT_PANEL: tuple[Persona, ...] = (
    Persona(
        id="ines_clinic_upselling", first_name="Inês",
        story="I've been a hospital nurse for fourteen years. A private skin clinic wants to interview me and "
              "the pay is about a quarter more, but their nurses are expected to sell treatment packages to every "
              "patient. I went into nursing to help people, not to talk them into fillers they don't need.",
        title="Clinic nurse", company="Lumière Aesthetics",
        activity="Treating patients and recommending the clinic's treatment packages to them",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=12, experience_years=14, selling_difficulty=3,
                        wanted_job="Senior staff nurse", similarity=3, network_value=2, curiosity=2,
                        financial_need=2, dread=2),
        reasons=[
            Why("Upselling treatments to patients goes against why I became a nurse.", 9, False),
            Why("Every nurse there has a monthly sales target.", 6, False),
        ],
        pros=[Like("The pay is about 25 % more than the hospital pays me.", 3)],
        expected=Verdict.SKIP,
        coach_says="Selling treatments is the job there, and she needs neither the money nor the practice: decline "
                   "kindly, now.",
        forbidden=[TALKED_OVER, FIRST_TIMER_NERVES, GOES_AHEAD, INCOME_THEN_WITHDRAW],
    ),
    Persona(
        id="dariusz_bus_to_dispatch", first_name="Dariusz",
        story="I've driven city buses for seventeen years and I still like it. My depot manager asked me to "
              "interview for a dispatcher job in the control room: same pay, a desk and six screens. I don't want "
              "to sit inside all day, but one day I'd like to train new drivers, and the same managers pick the "
              "instructors.",
        title="Bus dispatcher", company="Rivermouth City Transport",
        activity="Coordinating buses and drivers from the control room",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=2, experience_years=17, selling_difficulty=7,
                        wanted_job="Driving instructor", similarity=7, network_value=8, curiosity=3,
                        financial_need=3, dread=5),
        reasons=[
            Why("I'd be sitting at a desk watching screens all day instead of driving.", 7, False),
            Why("It pays the same as driving, with more responsibility and no overtime.", 4, True,
                ask="A dispatcher allowance of 5 %", odds=30),
        ],
        pros=[Like("It would be easier on my knees than driving.", 2)],
        expected=Verdict.PRACTICE,
        coach_says="He doesn't want a desk, but it's his first interview in years, costs nothing and is in front of "
                   "the managers who choose instructors: go, and say honestly he'd rather drive.",
        forbidden=[TALKED_OVER, GOES_AHEAD],
    ),
    Persona(
        id="sofia_phd_consulting", first_name="Sofia",
        story="I'm finishing a PhD in chemistry and I want to do research in industry. A strategy consulting "
              "firm invited me to a case interview after a careers fair. Their work seems soulless to me, slide "
              "decks about cutting costs, but I've only had one interview in my life and I freeze when I have to "
              "talk about myself.",
        title="Associate consultant", company="Brightwater Strategy",
        activity="Analysing clients' businesses and presenting recommendations to their managers",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=1, early_career=True, experience_years=0,
                        selling_difficulty=8, wanted_job="Industrial research scientist", similarity=4,
                        network_value=4, curiosity=4, financial_need=4, dread=7),
        reasons=[
            Why("Making slide decks to help companies cut costs feels soulless to me.", 7, False),
            Why("Sixty-hour weeks there, and travel to clients from Monday to Thursday.", 5, False),
        ],
        expected=Verdict.PRACTICE,
        coach_says="The work is what she dislikes, but she is nearly unpractised and freezes talking about herself: "
                   "go for the practice, say no honestly at the end.",
        forbidden=[TALKED_OVER, GOES_AHEAD],
    ),
    Persona(
        id="rainer_laid_off_junior", first_name="Rainer",
        story="I was laid off in January after twenty-eight years as a mechanical engineer, and I'm fifty-five. "
              "The only invitation so far is for a junior design engineer job that pays about a third less than I "
              "earned. My severance runs out in four months, and I haven't been to an interview since 1997.",
        title="Junior design engineer", company="Kessler Pumps",
        activity="Designing pump components in CAD and checking drawings",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, experience_years=28, selling_difficulty=6,
                        wanted_job="Senior mechanical engineer", similarity=8, network_value=5, curiosity=5,
                        financial_need=8, dread=6),
        reasons=[
            Why("It's a junior role that pays about a third less than I earned before.", 7, True,
                ask="A senior engineer title and 15 % above the advertised salary",
                walk_away="The advertised salary with a review after six months", odds=35),
            Why("I'd report to a team lead half my age.", 3, False),
        ],
        pros=[Like("I'd still be designing machines, which is what I love.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="He likes the work and needs an income; title and pay are terms of the offer: go, and negotiate "
                   "both.",
        forbidden=[DISLIKES_WORK, WITHDRAWS, INCOME_THEN_WITHDRAW],
    ),
    Persona(
        id="marcus_single_dad_travel", first_name="Marcus",
        story="I've been bringing up my two boys on my own since their mum moved abroad. A software firm wants me "
              "as an implementation manager, work I'm good at and better paid, but the ad says travel to client "
              "sites two weeks a month is mandatory. I can't leave the boys for a week at a time.",
        title="Implementation manager", company="Paxton Health Systems",
        activity="Leading the rollout of the company's software at hospitals",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=7, experience_years=12, wanted_job="Implementation manager",
                        similarity=9, network_value=6, curiosity=6, financial_need=5, dread=3),
        reasons=[
            Why("The job needs me at client sites two weeks a month; I'm raising two kids alone.", 9, True,
                ask="Travel cut to two or three days a month, with the rest done remotely",
                walk_away="No more than one overnight trip a month", odds=25),
        ],
        pros=[Like("It's the rollout work I'm good at, and the pay is a real step up.", 6)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="The work suits him and travel with a family is the article's own example of a term to discuss: "
                   "go and ask; if the travel can't shrink, decline then.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
    ),
    Persona(
        id="elif_graduate_arms_hr", first_name="Elif",
        story="I graduated in psychology this summer and I want to work in HR. The first invitation I've had is "
              "for the HR graduate scheme at a company that makes missiles and armoured vehicles. I'd be doing the "
              "recruiting work I want, but I don't think I could tell my friends where I work.",
        title="HR graduate trainee", company="Northmoor Defence Systems",
        activity="Supporting recruitment and onboarding for the company's engineering teams",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=7, wanted_job="HR assistant", similarity=8, network_value=5, curiosity=4,
                        financial_need=5, dread=7),
        reasons=[
            Why("I don't want to help a company that makes weapons, even from the HR office.", 9, False),
            Why("The site is on an industrial estate an hour away by bus.", 3, True),
        ],
        pros=[Like("I'd be doing the recruitment work I studied for.", 4)],
        expected=Verdict.PRACTICE,
        coach_says="Her first interview, for the very work she wants elsewhere, but the employer's products won't "
                   "change: go for the practice, say no honestly.",
        forbidden=[DISLIKES_WORK, TALKED_OVER, GOES_AHEAD],
    ),
    Persona(
        id="luca_chef_to_canteen", first_name="Luca",
        story="I'm a sous chef, nine years in restaurant kitchens, and the late nights are wearing me down. An "
              "insurance company's staff canteen wants a head cook: Monday to Friday, home by five. But it's four "
              "hundred lunches from a set menu, and I'm scared I'd stop being a real cook.",
        title="Head cook", company="Calloway Insurance staff restaurant",
        activity="Running the kitchen that cooks lunch for four hundred office staff",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, experience_years=9, wanted_job="Head chef",
                        similarity=5, network_value=3, curiosity=5, financial_need=4, dread=3),
        reasons=[
            Why("Cooking the same trays of lasagne from a set menu, with no room to create.", 6, False),
            Why("The pay is a bit less than I make now with tips.", 4, True, ask="Matching what I take home now",
                odds=40),
        ],
        pros=[Like("Weekday daytime hours would mean I finally see my partner in the evenings.", 7)],
        expected=Verdict.CLOSE_CALL, also_fine={Verdict.NEGOTIATE},
        coach_says="The hours he longs for against cooking he fears is dull: honestly close; seeing the kitchen and "
                   "asking about the pay costs little.",
        forbidden=[TALKED_OVER],
    ),
    Persona(
        id="ruth_teacher_edtech_sales", first_name="Ruth",
        story="I've taught primary school for seven years and I'm worn out; I want to design learning materials "
              "instead. A company that makes a maths app invited me to interview, but for a sales consultant role, "
              "selling the app to head teachers against a quarterly target. I've never sold anything and I don't "
              "want to start.",
        title="Education sales consultant", company="Numberleap",
        activity="Selling the company's maths app to primary schools",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=2, experience_years=7, selling_difficulty=8,
                        wanted_job="Learning designer", similarity=5, network_value=7, curiosity=7,
                        financial_need=4, dread=6),
        reasons=[
            Why("I'd be selling the app to head teachers against a target; I'm no salesperson.",
                8, False),
            Why("I'd have to drive round schools across the whole region.", 4, True),
        ],
        pros=[Like("It's a foot in the door at an ed-tech company with a learning design team.", 5)],
        expected=Verdict.PRACTICE,
        coach_says="She won't sell, but she has barely interviewed and these are people she wants to know: go for "
                   "the practice and the contacts, and say honestly what she'd rather do.",
        forbidden=[TALKED_OVER, GOES_AHEAD],
    ),
    Persona(
        id="kwame_night_supervisor", first_name="Kwame",
        story="I've picked orders in this warehouse for five years and my manager keeps telling me to go for "
              "supervisor. Now there's a night supervisor post and I got an interview. I'd love running the team "
              "and it's more money, but it's nights only and I sleep terribly in the day.",
        title="Night shift supervisor", company="Brookfield Fulfilment",
        activity="Running the night picking team and meeting the dispatch deadlines",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, experience_years=5, selling_difficulty=6,
                        wanted_job="Shift supervisor", similarity=9, network_value=7, curiosity=6,
                        financial_need=5, dread=5),
        reasons=[
            Why("It's nights only, ten till six, and I sleep terribly in the day.", 7, True,
                ask="Rotating days and nights, or a late shift that ends at two",
                walk_away="Nights no more than two weeks in four", odds=35),
        ],
        pros=[Like("I'd love running the team, it's the step up I've been waiting for.", 8),
              Like("Nights pay about 15 % more.", 3)],
        expected=Verdict.NEGOTIATE,
        coach_says="The job is the step he wants and the shift pattern is the article's own example of what can "
                   "change: go and ask.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
    ),
    Persona(
        id="noor_recruiter_ten_percent", first_name="Noor",
        story="I like my job as a payroll specialist and I get on well with my team. A recruiter rang about the "
              "same kind of role at a bigger firm for about 10 % more. Ten percent isn't enough to make me leave, "
              "but I'd move for a real jump, and I don't want to turn it down without knowing.",
        title="Payroll specialist", company="Granite Group",
        activity="Running the monthly payroll for two thousand employees",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, experience_years=8, selling_difficulty=4,
                        similarity=7, network_value=4, curiosity=5, financial_need=3, dread=3),
        reasons=[
            Why("It's the same payroll work I do now for only about 10 % more.", 5, True,
                ask="25 % more than I earn now", walk_away="20 % more than I earn now", odds=30),
            Why("I'd be leaving a team I really like.", 6, False),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="She'd move only for real money, and pay is what an offer can change: go, name her number, and "
                   "say honestly if they can't meet it.",
        forbidden=[DISLIKES_WORK, FIRST_TIMER_NERVES],
    ),
    Persona(
        id="yusuf_already_accepted", first_name="Yusuf",
        story="Last week I accepted an offer from a logistics company and signed the contract; I start on the "
              "first of next month. Before that I'd agreed to an interview at a freight forwarder this Thursday. "
              "I'm not going to change my mind, and I feel awkward cancelling.",
        title="Customs coordinator", company="Baltica Forwarding",
        activity="Preparing customs paperwork for incoming shipments",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=9, experience_years=3, selling_difficulty=4, similarity=6,
                        network_value=4, curiosity=3, financial_need=2, dread=2, taking_other_offer=True),
        reasons=[
            Why("I signed a contract with another company last week and start there next month.", 10, False),
            Why("Their office is across the port, forty minutes further than the job I accepted.", 3,
                True),
        ],
        expected=Verdict.SKIP,
        coach_says="He has accepted another job: the article's honesty rule says tell them now and free the slot, "
                   "not go, nor keep them waiting.",
        forbidden=[KEEPS_WAITING, GOES_AHEAD, TALKED_OVER, r"(?i)flexibility on this: i signed"],
    ),
    Persona(
        id="camille_flight_to_interview", first_name="Camille",
        story="I finished a master's in marine biology last year and I'm working in a café while I apply. A "
              "research station on the coast invited me to interview in person for a one-year field assistant job. "
              "It's my field, though a year at that pay isn't what I hoped for, and the return flight is about 300 "
              "euros when I have maybe 50 to spare this month.",
        title="Field research assistant", company="Iroise Marine Station",
        activity="Collecting and sorting plankton samples on research cruises",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=True, experience_years=1,
                        selling_difficulty=6, wanted_job="Marine ecologist", similarity=9, network_value=8,
                        curiosity=8, travel_hours=8, travel_cost=300, spare_money=50, currency=Currency.EUR,
                        financial_need=7, dread=5),
        reasons=[
            Why("The return flight to the interview is about 300 euros; I have maybe 50 spare.", 8, True,
                ask="They pay the flight or hold the first round by video", odds=50),
            Why("It's only a one-year contract, at a low salary.", 5, True, ask="A two-year contract", odds=25),
        ],
        pros=[Like("It's real fieldwork in marine biology, which is what I studied for.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="Her field and the contacts she needs, but the flight is six times what she can spare: ask them "
                   "to pay it or meet by video, and don't borrow to go.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
    ),
)
