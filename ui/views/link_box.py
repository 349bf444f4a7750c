"""A link or a message shown as selectable text, with a plain "Copy" button under it; and the one
tap that sends a link with its message (the phone's share sheet, else a prefilled e-mail).

Not ``st.code``: a code box makes the browser load Streamlit's syntax
highlighter (1.5 MB of script, compiled on the page's main thread) just to show one line of
plain text, and its own copy icon shows only on hover, which a phone never has. This is a
``st.components.v2`` component with constant HTML/JS/CSS, whose code the page already has for the
storage bridge; the text travels only through ``data=``, is shown with ``textContent`` and handed
to the clipboard as text, never put into the page as markup.
"""

from __future__ import annotations

from typing import Final

import streamlit as st

from advisor.sharing.invitation import Invitation, for_owner
from ui.address import session_lock
from ui.views.parts import part

_HTML: Final = ('<p class="link" translate="no"></p>'
                '<button type="button" class="copy"></button><span class="done" role="status"></span>')
# One click or tap selects the whole link, for copying it by hand; it wraps anywhere, as a link
# has no spaces, where a message wraps between words and keeps its line breaks. The colours and
# fonts are the app theme's (Streamlit's --st-* variables).
_CSS: Final = """
.link { margin: 0 0 0.5rem; padding: 0.75rem 1rem; border-radius: var(--st-base-radius, 0.5rem);
  background: var(--st-code-background-color, #f2f5f9); color: var(--st-text-color, #0b0d12);
  font-family: var(--st-code-font, monospace); font-size: var(--st-code-font-size, 0.875rem);
  line-height: 1.6; overflow-wrap: anywhere; word-break: break-all; user-select: all; }
.link.prose { font-family: inherit; font-size: inherit; word-break: normal; white-space: pre-wrap; }
.copy { font: inherit; padding: 0.25rem 0.75rem; border-radius: 0.5rem; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.3); background: #fff; color: #31333f; min-height: 2.5rem; }
.copy:hover, .copy:focus-visible { border-color: #0072b2; color: #0072b2; }
.done { margin-left: 0.75rem; color: #31333f; }
"""
# A tap that takes the focus from a text field makes Streamlit commit that field, and the app runs
# again with what was typed: the text to copy or send is the one that run gives. So a tap made from
# a field (or during a run) waits for the run to end and uses the newest data the app gave, which
# each component keeps on its element. Shared by the copy box and the send button.
_WAIT_JS: Final = r"""
const state = () => document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function ranAgain(fromField) {
  for (let waited = 0; fromField && waited < 1000 && state() !== "running"; waited += 20) await pause(20);
  for (let waited = 0; waited < 4000 && state() === "running"; waited += 20) await pause(20);
  await pause(0);
}

function watchFocus(parentElement, ...controls) {
  const noteFocus = () => {
    parentElement.__fromField = document.activeElement?.matches?.("textarea, input") === true;
  };
  for (const control of controls) control.onpointerdown = noteFocus;
  return () => parentElement.__fromField === true || state() === "running";
}

async function newest(parentElement) {
  await ranAgain(parentElement.__fromField === true);
  parentElement.__fromField = false;
  return parentElement.__latest;
}
"""
# The clipboard is written in the tap itself, with the text to come: a browser that ties the
# clipboard to the tap (Safari) would refuse a write made after the wait.
_JS: Final = _WAIT_JS + r"""
async function copied(waiting, parentElement, data) {
  if (!waiting) { await navigator.clipboard.writeText(data.text); return data; }
  let latest = data;
  const text = newest(parentElement).then((found) => {
    latest = found;
    return new Blob([found.text], { type: "text/plain" });
  });
  try { await navigator.clipboard.write([new ClipboardItem({ "text/plain": text })]); }
  catch (error) { await text; await navigator.clipboard.writeText(latest.text); }
  return latest;
}

function fallback(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  return ok;
}

export default function ({ parentElement, data }) {
  parentElement.__latest = data;
  const link = parentElement.querySelector(".link");
  const button = parentElement.querySelector(".copy");
  const done = parentElement.querySelector(".done");
  const waits = watchFocus(parentElement, button);
  if (link.textContent !== data.text) {  // a new text: what was said of the old one no longer holds
    link.textContent = data.text;
    done.textContent = "";
  }
  link.classList.toggle("prose", data.prose === true);
  button.textContent = data.label;
  button.onclick = async () => {
    let ok = false;
    let latest = data;
    try { latest = await copied(waits(), parentElement, data); ok = true; }
    catch (error) { latest = parentElement.__latest; ok = fallback(latest.text); }
    done.textContent = ok ? "Copied." : `Copying did not work here: select the ${latest.what} above and copy it.`;
  };
}
"""

