"""Small widgets shared by the pages: messages, safe text, the links between steps."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import streamlit as st

from advisor.escaping import shown


def user_text(text: str, fallback: str = "") -> str:
    """User text for Markdown elements: escaped, so it shows exactly as typed."""
    return shown(text) if text else fallback


# Every character that can start Markdown inside a line of a label: emphasis, code, a link or an
# image, a directive (":red[…]", ":material/…:"), LaTeX, an e-mail autolink, an HTML tag or entity.
_MARKUP: Final = re.compile(r"[\\`*_{}\[\]()!<>~$:@&|#=+]")


def plain(text: str) -> str:
    """User text for a widget's accessible name: its words with every character that could start
    Markdown left out, on one line.

    Streamlit hands a widget's label, as given, to screen readers (the slider's ``aria-label``),
    and renders the same string as Markdown on the page, even when the label is hidden (a hidden
    label's image still loads). Escaped text is safe on the page but is read aloud with its
    backslashes ("12\\-month"), and Markdown added around it with its stars; with nothing that can
    act left in, the label is both safe and read as words. What is shown on the page goes through
    ``user_text`` instead, exactly as typed.
    """
    return " ".join(_MARKUP.sub(" ", text).split())


def named_slider(shown: str, name: str, key: str, scale: str, **slider: Any) -> None:
    """A 0-to-10 slider about a person's own item: ``shown`` (Markdown, user text escaped) is what
    the page shows above it, ``name`` (``plain`` words) what a screen reader says for it, and
    ``scale`` what its ends mean, shown below it (a hidden label has no help icon)."""
    st.markdown(shown)
    st.slider(name, 0, 10, key=key, label_visibility="collapsed", **slider)
    st.caption(scale)


def text_key(prefix: str, text: str) -> str:
    """A widget key for an item named by its text (a debrief question): the same text gives the
    same key in every run, whatever its place in the list."""
    return f"{prefix}{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def choose_one(label: str, options: Sequence[Any], key: str, on_change: Callable[..., None], args: tuple[Any, ...],
               format_func: Callable[[Any], str], disabled: bool, help: str | None = None) -> None:
    """A question with a few short answers, drawn as one row of buttons.

    A segmented control rather than a radio: Streamlit's radio costs more to draw, and a page's
    first visit waits for every widget on it (docs/PERFORMANCE-NOTES.md). It is ``required``, so it
    behaves as a radio does: nothing is chosen until the person chooses, and a second click on
    the chosen answer keeps it (a plain segmented control would clear it).
    """
    st.segmented_control(label, options, key=key, format_func=format_func, on_change=on_change, args=args,
                         disabled=disabled, help=help, required=True)


def download(label: str, make: Callable[[], bytes | str], file_name: str, mime: str, key: str,
             disabled: bool = False) -> None:
    """A download whose file is made only when the button is pressed, and that reruns nothing.

    A file made up front (Streamlit's default) sits at a ``/media/…`` address on the server from
    the moment the page is drawn, private notes and all, and is rebuilt on every rerun. Made on
    the press, it exists only from the press until the second run after it, anyone's (Streamlit
    marks an unused download at the end of one run and deletes it at the next: About says so,
    tests/browser/test_privacy.py measures it). A download changes
    nothing in the case, so it asks for no rerun: a rerun would give every download on the page
    a new address, and a second download pressed before the page had them would fetch nothing.
    """
    st.download_button(label, data=make, file_name=file_name, mime=mime, key=key, on_click="ignore",
                       icon=":material/download:", disabled=disabled, wrap=True)
