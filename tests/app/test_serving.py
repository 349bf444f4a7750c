"""ui.server.serving: each page names the widget code its first visit needs and where the server is,
and nothing else changes."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from starlette.types import Message, Receive, Scope, Send

from advisor.case.examples import example_case
from tests.app.conftest import open_page
from ui.server import serving
from ui.server.serving import BASE_HINT, CHUNKS, EVERY_PAGE, Preload, for_path, tags
from ui.shell.steps import ABOUT, ALL, JOB, LANDING, QUICK, WEIGH, Step

PAGE = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body></body></html>"
SCRIPT = b"export default 1;"


def _kinds(node: Any) -> set[str]:
    found: set[str] = set()
    for child in getattr(node, "children", {}).values():
        found |= {child.type} | _kinds(child)
    return found


@pytest.mark.parametrize("step", ALL, ids=[step.url or "job" for step in ALL])
def test_every_page_names_the_kinds_of_widget_its_first_visit_draws(step: Step) -> None:
    """A kind the page draws but does not name waits to be loaded; one named but not drawn is
    loaded for nothing. Either way the registry has to follow the page."""
    at = open_page(step.path.removeprefix("pages/").removesuffix(".py"), example_case())
    drawn = _kinds(at._tree) & set(CHUNKS)
    assert drawn == EVERY_PAGE | step.draws


def _frontend() -> tuple[str, str]:
    """Streamlit's page (its index.html) and the text of the entry script the page loads."""
    page = (serving._SCRIPTS.parents[1] / "index.html").read_text()
    entry = re.search(r'<script type="module"[^>]*\ssrc="\./static/js/([^"/]+\.js)"', page)
    assert entry, "Streamlit's index.html no longer loads its entry script from ./static/js/"
    return page, (serving._SCRIPTS / entry[1]).read_text()


def test_every_kind_has_its_file_in_this_streamlit_where_the_frontend_loads_it_from() -> None:
    """The tags name Streamlit's hashed files (``Slider.WU6er_Bo.js``), found at import; a kind
    whose file is not found gets no tag, so a Streamlit that names or places its widget code
    otherwise would quietly lose every preload. This fails instead: look again at CHUNKS and
    ``_file`` in ui/server/serving.py."""
    _, entry = _frontend()
    files = {kind: serving._file(chunk) for kind, chunk in CHUNKS.items()}
    missing = sorted(kind for kind, name in files.items() if name is None)
    assert not missing, f"no <Chunk>.<hash>.js in {serving._SCRIPTS} for {missing}: Streamlit's build changed"
    # The entry script loads each on demand from its own folder, so the tag fetches the very file
    # the frontend would (a preloaded file it never asks for would be loaded for nothing).
    unasked = sorted({name for name in files.values() if name and f"./{name}" not in entry})
    assert not unasked, f"Streamlit's entry script no longer loads {unasked} from ./static/js/"
    assert dict(serving._FILES) == files


def test_streamlits_frontend_still_reads_the_base_hint_and_its_page_has_a_head() -> None:
    """Without these the hint would be set for nobody, or the tags added nowhere (``with_tags``
    leaves a page without ``</head>`` as it was)."""
    page, entry = _frontend()
    assert "</head>" in page, "Streamlit's index.html has no </head> for the tags"
    reads_hint = "window.__streamlit" in entry and "BACKEND_BASE_URL" in entry
    assert reads_hint, "Streamlit's frontend no longer reads window.__streamlit.BACKEND_BASE_URL: the hint does nothing"


def test_the_tags_name_streamlits_own_files_once_each() -> None:
    weigh = tags(EVERY_PAGE | WEIGH.draws).decode()
    assert weigh.count("<script") == len({CHUNKS[kind] for kind in EVERY_PAGE | WEIGH.draws})
    assert '<script type="module" src="./static/js/Slider.' in weigh
    assert tags(["slider", "select_slider"]).decode().count("Slider.") == 1
    assert tags(["markdown", "not_a_kind"]) == b""


def test_a_page_is_found_by_its_address_and_under_a_base_path(monkeypatch: pytest.MonkeyPatch) -> None:
    assert for_path("/quick") == BASE_HINT + tags(EVERY_PAGE | QUICK.draws)
    assert for_path("/") == BASE_HINT + tags(EVERY_PAGE | LANDING.draws)
    assert for_path("/job") == BASE_HINT + tags(EVERY_PAGE | JOB.draws)
    assert for_path("/about/") == BASE_HINT + tags(EVERY_PAGE | ABOUT.draws)
    assert for_path("/no_such_page") == BASE_HINT + tags(EVERY_PAGE)
    monkeypatch.setattr("ui.server.serving.config.get_option",
                        lambda name: "advisor" if name == "server.baseUrlPath" else None)
    assert for_path("/advisor/quick") == BASE_HINT + tags(EVERY_PAGE | QUICK.draws)
    assert for_path("/advisor") == BASE_HINT + tags(EVERY_PAGE | LANDING.draws)


def test_the_base_hint_is_one_inline_script_that_knows_every_page() -> None:
    """One body for every page (a CSP allows it by one hash), naming every page but the first,
    which has no name of its own; no user text can reach it (it is built once, at import)."""
    hint = BASE_HINT.decode()
    assert hint.startswith("<script>") and hint.endswith("</script>") and hint.count("<script") == 1
    assert all(f'"{step.url}"' in hint for step in ALL if step.url) and '["", ' not in hint and ', ""]' not in hint
    assert "BACKEND_BASE_URL" in hint


def _serve(path: str, accept: str, body: bytes, content_type: bytes, chunks: int = 1) -> tuple[list[Message], Scope]:
    """Run one request through Preload around an app that answers with ``body`` in ``chunks``
    pieces; the messages sent to the client and the scope the app below saw."""
    seen: dict[str, Scope] = {}
    sent: list[Message] = []

    async def below(scope: Scope, receive: Receive, send: Send) -> None:
        seen["scope"] = scope
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        step = max(1, len(body) // chunks + 1)
        pieces = [body[i:i + step] for i in range(0, len(body), step)]
        for index, piece in enumerate(pieces):
            await send({"type": "http.response.body", "body": piece, "more_body": index < len(pieces) - 1})

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path,
             "headers": [(b"accept", accept.encode()), (b"accept-encoding", b"gzip")]}
    asyncio.run(Preload(below)(scope, receive, send))
    return sent, seen["scope"]


def _body(sent: list[Message]) -> bytes:
    return b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")


def test_the_page_a_browser_opens_gets_the_tags_before_its_head_ends() -> None:
    sent, below = _serve("/quick", "text/html,application/xhtml+xml,*/*;q=0.8", PAGE, b"text/html; charset=utf-8",
                         chunks=3)
    body = _body(sent)
    assert body == PAGE.replace(b"</head>", BASE_HINT + tags(EVERY_PAGE | QUICK.draws) + b"</head>")
    assert dict(sent[0]["headers"])[b"content-length"] == str(len(body)).encode()
    assert b"accept-encoding" not in dict(below["headers"])  # asked uncompressed, so it can be edited


def test_everything_else_passes_untouched() -> None:
    sent, below = _serve("/static/js/Slider.js", "*/*", SCRIPT, b"application/javascript")
    assert _body(sent) == SCRIPT and dict(below["headers"])[b"accept-encoding"] == b"gzip"
    sent, _ = _serve("/_stcore/health", "text/html", b"ok", b"text/plain")
    assert _body(sent) == b"ok"
