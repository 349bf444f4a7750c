"""My interviews: the invitations you kept, ranked, with the lessons they add up to."""

import streamlit as st

from advisor.documents.charts import ranking_chart, trend_chart
from advisor.sharing.journal import entry_key, ranked_table, repeated_questions, to_file, trend
from ui.callbacks.journal import drop_from_journal, keep_in_journal, load_journal, open_from_journal
from ui.practice.looking_back import questions_across
from ui.shell.bootstrap import page_setup
from ui.shell.steps import JOURNAL
from ui.storage.journal_store import journal
from ui.views.chart import show_figure
from ui.views.messages import field_errors
from ui.views.widgets import download, text_key, user_text

page_setup(JOURNAL)
st.title("My interviews")
st.write("Keep each invitation here to compare them and to see what you learn from one "
         "interview to the next. The journal is kept in this browser; download it to move it to "
         "another device.")

book = journal()
add_col, save_col, load_col = st.columns(3, gap="large")
with add_col:
    st.button("Add the current case", key="journal_add", on_click=keep_in_journal, icon=":material/add:",
              help="The same job at the same company replaces its earlier entry.", wrap=True)
    field_errors("journal_add")
with save_col:
    download("Download journal", lambda: to_file(book), "interview-journal.json", "application/json",
             key="journal_download", disabled=not book.cases)
with load_col:
    st.file_uploader("Upload a journal", type=["json"], key="journal_upload", on_change=load_journal,
                     args=("journal_upload",), help="A file downloaded from this page, at most 1 MB.")
    field_errors("journal_upload")

if not book.cases:
    st.info("Your journal is empty. Fill in a case, then press “Add the current case”.",
            icon=":material/info:")
    st.stop()

table = ranked_table(book.cases)
st.header(f"Ranked by balance ({len(book.cases)})")
shown = table.assign(Balance=table["Balance"].map("{:+.2f}".format), Job=table["Job"].map(user_text),
                     Company=table["Company"].map(user_text))
st.table(shown.set_index("Job"))
show_figure(ranking_chart(table), key="journal_rank")
st.caption("Chart in words: " + "; ".join(
    f"{user_text(str(row.Job))} {row.Balance:+.2f}" for row in table.itertuples()))

progress = trend(book.cases)
st.header("Readiness and stress over time")
if len(progress) >= 1:
    show_figure(trend_chart(progress), key="journal_trend")
    st.caption("Chart in words: " + "; ".join(
        f"{user_text(str(row.Interview))}: readiness {row.Readiness}, stress {row.Stress}"
        for row in progress.itertuples()))
else:
    st.caption("Debrief an interview to see how your readiness and stress change.")

st.header("Questions that came up more than once")
repeats = repeated_questions(book.cases)
if repeats:
    st.markdown("\n".join(f"- {user_text(q)} — {n} interviews" for q, n in repeats))
else:
    st.caption("None yet. Note the surprising questions in each debrief to find the ones that return.")
questions_across(book.cases)

st.header("Open or remove")
for kept in book.cases:
    name, open_col, drop_col = st.columns([4, 1, 1], vertical_alignment="center")
    name.markdown(user_text(f"{kept.job.title or 'Untitled job'} — {kept.job.company or 'no company'}"))
    open_col.button("Open", key=text_key("journal_open_", entry_key(kept)), on_click=open_from_journal,
                    args=(entry_key(kept),), wrap=True)
    drop_col.button("Remove", key=text_key("journal_drop_", entry_key(kept)), on_click=drop_from_journal,
                    args=(entry_key(kept),), wrap=True)
