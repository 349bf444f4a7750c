"""Every message the app shows (notices, warnings, link errors, a field's refusals, the case a
link offers) reaches the page escaped whole by ``advisor.escaping.shown``: each may carry text
someone else wrote (a mentor's name, a link's content), and none of it is read as Markdown."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from advisor.case.models import Case
from advisor.escaping import shown
from ui import keys

# A message quoting hostile text: a working link, an image, KaTeX, a colour, an icon, a heading.
HOSTILE = ("# [Session expired: sign in again](http://evil.example) ![x](http://127.0.0.1:9/p.png) "
           "$x^2$ :red[alarm] :material/warning: *em* `code`")
FIELD = "mentor_name"


def _messages() -> None:
    """Draws what a page's top and a field draw: the one place each kind of message is shown."""
    from ui.views.messages import field_errors, show_messages

    show_messages()
    field_errors("mentor_name")  # FIELD: the script runs from this function's source alone


def test_every_message_is_shown_escaped_whole() -> None:
    at = AppTest.from_function(_messages)
    at.session_state[keys.LINK_ERROR] = f"This link holds a case we cannot accept. {HOSTILE}."
    at.session_state[keys.WARNING] = f"This link holds another case ({HOSTILE})."
    at.session_state[keys.NOTICE] = f"{HOSTILE}'s review has been added."
    at.session_state[keys.OFFER] = (Case(), HOSTILE)
    at.session_state[keys.ERRORS] = {FIELD: [f"There is already a review by {HOSTILE}."]}
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        shown(f"This link holds a case we cannot accept. {HOSTILE}. Your current case was kept."),
        shown(f"There is already a review by {HOSTILE}.")]
    assert [w.value for w in at.warning] == [shown(f"This link holds another case ({HOSTILE}).")]
    assert [s.value for s in at.success] == [shown(f"{HOSTILE}'s review has been added.")]
    assert [b.label for b in at.button] == [f"Open {shown(HOSTILE)} instead"]
