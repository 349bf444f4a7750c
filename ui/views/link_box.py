"""A link shown as selectable text, with a plain "Copy link" button under it.

Not ``st.code``: a code box makes the browser load Streamlit's syntax
highlighter (1.5 MB of script, compiled on the page's main thread) just to show one line of
plain text, and its own copy icon shows only on hover, which a phone never has. This is a
``st.components.v2`` component with constant HTML/JS/CSS, whose code the page already has for the
storage bridge; the link travels only through ``data=``, is shown with ``textContent`` and handed
to the clipboard as text, never put into the page as markup.
"""

from __future__ import annotations

from typing import Final

import streamlit as st

_HTML: Final = ('<p class="link" translate="no"></p>'
                '<button type="button" class="copy">Copy link</button><span class="done" role="status"></span>')
# One click or tap selects the whole link, for copying it by hand; it wraps anywhere, as a link
# has no spaces. The colours and fonts are the app theme's (Streamlit's --st-* variables).
_CSS: Final = """
.link { margin: 0 0 0.5rem; padding: 0.75rem 1rem; border-radius: var(--st-base-radius, 0.5rem);
  background: var(--st-code-background-color, #f2f5f9); color: var(--st-text-color, #0b0d12);
  font-family: var(--st-code-font, monospace); font-size: var(--st-code-font-size, 0.875rem);
  line-height: 1.6; overflow-wrap: anywhere; word-break: break-all; user-select: all; }
.copy { font: inherit; padding: 0.25rem 0.75rem; border-radius: 0.5rem; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.3); background: #fff; color: #31333f; min-height: 2.5rem; }
.copy:hover, .copy:focus-visible { border-color: #0072b2; color: #0072b2; }
.done { margin-left: 0.75rem; color: #31333f; }
"""
_JS: Final = r"""
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
  const link = parentElement.querySelector(".link");
  const button = parentElement.querySelector(".copy");
  const done = parentElement.querySelector(".done");
  if (link.textContent !== data.text) {  // a new link: what was said of the old one no longer holds
    link.textContent = data.text;
    done.textContent = "";
  }
  button.onclick = async () => {
    let ok = false;
    try { await navigator.clipboard.writeText(data.text); ok = true; } catch (error) { ok = fallback(data.text); }
    done.textContent = ok ? "Copied." : "Copying did not work here: select the link above and copy it.";
  };
}
"""

_LINK: Final = st.components.v2.component("interview_advisor.copy_link", html=_HTML, css=_CSS, js=_JS)


def link_box(link: str, key: str) -> None:
    """Show ``link`` with a "Copy link" button under it."""
    _LINK(key=key, data={"text": link})
