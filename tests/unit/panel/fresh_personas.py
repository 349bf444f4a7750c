"""Forty more people in five rounds of eight, written on 8 December 2026 by someone who had
seen neither the app nor its code, and judged by another who saw only the article and what each
person said (``expected``, ``also_fine`` and ``coach_says`` are that coach's words, unchanged;
``forbidden`` and ``must_mention`` were written from the coach's "never" and "must" notes). Reasons
longer than the app's 80 characters were shortened as a person meeting the limit would, keeping what
they say.

The first round, at its first run (commit a823f5d): 4 of 8 got the coach's verdict (a move of home
read as the people, a deaf person's phone calls read surely as the work, fears about age and language
read as the job, two moderate dislikes counted as one strong one). A second round of eight, written and
judged the same way after the first round's fixes (commit dc2a5d8), was the held-out test of them: 6 of
8 at its first run (a back injury beside the work read surely as the work; Meera, below). A third
round of eight, the held-out test of the second round's fixes, got 6 of 8 at its first run (commit
8667e22): a decided law-school place and a grandmother driven to dialysis were read as the hours and
the travel, and a price of one's own life rated 10 of 10 was weighed as one an offer may be worth.
A fourth round, the held-out test of the third's fixes, got 6 of 8 at its first run (commit fc24b87):
nerves about the interview itself were taken for an objection to the job, and a strong objection to
the work itself (euthanasia days) was left a close call because the pay weighed more. The fixes since
were made with all thirty-two in view. A fifth round, the held-out test of the fourth's fixes (the
work itself among them), got 7 of 8 at its first run (commit 5d7ee01): "I've already signed for the
flight program" was read as the travel, not as a place taken elsewhere. The fixes since were made with
all forty in view, so none is held out now.
"""

from __future__ import annotations

from advisor.case.models import Gut
from advisor.case.money import Currency
from advisor.judgement.scoring import Verdict
from tests.unit.panel.personas import (
    DISLIKES_WORK,
    FIRST_TIMER_NERVES,
    GOES_AHEAD,
    TALKED_OVER,
    WITHDRAWS,
    Answers,
    Like,
    Persona,
    Why,
)

FIRST_ROUND: tuple[Persona, ...] = (
    Persona(
        id="renee_police_to_cyber", first_name="Renée",
        story="I was a police officer in Winnipeg for fourteen years and I left last spring to get into "
              "cybersecurity; I finished my certificate in March. The only call back so far is for loss "
              "prevention manager at a big retail chain, which is basically the job I just walked away from. "
              "My savings won't last forever, though, and I keep second-guessing myself.",
        title="Regional loss prevention manager", company="Northmark Stores",
        activity="Running store security and investigating theft across eight stores",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, experience_years=14, selling_difficulty=6,
                        wanted_job="Junior SOC analyst", similarity=4, network_value=7, curiosity=3,
                        travel_hours=0.8, travel_cost=10, spare_money=800, currency=Currency.CAD,
                        financial_need=6, dread=3),
        reasons=[
            Why("It's catching shoplifters and watching cameras: policing in a polo shirt.", 8, False),
            Why("Not the hours as such, but every weekend from November to January.", 5, True,
                ask="Weekends off outside the December peak", walk_away="If it's every weekend all winter",
                odds=35),
            Why("The pay's fine; the problem is I'd be good at it and never leave.", 4, False),
        ],
        pros=[
            Like("They have a cyber team at head office and I might move across one day.", 6),
        ],
        expected=Verdict.PRACTICE,
        coach_says="The article says you can negotiate anything except the core of the job, and for her the core "
                   "(catching shoplifters, policing in a polo shirt) is what she left; still, going costs almost "
                   "nothing, she struggles somewhat to sell herself, and the contacts, including a possible link "
                   "to the head-office cyber team, may help later.",
        forbidden=[FIRST_TIMER_NERVES],
        must_mention=[r"(?i)contact"],
    ),
    Persona(
        id="gunilla_retiring_procurement", first_name="Gunilla",
        story="I'm 61 and I've worked in procurement for the municipality for almost forty years. Our "
              "department is merging and I've been offered early retirement with a smaller pension. A wind "
              "farm developer invited me to interview for a purchasing role, and I like what they do, but I "
              "honestly don't know if anyone wants someone my age.",
        title="Senior purchasing officer", company="Vindkraft Väst AB",
        activity="Buying turbine parts and services and negotiating supplier contracts",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=9, experience_years=38, selling_difficulty=6,
                        network_value=3, curiosity=7, travel_hours=1.5, travel_cost=180, spare_money=3000,
                        currency=Currency.SEK, financial_need=6, dread=6),
        reasons=[
            Why("They want someone to grow with them for years, and I retire in four.", 6, True,
                ask="Say openly that four years is fine, or make it a fixed-term contract",
                walk_away="If they expect a ten-year commitment", odds=50),
            Why("I don't mind new systems, but it's all in English and mine is rusty.",
                4, False),
            Why("Nobody hires a 61-year-old anyway, so why put myself through it?", 5, False),
        ],
        pros=[
            Like("Wind power: I'd love to end my working life doing something that matters.", 7),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She likes the core of the job (buying for wind power), and what puts her off is a term she "
                   "can raise openly (a four-year horizon or a fixed-term contract), which fits the article's "
                   "points that offers can change and that you should be honest with the interviewers.",
        forbidden=[FIRST_TIMER_NERVES, DISLIKES_WORK, r"What comes with the job"],
        must_mention=[],
    ),
    Persona(
        id="anneke_deaf_supplier_calls", first_name="Anneke",
        story="I'm a quality inspector at a small bakery near Eindhoven and I've been deaf since birth. A big "
              "dairy invited me to interview for supplier quality, which would be a real step up. But the job "
              "ad mentions phone calls with suppliers several times, and they took a week to answer my email "
              "asking for an interpreter at the interview.",
        title="Supplier quality specialist", company="Zuiderveld Zuivel",
        activity="Checking and auditing milk suppliers and handling quality complaints",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, experience_years=5, selling_difficulty=5,
                        wanted_job="Quality assurance manager", similarity=8, network_value=5, curiosity=6,
                        travel_hours=1.0, travel_cost=15, spare_money=300, currency=Currency.EUR,
                        financial_need=3, dread=5),
        reasons=[
            Why("I don't mind the work, but much of it is phone calls to suppliers, and I'm deaf.", 7, True,
                ask="Supplier contact by email and captioned video calls, with phone calls passed to a colleague",
                walk_away="If the phone part can't be moved", odds=45),
            Why("They took a week to reply about an interpreter; I don't feel very welcome.", 4, False),
        ],
        pros=[
            Like("A bigger lab with proper equipment and a real career path in quality.", 7),
            Like("It's the same kind of work I do now, just at a much larger scale.", 4),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She doesn't mind the core work, and the phone calls are a working condition the employer "
                   "could change, so by the article's reasoning she should go, ask for contact by email and "
                   "captioned video, and decide at the end.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
        must_mention=[r"(?i)\bask"],
    ),
    Persona(
        id="sanjay_propaganda_channel", first_name="Sanjay",
        story="I've been a reporter at a newspaper in Delhi for eleven years, and the paper is cutting salaries "
              "again. A TV news channel wants to interview me to head their digital desk. It's the channel that "
              "kept running that fake story during the riots, and I can't stop thinking about that.",
        title="Head of digital news", company="Bharat Pulse 24",
        activity="Running the channel's website and social media newsroom",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=7, experience_years=11, selling_difficulty=3,
                        wanted_job="Senior editor at a serious digital news outlet", similarity=6,
                        network_value=6, curiosity=2, travel_hours=2.0, travel_cost=400, spare_money=20000,
                        currency=Currency.INR, financial_need=6, dread=4),
        reasons=[
            Why("They spread lies that got people hurt, and I'd put my name on it every day.", 9, False),
        ],
        pros=[
            Like("It's nearly double my salary, which honestly is the part that scares me.", 5),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.SKIP},
        coach_says="What he objects to is the core of the job (putting his name on the channel's output) and the "
                   "employer won't change it, so by the article the only reason to go is contacts and practice, "
                   "which the low cost allows; but he is experienced and sells himself easily, so skipping is "
                   "just as defensible.",
        forbidden=[GOES_AHEAD, r"(?i)salary .*outweigh|worth (it )?for the money"],
        must_mention=[r"(?i)not for the job|contacts"],
    ),
    Persona(
        id="brodie_sparky_sydney_estimator", first_name="Brodie",
        story="I'm 38 and I've been a sparky in Dubbo for twenty years; my knees are going and my wife keeps "
              "telling me to get off the tools. An engineering firm in Sydney wants to interview me for an "
              "estimator job. Going means flying down and losing a day's work, which adds up fast when you're "
              "self-employed.",
        title="Electrical estimator", company="Harbourline Engineering",
        activity="Pricing electrical jobs from drawings and writing tenders",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, experience_years=20, selling_difficulty=6,
                        curiosity=5, travel_hours=5.0, travel_cost=1050, spare_money=600,
                        currency=Currency.AUD, financial_need=5, dread=5),
        reasons=[
            Why("Pricing jobs at a desk all day isn't me, but my knees won't last on the tools.", 5, False),
            Why("It's in Sydney, and we're not moving the kids out of Dubbo.", 8, True,
                ask="Work from home in Dubbo and fly down once a fortnight",
                walk_away="If it has to be full-time in the Sydney office", odds=25),
        ],
        pros=[
            Like("A steady wage and no more chasing people to pay their invoices.", 6),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="He can live with the core desk work, and his dealbreaker (living in Sydney) is a term the "
                   "employer could change, but the trip costs more than he can comfortably spend, and the "
                   "article says to check whether the costs outweigh the benefits, so he should ask before "
                   "paying for the flight.",
        forbidden=[FIRST_TIMER_NERVES, r"(?i)move (the|your) (kids|family)"],
        must_mention=[r"(?i)video|fare|remote"],
    ),
    Persona(
        id="dana_adtech_interview_fatigue", first_name="Dana",
        story="I'm a product manager in Austin and I was laid off in March. Since then I've done over sixty "
              "interviews, and I don't need practice, I need a job. An ad-tech company wants me for five rounds "
              "plus a take-home, and I'm already tired just reading the schedule.",
        title="Senior product manager, bidding platform", company="Clickridge",
        activity="Managing the product that runs real-time ad auctions",
        answers=Answers(gut=Gut.GO, interviews_so_far=60, experience_years=12, selling_difficulty=2,
                        wanted_job="Senior product manager at a health-tech company", similarity=8,
                        network_value=4, curiosity=2, financial_need=8, dread=3),
        reasons=[
            Why("Ad-tech isn't evil, I just find nudging click-through rates deadly boring.", 6, False),
            Why("The take-home test is 'about six hours', which always means a whole weekend.",
                4, True,
                ask="Swap the take-home for a live case discussion", odds=30),
            Why("The salary is fine; it's the 'we're a family, we hustle' line that wears me out.", 4, False),
            Why("They want me to start in two weeks and we have a family trip booked.", 3, True,
                ask="Start three weeks later", walk_away="If they won't move the start date at all", odds=70),
        ],
        pros=[
            Like("The pay matches what I was making before the layoff.", 8),
            Like("It's fully remote.", 5),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She doesn't need the practice, but the job is one she could put up with for the income (the "
                   "article says most jobs are like that), and her concrete problems (the start date and the "
                   "take-home) are terms she can ask to change.",
        forbidden=[FIRST_TIMER_NERVES, r"(?i)a rehearsal for"],
        must_mention=[r"(?i)start"],
    ),
    Persona(
        id="haruto_first_bank_group", first_name="Haruto",
        story="I'm a fourth-year student in Shizuoka and this is my first interview ever, a group interview "
              "at the regional bank. My parents would be so relieved if I worked there, but what I really want "
              "is to make games. I'm scared I'll freeze in front of the other candidates.",
        title="New graduate general career track", company="Suruga Hoshi Bank",
        activity="Selling loans and investment products to branch customers",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=7, wanted_job="Game planner at a video game company", similarity=7,
                        network_value=2, curiosity=2, travel_hours=3.0, travel_cost=4800, spare_money=15000,
                        currency=Currency.JPY, financial_need=2, dread=7),
        reasons=[
            Why("I'm fine with numbers, I just can't see myself selling funds to pensioners.", 7, False),
            Why("Banks are stable, but they move you to another branch every three years.", 6, False),
        ],
        pros=[],
        expected=Verdict.PRACTICE,
        coach_says="The core of the job (selling investment products) is not for him and can't change, but the "
                   "article says interviewing is most worth it for someone with no interview experience who "
                   "struggles to sell himself, and this is his first interview.",
        forbidden=[GOES_AHEAD, r"(?i)your parents"],
        must_mention=[r"(?i)practi[cs]e"],
    ),
    Persona(
        id="celine_hospital_pharmacy_balanced", first_name="Céline",
        story="I've been a pharmacist in a community pharmacy in Lausanne for six years and I'm happy enough. "
              "The hospital invited me to interview for their oncology pharmacy, preparing chemotherapy. Part "
              "of me is really curious, part of me thinks I'd miss the counter, and I genuinely can't decide.",
        title="Hospital pharmacist, oncology", company="Hôpital du Léman",
        activity="Checking and preparing chemotherapy in the hospital's clean room",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, experience_years=6, selling_difficulty=4,
                        network_value=5, curiosity=7, travel_hours=0.5, travel_cost=8, spare_money=2000,
                        currency=Currency.CHF, financial_need=3, dread=3),
        reasons=[
            Why("I'd miss talking to patients; in the hospital I'd mostly be in the clean room.", 5, False),
            Why("The salary looks the same, but without my Saturday supplement it's a bit less.",
                4, True,
                ask="About CHF 4,000 more a year to make up for the Saturdays",
                walk_away="If it's a real pay cut", odds=45),
        ],
        pros=[
            Like("Oncology pharmacy has interested me since my studies.", 6),
            Like("No more Saturdays.", 5),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="She is curious about the core work, going costs almost nothing, and the pay gap is a term "
                   "she can negotiate, so the article says to go, ask, and weigh the job at the end, even though "
                   "the job itself is a close call for her.",
        forbidden=[DISLIKES_WORK, WITHDRAWS],
        must_mention=[r"(?i)pay|salary"],
    ),
)

