"""The rule from a balance to a verdict when the person objects strongly to the job itself: what
only the job gives (its pay, what they like about it) does not hold up a near tie on its own."""

from __future__ import annotations

from dataclasses import replace

from advisor.article.factors import FACTOR_IDS
from advisor.case.arguments import about_the_employer, own_pros, read_own_words
from advisor.case.pros import OwnPros
from advisor.documents.charts import chart_in_words
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import CLOSE_CALL, CORE_STRONG, Verdict, evaluate, strengths, verdict_for
from advisor.judgement.verdict import DEAL_BREAKER, balance_of, only_the_job_speaks, sides_of, verdict_of
from advisor.reading.topics import read
from tests.unit.judgement.by_hand import QUIET_JOB, make
from tests.unit.panel.build import person, persona_case
from tests.unit.panel.review_personas import REVIEW_PANEL

ALL_FIVE = dict.fromkeys(FACTOR_IDS, 5)


def _strength(core: float, learning: float, keeping: float) -> dict[str, float]:
    """Strengths with the cons at ``core`` (the core of the job) and 0.5 (the cost of going), each
    pro that going teaches at ``learning`` and each one that needs the job at ``keeping``."""
    base = dict.fromkeys(FACTOR_IDS, learning) | {"income": keeping, "reshape_offer": keeping}
    return base | {"core_dislike": core, "unfixed_terms": 0.0, "attendance_cost": 0.5, "dread": 0.0}


def test_a_near_tie_held_up_only_by_the_jobs_gains_is_a_skip_against_a_strong_objection() -> None:
    strength = _strength(core=1.0, learning=0.1, keeping=0.6)
    balance = balance_of(strength, ALL_FIVE)
    assert -CLOSE_CALL < balance < CLOSE_CALL
    assert sides_of(strength, ALL_FIVE).learning_balance() <= -CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE) is Verdict.SKIP


def test_the_same_tie_stays_a_close_call_when_it_is_not_against_the_job_or_not_strong() -> None:
    """A price of one's own life (a team one would leave) is the offer's to outweigh, unless the
    person rated it a deal-breaker, and a dislike below ``CORE_STRONG`` is one people put up with
    for a wage: both stay the person's call."""
    strength = _strength(core=0.9, learning=0.1, keeping=0.6)
    balance = balance_of(strength, ALL_FIVE)
    assert -CLOSE_CALL < balance < CLOSE_CALL and sides_of(strength, ALL_FIVE).learning_balance() <= -CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE, against_the_job=False) is Verdict.CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE) is Verdict.SKIP
    breaker = _strength(core=DEAL_BREAKER, learning=0.1, keeping=0.6)
    assert verdict_of(balance_of(breaker, ALL_FIVE), breaker, ALL_FIVE, against_the_job=False) is Verdict.SKIP
    mild = strength | {"core_dislike": CORE_STRONG - 0.05}
    assert not only_the_job_speaks(CORE_STRONG - 0.05, sides_of(mild, ALL_FIVE))


def test_a_tie_that_the_interview_alone_holds_up_stays_a_close_call() -> None:
    strength = _strength(core=1.0, learning=0.35, keeping=0.1)
    balance = balance_of(strength, ALL_FIVE)
    assert -CLOSE_CALL < balance < CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE) is Verdict.CLOSE_CALL


def test_ciaran_is_told_to_decline_and_why() -> None:
    """The review's designer invited to a payday lender: his objection (9 and 8) weighs -7.8, and
    what spoke for going was the pay (+4.0) and a rehearsal he hardly needs after fifteen interviews.
    He got "Close call"; the article, and any coach, says decline now."""
    ciaran = persona_case(next(p for p in REVIEW_PANEL if p.id == "ciaran_payday_app"))
    assessment = evaluate(ciaran, flip=False)
    assert -CLOSE_CALL < assessment.balance < CLOSE_CALL
    assert assessment.verdict is Verdict.SKIP
    assert assessment.reason.startswith("Against going, what the employer stands for (“Their whole business is")
    assert ("weighs most; what would tip it towards going comes only with the job you object to (what you like "
            "about it, “The pay is about thirty percent more than I get now.”)") in assessment.reason
    assert assessment.reason.endswith("Decline politely and soon, so nobody keeps a place for you.")


