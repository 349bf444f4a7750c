"""What travels with a link sent to someone: a message we write, a prefilled e-mail, a QR code.

A link to a case is 1,000 characters or more, and a person who is sent one without a word does
not know what it is or what to do with it. The messages here say both, in our own words only:
never the job title or anything else a person typed, so they can be handed to a phone's share
sheet or an e-mail as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import segno

APP = "Interview Advisor"


@dataclass(frozen=True, slots=True)
class Invitation:
    """A link with the subject and text that go with it (the text never holds the link: a share
    sheet adds the link itself, and an e-mail puts it under the text)."""

    subject: str
    text: str
    url: str

    def mailto(self) -> str:
        """An e-mail prefilled with the subject, the text and the link, for a device without a
        share sheet; the recipient is left for the sender to fill in (RFC 6068: every character
        outside the unreserved set percent-encoded, line breaks as CRLF)."""
        body = f"{self.text}\r\n\r\n{self.url}\r\n"
        return f"mailto:?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"


def for_mentor(url: str, locked: bool) -> Invitation:
    """The owner asks a mentor for a review: what the link is, what to do with it, and that it
    opens a copy for review, never the owner's own case."""
    text = (f"I have been invited to a job interview and I am weighing up whether to go. I have put my "
            f"reasons in {APP}: could you look them over? The link opens a copy of my case for your "
            "review: you can weigh my reasons your own way and write notes, and nothing you do changes "
            "my answers. When you are done, the page gives you a link to send back to me.")
    if locked:
        text += " The link is locked: I will tell you the passphrase another way."
    return Invitation("Could you look over my interview decision?", text, url)


def for_owner(url: str, locked: bool) -> Invitation:
    """A mentor sends their review back: where to open it, and that it changes nothing of the
    owner's answers."""
    text = (f"Here is my review of your case in {APP}. Open the link in the browser where you keep "
            "your case: my review is added beside yours, and nothing of your answers changes.")
    if locked:
        text += " It is locked with the same passphrase as the link you sent me."
    return Invitation("My review of your interview decision", text, url)


def qr_svg(url: str) -> str:
    """The link as a QR code (SVG: sharp at any size a screen gives it), to carry it to a phone's
    camera. The lowest error correction keeps a 1,000-character link at a size a phone reads off
    a screen; a screen is not a crumpled page."""
    return str(segno.make(url, error="l", micro=False, boost_error=False).svg_inline(scale=4, border=4))