# The second round, written and judged the same way after the fixes the first one led to.
SECOND_ROUND: tuple[Persona, ...] = (
    Persona(
        id="arjun_blue_card_support", first_name="Arjun",
        story="I came to Stuttgart on a Blue Card three years ago as a powertrain engineer and was let go in "
              "the restructuring last month, so I only have a few months to find a new employer. The only "
              "invitation so far is a technical support job at a machine-tool maker near Ulm. It isn't design "
              "work, and the salary in the ad is under the Blue Card minimum, so I don't even know if I could take it.",
        title="Technical support engineer", company="Albtal Werkzeugmaschinen GmbH",
        activity="Helping customers fix their CNC machines by phone and remote login",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=9, early_career=False, experience_years=7,
                        selling_difficulty=6, wanted_job="Powertrain design engineer", similarity=5,
                        network_value=6, curiosity=5, travel_hours=3.0, travel_cost=45, spare_money=300,
                        currency=Currency.EUR, financial_need=9, dread=4),
        reasons=[
            Why("The listed salary is below the Blue Card minimum, so I couldn't even take it.", 9, True,
                ask="A salary at or above the Blue Card threshold", walk_away="Exactly the Blue Card minimum",
                odds=50),
            Why("It's support on the phone for customers, not engineering design.", 6, False),
            Why("It's an hour and a half each way from Stuttgart and we can't move now.", 5, True,
                ask="Two home-office days a week", odds=45),
        ],
        pros=[
            Like("They've hired foreigners before and know the work permit paperwork.", 7),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="His worst objection, the salary below the Blue Card minimum, is a term the employer could "
                   "change, and the article says anything short of the core of the job can be discussed and "
                   "changed if they like you; with a 9/10 need for income he can live with phone support.",
        forbidden=[FIRST_TIMER_NERVES],
        must_mention=[r"(?i)pay|salary"],
    ),
    Persona(
        id="simone_freelance_editor_staff", first_name="Simone",
        story="I've been a freelance video editor in Toronto for six years. A streaming company saw my reel and "
              "invited me to interview for a staff editor job. After a winter with almost no work, part of me "
              "wants the steady paycheque, but I'm scared of giving up my freedom and going back to a 9 to 5.",
        title="Staff video editor", company="Northlight Streaming",
        activity="Editing documentary series in-house",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, experience_years=6, selling_difficulty=5,
                        network_value=7, curiosity=6, travel_hours=1.0, travel_cost=10, spare_money=500,
                        currency=Currency.CAD, financial_need=7, dread=3),
        reasons=[
            Why("I'd be in the office 9 to 5, five days a week, after years of my own hours.", 7, True,
                ask="Hybrid, three days a week at home", walk_away="Two days at home and a flexible start time",
                odds=50),
            Why("The salary is less than I made in my best freelance year.", 4, True,
                ask="$78,000 instead of the $68,000 in the ad", walk_away="$72,000", odds=35),
            Why("Staff can't take outside work, so I'd have to drop my own clients.", 5, True,
                ask="Permission to keep my two long-time clients on the side", odds=25),
        ],
        pros=[
            Like("A steady paycheque, benefits and paid holidays, finally.", 8),
            Like("Documentaries are the kind of editing I like most.", 7),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She likes the core of the job (documentary editing), and every objection (office hours, "
                   "salary, outside clients) is something the article says can be discussed and changed in the "
                   "offer, so she should go, ask, and decide at the end.",
        forbidden=[DISLIKES_WORK, FIRST_TIMER_NERVES],
        must_mention=[r"(?i)home|remote|hybrid|office"],
    ),
    Persona(
        id="euan_boomerang_hotel_revenue", first_name="Euan",
        story="I was revenue manager at Harbourline Hotels in Edinburgh for five years and left in 2021 after "
              "burning out; hardly anyone noticed when I went off sick. Now their new regional director has "
              "invited me back for a bigger role with a decent raise. I miss some of the team, but I'm wary of "
              "walking back into the same place.",
        title="Senior revenue manager", company="Harbourline Hotels",
        activity="Setting room prices and forecasting demand for six hotels",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=15, early_career=False, experience_years=12,
                        selling_difficulty=2, wanted_job="Head of revenue at a boutique hotel group",
                        similarity=7, network_value=8, curiosity=3, travel_hours=0.5, travel_cost=5,
                        currency=Currency.GBP, financial_need=3, dread=6),
        reasons=[
            Why("I burned out there and I doubt the culture has really changed.", 7, False),
            Why("I'd be reporting to Graham again, the manager I clashed with for years.", 6, True,
                ask="Report directly to the regional director, not Graham", odds=20),
        ],
        pros=[
            Like("I know the hotels and the systems, I'd be useful from day one.", 6),
            Like("It's about £9,000 more than I earn now.", 7),
        ],
        expected=Verdict.CLOSE_CALL, also_fine={Verdict.SKIP},
        coach_says="The article's practice argument does nothing for someone with 15 interviews who sells "
                   "himself easily, and his main objection (a culture that burned him out) is not a term they "
                   "can change, while the contacts he values at 8/10 and the trivial cost pull toward going, so "
                   "it comes down to his own weighing.",
        forbidden=[FIRST_TIMER_NERVES, DISLIKES_WORK],
        must_mention=[r"(?i)culture|team|people"],
    ),
    Persona(
        id="mikael_carpenter_back_factory", first_name="Mikael",
        story="I've been a carpenter for twenty years, mostly building houses around Umeå. I had surgery for a "
              "slipped disc last spring and the doctor says no more heavy lifting on building sites. A factory that "
              "makes prefab houses wants to interview me for their wall-panel line; it's indoors and warm, but "
              "nailing the same panels all day isn't what I'd call carpentry.",
        title="Production operator, wall elements", company="Norrhus Prefab AB",
        activity="Assembling and nailing wall panels at a station on a production line",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, early_career=False, experience_years=20,
                        selling_difficulty=7, wanted_job="Construction site supervisor", similarity=4,
                        network_value=4, curiosity=5, travel_hours=0.7, travel_cost=60, spare_money=1500,
                        currency=Currency.SEK, financial_need=8, dread=5),
        reasons=[
            Why("Standing at one station all day, and I'm not sure my back can handle it.", 8, True,
                ask="A height-adjustable station and rotating between tasks",
                walk_away="Switching tasks every couple of hours", odds=60),
            Why("Nailing the same wall panels all day instead of building something whole.", 6, False),
        ],
        pros=[
            Like("Indoors and warm, no more winters up on a roof.", 7),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="His biggest worry, standing at one station with his back, is a condition the employer could "
                   "change, and the article says anything short of a disliked core can be discussed; he can live "
                   "with repetitive panel work given his 8/10 need for income.",
        forbidden=[FIRST_TIMER_NERVES, r"(?i)early in your career"],
        must_mention=[r"(?i)\bask"],
    ),
    Persona(
        id="tammy_freeway_commute_coder", first_name="Tammy",
        story="I do medical coding for a small clinic in Marion, Ohio, and it's fine, but my pay hasn't moved in "
              "four years. A big hospital system in Columbus invited me to interview for a coding job with better "
              "pay and benefits. The problem is the drive: almost an hour each way on the freeway, and since I got "
              "rear-ended two years ago I get shaky on highways.",
        title="Medical coder II", company="Scioto Valley Health",
        activity="Assigning diagnosis and billing codes to patient records",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, early_career=False, experience_years=9,
                        selling_difficulty=4, network_value=5, curiosity=3, travel_hours=2.0, travel_cost=25,
                        spare_money=200, currency=Currency.USD, financial_need=6, dread=5),
        reasons=[
            Why("Almost an hour each way on the freeway, and I'm nervous driving since my crash.",
                8, True,
                ask="Fully remote after training, coding can be done from home",
                walk_away="Three days a week from home", odds=55),
        ],
        pros=[
            Like("About $7,000 a year more than I make now.", 7),
            Like("Their health insurance is way better than what I have.", 6),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="She does the same work now and her only objection, the freeway commute, is exactly the kind "
                   "of term (working from home) the article says a company may agree to change if they like the "
                   "candidate.",
        forbidden=[DISLIKES_WORK],
        must_mention=[r"(?i)home|remote"],
    ),
    Persona(
        id="meera_teacher_edtech_counsellor", first_name="Meera",
        story="I've taught physics at a CBSE school in Pune for twelve years and I'm exhausted by the workload "
              "and the pay. An edtech company called me for an 'academic counsellor' role. When I read the "
              "description properly, it's mostly calling parents and convincing them to buy course packages, "
              "though the salary is almost double what the school gives me.",
        title="Academic counsellor", company="BrightPath Learning",
        activity="Calling parents to sell online coaching packages for their children",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=False, experience_years=12,
                        selling_difficulty=7, wanted_job="Instructional designer for science courses",
                        similarity=3, network_value=5, curiosity=6, travel_hours=1.5, travel_cost=300,
                        spare_money=5000, currency=Currency.INR, financial_need=6, dread=7),
        reasons=[
            Why("It's selling courses to worried parents over the phone, not teaching.", 8, False),
            Why("They expect 60 calls a day and there's a monthly sales target.", 6, True,
                ask="A lower target for the first three months", odds=30),
            Why("I keep reading about layoffs at edtech firms, it doesn't feel secure.", 5, False),
        ],
        pros=[
            Like("The salary is almost double my school salary.", 8),
        ],
        expected=Verdict.PRACTICE,
        coach_says="The article says a disliked core activity (here selling course packages to parents instead "
                   "of teaching) cannot be negotiated away, but since she struggles to sell herself the "
                   "interview is still worth it for practice and for edtech contacts.",
        forbidden=[FIRST_TIMER_NERVES, r"(?i)early in your career"],
        must_mention=[r"(?i)practi[cs]e|contacts"],
    ),
    Persona(
        id="yuki_returning_mother_contract", first_name="Yuki",
        story="I worked at a regional bank in Saitama for nine years and then stayed home for eight years with my "
              "two children. My youngest started second grade this spring, so I applied to a few places, and an "
              "insurance company called me about a contract job processing claims. I'm grateful anyone called, "
              "but I'm not sure about the conditions, or whether I can still do office work at all.",
        title="Claims processing staff (contract)", company="Hoshizora Mutual Insurance",
        activity="Checking and entering insurance claim documents",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=False, experience_years=9,
                        selling_difficulty=8, wanted_job="Full-time loan officer at a bank", similarity=6,
                        network_value=3, curiosity=2, travel_hours=1.2, travel_cost=900, spare_money=10000,
                        currency=Currency.JPY, financial_need=6, dread=7),
        reasons=[
            Why("It's a one-year contract, not a permanent position.", 6, True,
                ask="A path to a permanent position after the first year", odds=30),
            Why("They want me until 6pm, but the after-school club closes at 6.", 8, True,
                ask="Finishing at 4:30", walk_away="Finishing at 5 on most days", odds=50),
            Why("The hourly pay is lower than what I earned at the bank ten years ago.", 4, True,
                ask="1,500 yen an hour instead of 1,250", walk_away="1,350 yen an hour", odds=25),
            Why("Claims processing is mostly data entry, I think I'd be bored.", 3, False),
        ],
        pros=[],
        expected=Verdict.NEGOTIATE,
        coach_says="Her worst problems (the 6pm finish against the after-school club, the one-year contract, the "
                   "pay) are all terms the article says can be discussed and changed, the only core issue (data "
                   "entry) is mild, and she struggles to sell herself after a long break, so the practice helps "
                   "too.",
        forbidden=[r"(?i)early in your career"],
        must_mention=[r"(?i)hours|finish|time"],
    ),
    Persona(
        id="zoe_physio_perth_offer_held", first_name="Zoe",
        story="I'm a physio in Adelaide, four years out of uni. A private clinic near home offered me a senior "
              "position last week and I haven't said yes yet; they've given me until the end of the month. "
              "Meanwhile a football club in Perth has invited me to interview for an assistant physio job, and "
              "sports physio is what I always dreamed of, but moving across the country without my partner isn't.",
        title="Assistant club physiotherapist", company="Swanbourne Football Club",
        activity="Treating and rehabilitating injured professional footballers",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, early_career=True, experience_years=4,
                        selling_difficulty=3, wanted_job="Sports physio, ideally in Adelaide", similarity=9,
                        network_value=9, curiosity=8, travel_hours=8.0, travel_cost=0, spare_money=800,
                        currency=Currency.AUD, financial_need=3, dread=3, taking_other_offer=False),
        reasons=[
            Why("I'd have to move to Perth, and my partner can't leave his job here.", 8, False),
            Why("Game days mean working most weekends from March to September.", 5, False),
        ],
        pros=[
            Like("Working with elite athletes is what I did my degree for.", 8),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.NEGOTIATE},
        coach_says="Moving to Perth without her partner can't be changed, so she shouldn't expect to take it, "
                   "but the article's networking and practice arguments are strong here: it costs her nothing, "
                   "the club contacts matter 9/10, and it is almost the same interview as the sports-physio job "
                   "she wants in Adelaide.",
        forbidden=[DISLIKES_WORK],
        must_mention=[r"(?i)rehears|practi[cs]e|contacts"],
    ),
)

