"""Ways between pages: links, back and next, a link to a folded part of another page, the
step a page needs done first, how far the case has come (the one count of
``advisor.judgement.progress``, in the sidebar and in each page's header), and the top of the page
brought into view by a button that shows another screen of questions."""

from __future__ import annotations

from typing import Final

import streamlit as st

from advisor.judgement.progress import measure
from ui import state
from ui.callbacks.owner import open_part_on
from ui.shell.steps import STEPS, Step, position

DONE, OPEN = ":material/check_circle:", ":material/radio_button_unchecked:"

# Streamlit keeps the scroll position across runs, so a Next pressed at the foot of one short screen
# of questions showed the next screen from the same place, its heading and first questions above the
# fold (on a 390-px phone, all of them). The page goes to its top in the press itself, before the run
# that draws the new screen, and instantly, never smoothly: a scroll made once the new screen's data
# arrived waited for the component's code to load, came as late as after the run had ended, and moved
# the page under a click already aimed at the next button. Constant code; the buttons' widget keys
# arrive through ``data=`` and only ever select them.
_TOP_HTML: Final = '<span class="interview-advisor-top" hidden></span>'
_TOP_CSS: Final = """[data-testid="stElementContainer"]:has(.interview-advisor-top) {
  display: none; }"""
_TOP_JS: Final = r"""
export default function ({ data }) {
  const buttons = data.keys.map((key) => `.st-key-${key} button`).join(", ");
  // In the capture phase: it runs before the button's own handler, which may stop the click.
  const top = (event) => {
    if (event.target instanceof Element && event.target.closest(buttons)) {
      document.querySelector('[data-testid="stMain"]')?.scrollTo({ top: 0, behavior: "instant" });
    }
  };
  document.addEventListener("click", top, true);
  return () => document.removeEventListener("click", top, true);
}
"""
_TOP: Final = st.components.v2.component("interview_advisor.to_top", html=_TOP_HTML, css=_TOP_CSS, js=_TOP_JS,
                                         isolate_styles=False)


def top_on_press(buttons: tuple[str, ...], key: str) -> None:
    """Show the top of the page as soon as one of the buttons with these widget keys is pressed
    (clicked, tapped, or Enter or Space from the keyboard): each shows another screen of the page,
    to be read from its heading."""
    _TOP(key=key, data={"keys": list(buttons)})


def progress_header(step: Step) -> None:
    """The count at the top of a page, the sidebar's own words; on a page that asks one of the
    things counted, whether it is answered. A mentor is shown no count: the answers are the
    owner's, and a mentor has no steps to go through."""
    if state.read_only():
        return
    measured = measure(state.case())
    here = f" · on this page, {measured.line(step.stage).lower()}" if step.stage is not None else ""
    st.caption(f"Your case: {measured.summary}{here}")


def progress_list() -> None:
    """The sidebar's count and what it counts, each answered or not; nothing for a mentor."""
    if state.read_only():
        return
    measured = measure(state.case())
    st.markdown(f"**Your case:** {measured.summary}")
    st.markdown("\n".join(f"- {DONE if done else OPEN} {measured.line(stage)}"
                          for stage, done in measured.done.items()))


def go_to_part(step: Step, part_key: str, label: str, key: str) -> None:
    """A link to a closed part of another page (``part``), which opens on arrival."""
    st.button(label, key=key, on_click=open_part_on, args=(step.path, part_key), icon=step.icon, type="tertiary")


def go_to(step: Step, label: str | None = None) -> None:
    """A link to another page of the app."""
    st.page_link(step.path, label=label or f"Go to {step.title}", icon=step.icon)


def step_links(step: Step) -> None:
    """Back and next links at the foot of a step."""
    number = position(step)
    if not number:
        return
    back, forward = st.columns(2)
    if number > 1:
        previous = STEPS[number - 2]
        back.page_link(previous.path, label=f"Back: {previous.title}",
                       icon=":material/arrow_back:")
    if number < len(STEPS):
        following = STEPS[number]
        with forward.container(horizontal=True, horizontal_alignment="right"):
            st.page_link(following.path, label=f"Next: {following.title}",
                         icon=":material/arrow_forward:", icon_position="right")


def needs(step: Step, message: str) -> None:
    """An empty state: say what to fill in first, link to it, and stop the page."""
    st.info(message, icon=":material/info:")
    go_to(step)
    st.stop()


# A choice is a link a thumb can hit: at least 3 rem (48 px) tall, as wide as the column, its words
# in the body's size; the rule is the storage bridge's constant stylesheet (``ui.storage.browser_store``),
# drawn on every page, keyed on this prefix.
CHOICE_PREFIX = "choice_"


def choice(step: Step, label: str, what: str, name: str) -> None:
    """A large choice: a link to ``step`` and, below it, what it does (``name`` makes its key)."""
    with st.container(key=f"{CHOICE_PREFIX}{name}"):
        st.page_link(step.path, label=label, icon=step.icon, width="stretch")
        st.caption(what)
