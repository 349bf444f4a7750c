"""A plain "Copy link" button under a link: the code box's own copy icon shows only on hover,
which a phone never has.

A ``st.components.v2`` component with constant HTML/JS/CSS; the link travels only through
``data=`` and is handed to the clipboard as text, never put into the page as markup.
"""

from __future__ import annotations

from typing import Final

import streamlit as st

_HTML: Final = '<button type="button" class="copy">Copy link</button><span class="done" role="status"></span>'
_CSS: Final = """
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
  const button = parentElement.querySelector(".copy");
  const done = parentElement.querySelector(".done");
  button.onclick = async () => {
    let ok = false;
    try { await navigator.clipboard.writeText(data.text); ok = true; } catch (error) { ok = fallback(data.text); }
    done.textContent = ok ? "Copied." : "Copying did not work here: select the link above and copy it.";
  };
}
"""

_COPY: Final = st.components.v2.component("interview_advisor.copy_link", html=_HTML, css=_CSS, js=_JS)


def copy_button(text: str, key: str) -> None:
    _COPY(key=key, data={"text": text})
