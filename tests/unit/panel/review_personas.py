"""A third panel: eight people written by a reviewer who had not seen the reader, at commit 9003b14.

Each verdict (``expected``/``also_fine``) and ``coach_says`` was written before the app was run,
applying only the article. At that first run 5 of 8 got an acceptable verdict (Henrik, Ciarán and
Derek did not), and the review found fourteen sentences false or unkind for them. The general fixes
that followed were made with these eight in view, so they are no longer held out: they guard
against those sentences coming back.
"""

from __future__ import annotations

from advisor.case.models import Gut
from advisor.case.money import Currency
from advisor.judgement.scoring import Verdict
from tests.unit.panel.personas import (
    FIRST_TIMER_NERVES,
    GOES_AHEAD,
    TALKED_OVER,
    WITHDRAWS,
    Answers,
    Like,
    Persona,
    Why,
)

REVIEW_PANEL: tuple[Persona, ...] = (
    Persona(
        id="tobias_school_run", first_name="Tobias",
        story="I'm a bookkeeper and I do the school run for our two kids, so I have to be out of the "
              "door by ten to three. A firm of accountants invited me for an assistant accountant job. "
              "The work is right up my street and it pays better, but the ad says 9 to 5:30 in the office, "
              "and my last employer wouldn't budge on hours, which is why I left.",
        title="Assistant accountant", company="Whitcombe & Rae",
        activity="Preparing management accounts and reconciliations for small business clients",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=5, experience_years=11,
                        wanted_job="Accountant on school hours", similarity=8, network_value=4, curiosity=4,
                        financial_need=6, dread=4),
        reasons=[
            Why("They want 9 to 5:30 in the office and I have to pick my kids up at 3.", 9, True,
                ask="Working 8 to 2:45 in the office and an hour from home in the evening",
                walk_away="Leaving at 2:45 at least four days a week", odds=40),
            Why("It's a 40-minute drive, so I'd be racing the clock every afternoon.", 4, True,
                ask="One day a week from home", odds=50),
        ],
        pros=[Like("It's exactly the kind of accounts work I'm good at, and it pays better.", 7)],
        expected=Verdict.NEGOTIATE,
        coach_says="Hours are the article's own example of what can move once they like you: go, prepare as for any "
                   "interview, raise school hours after you've shown what you can do, and if they can't, say so "
                   "honestly at the end.",
        forbidden=[WITHDRAWS, r"you dislike the work itself"],
        must_mention=[r"(?i)hours|school|2:45|finish"],
    ),
    Persona(
        id="bronwen_icu_diabetes", first_name="Bronwen",
        story="I've been a theatre nurse for six years, days only. The teaching hospital's intensive care "
              "unit invited me to interview, and ICU is what I've wanted since I trained. But all their ICU "
              "nurses rotate onto nights one week in four, and I have type 1 diabetes that goes haywire "
              "when I'm up all night. I don't know if I should even go.",
        title="Staff nurse, intensive care", company="Royal Eastbury Hospital",
        activity="Caring for critically ill patients on the intensive care unit",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, experience_years=6, wanted_job="ICU nurse",
                        similarity=10, network_value=7, curiosity=8, financial_need=3, dread=3),
        reasons=[
            Why("ICU nurses rotate onto nights a week in four, and nights wreck my blood sugar.", 8, True,
                ask="A days-only rota as a reasonable adjustment for my diabetes",
                walk_away="Nights no more than one week in eight, agreed with occupational health", odds=50),
        ],
        pros=[Like("Intensive care is the nursing I've wanted to do since I qualified.", 9)],
        expected=Verdict.NEGOTIATE,
        coach_says="This is the job she wants; the night rota is a shift pattern, which the article says can be "
                   "discussed. Go, do well, then raise a days-only adjustment.",
        forbidden=[WITHDRAWS, r"you dislike the work itself", TALKED_OVER + r".*(nothing|no offer)"],
        must_mention=[r"(?i)night|rota|shift"],
    ),
    Persona(
        id="aroha_long_covid_return", first_name="Aroha",
        story="I was off sick with long Covid for eighteen months. I'm a lab technician and I'm much better "
              "now, but four days a week is about what I can manage. A university lab invited me for a "
              "full-time technician post. I'm not sure I want it full-time, and honestly I'm scared stiff "
              "they'll ask me about the gap on my CV.",
        title="Laboratory technician", company="University of Northmoor",
        activity="Preparing samples and running the equipment in a cell biology lab",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=6, experience_years=9, selling_difficulty=7,
                        wanted_job="Part-time lab technician", similarity=9, network_value=5, curiosity=5,
                        financial_need=7, dread=7),
        reasons=[
            Why("It's full-time and I can only manage about four days a week for now.", 8, True,
                ask="Four days a week for the first six months",
                walk_away="A phased return: four days a week for three months", odds=50),
            Why("I'm dreading being asked about the eighteen-month gap on my CV.", 6, False),
        ],
        pros=[Like("It's the same bench work I did before I got ill, and I miss it.", 6)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.PRACTICE},
        coach_says="Go: hours are negotiable, and the fear of the gap question is exactly what a real interview lets "
                   "her practise. Prepare a short, calm answer about the gap; ask about four days / a phased return.",
        forbidden=[WITHDRAWS, r"you dislike the work itself"],
        must_mention=[r"(?i)four days|hours|part-time|phased"],
    ),
    Persona(
        id="wei_two_offers_rail", first_name="Wei",
        story="I graduate in July and I've already got two offers. I'm going to accept the civil engineering "
              "graduate scheme, that's settled. Now a rail consultancy has invited me to an assessment centre "
              "next week. I don't want a third job, but I've never done an assessment centre, and the rail "
              "firm is exactly where I'd like to be in a few years.",
        title="Graduate transport planner", company="Railpath Consulting",
        activity="Modelling passenger numbers and timetables for rail projects",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=4, early_career=True, experience_years=0,
                        selling_difficulty=4, wanted_job="Rail engineer", similarity=6, network_value=9,
                        curiosity=8, financial_need=2, dread=3, taking_other_offer=True),
        reasons=[
            Why("I've already decided to accept a graduate scheme somewhere else.", 7, False),
            Why("The assessment centre is a whole day and I'd miss a lab session.", 2, False),
        ],
        expected=Verdict.PRACTICE, also_fine={Verdict.CLOSE_CALL, Verdict.SKIP},
        coach_says="Few interviews yet, and contacts at a firm he wants later: going for the practice and the contacts "
                   "is defensible, but only if he's honest (ideally up front, at the latest at the end) that he has "
                   "accepted elsewhere; no negotiating a job he won't take.",
        forbidden=[GOES_AHEAD, r"(?i)ask for .*(salary|pay)"],
        must_mention=[r"(?i)honest|offer"],
    ),
    Persona(
        id="ciaran_payday_app", first_name="Ciarán",
        story="I'm a UX designer, seven years in, and I'm happy enough where I am. A recruiter got me an "
              "interview at a payday loan app, about thirty percent more money. But I'd be designing the "
              "screens that get people to borrow at crazy interest. My dad got buried in that kind of debt "
              "when I was a kid. I can't see myself doing it.",
        title="Senior product designer", company="QuidNow",
        activity="Designing the app screens customers use to apply for short-term loans",
        answers=Answers(gut=Gut.SKIP, interviews_so_far=15, experience_years=7, selling_difficulty=3,
                        similarity=6, network_value=2, curiosity=2, financial_need=2, dread=3),
        reasons=[
            Why("Their whole business is lending to desperate people at huge interest rates.", 9, False),
            Why("I'd be designing screens that nudge people into borrowing more.", 8, False),
        ],
        pros=[Like("The pay is about thirty percent more than I get now.", 4)],
        expected=Verdict.SKIP,
        coach_says="The objection is the core of the job and the employer's business: nothing an offer could change. "
                   "He has practice and doesn't want these contacts. Decline now, politely.",
        forbidden=[TALKED_OVER, GOES_AHEAD, FIRST_TIMER_NERVES],
        must_mention=[r"(?i)decline|turn|withdraw|skip"],
    ),
    Persona(
        id="henrik_senior_charity_junior", first_name="Henrik",
        story="I've been head of finance at a retailer for eighteen years. A humanitarian charity I've "
              "admired for ages has invited me for a finance officer role, two grades below mine and about "
              "forty percent less pay. I'd love to work there one day, just not doing the bookkeeping I "
              "used to supervise. I'm not in a hurry to leave my job.",
        title="Finance officer", company="Médecins du Monde UK",
        activity="Processing payments and reconciling field office accounts",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=25, experience_years=18, selling_difficulty=2,
                        wanted_job="Finance director at a humanitarian charity", similarity=3, network_value=9,
                        curiosity=7, financial_need=2, dread=2),
        reasons=[
            Why("It's a junior role: I'd be doing the bookkeeping I used to supervise.", 7, False),
            Why("The pay is about forty percent less than I earn now.", 6, True,
                ask="Starting at the top of the band", odds=20),
        ],
        pros=[Like("I've admired what this charity does for twenty years.", 8)],
        expected=Verdict.PRACTICE, also_fine={Verdict.CLOSE_CALL},
        coach_says="Practice is worth little to him, but the contacts at the employer he wants are worth a lot: go, "
                   "make a good impression, and say honestly at the end that this role isn't his level but he'd love "
                   "to be considered for senior finance posts.",
        forbidden=[FIRST_TIMER_NERVES, GOES_AHEAD],
        must_mention=[r"(?i)contact|connection|network"],
    ),
    Persona(
        id="derek_long_unemployed_callcentre", first_name="Derek",
        story="I've been out of work twenty months since the bottling plant shut. I'm fifty-one and I've "
              "had two interviews in all that time. Now a call centre wants to see me about handling "
              "complaints for an energy company. I hate the thought of being shouted at on the phone all "
              "day, but we're behind on everything and I need a wage.",
        title="Customer service adviser", company="Brightwell Energy",
        activity="Answering customer complaints about energy bills by phone",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=2, experience_years=30, selling_difficulty=7,
                        similarity=4, network_value=3, curiosity=3, financial_need=10, dread=6,
                        travel_hours=1, travel_cost=6, spare_money=15, currency=Currency.GBP),
        reasons=[
            Why("I'd be taking complaints on the phone all day and I hate being shouted at.", 6, False),
            Why("The late shifts run until 10 at night.", 4, True, ask="Day shifts only",
                walk_away="No more than two late shifts a week", odds=40),
        ],
        pros=[Like("It's a permanent contract, and we badly need a steady wage.", 9)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.PRACTICE},
        coach_says="He needs the income and can tolerate the work (the article's 95%): go, try your best to get it, "
                   "ask about day shifts. The practice after twenty months also helps. Don't plan to turn it down.",
        forbidden=[WITHDRAWS],
        must_mention=[r"(?i)shift|income|wage|money"],
    ),
    Persona(
        id="katarzyna_oslo_move", first_name="Katarzyna",
        story="I'm a structural engineer in Kraków, eight years in. A Norwegian firm wants a video interview "
              "for a bridge engineer job in Oslo, nearly double my pay and the kind of bridges I dream of. "
              "But I'd have to move to Norway, and my partner's job and my mum are here. I honestly don't "
              "think I'd go, unless they let me work from here.",
        title="Bridge engineer", company="Fjordbro Engineering",
        activity="Designing and checking steel and concrete bridges",
        answers=Answers(gut=Gut.UNSURE, interviews_so_far=10, experience_years=8, selling_difficulty=4,
                        wanted_job="Bridge engineer", similarity=8, network_value=7, curiosity=8,
                        financial_need=3, dread=3, travel_hours=0, travel_cost=0, currency=Currency.EUR),
        reasons=[
            Why("I'd have to move to Oslo, away from my partner and my mum.", 8, True,
                ask="Working from Kraków with one week a month in Oslo",
                walk_away="Two weeks a month in Oslo, flights paid", odds=15),
        ],
        pros=[Like("Nearly double the pay, and the bridge work I've always wanted to do.", 8)],
        expected=Verdict.NEGOTIATE, also_fine={Verdict.CLOSE_CALL, Verdict.PRACTICE},
        coach_says="A video call costs her nothing, the work is what she wants, and the only objection is where she'd "
                   "work, which she can ask about. Go, do well, ask for remote-with-visits; if they can't, say so "
                   "honestly and keep the contact.",
        forbidden=[r"you dislike the work itself"],
        must_mention=[r"(?i)Krak|remote|move|relocat|Oslo"],
    ),
)
