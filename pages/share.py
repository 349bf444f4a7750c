"""Share: the case sent to a mentor in one tap (the review link; the owner's own link kept apart, to
keep), and a file. Nothing is stored on our side."""

import streamlit as st

from advisor.documents.brief import to_pdf
from advisor.documents.report import file_name
from advisor.editing.arrival import LinkKind
from advisor.sharing.codec import MAX_FILE, export_json
from advisor.sharing.invitation import for_mentor, qr_svg
from advisor.sharing.link_contents import link_contents
from ui import keys, state
from ui.address import session_lock
from ui.callbacks.share import PASSPHRASE_FIELD, SUGGEST_BUTTON, lock_links, suggest_passphrase
from ui.callbacks.swaps import forget_device, import_case, set_keeping
from ui.links import base_url, link, share_token
from ui.practice.sharing import drafts_switch
from ui.shell.bootstrap import page_setup
from ui.shell.steps import JOB, MENTOR, SHARE
from ui.storage.device import WHAT_IS_KEPT, keeping
from ui.views.link_box import link_box, send_button
from ui.views.messages import field_errors
from ui.views.navigation import step_links
from ui.views.parts import part, part_in_halves
from ui.views.widgets import download

page_setup(SHARE)
st.title("Share your case")
case = state.case()
base = base_url(SHARE)

st.write("Ask a mentor for a second opinion: they see your case read-only, weigh your reasons their own way "
         "and send you a review back. Your whole case travels inside the link: there is no account and "
         "nothing is saved on our server.")
locked = session_lock()
st.header("Ask a mentor for a review" + (" (locked)" if locked else ""))
# A case with no notes asks nothing, as for the practice answers: there is nothing to leave out.
private = not case.notes or st.checkbox("Leave my personal notes out of the links", value=True, key="share_private",
                                        help="Your notes from the Game plan page stay in this browser.")
drafts = drafts_switch(case, keys.SHARE_DRAFTS, False, "Turned on, the review link carries them too, and your "
                       "mentor can leave a note on each; it goes without them unless you do.")
# Committed after a pause in typing too: the field's eye button takes the focus on Tab, and
# Streamlit commits a password field only when the focus leaves the whole widget.
st.text_input("Passphrase (optional)", type="password", live="500ms", on_change=lock_links, args=(PASSPHRASE_FIELD,),
              key=state.seed(PASSPHRASE_FIELD, locked[0] if locked else ""),
              help="Lock both links and this tab's address bar: whoever opens a link must type this passphrase, "
                   "which you tell them another way (by phone, say). Nothing of the case can be read from a "
                   "locked link without it.")
field_errors(PASSPHRASE_FIELD)
st.button("Suggest a passphrase", key=SUGGEST_BUTTON, on_click=suggest_passphrase, args=(PASSPHRASE_FIELD,),
          icon=":material/casino:", help="Four random words: hard to guess, easy to say on the phone. The links "
                                         "are locked with them at once; press the eye in the field to read them.")
lock = locked[1] if locked else None
mentor_link = link(base, MENTOR, share_token(case, not private, lock, drafts), LinkKind.REVIEW)
send_button(for_mentor(mentor_link, locked is not None), "Send to a mentor", key="share_send")
st.caption("This opens your device's share menu (an e-mail where there is none) with the review link and a "
           "message written for your mentor: what the link is, that it opens a copy of your case for their "
           "review, not your own case, and how to send their review back. When their link comes back, open it in "
           "this browser: their review is added beside any others, and your answers are never changed."
           + (" The link is locked: tell your mentor the passphrase another way." if locked else ""))
if locked:
    st.caption("Both links and this tab's address bar are locked with your passphrase, so reloading this tab asks "
               "you for it. Addresses this tab showed before you locked it stay in the browser's history as they "
               "were: unlocked, but without your personal notes.")
if qr := part("Show the review link as a QR code", "share_part_qr"):
    qr.image(qr_svg(mentor_link), caption="The review link as a QR code: a phone's camera opens it.", width=300)
if box := part("The review link itself, to copy", "share_part_review"):
    with box:
        link_box(mentor_link, key="share_copy_review")
        st.caption("For a mentor: it opens your case read-only on Mentor review, where they weigh it their own way "
                   "and write notes.")

if box := part("Your own link, to keep (not for a mentor)", "share_part_own"):
    with box:
        own_drafts = drafts_switch(case, keys.SHARE_OWN_DRAFTS, True, "Your own link carries them unless you "
                                   "turn this off.")
        owner_link = link(base, JOB, share_token(case, not private, lock, own_drafts))
        link_box(owner_link, key="share_copy_case")
        st.caption(f"{len(owner_link):,} characters. Press “Copy link”, or select the link and copy it.")
        st.caption("It opens your case for editing, as it is now: keep it (a bookmark, a note to yourself) to "
                   "bring your case back on another device. Whoever opens it can change the copy they get, so "
                   "send a mentor the review link instead.")

if contents := part("What the review link contains", "share_part_contents"):
    carried = link_contents(case, include_notes=not private, include_drafts=drafts)
    contents.markdown("\n".join(f"- {line}" for line in carried))
st.info("Anyone who has an unlocked link can read everything in it (so can a chat preview or a synced "
        "history), so send it only to people you trust, or lock it with a passphrase. Nothing is kept on "
        "our server, and the link never expires.", icon=":material/lock:")

if halves := part_in_halves("Keep it as a file: export, brief, import", "share_part_file"):
    left, right = halves
    with left:
        download("Export JSON", lambda: export_json(case), file_name(case, "json"), "application/json",
                 key="share_export")
        st.caption("A readable file of the whole case, personal notes included.")
        download("Download brief (PDF)", lambda: to_pdf(case), file_name(case, "pdf"), "application/pdf",
                 key="share_brief")
        st.caption("One page to print or keep on your phone: the verdict, the weighing, your asks and the "
                   "checklist. Your personal notes are not in it.")
    with right:
        st.file_uploader("Import JSON", type=["json"], key="share_import", on_change=import_case,
                         args=("share_import",), max_upload_size=1,
                         help=f"A file exported from Interview Advisor, at most {MAX_FILE // 1024} KB. "
                              "It replaces the case in this tab.")
        field_errors("share_import")

if box := part("On this device: keep or forget the case", "share_part_device"):
    with box:
        st.write(WHAT_IS_KEPT)
        keep_col, forget_col = st.columns(2, gap="large")
        keep_col.toggle("Keep my case on this device", value=keeping(), key="share_keep", on_change=set_keeping,
                        args=("share_keep",),
                        help="Turn this off on a shared computer: then closing the tab forgets it.")
        forget_col.button("Forget this device", key="share_forget", on_click=forget_device,
                          icon=":material/delete:", help="Removes everything Interview Advisor stored in this browser.")
step_links(SHARE)
