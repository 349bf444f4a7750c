"""Step 5: the chart, the balance in words, the verdict, what would flip it, the gut check."""

import streamlit as st

from advisor.case.certainty import When
from advisor.judgement.changes import nerves_note, what_would_change
from advisor.judgement.defaults import verdict_ready
from advisor.judgement.explain import gut_check, how_computed
from advisor.judgement.in_words import lean_words
from advisor.judgement.options import evaluate_options
from advisor.judgement.scoring import VERDICT_TITLES, evaluate, rule_text
from ui import state
from ui.shell.bootstrap import page_setup
from ui.shell.steps import VERDICT
from ui.views import certainty_view, defaults_view, verdict_view
from ui.views.chart import show_balance, show_options
from ui.views.navigation import step_links
from ui.views.parts import part
from ui.views.widgets import user_text

page_setup(VERDICT)
st.title("The verdict")
case = state.case()
if not verdict_ready(case):
    defaults_view.show_missing(case)
    step_links(VERDICT)
    st.stop()

assessment = evaluate(case)
options = evaluate_options(case)
verdict_col, chart_col = st.columns([5, 6], gap="large")
with verdict_col:
    st.header(f"{VERDICT_TITLES[assessment.verdict]}")
    st.write(user_text(assessment.reason))
    defaults_view.note_middle_values(case, assessment.verdict)
    verdict_view.show_next_move(case, assessment, options)
    st.markdown("**What would change the answer**")
    changes = what_would_change(case, assessment)
    st.markdown("\n".join(f"- {user_text(c.sentence)}" for c in changes) if changes else
                "Nothing you could do from here changes it: your asks granted, a video interview or more "
                "preparation all leave the advice as it is.")
    if note := nerves_note(case):
        st.info(note, icon=":material/favorite:")
    st.markdown("**Gut check**")
    check = gut_check(case, assessment)
    if check.agrees:
        st.write(user_text(check.text))
    else:
        st.warning(user_text(check.text), icon=":material/psychology:")
    st.caption(check.first_answer)
with chart_col:
    show_balance(assessment, key="verdict_chart")
defaults_view.show_middle_values(case)

st.header("Your options")
st.write("Going or skipping are not the only answers. The verdict's own comes first; the others follow, "
         "each weighed with your own answers and weights.")
st.markdown(verdict_view.options_in_words(options))
if box := part("The options as a chart", "verdict_part_options"):
    with box:
        show_options(options, key="verdict_options")

if box := part("How is this computed?", "verdict_part_method"):
    with box:
        title = user_text(case.job.title, "this job")
        st.metric("Balance", f"{assessment.balance:+.2f}", help="From −1 (all against) to +1 (all for).")
        st.write(f"For {title}, the balance leans **{lean_words(assessment.balance)}**: "
                 f"{assessment.pros:.1f} points for going against {assessment.cons:.1f} against.")
        st.write(how_computed())
        if assessment.flip:
            st.write(f"How close it is: the smallest change of one weight or one answer that gives "
                     f"“{VERDICT_TITLES[assessment.flip.to]}” is {user_text(assessment.flip.description)}.")
        for c in assessment.contributions:
            st.markdown(f"**{user_text(c.factor.title)}** ({c.factor.side}): strength {c.strength:.2f} × weight "
                        f"{c.weight} = {c.value:+.2f}. {rule_text(c.factor.id)}")
st.header("How sure are you now?")
certainty_view.ask("verdict", When.AFTER)
certainty_view.at_the_verdict(VERDICT)
step_links(VERDICT)
