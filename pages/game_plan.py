"""Step 6: prepare fully, ask in the right order, close honestly, count the cost."""

import streamlit as st

from advisor.case.arguments import core_words, decided_elsewhere
from advisor.documents.brief import to_pdf
from advisor.documents.calendar import long_date, to_ics
from advisor.documents.plan import (
    ASKS_ORDER,
    CHECKLIST,
    asks_in_order,
    asks_stand,
    checklist_done,
    closing_line,
    cost_reminder,
    questions,
    walk_away_line,
    why_decline_now,
)
from advisor.documents.report import file_name, to_markdown
from advisor.judgement.defaults import unsettled_sentence, verdict_ready
from advisor.judgement.quick import can_answer
from advisor.judgement.scoring import VERDICT_TITLES, Verdict, evaluate
from ui import state
from ui.callbacks.owner import edit_notes, toggle_check
from ui.shell.bootstrap import page_setup
from ui.shell.steps import GAME_PLAN, JOB, PRACTISE, SORT, VERDICT
from ui.views.job_fields import MONEY_PART
from ui.views.messages import field_errors
from ui.views.navigation import go_to, go_to_part, step_links
from ui.views.parts import part
from ui.views.widgets import download, user_text

page_setup(GAME_PLAN)
st.title("Game plan")
case = state.case()
assessment = evaluate(case, flip=False)
declining = assessment.verdict is Verdict.SKIP
if declining:
    st.header("Decline politely, and soon")
    st.info(user_text(closing_line(case, assessment)), icon=":material/mail:")
    st.caption(why_decline_now(case))
    st.header("If you go anyway")
elif can_answer(case):  # reached from the quick check too: the plan says which answer it follows
    said = "Your verdict" if verdict_ready(case) else "Your first answer, from the quick check"
    st.write(f"{said}: **{VERDICT_TITLES[assessment.verdict]}**. This plan follows it.")
    if caveat := unsettled_sentence(case, assessment.verdict):
        st.warning(caveat, icon=":material/help:")
        go_to(VERDICT, "See which questions on the Verdict, each a click from where it is asked")
st.write("If you go, go prepared: a half-hearted interview wins neither a better offer nor a useful contact.")

prepare, negotiate = st.columns(2, gap="large")
with prepare:
    st.header("Prepare")
    done = checklist_done(case)
    st.progress(done / len(CHECKLIST), text=f"{done} of {len(CHECKLIST)} done")
    for item in CHECKLIST:  # the checklist once, as the boxes to tick: each says by its tick what is done
        key = state.seed(f"plan_{item.id}", item.id in case.checklist)
        st.checkbox(item.text, key=key, on_change=toggle_check, args=(item.id, key), wrap=True,
                    disabled=state.read_only())
    if not state.read_only():
        go_to(PRACTISE, "Rehearse on Practise")
with negotiate:
    st.header("Your asks, in order")
    asks = asks_in_order(case)
    if decided_elsewhere(case):
        st.write("Nothing to ask for: you will take the other offer, so a granted ask would win you nothing.")
    elif asks and not asks_stand(assessment):
        st.write(user_text(f"They matter only if {core_words(case)} turned out different from what you expect: "
                           "otherwise a granted ask wins you a job you mean to turn down."))
    elif asks:
        st.markdown("\n".join(
            f"{n}. {user_text(r.ask)} — for “{user_text(r.label)}” ({r.odds} % odds)"
            + (f"  \n   {user_text(line)}" if (line := walk_away_line(r)) else "")
            for n, r in enumerate(asks, 1)))
        st.caption(ASKS_ORDER)
    else:
        st.write("No asks yet.")
        go_to(SORT, "Add an ask to a negotiable reason")
    st.header("Questions to ask them")
    st.markdown("\n".join(f"- {user_text(q)}" for q in questions(case, assessment)))
    if not declining:
        st.header("Closing honestly")
        st.info(user_text(closing_line(case, assessment)), icon=":material/record_voice_over:")
        st.caption("Tell them clearly where you stand before you leave; never keep them waiting.")
    st.header("The cost")
    st.write(cost_reminder(case))

if not state.read_only() and (box := part("Your notes, kept in this browser", "plan_part_notes")):
    with box:
        notes_key = state.seed("plan_notes", case.notes)
        st.text_area("Personal notes", key=notes_key, on_change=edit_notes, args=(notes_key,),
                     help="Anything you want to remember. They are kept in this browser and never put in the "
                          "address bar; a link carries them only if you choose so on Share.")
        field_errors(notes_key)

if box := part("Take it along: the report, a brief, the calendar", "plan_part_along"):
    with box:
        report_col, brief_col, calendar_col = st.columns(3, gap="medium")
        with report_col:
            download("Download report (Markdown)", lambda: to_markdown(case), file_name(case, "md"),
                     "text/markdown", key="plan_download")
        with brief_col:
            download("Download brief (PDF)", lambda: to_pdf(case), file_name(case, "pdf"), "application/pdf",
                     key="plan_brief")
        with calendar_col:
            day = case.job.interview_date
            if day:
                download("Add to my calendar (.ics)", lambda: to_ics(case), file_name(case, "ics"),
                         "text/calendar", key="plan_calendar")
                st.caption(f"The interview on {long_date(day)}, a reminder the day before, and two days later "
                           "one to fill in the debrief.")
            else:
                st.caption("To put the interview in your calendar, give its date on The job page first.")
                go_to_part(JOB, MONEY_PART, "Set the interview date", key="plan_set_date")
step_links(GAME_PLAN)