THIRD_ROUND: tuple[Persona, ...] = (
    Persona(
        id="mirela_galway_burger_shift", first_name="Mirela",
        story="I came to Galway from Cluj four years ago and I clean rooms in a hotel while I do an evening "
              "course to become a dental nurse. A burger chain called me about a shift supervisor job and I "
              "said yes because I was too surprised to say no. I don't want to run a fast-food floor, but I "
              "have never had a proper interview in English and I'm scared of the one that really matters.",
        title="Shift supervisor", company="Flamebird Burgers",
        activity="Running the restaurant floor on a shift: tills, rotas, complaints and closing up",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=1, experience_years=4, selling_difficulty=9,
                        wanted_job="Dental nurse", similarity=2, network_value=2, curiosity=5,
                        travel_hours=0.5, travel_cost=4, spare_money=150, currency=Currency.EUR,
                        financial_need=6, dread=7),
        reasons=[
            Why("I'd be the one dealing with angry customers, and I freeze when people shout.", 7, False),
            Why("Weekend closes are until 1am and the last bus home goes at 11.", 5, True,
                ask="Weeknight closes only, or a taxi home after late shifts", odds=30),
            Why("My English is ok at work but in interviews I lose all my words.", 6, False),
        ],
        pros=[
            Like("It's about two euro an hour more than housekeeping.", 5),
            Like("The manager who rang me was really kind on the phone.", 3),
        ],
        expected=Verdict.PRACTICE,
        coach_says="She dislikes the core of the job (running a floor, facing angry customers), but the article "
                   "says a real interview is practice no rehearsal can give, above all for someone new to "
                   "interviewing who struggles to sell herself, and going costs almost nothing.",
        forbidden=[GOES_AHEAD, r"(?i)go, and negotiate"],
        must_mention=[r"(?i)practi[cs]e"],
    ),
    Persona(
        id="callum_tree_surgeon_council", first_name="Callum",
        story="I've been a self-employed tree surgeon around Bristol for eight years. Summers are great, winters "
              "are dead, and I spend my evenings chasing people who haven't paid. The council's tree team asked "
              "me in for an arborist job. I'm not sure I want a boss again, but a steady wage and a pension "
              "would be nice.",
        title="Arborist", company="Severnside District Council",
        activity="Climbing, pruning and felling trees in parks and along streets with a council crew",
        answers=Answers(gut=Gut.GO, interviews_so_far=2, early_career=False, experience_years=11,
                        selling_difficulty=5, wanted_job="Arborist with steady year-round work", similarity=8,
                        network_value=4, curiosity=6, travel_hours=1.0, travel_cost=8, spare_money=400,
                        currency=Currency.GBP, financial_need=5, dread=3),
        reasons=[
            Why("The pay grade in the ad is about £4k under what I clear in a decent year.", 6, True,
                ask="Starting at the top point of the grade, not the bottom",
                walk_away="Anything below the middle of the grade", odds=40),
            Why("Contract says no outside work and I've got weekend clients I'd hate to drop.", 5, True,
                ask="Permission to keep a few private clients at weekends", odds=35),
            Why("Honestly not sure I want a boss again after eight years on my own.", 4, False),
        ],
        pros=[
            Like("Steady money all year, even in January.", 8),
            Like("A proper pension, which I've never sorted out myself.", 6),
            Like("Someone else deals with the invoices, the van and the kit.", 5),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="He likes the core work, and the article says terms like pay and outside-work rules can be "
                   "discussed and changed if they want him, so he should go and ask.",
        forbidden=[r"(?i)go for what the interview itself brings you", FIRST_TIMER_NERVES],
        must_mention=[r"(?i)outside work|clients|pay"],
    ),
    Persona(
        id="hamid_deportation_interpreter", first_name="Hamid",
        story="I came to Austria as a refugee in 2015 and now I work as a freelance Dari and Farsi interpreter "
              "in Vienna, mostly hospitals and courts. A company that supplies interpreters for removal "
              "interviews and deportation flights has invited me for a staff job. Freelance money goes up and "
              "down and theirs doesn't, but ten years ago I could have been one of the people on that plane.",
        title="Staff interpreter (Dari/Farsi)", company="Transit Sprachdienste GmbH",
        activity="Interpreting at removal interviews and escorting people on deportation flights",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=12, early_career=False, experience_years=7,
                        selling_difficulty=3, wanted_job="Staff interpreter at a hospital", similarity=4,
                        network_value=3, curiosity=2, travel_hours=1.0, travel_cost=5, spare_money=500,
                        currency=Currency.EUR, financial_need=4, dread=9),
        reasons=[
            Why("It's a good salary, but I'd be the voice telling people they're sent back.", 10, False),
            Why("Flights go at night at short notice, so I'd never know my week.", 4, True,
                ask="A fixed on-call rota published two weeks ahead", odds=20),
        ],
        pros=[
            Like("A permanent contract, which freelance work never gives me.", 6),
        ],
        expected=Verdict.SKIP,
        coach_says="He rejects the core of the job, which no offer can change, and the article's reasons for going "
                   "anyway (practice, contacts, curiosity) hardly apply to an experienced interviewer who dreads "
                   "this one.",
        forbidden=[r"(?i)go for what the interview itself brings you", TALKED_OVER, FIRST_TIMER_NERVES],
        must_mention=[r"(?i)work itself|no offer changes"],
    ),
    Persona(
        id="jessie_fifo_perth_flights", first_name="Jessie",
        story="I'm 29 and I work two jobs in Darwin, barista in the mornings and disability support most "
              "afternoons. A mining services company wants me in Perth for a face-to-face interview for camp "
              "admin, fly-in fly-out, two weeks on and one off. The money's massive, but the flights are on me "
              "and Nan relies on me to get her to dialysis three times a week.",
        title="Camp administrator (FIFO)", company="Redgum Site Services",
        activity="Running rooms, rosters and bookings for a mine-site accommodation camp",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=4, experience_years=8, selling_difficulty=4,
                        wanted_job="Disability support coordinator", similarity=2, network_value=2,
                        curiosity=3, travel_hours=9.0, travel_cost=780, spare_money=250,
                        currency=Currency.AUD, financial_need=7, dread=4),
        reasons=[
            Why("They won't cover the flights, and that's $780 I don't have sitting around.", 8, True,
                ask="Pay for the flights to Perth, or interview me by video", odds=25),
            Why("Two weeks away means someone else has to drive Nan to dialysis.", 9, False),
            Why("Camp admin sounds like rosters and spreadsheets, which isn't really me.", 4, False),
        ],
        pros=[
            Like("The pay is about double what I make now across both jobs.", 8),
            Like("A full week off in every three sounds nice.", 3),
        ],
        expected=Verdict.SKIP,
        coach_says="The article says to check whether the costs outweigh the benefits, and here $780 of flights she "
                   "cannot afford outweighs little practice or contact value, while the time away from Nan cannot "
                   "be changed.",
        forbidden=[r"(?i)make room for your commitments", FIRST_TIMER_NERVES],
        must_mention=[r"(?i)fare|travel costs|by video|costs more than you can spare"],
    ),
    Persona(
        id="olivia_law_school_paralegal", first_name="Olivia",
        story="I've been a paralegal at a small family-law firm in Vancouver for five years, and I got into law "
              "school; classes start in September and my deposit is paid. One of the big downtown firms invited "
              "me to interview for a senior litigation paralegal job. I'm not taking it whatever they offer, but "
              "they're exactly the kind of firm I'd want to article with in three years.",
        title="Senior litigation paralegal", company="Hartwell Ng LLP",
        activity="Preparing court documents, managing disclosure and supporting trial lawyers",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, early_career=True, experience_years=5,
                        selling_difficulty=4, wanted_job="Articling student at a litigation firm",
                        similarity=6, network_value=9, curiosity=6, travel_hours=1.0, travel_cost=6,
                        spare_money=600, currency=Currency.CAD, financial_need=2, dread=2,
                        taking_other_offer=True),
        reasons=[
            Why("I start law school full-time in September, that part is decided.", 10, False),
            Why("Big-firm billable hours would be a shock after our small friendly office.", 3, False),
        ],
        pros=[
            Like("I'd love to article there one day, so meeting them matters to me.", 7),
            Like("Seeing how a big litigation team actually works would be interesting.", 4),
        ],
        expected=Verdict.PRACTICE,
        coach_says="She will not take the job, but the article's networking argument fits exactly: making a good "
                   "impression on the firm she wants to article with is worth the interview, as long as she is "
                   "honest at the end.",
        forbidden=[r"(?i)Go, and put your asks", GOES_AHEAD],
        must_mention=[r"(?i)not the right match|not your match"],
    ),
    Persona(
        id="ana_zurich_site_manager", first_name="Ana",
        story="I'm a Portuguese architect and I've lived in Zurich for four years because of my husband's job. "
              "A big general contractor found my profile and invited me to interview as site manager on a "
              "hospital project. My German is fine in meetings but not on a building site, and we might go back "
              "to Lisbon next summer, so I feel strange even going.",
        title="Site manager (Bauleiterin)", company="Limmatbau AG",
        activity="Running a hospital building site: subcontractors, schedules, safety and site meetings",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, early_career=False, experience_years=10,
                        selling_difficulty=5, wanted_job="Project architect at a design studio", similarity=5,
                        network_value=6, curiosity=7, travel_hours=1.0, travel_cost=9, spare_money=800,
                        currency=Currency.CHF, financial_need=3, dread=5),
        reasons=[
            Why("We may move back to Lisbon next year; I don't want to leave them after months.", 7, False),
            Why("It's site management, not design, but I'd learn how buildings really get built.", 4, False),
            Why("My German is fine for meetings, not for arguing with subcontractors at 7am.", 6, True,
                ask="Paid German lessons and a bilingual deputy for the first months", odds=50),
            Why("Site starts at 6:45 and our daughter's crèche only opens at 7:30.", 6, True,
                ask="Starting at 8 on most days, with early starts only for pours", odds=35),
        ],
        pros=[
            Like("The salary is about 20% more than my studio pays.", 6),
            Like("It's a hospital, the kind of building I'd be proud to have worked on.", 5),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.PRACTICE},
        coach_says="She does not dislike the core work, and the article says the German-support and start-time "
                   "problems are terms she can ask to change, with the job decided at the end.",
        forbidden=[FIRST_TIMER_NERVES],
        must_mention=[r"(?i)hours|start"],
    ),
    Persona(
        id="ivan_tanker_shore_job", first_name="Ivan",
        story="I'm a second engineer on product tankers out of Rijeka, four months on and two off. My daughter "
              "turned two while I was in the Gulf and I watched it on a bad video call. A ship manager in town "
              "invited me to interview for a shore job as technical superintendent; it's much less money and a "
              "desk, and I honestly can't tell if I'd miss the sea or be relieved.",
        title="Technical superintendent", company="Kvarner Shipmanagement d.o.o.",
        activity="Managing the maintenance, budgets and inspections of five tankers from the office",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=False, experience_years=13,
                        selling_difficulty=6, network_value=7, curiosity=7, travel_hours=0.5, travel_cost=3,
                        spare_money=1000, currency=Currency.EUR, financial_need=4, dread=3),
        reasons=[
            Why("It pays maybe 40% less than sea time, and we've just taken a mortgage.", 8, True,
                ask="A starting salary about 15% above what they advertise",
                walk_away="Less than 2,800 a month net", odds=30),
            Why("It's emails, budgets and audits, and I'm not sure I'm made for a desk.", 6, False),
            Why("I'd still be away for dry docks, just not for four months at a time.", 3, False),
        ],
        pros=[
            Like("I'd be home most nights and see my daughter grow up.", 9),
            Like("I'd still work with engines and ships, just from the shore.", 5),
            Like("Shore experience would help if I ever want a fleet manager job.", 4),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="The pay gap is a term the article says he can ask to change, and since he is unsure rather than "
                   "against a desk job, the interview will show him how things work before he decides.",
        forbidden=[r"(?i)go for what the interview itself brings you", FIRST_TIMER_NERVES],
        must_mention=[r"(?i)pay|2,800"],
    ),
    Persona(
        id="owen_gis_wheelchair_access", first_name="Owen",
        story="I'm 28 and I've used a wheelchair since a rugby injury at seventeen. I do data entry for an "
              "insurer in Cardiff and I'm finishing a GIS certificate at night. A water company invited me to "
              "interview for a GIS technician job, which is the thing I trained for, but the ad is full of site "
              "visits and the office is in an old mill, and I'm tired of turning up to places not built for me.",
        title="GIS technician", company="Dŵr Gwent Water",
        activity="Mapping and updating the water network's pipes and assets in GIS",
        answers=Answers(gut=Gut.GO, interviews_so_far=3, early_career=True, experience_years=6,
                        selling_difficulty=6, wanted_job="GIS analyst", similarity=8, network_value=5,
                        curiosity=7, travel_hours=1.5, travel_cost=20, spare_money=200,
                        currency=Currency.GBP, financial_need=4, dread=5),
        reasons=[
            Why("The ad says 'regular site visits to pumping stations and reservoirs'.", 7, True,
                ask="Field team does the site visits; I do the mapping from the office", odds=55),
            Why("The office is an old mill in Newport and I've read the lift is always out.", 6, True,
                ask="A ground-floor desk, or two days a week working from home", odds=60),
            Why("It's only a 12-month contract and I'd be leaving a permanent job.", 5, True,
                ask="A permanent contract, or a written review at nine months",
                walk_away="No chance at all of it becoming permanent", odds=25),
        ],
        pros=[
            Like("GIS mapping is exactly what I've been studying for at night.", 9),
            Like("It pays about £3k more than data entry.", 5),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="The core is exactly the GIS work he wants, and the article says his problems (site visits, the "
                   "office, contract length) are terms to raise and ask about, because he will not know unless he "
                   "asks.",
        forbidden=[r"(?i)go for what the interview itself brings you", FIRST_TIMER_NERVES],
        must_mention=[r"(?i)contract|site visit|lift"],
    ),
)

