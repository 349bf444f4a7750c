"""Step 6: prepare fully, ask in the right order, close honestly, count the cost."""

import streamlit as st

from advisor.plan import CHECKLIST, asks_in_order, closing_line, cost_reminder
from advisor.report import to_markdown
from advisor.scoring import evaluate
from ui import state
from ui.edits import set_value, toggle_check
from ui.widgets import field_errors, page_setup, step_links, user_text

PAGE = "pages/game_plan.py"
page_setup(PAGE)
st.title("Game plan")
case = state.case()
assessment = evaluate(case, flip=False)
st.write("Whatever the verdict, if you go, go prepared: a half-hearted interview wins neither "
         "a better offer nor a useful contact.")

prepare, negotiate = st.columns(2, gap="large")
with prepare:
    st.header("Prepare")
    done = sum(item.id in case.checklist for item in CHECKLIST)
    st.progress(done / len(CHECKLIST), text=f"{done} of {len(CHECKLIST)} done")
    for item in CHECKLIST:
        key = state.seed(f"plan_{item.id}", item.id in case.checklist)
        st.checkbox(item.text, key=key, on_change=toggle_check, args=(item.id, key), wrap=True)
with negotiate:
    st.header("Your asks, in order")
    asks = asks_in_order(case)
    if asks:
        st.markdown("\n".join(
            f"{n}. {user_text(r.ask)} — for “{user_text(r.label)}” ({r.odds} % odds)"
            for n, r in enumerate(asks, 1)))
        st.caption("Ordered by how much each one bothers you times the odds they agree: "
                   "the ask most worth making comes first.")
    else:
        st.write("No asks yet.")
        st.page_link("pages/sort.py", label="Add an ask to a negotiable reason",
                     icon=":material/swap_horiz:")
    st.header("Closing honestly")
    st.info(user_text(closing_line(case, assessment)), icon=":material/record_voice_over:")
    st.caption("Tell them clearly where you stand before you leave; never keep them waiting.")
    st.header("The cost")
    st.write(cost_reminder(case))

st.header("Your notes")
notes_key = state.seed("plan_notes", case.notes)
st.text_area("Personal notes", key=notes_key, on_change=set_value, args=(("notes",), notes_key),
             help="Anything you want to remember. You can leave these out of the links you share.")
field_errors(notes_key)

name = (case.job.title or "interview").strip().replace(" ", "-")[:40]
st.download_button("Download report (Markdown)", data=to_markdown(case),
                   file_name=f"interview-advisor-{name}.md", mime="text/markdown",
                   icon=":material/download:", key="plan_download")
step_links(PAGE)