_LINK: Final = st.components.v2.component("interview_advisor.copy_link", html=_HTML, css=_CSS, js=_JS)


def link_box(link: str, key: str) -> None:
    """Show ``link`` with a "Copy link" button under it."""
    _LINK(key=key, data={"text": link, "label": "Copy link", "what": "link", "prose": False})


def message_box(message: str, key: str) -> None:
    """Show ``message`` as it will be sent, its lines kept, with a "Copy message" button under it."""
    _LINK(key=key, data={"text": message, "label": "Copy message", "what": "message", "prose": True})


# The share sheet where the browser has one (phones, Windows, macOS), else a prefilled e-mail as
# the primary action; with a share sheet the e-mail stays beside it, quieter. Every word comes
# through ``data=`` and is set with ``textContent``; ``href`` only ever gets our mailto: address.
_SEND_HTML: Final = ('<button type="button" class="send" hidden></button><a class="mail" rel="noopener"></a>'
                     '<p class="said" role="status"></p>')
_SEND_CSS: Final = """
.send, .mail { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box;
  min-height: 2.75rem; padding: 0.5rem 1.25rem; margin: 0 0.75rem 0.5rem 0; border-radius: 0.5rem;
  font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; }
.send, .mail.primary { border: 1px solid #0b5cad; background: #0b5cad; color: #fff; }
.send:hover, .send:focus-visible, .mail.primary:hover, .mail.primary:focus-visible { background: #084a8c; }
.mail.quiet { border: 1px solid rgba(49, 51, 63, 0.3); background: #fff; color: #0b5cad; font-weight: 400; }
.said { margin: 0; color: #31333f; }
.said:empty, .send[hidden] { display: none; }
"""
# The share sheet allows a few seconds after the tap for the wait (see _WAIT_JS).
_SEND_JS: Final = _WAIT_JS + r"""
export default function ({ parentElement, data }) {
  parentElement.__latest = data;
  const send = parentElement.querySelector(".send");
  const mail = parentElement.querySelector(".mail");
  const said = parentElement.querySelector(".said");
  const shareable = (newest) => ({ title: newest.subject, text: newest.text, url: newest.url });
  let sheet = typeof navigator.share === "function";
  try { sheet = sheet && (typeof navigator.canShare !== "function" || navigator.canShare(shareable(data))); }
  catch (error) { sheet = false; }
  send.hidden = !sheet;
  send.textContent = data.label;
  mail.textContent = sheet ? data.mail_label : data.label;
  mail.className = sheet ? "mail quiet" : "mail primary";
  if (data.mailto.startsWith("mailto:")) mail.href = data.mailto;
  if (said.dataset.url !== data.url) { said.dataset.url = data.url; said.textContent = ""; }
  const waits = watchFocus(parentElement, send, mail);
  send.onclick = async () => {
    const latest = waits() ? await newest(parentElement) : parentElement.__latest;
    try { await navigator.share(shareable(latest)); said.textContent = latest.done; }
    catch (error) { said.textContent = error && error.name === "AbortError" ? "" : latest.failed; }
  };
  mail.onclick = async (event) => {
    if (parentElement.__again === true || !waits()) {  // the address is current: the link opens it
      parentElement.__again = false;
      return;
    }
    event.preventDefault();
    const latest = await newest(parentElement);
    if (latest.mailto.startsWith("mailto:")) mail.href = latest.mailto;
    parentElement.__again = true;
    mail.click();  // now with the newest address
  };
}
"""
_SEND: Final = st.components.v2.component("interview_advisor.send_link", html=_SEND_HTML, css=_SEND_CSS,
                                          js=_SEND_JS)


def send_button(invitation: Invitation, label: str, key: str) -> None:
    """One tap that sends ``invitation``: the share sheet, or an e-mail where there is none."""
    _SEND(key=key, data={"label": label, "subject": invitation.subject, "text": invitation.text,
                         "url": invitation.url, "mailto": invitation.mailto(), "mail_label": "Send it by e-mail",
                         "done": "Sent on to the app you picked.",
                         "failed": "This browser could not open its share menu: send it by e-mail instead."})


def send_back(link: str, key: str) -> None:
    """A mentor's review going back to the owner: one tap to send it with a message saying where
    to open it, the link itself folded below (about 36 lines on a phone) for copying."""
    send_button(for_owner(link, session_lock() is not None), "Send my review back", key=f"{key}_send")
    if box := part("The send-back link itself, to copy", f"{key}_part"):
        with box:
            link_box(link, key=key)
