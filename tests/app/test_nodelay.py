"""A page run turns Nagle's algorithm off on the server's sockets (``ui.server.nodelay``).

The sockets here are made as Streamlit 1.67 makes its listening socket, with
``socket.socket(family)``: asyncio leaves Nagle on for those, and every second piece of a reply
waited 40 ms for the browser's delayed acknowledgement.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from advisor.case.examples import example_case
from tests.app.conftest import assert_ok, open_page
from ui.server import nodelay


def _nodelay(sock: socket.socket) -> bool:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


@pytest.fixture()
def listening() -> Iterator[socket.socket]:
    """A listening socket as Streamlit binds it, and a process that has not settled yet."""
    nodelay._set_on_open_sockets.clear()
    server = socket.socket(socket.AF_INET)
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server
    server.close()
    nodelay._set_on_open_sockets.clear()


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
            nodelay.settle()
            assert _nodelay(accepted)


def test_other_sockets_are_left_alone(listening: socket.socket) -> None:
    unix_a, unix_b = socket.socketpair()
    with unix_a, unix_b:
        nodelay.settle()  # a Unix socket has no TCP options: skipped, not an error
        assert _nodelay(listening)
