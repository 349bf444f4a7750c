"""A page run turns Nagle's algorithm off on the server's sockets (``ui.server.nodelay``).

The listening socket here is made by Streamlit's own code (``_bind_socket`` of its server), which
binds it with ``socket.socket(family)``: asyncio leaves Nagle on for those, and every second
piece of a reply would wait 40 ms for the browser's delayed acknowledgement. A Streamlit that
binds its socket another way fails here first (``tests/app/test_live_server.py`` checks the
socket of a real server).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from streamlit.web.server.starlette import starlette_server

from advisor.case.examples import example_case
from tests.app.conftest import assert_ok, open_page
from ui.server import nodelay


def _nodelay(sock: socket.socket) -> bool:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


@pytest.fixture()
def listening() -> Iterator[socket.socket]:
    """A listening socket bound by Streamlit's own server code, and a process that has not set
    the option yet."""
    nodelay._set_on_open_sockets.clear()
    server = starlette_server._bind_socket("127.0.0.1", 0, 8)
    server.settimeout(10)  # Streamlit makes it non-blocking; the tests accept on it directly
    yield server
    server.close()
    nodelay._set_on_open_sockets.clear()


def test_streamlit_still_binds_its_socket_so_that_nagle_stays_on(listening: socket.socket) -> None:
    """Why nodelay.py exists, and that it finds the socket. When this fails because Streamlit
    sets the option or binds with IPPROTO_TCP (asyncio then sets it on every connection),
    ui/server/nodelay.py can go."""
    assert listening.proto != socket.IPPROTO_TCP, "Streamlit binds with IPPROTO_TCP now: nodelay.py can go"
    assert not _nodelay(listening), "Streamlit sets TCP_NODELAY itself now: nodelay.py can go"
    assert listening.fileno() in nodelay.open_fds(), "this process's open sockets can no longer be listed"
    with socket.create_connection(listening.getsockname()):
        accepted, _ = listening.accept()
        with accepted:
            assert accepted.proto != socket.IPPROTO_TCP and not _nodelay(accepted)


def test_a_page_run_sets_nodelay_on_the_listening_socket_and_what_it_accepts(listening: socket.socket) -> None:
    assert not _nodelay(listening)
    assert_ok(open_page("about", example_case()))
    assert _nodelay(listening)
    with socket.create_connection(listening.getsockname()):
        accepted, _ = listening.accept()
        with accepted:
            assert _nodelay(accepted)


def test_an_open_connection_gets_it_too(listening: socket.socket) -> None:
    with socket.create_connection(listening.getsockname()):
        accepted, _ = listening.accept()
        with accepted:
            assert not _nodelay(accepted)
            nodelay.set_nodelay()
            assert _nodelay(accepted)


def test_other_sockets_are_left_alone(listening: socket.socket) -> None:
    unix_a, unix_b = socket.socketpair()
    with unix_a, unix_b:
        nodelay.set_nodelay()  # a Unix socket has no TCP options: skipped, not an error
        assert _nodelay(listening)