FOURTH_ROUND: tuple[Persona, ...] = (
    Persona(
        id="freja_paint_counter_first_interview", first_name="Freja",
        story="I'm 19, I finished upper secondary in June and one day I want to build and paint sets for the "
              "theatre, but right now I just need some money and I've never done a proper interview. The big "
              "hardware store in Hyllie invited me to interview for their paint department. Honestly the "
              "interview scares me more than the job, I go red and forget words. It's not my dream, but mixing "
              "paint is at least a tiny bit like scenic painting?",
        title="Sales assistant, paint department", company="Bygghallen Hyllie AB",
        activity="Mixing paint colours, advising customers and restocking shelves",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=0, early_career=True, experience_years=0,
                        selling_difficulty=8, wanted_job="Set builder and scenic painter in a theatre",
                        similarity=4, network_value=3, curiosity=5, travel_hours=0.7, travel_cost=0,
                        spare_money=800, currency=Currency.SEK, financial_need=6, dread=8),
        reasons=[
            Why("tbh im more scared of the interview itself than of working there lol", 6, False),
            Why("Every saturday shift clashes with my folk dance group, been in it since I was 8", 5, True,
                ask="Sundays instead of Saturdays, or every other Saturday", odds=50),
            Why("It's retail, not theatre, but I guess mixing paint isn't totally unrelated", 3, False),
        ],
        pros=[
            Like("Staff discount on paint and tools would help with my own set projects", 4),
            Like("It's 20 mins on the bus from home", 3),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="As a first-timer who struggles to sell herself she gains the real-interview practice the "
                   "article values most, and she does not dislike the job's core, so the Saturday clash is a term "
                   "she can ask to change before deciding at the end.",
        forbidden=[r"(?i)go for what the interview itself brings you", DISLIKES_WORK],
        must_mention=[r"(?i)saturday|shifts"],
    ),
    Persona(
        id="lucia_tattooist_boardgame_art", first_name="Lucía",
        story="I've tattooed in Valencia for nine years and my right wrist has started to complain, so I'd love "
              "to draw on paper for a living. A board game publisher in Madrid invited me to interview as an "
              "in-house illustrator, which is honestly the work I'd choose. But the draft contract takes every "
              "right to everything I draw, they want me in Madrid three days a week, and before round two they "
              "want an unpaid 'test piece'.",
        title="Illustrator (card and box art)", company="Dados Rojos Editorial S.L.",
        activity="Painting card art and box covers for board games",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, early_career=False, experience_years=9,
                        selling_difficulty=5, wanted_job="Illustrator for games or books", similarity=8,
                        network_value=7, curiosity=8, travel_hours=4.5, travel_cost=70, spare_money=400,
                        currency=Currency.EUR, financial_need=4, dread=3),
        reasons=[
            Why("They'd own every drawing forever, I couldnt even put it in my portfolio", 8, True,
                ask="Keep portfolio rights and get a small royalty on reprints",
                walk_away="No portfolio rights at all", odds=55),
            Why("Madrid 3 days a week, and I'm not moving, my mum's here and she's not well", 6, True,
                ask="Remote, with one week a month in the Madrid studio", odds=40),
            Why("An unpaid 'test piece' before round 2?? I charge for that normally", 4, True,
                ask="Pay the test at my usual rate, or judge me on my portfolio", odds=25),
        ],
        pros=[
            Like("Drawing dragons all day instead of tattooing them. My wrist would thank me", 8),
            Like("Steady salary, no more clients ghosting me after the stencil", 6),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="The core work is exactly what she wants, and the rights, Madrid days and unpaid test are offer "
                   "terms that the article says can be discussed and changed if they like her.",
        forbidden=[r"(?i)go for what the interview itself brings you"],
        must_mention=[r"(?i)rights|portfolio|contract"],
    ),
    Persona(
        id="graham_caretaker_private_prison", first_name="Graham",
        story="I've been caretaker at the same primary school in Leeds for twenty-six years, and the trust that's "
              "taken us over is cutting me to mornings only. The only bite so far is a maintenance job at a "
              "privately run prison out past Wakefield, better money than I get now and proper full-time. But "
              "I've never liked the idea of a company making money out of locking people up, and at fifty-nine "
              "I'm not sure I want to start again anywhere, let alone there.",
        title="Maintenance operative", company="Northgate Custodial Services Ltd",
        activity="Fixing locks, plumbing and heating across the prison wings",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=4, early_career=False, experience_years=26,
                        selling_difficulty=6, wanted_job="Caretaker or site manager at a school", similarity=5,
                        network_value=2, curiosity=3, travel_hours=1.5, travel_cost=15, spare_money=150,
                        currency=Currency.GBP, financial_need=7, dread=6),
        reasons=[
            Why("It's not the prisoners that bother me, it's a firm making a profit off them", 8, False),
            Why("Every door you go through gets locked behind you, i'd hate that all day", 6, False),
            Why("At 59 do I really want six months probation somewhere new", 5, False),
            Why("On call for nights one week in four", 4, True,
                ask="No on-call nights, or paid properly extra for them", odds=40),
        ],
        pros=[
            Like("Full-time hours again, and better money than the school", 6),
            Like("Decent pension, which matters with six years to go", 5),
        ],
        expected=Verdict.CLOSE_CALL, also_fine={Verdict.PRACTICE},
        coach_says="His main objection is to the employer itself (profit from prisons, locked doors), which no "
                   "negotiation can change, yet he needs the full-time pay and the trip is cheap, so the article's "
                   "costs-versus-benefits test leaves it evenly balanced.",
        forbidden=[TALKED_OVER, FIRST_TIMER_NERVES],
        must_mention=[r"(?i)on.call|nights|shifts"],
    ),
    Persona(
        id="imran_bank_collections_chandigarh", first_name="Imran",
        story="I finished my B.Com in Srinagar last year and I've had only two interviews, both online, and I "
              "froze in both. A private bank has called me to Chandigarh for an in-person interview for a loan "
              "collections officer post. The bus is ten hours each way and with a night in a hostel it's almost "
              "everything I have saved. My father says any bank job is a good job, but I don't want to be the "
              "man who pressures farmers about their loans.",
        title="Collections officer", company="Northstar Small Finance Bank",
        activity="Calling and visiting borrowers who are behind on loan repayments",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, early_career=True, experience_years=0,
                        selling_difficulty=7, wanted_job="Accounts or audit assistant in a CA firm", similarity=3,
                        network_value=4, curiosity=4, travel_hours=20.0, travel_cost=3500, spare_money=4000,
                        currency=Currency.INR, financial_need=7, dread=6),
        reasons=[
            Why("Not scared of phone calls but pressuring poor farmers for money feels wrong", 8, False),
            Why("First round only in person in Chandigarh, no video option they said", 6, True,
                ask="Let me do the first round on video, our internet is ok now", odds=20),
            Why("Pay is mostly incentive, so you earn only if you squeeze people", 5, True,
                ask="A higher fixed salary and a smaller incentive part", odds=15),
        ],
        pros=[
            Like("A bank name on my CV, my father would be proud", 5),
            Like("HR said you can move to branch accounts after 2 yrs", 4),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.CLOSE_CALL},
        coach_says="He is exactly the new, freezing interviewee the article says should accept interviews for "
                   "practice, but he rejects the core of pressuring borrowers, so he should go only for the "
                   "experience if the trip cost is worth it.",
        forbidden=[r"(?i)Go, and put your asks", TALKED_OVER],
        must_mention=[r"(?i)costs?|fare|journey"],
    ),
    Persona(
        id="nkechi_fostering_senior_practitioner", first_name="Nkechi",
        story="I've been a child protection social worker with the province for twelve years, and I've been "
              "invited to interview for a senior practitioner post in the fostering team. On paper it's exactly "
              "my next step, better pay and far fewer middle-of-the-night removals. But my dad was diagnosed "
              "with Parkinson's in August and my divorce is finalising, and I don't know if I have it in me to "
              "start something new right now. Nothing's wrong with the job; it's me.",
        title="Senior practitioner, fostering and adoption",
        company="Provincial Child and Family Services, Central Region (Halifax)",
        activity="Assessing and supporting foster families and guiding three junior workers",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, early_career=False, experience_years=12,
                        selling_difficulty=4, wanted_job="Senior social worker in fostering", similarity=9,
                        network_value=5, curiosity=6, travel_hours=0.5, financial_need=4, dread=5),
        reasons=[
            Why("My dad's Parkinson's is new and I dont know how much he'll need me yet", 7, True,
                ask="Flexible hours or a compressed week around his appointments", odds=65),
            Why("Divorce papers, house sale, the lot. My head isnt in a new-job place", 6, False),
            Why("It's a great team by all accounts, I'm just scared of letting them down", 4, False),
        ],
        pros=[
            Like("It's the step up I've wanted for years", 8),
            Like("Far fewer on-call nights than frontline child protection", 6),
            Like("Pay bump is about $9k a year", 4),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="Nothing about the job's core puts her off, and her father's care needs can be raised as a "
                   "flexible-hours request, so she should go, ask, and decide about the job at the end.",
        forbidden=[r"(?i)go for what the interview itself brings you", FIRST_TIMER_NERVES],
        must_mention=[r"(?i)commitments|hours|flexib"],
    ),
    Persona(
        id="rosaria_mall_salon_manager", first_name="Rosaria",
        story="I've been cutting hair for eleven years and for the last four I've rented a chair in a small salon "
              "in Vomero, so my money goes up and down with the seasons. A big salon chain invited me to "
              "interview as manager of their new place in a shopping centre: fixed salary, paid holidays, and "
              "they'd teach me to run a shop, which I'll need if I ever open my own. But their whole idea is "
              "twenty-minute walk-in cuts and the centre is open till ten, so some days I want it and some "
              "days I don't.",
        title="Salon manager", company="Taglio Express, Centro Commerciale Porta Est",
        activity="Running a walk-in salon (rotas, stock, targets) and cutting hair on the floor",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=False, experience_years=11,
                        selling_difficulty=5, wanted_job="Owner of my own small salon", similarity=6,
                        network_value=6, curiosity=7, travel_hours=1.5, travel_cost=8, spare_money=300,
                        currency=Currency.EUR, financial_need=6, dread=3),
        reasons=[
            Why("Twenty minutes a cut. Great, I always dreamed of being a conveyor belt", 6, False),
            Why("Mall hours till 22:00, and I'd be the one closing most nights", 5, True,
                ask="Close only two nights a week, taking turns with the deputy", odds=50),
            Why("I'd lose my regulars, some have followed me for ten years", 5, False),
        ],
        pros=[
            Like("Fixed salary and paid holidays, no more praying for wedding season", 7),
            Like("They'd teach me stock, staff and numbers, for my own place one day", 6),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="She doesn't reject running a salon, the closing hours are a term she can ask to change, and the "
                   "contacts and inside look cost her little, so she should go and decide at the end.",
        forbidden=[r"(?i)go for what the interview itself brings you"],
        must_mention=[r"(?i)closing|hours|nights"],
    ),
    Persona(
        id="reto_bakery_takeover_decided", first_name="Reto",
        story="I'm a baker-confectioner in my father's bakery in Burgdorf. In the spring dad and I were fighting "
              "about whether I'd take over, so I applied to a big industrial bakery, and now they've invited me "
              "to interview for production shift leader. Last month we signed everything and I take over the "
              "shop in January. I feel bad going to an interview I won't take, but their production manager "
              "buys from the same mill as us and I don't want to burn that bridge either.",
        title="Shift leader, production", company="Aare Backwaren AG",
        activity="Running a night shift of twelve people on the bread lines",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=2, early_career=False, experience_years=15,
                        selling_difficulty=4, wanted_job="Running our family bakery", similarity=4,
                        network_value=6, curiosity=5, travel_hours=1.2, travel_cost=25, spare_money=1000,
                        currency=Currency.CHF, financial_need=2, dread=4, taking_other_offer=True),
        reasons=[
            Why("Not the night shifts, I'm used to 3am. It's that I'm taking over dad's shop", 10, False),
            Why("Pressing buttons on a line isn't baking, but that's not really the point", 3, False),
            Why("Feels dishonest letting them interview me when I know I'll say no", 5, False),
        ],
        pros=[
            Like("Their production manager is someone I'd like to stay on good terms with", 5),
            Like("Would be interesting to see how they run a line that size", 3),
        ],
        expected=Verdict.SKIP, also_fine={Verdict.PRACTICE},
        coach_says="He has already signed to take over the family bakery, so the article's honesty rule (don't keep "
                   "them waiting or play games) means declining politely now, which also protects the relationship "
                   "better than going.",
        forbidden=[r"(?i)Go, and put your asks", GOES_AHEAD],
        must_mention=[r"(?i)not the right match|not your match|tell them"],
    ),
    Persona(
        id="kayla_county_shelter_vet_tech", first_name="Kayla",
        story="I've been a vet tech at a small-animal clinic in Tulsa for eight years. The county shelter invited "
              "me to interview for a shelter tech job, and their health insurance is way better than my "
              "clinic's, which matters because my son's asthma meds are eating us alive. The pay's a little "
              "lower, but honestly that's not it. They're open-intake, so part of the job is euthanasia days, "
              "and I've sat in on enough of those to know what it does to people.",
        title="Shelter veterinary technician", company="Osage Trail County Animal Services",
        activity="Intake exams, vaccines, surgery prep and scheduled euthanasia",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, early_career=False, experience_years=8,
                        selling_difficulty=3, wanted_job="Vet tech at a specialty or emergency hospital",
                        similarity=7, network_value=4, curiosity=4, travel_hours=0.8, travel_cost=6,
                        spare_money=80, currency=Currency.USD, financial_need=8, dread=5),
        reasons=[
            Why("Pay's a bit lower, thats fine honestly. It's euthanasia days I can't do", 9, False),
            Why("The pay cut is like $2 an hour, which isnt nothing with a kid", 4, True,
                ask="Start me a step up the county pay scale for my 8 yrs", odds=35),
            Why("3 rounds incl. a panel with county HR for a vet tech job, seriously?", 2, False),
        ],
        pros=[
            Like("County health insurance would cover my son's inhalers way better", 9),
            Like("Mon-Fri days, no more Saturday clinic", 4),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.SKIP},
        coach_says="Euthanasia days are part of the core and cannot change, and by the article's core-of-the-job "
                   "test that rules the job out, so the cheap interview is worth it only as a rehearsal for the "
                   "specialty or emergency interviews she does want.",
        forbidden=[r"(?i)Go, and put your asks", TALKED_OVER],
        must_mention=[r"(?i)no offer changes|work itself"],
    ),
)

