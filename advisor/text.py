"""Showing user text safely: as typed, never as markup."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|<>~$&=:@])")
_WWW = re.compile(r"(?i)\b(www)\.")
# Where an autolink or a directive would start: the colon of "http://" (or mailto:, xmpp:), the
# at-sign between an e-mail address's parts (a word joiner goes before each), and right after a
# colon that a letter follows (":material/…:", ":red[…]" become icons and colours even when escaped).
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(?=\\:(?://|(?<=mailto\\:)|(?<=xmpp\\:)))|(?<=[\w.+\-])(?=\\@\w)"
                       r"|(?<=\\:)(?=[A-Za-z])")
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_SHOWN_INDENT = str.maketrans({" ": "\u00a0", "\t": "\u2003"})
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Backslash every Markdown (and HTML-start) character so text shows exactly as typed.

    Streamlit renders Markdown, and a pasted ``![x](http://…)`` would otherwise load an image
    or ``[click](javascript:…)`` become a link; escaped, both appear as the characters typed.
    Colons and at-signs are escaped, and "www.", "http://" and e-mail addresses are split by an
    invisible word joiner (U+2060), so a pasted address is never turned into a link and
    ``:icon:`` codes stay text.
    Line breaks are kept as hard breaks, and indentation never turns text into a code block.
    """
    escaped = _NUMBERED.sub(r"\1\\\2", _MARKDOWN_SPECIAL.sub(r"\\\1", text))
    # Backslashes alone do not stop Streamlit's autolinking (seen in Chromium: "www.x.example",
    # "http://…" and "a@b.example" became anchors): an invisible word joiner after "www" and
    # before a URL's colon or an address's at-sign breaks each pattern an autolink needs.
    escaped = _AUTOLINK.sub("\u2060", _WWW.sub("\\1\u2060\\\\.", escaped))
    # Indentation is shown with spaces Markdown does not count (a space as a no-break space, a
    # tab as an em space): four leading spaces after a blank line would start a code block.
    escaped = _INDENT.sub(lambda found: found.group().translate(_SHOWN_INDENT), escaped)
    return escaped.replace("\n", "  \n")


def escape_plotly(text: str) -> str:
    """User text for plotly labels: plotly draws a few HTML tags (<b>, <a href>, <br>), so
    the characters that start a tag or an entity are turned into entities it shows as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