def test_a_persons_need_of_the_pay_is_still_weighed_against_a_strong_objection() -> None:
    """Needing the wage (10 of 10) from an employer one objects to at 7 lifts the balance out of the
    band: that stays the person's call, a close call, never a skip."""
    case = make(job={**QUIET_JOB, "financial_need": 10, "similarity": 3}, weights={"income": 10},
                reasons=[{"label": "Promoting cigarettes goes against my values", "kind": "core",
                          "severity": 10 * CORE_STRONG}])
    assert strengths(case)["core_dislike"] >= CORE_STRONG
    assert evaluate(case).verdict is Verdict.CLOSE_CALL


def test_ciarans_options_agree_with_his_verdict() -> None:
    """His options read "Close call" for the decline and for going alike, beside a verdict to decline:
    weighed, like the verdict, without the pay he would only get by taking the job he objects to,
    declining is worth it and going is not."""
    options = evaluate_options(person("ciaran_payday_app"))
    assert [(o.id, o.verdict) for o in options] == [("decline", "Worth it"), ("invited", "Not worth it")]


def test_a_pro_about_the_employer_counts_with_what_going_reaches() -> None:
    """Henrik's admiration for the charity is there whatever the role, so it weighs with the contacts
    and the practice, not with what only the job gives; the same weight on something about the job
    (its pension) counts with what only the job gives, and would leave him to weigh a job he objects
    to, were his objection not to the work itself (bookkeeping he used to supervise)."""
    henrik = person("henrik_senior_charity_junior")
    words = read_own_words(henrik)
    assert words.by_going == {"own_0"}
    assert own_pros(henrik, words.by_going) == OwnPros(with_job=0.0, by_going=8.0)
    assert evaluate(henrik).verdict is Verdict.PRACTICE
    about_the_job = henrik.model_copy(update={"pros": [
        henrik.pros[0].model_copy(update={"label": "The pension there is very generous."})]})
    assert not read_own_words(about_the_job).by_going
    assert own_pros(about_the_job, frozenset()) == OwnPros(with_job=8.0, by_going=0.0)
    assert verdict_for(about_the_job, words=replace(read_own_words(about_the_job), work=frozenset())
                       ) is Verdict.CLOSE_CALL
    assert evaluate(henrik).balance == evaluate(about_the_job).balance  # the same weight either way
    assert evaluate(henrik).reason.startswith("For going, what you like about the employer, “I've admired")


def test_a_pro_about_the_employers_people_is_read_by_its_words_not_by_the_complaints_it_resembles() -> None:
    """Renée (the fresh panel), retraining for cybersecurity, likes that the retailer has a cyber team
    she might move to: the word reader is sure it is about the employer's people, the labelled
    complaints the full reader consults were not, and she was told "close call"; the coach, and the
    article's contacts, say go for the practice and the contacts."""
    renee = person("renee_police_to_cyber")
    pro = renee.pros[0]
    assert not read(pro.label, renee.job.activity).sure
    assert about_the_employer(pro, renee.job.activity)
    assert evaluate(renee, flip=False).verdict is Verdict.PRACTICE


def test_a_skipped_near_tie_shows_the_balance_that_decides_it() -> None:
    """Ciarán's numbers read "Balance +0.02, about even" under "Skip it": true, but the skip rests on
    the balance without what only the job gives, which the chart in words now states beside it."""
    ciaran = evaluate(person("ciaran_payday_app"), flip=False)
    assert ciaran.verdict is Verdict.SKIP and abs(ciaran.balance) < CLOSE_CALL
    assert ciaran.deciding is not None and ciaran.deciding <= -CLOSE_CALL
    assert f"Without what only the job gives: {ciaran.deciding:+.2f}" in chart_in_words(ciaran)
    for p in REVIEW_PANEL:
        other = evaluate(persona_case(p), flip=False)
        assert (other.deciding is None) == (other.verdict is not Verdict.SKIP or abs(other.balance) >= CLOSE_CALL)


def test_several_objections_one_puts_up_with_are_not_one_too_strong() -> None:
    """Dana (the fresh panel): ad-tech she finds "deadly boring" (6) and a "we hustle" culture (4)
    together count 7.6, but neither is an objection one would not put up with for a wage: with what
    only the job gives leading, go and negotiate, not a close call. One objection at 7 is a close call."""
    strength = _strength(core=0.76, learning=0.2, keeping=0.8)
    balance = balance_of(strength, ALL_FIVE)
    assert balance >= CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE) is Verdict.CLOSE_CALL
    assert verdict_of(balance, strength, ALL_FIVE, strongest=0.6) is Verdict.NEGOTIATE
    assert verdict_of(balance, strength, ALL_FIVE, strongest=CORE_STRONG) is Verdict.CLOSE_CALL
    dana = person("dana_adtech_interview_fatigue")
    assert evaluate(dana, flip=False).verdict is Verdict.NEGOTIATE
