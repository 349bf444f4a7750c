"""What travels with a sent link: our own words, a prefilled e-mail, the link as a QR code."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import segno

from advisor.sharing.invitation import for_mentor, for_owner, qr_svg

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


def _modules(svg: str) -> list[list[bool]]:
    """The dark modules segno's SVG path draws ("M x y.5", then runs "h n" and moves "m dx dy"),
    read back as a matrix without the 4-module border."""
    path = re.search(r' d="([^"]+)"', svg)
    assert path is not None
    size = int(re.search(r'width="(\d+)"', svg).group(1)) // 4  # type: ignore[union-attr]
    drawn = [[False] * size for _ in range(size)]
    x = y = 0.0
    for command, numbers in re.findall(r"([Mmh])([-\d. ]+)", path.group(1)):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            for column in range(int(x), int(x + values[0])):
                drawn[int(y)][column] = True
            x += values[0]
    return [row[4:-4] for row in drawn[4:-4]]


def test_the_qr_code_holds_the_link() -> None:
    """No QR decoder in the project: the SVG's modules are read back and compared with the code
    segno makes for the link, in byte mode, the link as it is."""
    link = URL + "A" * 1_000
    code = segno.make(link, error="l", micro=False, boost_error=False)
    assert code.mode == "byte" and not code.is_micro
    assert _modules(qr_svg(link)) == [[bool(bit) for bit in row] for row in code.matrix]
