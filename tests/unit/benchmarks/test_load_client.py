"""The load client's pure parts: the BackMsgs it sends and what it reads from ForwardMsgs.

The messages must be the ones Chromium's frontend sends (recorded from it), or the load run
measures a protocol no browser speaks.
"""

from __future__ import annotations

import json
import random

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.load_client import MOUNT_REPORTS, TRIGGER_PREFIX, Slider, View, rerun_message, trigger_state

STORE = next(iter(MOUNT_REPORTS))


def _new_session(fragment: str = "") -> ForwardMsg:
    message = ForwardMsg()
    message.new_session.page_script_hash = "main"
    if fragment:
        message.metadata.run.fragment_ids.append(fragment)
    return message


def _slider(widget_id: str, default: float, fragment: str = "", value: float | None = None) -> ForwardMsg:
    message = ForwardMsg()
    message.delta.fragment_id = fragment
    slider = message.delta.new_element.slider
    slider.id, slider.min, slider.max, slider.step = widget_id, 0, 10, 1
    slider.default.append(default)
    if value is not None:
        slider.value.append(value)
        slider.set_value = True
    return message


def _finished(status: ForwardMsg.ScriptFinishedStatus.ValueType = ForwardMsg.FINISHED_SUCCESSFULLY) -> ForwardMsg:
    message = ForwardMsg()
    message.script_finished = status
    return message


def _run(view: View, *messages: ForwardMsg, fragment: str = "") -> int | None:
    statuses = [view.observe(m) for m in (_new_session(fragment), *messages)]
    return statuses[-1]


def test_a_rerun_carries_address_page_widgets_and_context() -> None:
    slider = Slider("$$ID-abc-weigh_practice", 7.0, 0, 10, 1, "frag")
    message = rerun_message(url="http://127.0.0.1:1/weigh", query_string="case=x", page_script_hash="h",
                            widgets=View(sliders={slider.id: slider}).widget_states(), fragment_id="frag")
    parsed = BackMsg.FromString(message.SerializeToString())
    state = parsed.rerun_script
    assert parsed.WhichOneof("type") == "rerun_script"
    addressed = (state.query_string, state.page_script_hash, state.page_name, state.fragment_id)
    assert addressed == ("case=x", "h", "", "frag")
    assert [(w.id, list(w.double_array_value.data)) for w in state.widget_states.widgets] == [(slider.id, [7.0])]
    assert state.context_info.url == "http://127.0.0.1:1/weigh"
    assert state.context_info.timezone == "UTC"


def test_a_first_run_names_the_page_by_its_path() -> None:
    state = rerun_message(url="http://127.0.0.1:1/chart", query_string="case=x", page_name="chart").rerun_script
    assert (state.page_name, state.page_script_hash, len(state.widget_states.widgets)) == ("chart", "", 0)


def test_a_component_trigger_is_a_json_list_of_events() -> None:
    state = trigger_state("$$ID-1-app_store", "report", {"entries": {}})
    assert state.id == f"{TRIGGER_PREFIX}$$ID-1-app_store__events"
    assert json.loads(state.json_trigger_value) == [{"event": "report", "value": {"entries": {}}}]


def test_the_view_keeps_pages_address_and_sliders() -> None:
    view = View()
    navigation = ForwardMsg()
    page = navigation.navigation.app_pages.add()
    page.url_pathname, page.page_script_hash = "weigh", "hw"
    navigation.navigation.page_script_hash = "hw"
    info = ForwardMsg()
    info.page_info_changed.query_string = "case=y"
    assert _run(view, navigation, info, _slider("a", 5), _slider("b", 2, value=3), _finished()) == 0
    assert (view.pages, view.page_hash, view.query_string) == ({"weigh": "hw"}, "hw", "case=y")
    assert {s.id: s.value for s in view.sliders.values()} == {"a": 5, "b": 3}


def test_the_tab_keeps_its_own_slider_value_unless_the_server_sets_one() -> None:
    view = View()
    _run(view, _slider("a", 5, "f"), _slider("b", 5), _finished())
    view.sliders["a"] = Slider("a", 6, 0, 10, 1, "f")
    status = _run(view, _slider("a", 5, "f"), _finished(ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY), fragment="f")
    assert status == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
    assert {s.id: s.value for s in view.sliders.values()} == {"a": 6, "b": 5}  # a fragment run merges
    _run(view, _slider("b", 5), _finished())
    assert list(view.sliders) == ["b"]  # a full run replaces


def test_a_slider_moves_one_step_within_its_range() -> None:
    rng = random.Random(0)
    top, bottom = Slider("a", 10, 0, 10, 1, ""), Slider("a", 0, 0, 10, 1, "")
    assert all(top.moved(rng).value == 9 and bottom.moved(rng).value == 1 for _ in range(20))
    assert {Slider("a", 5, 0, 10, 1, "").moved(rng).value for _ in range(50)} == {4, 6}


def test_a_mount_report_is_asked_once_per_component() -> None:
    view = View()
    drawn = ForwardMsg()
    drawn.delta.new_element.bidi_component.id = "store"
    drawn.delta.new_element.bidi_component.component_name = STORE
    drawn.delta.fragment_id = "bridge"
    _run(view, drawn, _finished())
    assert view.reports == {"store": MOUNT_REPORTS[STORE]}
    assert view.fragments == {"store": "bridge"}  # the report reruns the bridge's fragment, as a browser's does
    view.reports.clear()
    _run(view, drawn, _finished())
    assert view.reports == {}


def test_errors_shown_are_collected() -> None:
    view = View()
    failure, alert, info = ForwardMsg(), ForwardMsg(), ForwardMsg()
    failure.delta.new_element.exception.type = "KeyError"
    alert.delta.new_element.alert.format = Alert.ERROR
    alert.delta.new_element.alert.body = "Sorry"
    info.delta.new_element.alert.format = Alert.INFO
    _run(view, failure, alert, info, _finished(ForwardMsg.FINISHED_WITH_COMPILE_ERROR))
    assert [e.split(":")[0] for e in view.errors] == ["exception", "error shown", "script compile error"]
