"""Share: the case as a link (nothing is stored on our side), a mentor link, and a file."""

import streamlit as st

from advisor.models import Case
from advisor.share import encode, export_json
from ui import state
from ui.edits import import_case
from ui.links import base_url, link
from ui.widgets import field_errors, page_setup, step_links

PAGE = "pages/share.py"
page_setup(PAGE)
st.title("Share your case")
case = state.case()
base = base_url(PAGE)

st.write("Your whole case travels inside the link: there is no account and nothing is saved "
         "on our server. Send the link to a mentor, or keep it as your save file.")
private = st.checkbox("Leave my personal notes out of the links", value=True, key="share_private",
                      help="Your notes from the Game plan page stay in this tab only.",
                      disabled=not case.notes)
shared: Case = case.model_copy(update={"notes": ""}) if private else case
token = encode(shared)

st.header("Link to your case")
owner_link = link(base, "", token)
st.code(owner_link, language=None, wrap_lines=True)
st.caption(f"{len(owner_link):,} characters. Use the copy button at the right of the box.")

st.header("Ask a mentor for a review")
mentor_link = link(base, "mentor", token)
st.code(mentor_link, language=None, wrap_lines=True)
st.caption("This link opens straight on Mentor review. Your mentor moves their own copy of the "
           "weights, writes notes and sends you a link back; your answers are never changed.")

with st.expander("What the link contains", expanded=False):
    st.markdown(
        "- the job, the company and the main activity you described, and your gut answer;\n"
        f"- your {len(case.reasons)} reasons, how much each bothers you, how you sorted them "
        "and your asks;\n"
        "- your weights and the ticked items of your checklist;\n"
        f"- {len(case.reviews)} mentor review(s);\n"
        + ("- your personal notes." if case.notes and not private else
           "- not your personal notes.")
    )
st.info("Anyone who has the link can read everything in it, so send it only to people you "
        "trust. Nothing is kept on our server, and the link never expires.",
        icon=":material/lock:")

st.header("Keep it as a file")
left, right = st.columns(2, gap="large")
with left:
    name = (case.job.title or "case").strip().replace(" ", "-")[:40]
    st.download_button("Export JSON", data=export_json(case), file_name=f"interview-advisor-{name}.json",
                       mime="application/json", icon=":material/download:", key="share_export")
    st.caption("A readable file of the whole case, personal notes included.")
with right:
    st.file_uploader("Import JSON", type=["json"], key="share_import", on_change=import_case,
                     args=("share_import",), max_upload_size=1,
                     help="A file exported from Interview Advisor, at most 100 KB. "
                          "It replaces the case in this tab.")
    field_errors("share_import")
step_links(PAGE)
