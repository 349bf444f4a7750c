"""Showing user text safely: as typed, never as markup, wherever it is shown.

:func:`shown` is the one way user text reaches a surface; every page, chart, report and file
name goes through it, with the surface named.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Where(StrEnum):
    """The surfaces user text is shown on; each reads a different markup."""

    PAGE = "page"  # Streamlit Markdown: st.markdown, captions, alerts, widget labels, table cells
    CHART = "chart"  # plotly's text: trace names, tick labels, hover text
    REPORT = "report"  # the Markdown report, read in a Markdown viewer or as plain text
    REPORT_INLINE = "report, inside a line"  # the same, after other words on its first line
    FILE_NAME = "file name"  # a download's file name


def shown(text: str, where: Where = Where.PAGE) -> str:
    """User text ready for ``where``, so it shows exactly as typed and never acts.

    What it guarantees, by surface:

    - ``PAGE``: no Markdown or HTML of the text is rendered (no link, image, heading, list,
      emphasis, code block or raw HTML); no URL, ``www.`` address or e-mail address becomes a
      link; no ``:icon:`` or ``:colour[…]`` directive becomes an icon or a colour. Invisible word
      joiners (U+2060) are the only characters added; line breaks and indentation show as typed.
    - ``CHART``: no tag or entity plotly draws (``<b>``, ``<a href>``, ``<br>``, ``&…;``) acts.
    - ``REPORT``: no Markdown of the text is rendered in a viewer, and it still reads as plain
      text: only characters that would start markup there are backslashed (a hyphen inside a
      word, a colon or a full stop stays as it is). ``REPORT_INLINE`` is for text that follows
      other words on its line: its first line starts no block, so "+10 %" stays as typed.
    - ``FILE_NAME``: only letters and digits, joined by hyphens, at most 40 characters (may be
      empty): safe on every file system and in a Content-Disposition header.
    """
    if where is Where.CHART:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if where in (Where.REPORT, Where.REPORT_INLINE):
        return _report(text, inline=where is Where.REPORT_INLINE)
    if where is Where.FILE_NAME:
        return "-".join(re.findall(r"[^\W_]+", text))[:40].strip("-")
    return _page(text)


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


def _page(text: str) -> str:
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


# In a report: characters that start markup anywhere, and markers that do so at a line's start.
_REPORT_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_REPORT_LINE_START = re.compile(r"^(\s*)([#>+=~-]|\d+(?=[.)]))", re.MULTILINE)


def _report(text: str, inline: bool) -> str:
    escaped = _REPORT_INLINE.sub(r"\\\1", text)
    first, newline, rest = escaped.partition("\n") if inline else ("", "", escaped)
    rest = _REPORT_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if not m.group(2).isdigit()
                                  else f"{m.group(1)}{m.group(2)}\\", rest)
    escaped = first + newline + rest
    escaped = _INDENT.sub(lambda found: found.group().translate(_SHOWN_INDENT), escaped)
    return escaped.replace("\n", "  \n")
