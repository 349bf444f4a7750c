"""Step 5, the verdict: title, balance, chart, what would flip it, the gut check, the method."""

from __future__ import annotations

import pytest

from advisor.article.factors import FACTORS
from advisor.case.examples import example_case
from advisor.case.models import Case, Gut
from advisor.editing.edits import add_reason, set_job
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from tests.app.conftest import assert_ok, open_page, open_page_alone, open_parts, plotly_figures, texts
from tests.unit.panel.build import torn_tomasz

# The least a verdict needs (a blank case gets none: tests/app/test_verdict_gating.py), and the example.
READY_CASES = pytest.mark.parametrize("case", [add_reason(set_job(Case(), "title", "Porter"), "Nights"),
                                               example_case()], ids=["least", "example"])


@READY_CASES
def test_renders_the_verdict_and_the_chart(case: Case) -> None:
    at = open_page("verdict", case)
    assert_ok(at)
    assessment = evaluate(case)
    assert VERDICT_TITLES[assessment.verdict] in [str(s.value) for s in at.header]
    assert len(plotly_figures(at)) == 1, "the options' chart and the method wait in their parts"
    assert not at.metric
    assert [e.label for e in at.expander] == ["The options as a chart", "How is this computed?"]
    page = texts(at)
    for option in evaluate_options(case):
        assert f"**{option.title}**: {option.verdict.lower()}" in page  # no number: the model can't tell 0.01 apart
    open_parts(at, "verdict_part_options", "verdict_part_method")
    assert [m.value for m in at.metric] == [f"{assessment.balance:+.2f}"]
    assert len(plotly_figures(at)) == 2  # the balance, and the options once their part is open
    options = plotly_figures(at)[1]["data"][0]
    assert list(reversed(options["y"])) == [o.title for o in evaluate_options(case)]


def test_example_case_verdict() -> None:
    at = open_page("verdict", example_case())
    assert evaluate(example_case()).verdict is Verdict.PRACTICE  # what this test is about
    assert [str(s.value) for s in at.header] == [VERDICT_TITLES[Verdict.PRACTICE], "Your options",
                                                  "How sure are you now?"]
    page = texts(at)
    assert "against it, the work itself (“Talking on the phone all day”)" in page.replace("\\", "")
    assert "**Your next step: Accept the invitation**" in page
    assert "What would change the answer" in page
    assert "Nothing you could do from here changes it" in page
    assert "nervous before one of your first interviews is normal" in page  # dread 6, early career
    method = texts(open_parts(at, "verdict_part_method"))
    assert f"“{VERDICT_TITLES[Verdict.NEGOTIATE]}”" in method  # how close it is names the other verdict
    assert "Customer service agent \\(nights\\)" in method  # the title, escaped for Markdown
    figure = plotly_figures(at)[0]
    assert "+0.35" in figure["layout"]["title"]["text"]


def test_a_message_that_waits_for_an_answer_says_so() -> None:
    """Tomasz's next step is an answer first: the decline under it is for once the verdict stands,
    not "ready to copy and send"."""
    page = texts(open_page("verdict", torn_tomasz()))
    assert "**Your next step: Answer “How hard do you find it to sell yourself?” first**" in page
    assert "The message, for once the verdict stands:" in page
    assert "ready to copy and send" not in page
    assert "ready to copy and send" in texts(open_page("verdict", example_case()))


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("verdict", example_case())
    assert_ok(at)
    assert [str(s.value) for s in at.header] == [VERDICT_TITLES[Verdict.PRACTICE], "Your options",
                                                  "How sure are you now?"]


def test_gut_check_warns_when_gut_and_balance_disagree() -> None:
    case = example_case()
    case = case.model_copy(update={"reasons": case.reasons[:3]})  # no core reason: go and negotiate
    assert case.job.gut is Gut.SKIP and evaluate(case).verdict is Verdict.NEGOTIATE
    at = open_page("verdict", case)
    warnings = [str(w.value) for w in at.warning]
    assert any("Your gut said “skip it”, the balance says “go”" in w for w in warnings)


def test_gut_check_agrees_when_gut_and_balance_agree() -> None:
    case = example_case()
    case.job.gut = Gut.GO
    at = open_page("verdict", case)
    assert not at.warning
    assert "Your gut said “go” and the balance agrees." in texts(at)


def test_a_gut_that_does_not_want_the_job_agrees_with_going_for_the_practice() -> None:
    at = open_page("verdict", example_case())  # gut: skip; balance: go for the practice, not the job
    assert not at.warning
    assert "about the job itself the balance agrees" in texts(at)


def test_how_it_is_computed_lists_every_factor() -> None:
    at = open_parts(open_page("verdict", example_case()), "verdict_part_method")
    (expander,) = [e for e in at.expander if e.label == "How is this computed?"]
    inside = "\n".join(str(m.value) for m in expander.markdown)
    for factor in FACTORS:
        assert f"**{factor.title}**" in inside
    contributions = {c.factor.id: c for c in evaluate(example_case()).contributions}
    practice = contributions["practice"]
    assert f"strength {practice.strength:.2f} × weight {practice.weight} = {practice.value:+.2f}" in inside
