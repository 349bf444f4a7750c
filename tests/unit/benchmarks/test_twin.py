"""The bench's twins: which messages of our page's run a bare app sends again, and that it does.

A twin that dropped elements (or kept our bridge, whose code only our server has) would make
our pages look cheaper or dearer to draw than they are.
"""

from __future__ import annotations

import base64
from pathlib import Path

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.testing.v1 import AppTest

from benchmarks import twin
from benchmarks.load_client import View


def _element(path: list[int], text: str = "", bridge: bool = False) -> ForwardMsg:
    message = ForwardMsg()
    message.metadata.delta_path.extend(path)
    message.metadata.active_script_hash = "ours"
    if bridge:
        message.delta.new_element.bidi_component.component_name = "interview_advisor.browser_store"
    else:
        message.delta.new_element.markdown.body = text
    return message


def _kind(kind: str, fragment: str = "") -> ForwardMsg:
    message = ForwardMsg()
    if kind == "new_session":
        message.new_session.page_script_hash = "main"
        if fragment:
            message.metadata.run.fragment_ids.append(fragment)
    elif kind == "navigation":
        message.navigation.page_script_hash = "main"
    else:
        message.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    return message


def _bodies(view: View) -> list[str]:
    return [m.delta.new_element.markdown.body for m in view.run if m.WhichOneof("type") == "delta"]


def test_the_view_keeps_the_latest_full_run_and_its_fragments_when_asked() -> None:
    view, plain = View(keep_run=True), View()
    for message in (_kind("new_session"), _element([0, 0], "first run"), _kind("script_finished"),
                    _kind("new_session"), _element([0, 0], "second run"), _kind("script_finished"),
                    _kind("new_session", fragment="bridge"), _element([1, 7, 0], "fragment"),
                    _kind("script_finished")):
        view.observe(message)
        plain.observe(message)
    assert _bodies(view) == ["second run", "fragment"]
    assert plain.run == []


def test_elements_and_the_menu_are_kept_and_run_messages_are_not() -> None:
    assert twin.kept(_element([0, 0], "Hello")) and twin.kept(_kind("navigation"))
    assert not any(twin.kept(_kind(kind)) for kind in ("new_session", "script_finished"))


def test_our_component_keeps_its_place_as_an_empty_element() -> None:
    again = ForwardMsg()
    again.ParseFromString(base64.b64decode(twin.replayable(_element([0, 6], bridge=True))))
    assert again.delta.new_element.WhichOneof("type") == "empty"
    assert list(again.metadata.delta_path) == [0, 6]


def test_a_replayed_message_keeps_its_place_and_drops_our_runs_metadata() -> None:
    again = ForwardMsg()
    again.ParseFromString(base64.b64decode(twin.replayable(_element([1, 3], "Progress"))))
    assert list(again.metadata.delta_path) == [1, 3]
    assert again.metadata.active_script_hash == "" and again.delta.new_element.markdown.body == "Progress"


def test_the_twin_draws_the_recorded_elements_of_the_page_asked_for(tmp_path: Path) -> None:
    quick = [twin.replayable(_element([0, index], text)) for index, text in enumerate(("Quick check", "Asked"))]
    runs = {"quick": quick, "about": [twin.replayable(_element([0, 0], "About"))]}
    entry = twin.write_twin(tmp_path, runs)
    assert (tmp_path / ".streamlit" / "config.toml").is_file()
    app = AppTest.from_file(str(entry))
    app.query_params[twin.PAGE_PARAM] = "quick"
    app.run()
    assert not app.exception
    assert [block.value for block in app.markdown] == ["Quick check", "Asked"]
