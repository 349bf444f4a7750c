"""Showing user text as typed: Markdown and HTML specials are escaped."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.escaping import shown as escape_markdown

SPECIALS = "\\`*_{}[]()#+-!|<>~$&="


def unescape(text: str) -> str:
    """Undo escape_markdown: hard breaks back to newlines, backslash escapes to the character,
    the word joiners that break autolinks gone."""
    text = text.replace("  \n", "\n").replace("\u2060", "")
    return re.sub(r"\\(.)", r"\1", text, flags=re.S)


def raw_characters(text: str) -> str:
    """The characters a Markdown renderer would treat as syntax (not after a backslash)."""
    out, index = [], 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        out.append(text[index])
        index += 1
    return "".join(out)


@pytest.mark.parametrize("char", list(SPECIALS))
def test_every_special_character_is_backslashed(char: str) -> None:
    assert escape_markdown(char) == "\\" + char


def test_plain_text_is_unchanged() -> None:
    assert escape_markdown("Night shifts, 40 % odds, fine.") == "Night shifts, 40 % odds, fine."
    assert escape_markdown("Ünïcödé 日本語 العربية") == "Ünïcödé 日本語 العربية"


def test_addresses_are_not_autolinked() -> None:
    escaped = escape_markdown("see https://evil.example, www.evil.example or me@evil.example")
    assert "https://" not in escaped and "www." not in escaped and "@" not in escaped.replace("\\@", "")


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("<script>alert(1)</script>", "<script>"),
        ("![x](http://e)", "![x]("),
        ("[click](javascript:alert(1))", "]("),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("**bold** and _it_", "**"),
        ("`code`", "`code`"),
        ("# Heading", "# "),
        ("&lt;b&gt;", "&lt;"),
        ("$x^2$", "$x"),
    ],
)
def test_markup_and_html_come_out_inert(text: str, forbidden: str) -> None:
    escaped = escape_markdown(text)
    assert forbidden not in raw_characters(escaped)
    assert unescape(escaped) == text


def test_lists_and_quotes_at_line_start_are_escaped() -> None:
    assert escape_markdown("1. first") == "1\\. first"
    assert escape_markdown("2) second") == "2\\) second"
    assert escape_markdown("a\n3. third") == "a  \n3\\. third"
    assert escape_markdown("- item") == "\\- item"
    assert escape_markdown("> quote") == "\\> quote"


def test_newlines_become_hard_breaks() -> None:
    assert escape_markdown("one\ntwo") == "one  \ntwo"


ANY_CHARACTER = st.characters(codec="utf-8") | st.sampled_from(SPECIALS + "\n. 0123")


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHARACTER))
def test_escaping_is_lossless_and_leaves_no_special_raw(text: str) -> None:
    escaped = escape_markdown(text.replace("  \n", "\n"))
    assert not set(raw_characters(escaped)) & set(SPECIALS), escaped
    # indentation is the one thing shown differently: with spaces Markdown does not count
    shown = re.sub(r"(?m)^[ \t]+", lambda m: m.group().replace(" ", "\u00a0").replace("\t", "\u2003"),
                   text.replace("  \n", "\n"))
    assert unescape(escaped) == shown.replace("\u2060", "")


def test_indentation_never_makes_a_code_block() -> None:
    shown = escape_markdown("first\n\n    indented")
    assert "\n    " not in shown
    assert "\u00a0\u00a0\u00a0\u00a0indented" in shown
