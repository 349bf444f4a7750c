"""What travels with a sent link: our own words, a prefilled e-mail, the link as a QR code."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlsplit

import segno
from PIL import Image

from advisor.sharing.invitation import for_mentor, for_owner, qr_png

URL = "http://127.0.0.1:8501/mentor?review=1Z2.abc-DEF_ghi&x=1"


def test_the_mentor_is_told_what_the_link_is_and_that_it_is_a_copy_for_review() -> None:
    sent = for_mentor(URL, locked=False)
    assert sent.url == URL and URL not in sent.text
    assert "opens a copy of my case for your review" in sent.text and "nothing you do changes my answers" in sent.text
    assert "passphrase" not in sent.text
    assert "passphrase another way" in for_mentor(URL, locked=True).text


def test_the_owner_is_told_where_to_open_the_review() -> None:
    back = for_owner(URL, locked=True)
    assert "Open the link in the browser where you keep your case" in back.text
    assert "same passphrase" in back.text


def test_the_email_carries_subject_text_and_link_percent_encoded() -> None:
    sent = for_mentor(URL, locked=False)
    address = sent.mailto()
    assert address.startswith("mailto:?subject=") and " " not in address and "\n" not in address
    fields = parse_qs(urlsplit(address).query)
    assert fields["subject"] == [sent.subject]
    assert fields["body"] == [f"{sent.text}\r\n\r\n{URL}\r\n"]


def test_the_qr_code_holds_the_link() -> None:
    """No QR decoder in the project: read the PNG's modules back and compare them with the code
    segno makes for the link (byte mode, the link as it is)."""
    link = URL + "A" * 1_000
    image = Image.open(io.BytesIO(qr_png(link, scale=1))).convert("1")
    code = segno.make(link, error="l", micro=False, boost_error=False)
    assert code.mode == "byte" and not code.is_micro
    width, height = code.symbol_size(scale=1, border=4)
    assert image.size == (width, height)
    drawn = [[image.getpixel((x + 4, y + 4)) == 0 for x in range(width - 8)] for y in range(height - 8)]
    assert drawn == [[bool(bit) for bit in row] for row in code.matrix]
