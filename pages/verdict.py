"""Step 5: the chart, the balance in words, the verdict, what would flip it, the gut check."""

import streamlit as st

from advisor.catalog import FACTORS
from advisor.models import GUT_LABELS, Gut
from advisor.progress import job_done, reasons_done
from advisor.scoring import VERDICT_TITLES, Verdict, evaluate, lean_words, rule_text
from ui import state
from ui.chart import show_balance
from ui.widgets import page_setup, step_links, user_text

PAGE = "pages/verdict.py"
page_setup(PAGE)
st.title("The verdict")
case = state.case()
if not (job_done(case) or reasons_done(case)):
    st.info("You have not described the job or your reasons yet, so this verdict rests on "
            "default answers only.", icon=":material/info:")
    st.page_link("pages/job.py", label="Describe the job first", icon=":material/work:")

assessment = evaluate(case)
GUT_SAYS = {Gut.GO: "go", Gut.SKIP: "skip it", Gut.UNSURE: "not sure"}
BALANCE_SAYS = {Verdict.NEGOTIATE: "go", Verdict.PRACTICE: "go",
                Verdict.CLOSE_CALL: "it is close", Verdict.SKIP: "skip it"}

verdict_col, chart_col = st.columns([5, 6], gap="large")
with verdict_col:
    title = user_text(case.job.title, "this job")
    st.header(f"{VERDICT_TITLES[assessment.verdict]}")
    st.write(assessment.reason)
    st.metric("Balance", f"{assessment.balance:+.2f}", help="From −1 (all against) to +1 (all for).")
    st.write(f"For {title}, the balance leans **{lean_words(assessment.balance)}**: "
             f"{assessment.pros:.1f} points for going against {assessment.cons:.1f} against.")
    st.markdown("**What would flip it**")
    if assessment.flip:
        st.write(f"The smallest single change that gives “{VERDICT_TITLES[assessment.flip.to]}”: "
                 f"{user_text(assessment.flip.description)}.")
    else:
        st.write("No single change of one weight or one answer would change this verdict.")
    st.markdown("**Gut check**")
    gut, says = case.job.gut, BALANCE_SAYS[assessment.verdict]
    if gut is Gut.UNSURE:
        st.write(f"You were not sure at first; the balance says **{says}**. Does that feel right?")
    elif (gut is Gut.GO) == (assessment.verdict in (Verdict.NEGOTIATE, Verdict.PRACTICE)) and \
            assessment.verdict is not Verdict.CLOSE_CALL:
        st.write(f"Your gut said **{GUT_SAYS[gut]}** and the balance agrees.")
    else:
        st.warning(f"Your gut said **{GUT_SAYS[gut]}**, the balance says **{says}**. What is "
                   "missing? Perhaps a reason you haven't listed, or a weight that isn't "
                   "honest yet.", icon=":material/psychology:")
    st.caption(f"Your first answer: {GUT_LABELS[gut]}.")
with chart_col:
    show_balance(assessment, key="verdict_chart")

with st.expander("How is this computed?"):
    st.write("Each factor's contribution is its **strength** (0 to 1, from your answers) × "
             "its **weight** (0 to 10, from the Weigh page), counted for or against going. "
             "The balance is (for − against) ÷ (for + against). Above +0.15 the advice is to "
             "go; below −0.15 to skip; in between it is a close call. When the strongest "
             "argument against is a disliked core of the job (6/10 or more), going is still "
             "worth it for the practice and contacts, but not for the job itself.")
    rows = {c.factor.id: c for c in assessment.contributions}
    for factor in FACTORS:
        c = rows[factor.id]
        st.markdown(f"**{factor.title}** ({factor.side}): strength {c.strength:.2f} × weight "
                    f"{c.weight} = {c.value:+.2f}. {rule_text(factor.id)}")
step_links(PAGE)
