"""A PDF page that draws user text safely: the text helpers every section of the brief uses.

User text is drawn as plain text (fpdf2's ``markdown`` is off, nothing is parsed) in the bundled
DejaVu Sans; a character that font has no glyph for (Chinese, Japanese, emoji …) is drawn as "�"
rather than left out silently, and invisible formatting characters are dropped. Every line is
bounded, so what was typed never changes the height of a section.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Literal

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
FAMILY = "DejaVu"
REPLACEMENT = "\ufffd"
ELLIPSIS = "…"

MARGIN = 12.0  # mm, all four sides of an A4 page
BODY = 8.5  # pt
LINE = 4.0  # mm per line of body text
HEADING_SIZE, HEADING = 10.5, 6.5
GAP = 2.5  # mm after each section
GREY, INK = (90, 90, 90), (0, 0, 0)


def rgb(colour: str) -> tuple[int, int, int]:
    """A palette colour ("#1f77b4") as the red, green and blue fpdf2 takes."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class Page:
    """An A4 page with the text helpers every section uses: plain text, bounded lines."""

    def __init__(self, title: str) -> None:
        # fpdf2 and the font tools it loads take a quarter of a second to import (measured here), so
        # they are loaded on the first press of a download, never while a page is drawn.
        from fpdf import FPDF
        from fpdf.fonts import TTFFont

        pdf = FPDF(format="A4", unit="mm")
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        # Left on, so a layout that ever outgrew the page would show as a second page in the tests.
        pdf.set_auto_page_break(True, margin=MARGIN)
        pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        drawable: set[int] | None = None
        for font in pdf.fonts.values():
            if isinstance(font, TTFFont):
                drawable = set(font.cmap) if drawable is None else drawable & set(font.cmap)
        self._drawable = frozenset(drawable or ())
        self.pdf = pdf
        pdf.set_creator("Interview Advisor")
        pdf.set_title(self.plain(title))
        pdf.add_page()
        self.width = pdf.epw

    def plain(self, text: str) -> str:
        """One line of text the font can draw: whitespace runs become one space, a character
        without a glyph becomes "�", invisible marks and formatting characters go."""
        kept = []
        for character in text:
            category = unicodedata.category(character)
            if character.isspace() or category in ("Zs", "Zl", "Zp"):
                kept.append(" ")
            elif ord(character) in self._drawable:
                kept.append(character)
            elif category not in ("Mn", "Me", "Cf"):
                kept.append(REPLACEMENT)
        return " ".join("".join(kept).split())

    def font(self, size: float = BODY, bold: bool = False, colour: tuple[int, int, int] = INK) -> None:
        self.pdf.set_font(FAMILY, "B" if bold else "", size)
        self.pdf.set_text_color(*colour)

    def fit(self, text: str, width: float) -> str:
        """``text`` cut to ``width`` in the current font, ending in "…" when it was cut."""
        text = self.plain(text)
        if self.pdf.get_string_width(text) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that still fits with its ellipsis
            middle = (low + high + 1) // 2
            if self.pdf.get_string_width(text[:middle].rstrip() + ELLIPSIS) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS

    def line(self, text: str, height: float = LINE, width: float = 0, align: Literal["L", "R"] = "L") -> None:
        """One line at the left margin, cut to the width; the next line starts below it."""
        room = width or self.width
        self.pdf.set_x(self.pdf.l_margin)
        self.pdf.cell(room, height, self.fit(text, room), align=align, markdown=False,
                      new_x="LMARGIN", new_y="NEXT")

    def paragraph(self, text: str, max_lines: int, indent: float = 0, width: float = 0) -> None:
        """Text wrapped to the width (the rest of the line after ``indent`` unless given), at most
        ``max_lines`` lines, the last one ending in "…" when some of it was left out."""
        width = width or self.width - indent
        lines = self.pdf.multi_cell(width, LINE, self.plain(text), dry_run=True, markdown=False,
                                    output="LINES")
        assert isinstance(lines, list)
        if len(lines) > max_lines:
            lines = [*lines[:max_lines - 1], self.fit(lines[max_lines - 1] + " " + "".join(lines[max_lines:]),
                                                         width)]
        for text_line in lines:
            self.pdf.set_x(self.pdf.l_margin + indent)
            self.pdf.cell(width, LINE, text_line, markdown=False, new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str) -> None:
        self.font(HEADING_SIZE, bold=True)
        self.line(text, HEADING)
        self.font()

    def gap(self) -> None:
        self.pdf.set_y(self.pdf.get_y() + GAP)
