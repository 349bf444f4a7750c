"""A complete case that shows a newcomer every step filled in at once."""

from __future__ import annotations

from advisor.article.factors import Kind
from advisor.case.models import Case, Gut, Job, Reason

EXAMPLE_ID = "example"


def example_case() -> Case:
    """A new graduate invited to a night-shift job in a call centre.

    Its id is fixed, so the example is one and the same case in every test and link; the app
    gives the example a visitor loads an id of its own (``advisor.editing.edits.fresh``).
    """
    return Case(
        id=EXAMPLE_ID,
        job=Job(
            title="Customer service agent (nights)",
            company="Brightline Telecom",
            activity="Answering customers' calls about bills and broken connections",
            gut=Gut.SKIP,
            interviews_so_far=1,
            early_career=True,
            selling_difficulty=7,
            wanted_job="Junior marketing analyst",
            similarity=6,
            network_value=6,
            curiosity=5,
            experience_years=0,
            travel_hours=1.5,
            travel_cost=12,
            spare_money=60,
            financial_need=7,
            dread=6,
        ),
        reasons=[
            Reason(label="Night shifts", severity=8, kind=Kind.NEGOTIABLE,
                   ask="Day or evening shifts only", odds=40, catalog_id="shifts"),
            Reason(label="The pay is too low", severity=6, kind=Kind.NEGOTIABLE,
                   ask="+10 % on the advertised pay", odds=45, catalog_id="pay"),
            Reason(label="No days from home", severity=4, kind=Kind.NEGOTIABLE,
                   ask="One day a week from home after training", odds=55, catalog_id="remote"),
            Reason(label="Talking on the phone all day", severity=7, kind=Kind.CORE),
        ],
    )
