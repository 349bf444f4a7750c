"""Send every reply of the server at once: TCP_NODELAY on its sockets.

Streamlit 1.67 serves over uvicorn on a socket it binds itself with ``socket.socket(family)``,
whose protocol number reads 0. asyncio turns Nagle's algorithm off only on sockets whose protocol
reads ``IPPROTO_TCP``, so on this server it stays on: a reply written in two pieces (headers,
then body) holds its second piece back until the browser acknowledges the first, and the browser
delays that acknowledgement by 40 ms. Every file after the first on a kept-alive connection
would wait that long instead of under a millisecond, and websocket messages the same way. A
first visit fetches the code of its widgets as 20 to 50 small scripts over six connections, so
it would pay that stall several times over, the more the more kinds of widget a page draws
(measured: docs/PERFORMANCE-NOTES.md).

The option is set once per server process, on the listening socket (connections accepted later
inherit it, on Linux as on the BSDs) and on the connections already open (the first visitor's).
Sockets are found through the process's own open files; where those can't be listed, nothing
changes.

This module can go once Streamlit's server turns Nagle's algorithm off itself (binds its socket
with ``IPPROTO_TCP``, or sets ``TCP_NODELAY``): ``tests/app/test_nodelay.py`` and
``tests/app/test_live_server.py`` then fail, saying so. They fail too when the server's listening
socket is no longer one this process can find, where this would silently do nothing.
"""

from __future__ import annotations

import os
import socket
import stat

import streamlit as st

_OPEN_FILES = ("/proc/self/fd", "/dev/fd")


def set_nodelay() -> None:
    """Call on every run; only the first run of the process does anything."""
    _set_on_open_sockets()


@st.cache_resource(show_spinner=False)
def _set_on_open_sockets() -> int:
    """TCP_NODELAY on every open TCP socket of this process; how many there were."""
    return sum(_set_on(fd) for fd in open_fds())


def open_fds() -> list[int]:
    """The file descriptors this process has open (none when they can't be listed)."""
    for folder in _OPEN_FILES:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        return [int(name) for name in names if name.isdigit()]
    return []


def tcp_socket(fd: int) -> socket.socket | None:
    """A duplicate of ``fd`` as a socket when it is a TCP one, else None. The caller closes it
    (closing the duplicate leaves the original open)."""
    try:
        if not stat.S_ISSOCK(os.fstat(fd).st_mode):
            return None
        duplicate = os.dup(fd)
    except OSError:  # closed meanwhile
        return None
    try:
        sock = socket.socket(fileno=duplicate)
    except OSError:  # not a socket Python can read
        os.close(duplicate)
        return None
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
        sock.close()
        return None
    return sock


def _set_on(fd: int) -> bool:
    """Set the option on ``fd`` when it is a TCP socket; whether it was set."""
    sock = tcp_socket(fd)
    if sock is None:
        return False
    with sock:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            return False
        return True