FIFTH_ROUND: tuple[Persona, ...] = (
    Persona(
        id="wade_crab_fisher_plant_supervisor", first_name="Wade",
        story="I've fished crab and cod out of Bonavista since I was sixteen, first on my father's boat and "
              "then on my own. The quota got cut again, I'm selling the licence, and I'm 44 and I've never "
              "sat a job interview in my life, not one. The fish plant in town wants me as a shift supervisor, "
              "which isn't what I want; I want the fishery officer job DFO posts in the spring, and I hear "
              "their panels eat people alive.",
        title="Production shift supervisor", company="Bonavista Bay Seafoods Ltd.",
        activity="Running a crew of thirty on the crab processing line, scheduling and quality checks",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=0, early_career=False, experience_years=28,
                        selling_difficulty=8, wanted_job="Fishery officer with DFO", similarity=4,
                        network_value=6, curiosity=4, travel_hours=0.5, travel_cost=15, spare_money=800,
                        currency=Currency.CAD, financial_need=6, dread=5),
        reasons=[
            Why("Standing indoors under fluorescent lights all day after 28 years on the water.", 5, False),
            Why("Every third week is nights on their rotation.", 4, True,
                ask="Days only, or nights no more than one week in six", odds=30),
            Why("Id be bossing around people I grew up with, two of them my cousins.", 4, False),
        ],
        pros=[
            Like("Home every night instead of three days out in the fog.", 6),
            Like("Steady pay through the winter for once.", 5),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.NEGOTIATE},
        coach_says="The article says an interview for a job you don't want is real practice that helps you land the "
                   "job you do want, especially with no interview experience, and the DFO panel he's aiming for is "
                   "the one that counts while it costs him almost nothing to go.",
        forbidden=[r"(?i)early in your career"],
        must_mention=[r"(?i)practi[cs]e"],
    ),
    Persona(
        id="javier_reefer_driver_saturdays", first_name="Javier",
        story="I'm 51 and I've driven refrigerated trucks between Zaragoza and Germany for fourteen years, ten "
              "days out and four at home. A supermarket chain invited me to interview for local deliveries out of "
              "their warehouse in Plaza, home every night, which is what my wife has been asking for since the "
              "kids were born. But their rota has every other weekend, and Saturday mornings I coach my son's "
              "under-12 football team, and I'm not giving that up now that I'd finally be around for it.",
        title="Regional distribution driver", company="Supermercados Ebro Norte S.A.",
        activity="Driving a rigid refrigerated truck to supermarkets around Aragón, loading at 5am",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=False, experience_years=22,
                        selling_difficulty=5, wanted_job="Local driving job with weekends off", similarity=8,
                        network_value=3, curiosity=5, travel_hours=1.0, travel_cost=12, spare_money=600,
                        currency=Currency.EUR, financial_need=4, dread=2),
        reasons=[
            Why("The money is a bit less, fine, but the rota has me working every other Saturday.", 7, True,
                ask="Saturdays off every week, I'll take Sundays instead", odds=55,
                walk_away="If Saturdays aren't free I stay on international"),
            Why("Without the international allowances I'd lose about 300 a month.", 4, True,
                ask="A seniority bonus so my net pay stays the same", odds=35,
                walk_away="1,900 euros net a month"),
        ],
        pros=[
            Like("Home every night, sleeping in my own bed.", 8),
            Like("Their trucks are new, not the tired old Scania I drive now.", 3),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="The article says that unless you dislike the core of the job, things like shifts and pay can be "
                   "discussed, and here the core (local driving, home every night) is what he wants while the "
                   "Saturday rota and the allowance are terms he can ask to change.",
        forbidden=[r"(?i)go for what the interview itself brings you"],
        must_mention=[r"(?i)saturday|shifts|hours"],
    ),
    Persona(
        id="karim_tax_office_enforcement", first_name="Karim",
        story="I've been a controller at the tax office in Lille for eleven years, mostly helping small "
              "businesses get their declarations right, and I like that work. My service is closing in the "
              "reorganisation and HR has invited me to interview for the enforcement unit: wage garnishments, "
              "bank seizures, phoning people who owe, and if I refuse they'll put me wherever there's a gap. "
              "The grade is the same and it's ten minutes away, but I grew up in Roubaix watching the bailiffs "
              "carry out our television, and I don't know if I can be that man.",
        title="Enforcement officer, debt recovery unit",
        company="Direction régionale des Finances publiques Hauts-de-France",
        activity="Chasing unpaid taxes through wage garnishments, bank seizures and calls to debtors",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=2, early_career=False, experience_years=11,
                        selling_difficulty=4, wanted_job="Adviser to small businesses in another service",
                        similarity=3, network_value=4, curiosity=2, travel_hours=0.3,
                        financial_need=3, dread=8),
        reasons=[
            Why("The job itself is taking money off people who are already underwater.", 9, False),
            Why("There are recovery targets per month. Obviously nobody calls them quotas.", 6, False),
            Why("Not the office or the pay, its that I know what a seizure feels like at home.", 8, False),
        ],
        pros=[
            Like("Same grade plus the recovery bonus, around 180 a month more.", 4),
            Like("Ten minutes from home by tram.", 3),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.SKIP},
        coach_says="The article says you can only negotiate what isn't the core of the job, and seizing money from "
                   "debtors is the core he rejects, so the only reasons to go are the cheap practice and the "
                   "contact with HR, who will decide where he lands.",
        forbidden=[r"(?i)Go, and put your asks", TALKED_OVER],
        must_mention=[r"(?i)not your match|not the right match|no offer changes"],
    ),
    Persona(
        id="divya_data_engineer_old_boss", first_name="Divya",
        story="I'm a data engineer in Bengaluru, six years in, and since my team got moved under a new VP I've "
              "been quietly looking. A fintech called me for a lead role with almost 40% more, three days remote "
              "and paid on-call, honestly everything I'd asked for. Then I saw the hiring manager is Suresh, who "
              "ran my first team and presented my pipeline work as his own at every all-hands. People say he's "
              "changed, and maybe he has, but I still remember crying in the washroom on the fourth floor.",
        title="Lead data engineer", company="Paysetu Technologies Pvt Ltd",
        activity="Building and running the streaming data pipelines behind payments and fraud checks",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=14, early_career=False, experience_years=6,
                        selling_difficulty=3, wanted_job="Lead data engineer", similarity=9,
                        network_value=5, curiosity=6, travel_hours=1.5, travel_cost=400, spare_money=25000,
                        currency=Currency.INR, financial_need=4, dread=7),
        reasons=[
            Why("Pay is great, stack is great, the problem has a name and its Suresh.", 8, False),
            Why("Glassdoor says 'fast paced' 14 times. I'm sure that means nothing at all.", 4, False),
            Why("Five rounds plus a take-home for a lead role, in this economy, sure.", 3, True,
                ask="Skip the take-home, I'll walk them through my own project", odds=25),
        ],
        pros=[
            Like("Nearly 40% more than I make now.", 7),
            Like("Remote three days a week and on-call is actually paid.", 5),
            Like("Spark and Kafka at real scale, which is where I want to go deeper.", 5),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="The article says an interview is a two-way discussion and nothing is settled until you sign, "
                   "and since she wants the core of this job, going lets her see whether Suresh has changed before "
                   "she decides.",
        forbidden=[r"(?i)go for what the interview itself brings you", DISLIKES_WORK],
        must_mention=[r"(?i)team|people|manager"],
    ),
    Persona(
        id="maren_postdoc_campus_visit", first_name="Maren",
        story="I'm a postdoc in plant ecology in Corvallis and my funding ends in December. A small college in "
              "Maine invited me to a campus visit for a three-year visiting position teaching four courses a "
              "semester, which leaves basically no time for research, the one thing I actually want to do. "
              "They want me to book my own flights and hotel and they reimburse 'within 6-8 weeks of receipts', "
              "which is adorable when you have $400 in checking and your grant pays you to be in the field "
              "that week.",
        title="Visiting Assistant Professor of Biology", company="Pemaquid College",
        activity="Teaching intro biology and ecology with labs, four courses each semester",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=3, early_career=True, experience_years=2,
                        selling_difficulty=6, wanted_job="Tenure-track research faculty in plant ecology",
                        similarity=5, network_value=6, curiosity=6, travel_hours=11.0, travel_cost=1100,
                        spare_money=400, currency=Currency.USD, financial_need=8, dread=4),
        reasons=[
            Why("A 4-4 load means goodbye research for three years.", 7, True,
                ask="One course release in the first year and some lab space", odds=15),
            Why("I front ~$1,100 and wait two months to get it back. Cool cool cool.", 7, True,
                ask="Have the college book and pay for flights and hotel directly", odds=60,
                walk_away="If I have to front more than $400 I can't go"),
            Why("It's visiting, so in three years I'm back on the job market anyway.", 5, False),
        ],
        pros=[
            Like("A faculty title on my CV, even if it says visiting.", 5),
            Like("Maine coastal marshes are kind of a dream study system, not gonna lie.", 4),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL},
        coach_says="The article says to weigh the cost of going against the benefits and that terms can change if "
                   "you ask, so she should ask the college to book the travel directly because fronting $1,100 is "
                   "past her limit.",
        forbidden=[r"(?i)go for what the interview itself brings you"],
        must_mention=[r"(?i)travel costs|fare|costs more than you can spare"],
    ),
    Persona(
        id="mick_paramedic_flight_signed", first_name="Mick",
        story="I've been on the road as a paramedic out of Geelong for fifteen years. In June I got into the "
              "flight paramedic program, signed the papers, it starts in September, and it's what I've wanted "
              "since I was a grad. Before that came through, an event medical mob rang about an operations "
              "manager job and I said yes to an interview, and now pulling out feels a bit rude.",
        title="Clinical operations manager", company="FirstOnScene Event Medical Pty Ltd",
        activity="Rostering and supervising medics at festivals and sporting events, plus clinical audits",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=5, early_career=False, experience_years=15,
                        selling_difficulty=3, wanted_job="Flight paramedic", similarity=3,
                        network_value=5, curiosity=3, travel_hours=2.0, travel_cost=30,
                        currency=Currency.AUD, financial_need=2, dread=2, taking_other_offer=True),
        reasons=[
            Why("I've already signed for the flight program and I'm not backing out.", 10, False),
            Why("Its mostly rosters and spreadsheets, not patients.", 6, False),
            Why("Festivals every weekend Oct to March, no thanks.", 4, True,
                ask="Every second weekend off over summer", odds=30),
        ],
        pros=[
            Like("Their director was my old training officer, good bloke.", 5),
            Like("Pays a bit better than the road.", 2),
        ],
        expected=Verdict.SKIP,
        coach_says="The article's honesty rule says not to keep employers waiting or play games, and he has signed "
                   "for the flight program, so the interview gives him little: he needs no practice and can keep "
                   "the director as a contact without it.",
        forbidden=[r"(?i)Go, and put your asks", r"(?i)go for what the interview itself brings you"],
        must_mention=[r"(?i)other offer|tell them|decline"],
    ),
    Persona(
        id="seraina_qc_chemist_ivf", first_name="Seraina",
        story="I'm a QC chemist at a chocolate factory in Broc, nine years now, and honestly it's fine. A "
              "pharma company in Basel invited me to interview for their stability lab, more money and more "
              "interesting methods. The problem isn't them: we're in our third round of IVF, and my boss here "
              "lets me vanish for scans at an hour's notice without a question. And my partner runs his "
              "family's dairy farm, so moving to Basel simply isn't a thing.",
        title="Analytical chemist, stability testing", company="Rheinthal Pharma AG",
        activity="Running stability studies and HPLC and LC-MS analyses on tablets and injectables",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, early_career=False, experience_years=9,
                        selling_difficulty=5, wanted_job="Analytical chemist in pharma, nearer home",
                        similarity=7, network_value=4, curiosity=6, travel_hours=4.0, travel_cost=90,
                        spare_money=1500, currency=Currency.CHF, financial_need=2, dread=3),
        reasons=[
            Why("Mid IVF, I can't be the new girl on probation taking mornings off.", 8, True,
                ask="Flexible start times and short-notice mornings off for appointments", odds=40,
                walk_away="If I have to explain every appointment to HR, no"),
            Why("It's 2h each way by train and we can't move, the farm doesn't move.", 7, False),
            Why("Stability testing is the same HPLC runs I do now, just on pills.", 2, False),
        ],
        pros=[
            Like("About 20% more pay and a much better pension fund.", 5),
            Like("Real LC-MS and method validation, stuff I've only read about.", 6),
        ],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.PRACTICE},
        coach_says="The article says that unless you dislike the core of the job you can ask for changes, and she "
                   "likes the LC-MS work while the short-notice time off she needs for IVF is a term she can ask "
                   "for and judge on the day.",
        forbidden=[DISLIKES_WORK],
        must_mention=[r"(?i)commitments|hours|time off|journey"],
    ),
    Persona(
        id="linnea_reach_truck_automation", first_name="Linnea",
        story="I'm 31, I drive a reach truck and lead the early shift at a grocery wholesaler in Gothenburg, nine "
              "years now with a permanent contract. An automated fulfilment centre out past Landvetter invited me "
              "to interview as a trainee automation technician: day shifts, real training, a bit more money. "
              "But I'd be leaving the crew I've fought for through two reorganisations, and starting over on "
              "probation at 31 scares me more than I like to admit.",
        title="Automation technician trainee", company="Nordlager Automation AB",
        activity="Keeping the robot picking system and conveyors running, fault-finding and maintenance",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, early_career=False, experience_years=9,
                        selling_difficulty=6, wanted_job="Automation technician", similarity=7,
                        network_value=5, curiosity=8, travel_hours=1.7, travel_cost=200, spare_money=4000,
                        currency=Currency.SEK, financial_need=4, dread=3),
        reasons=[
            Why("I have a permanent contract now, there it's six months probation first.", 6, True,
                ask="Permanent from day one, or three months probation at most", odds=20,
                walk_away="No more than three months probation"),
            Why("50 min drive each way, right now I bike 15 min.", 4, False),
            Why("Leaving my crew, we got through the strikes and the new WMS together.", 5, False),
            Why("The job is literally babysitting the robots that replace ppl like us lol", 3, False),
        ],
        pros=[
            Like("Day shifts only, no more 05:30 starts or Sunday nights.", 7),
            Like("They train you in PLC and automation, thats where warehouses are going.", 7),
            Like("About 2 500 kr more a month.", 4),
        ],
        expected=Verdict.NEGOTIATE,
        coach_says="The article says the core of the job is what decides it, and automation technician is the job "
                   "she wants, while probation is a term she can ask to change and the commute and leaving the crew "
                   "are things she may be able to live with.",
        forbidden=[r"(?i)go for what the interview itself brings you", r"(?i)too old"],
        must_mention=[r"(?i)contract|probation"],
    ),
)

FRESH_PANEL: tuple[Persona, ...] = (*FIRST_ROUND, *SECOND_ROUND, *THIRD_ROUND, *FOURTH_ROUND, *FIFTH_ROUND)
