"""Send every reply of the server at once: TCP_NODELAY on its sockets.

Streamlit 1.67 serves over uvicorn on a socket it binds itself with ``socket.socket(family)``,
whose protocol number reads 0. asyncio turns Nagle's algorithm off only on sockets whose protocol
reads ``IPPROTO_TCP``, so on this server it stays on: a reply written in two pieces (headers,
then body) holds its second piece back until the browser acknowledges the first, and the browser
delays that acknowledgement by 40 ms. Every file after the first on a kept-alive connection
then took 44 ms instead of under 1 ms (measured on loopback), and websocket messages waited the
same way. A first visit fetches the code of its widgets as 20 to 50 small scripts over six
connections, so it paid that stall five to ten times over, more on a page with many kinds of
widget than on a bare one (docs/PERFORMANCE.md).

The option is set once per server process, on the listening socket (connections accepted later
inherit it, on Linux as on the BSDs) and on the connections already open (the first visitor's).
Sockets are found through the process's own open files; where those can't be listed, nothing
changes.
"""

from __future__ import annotations

import os
import socket
import stat

import streamlit as st

_OPEN_FILES = ("/proc/self/fd", "/dev/fd")


def settle() -> None:
    """Call on every run; only the first run of the process does anything."""
    _set_on_open_sockets()


@st.cache_resource(show_spinner=False)
def _set_on_open_sockets() -> int:
    """TCP_NODELAY on every open TCP socket of this process; how many there were."""
    for folder in _OPEN_FILES:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        return sum(_set_nodelay(int(name)) for name in names if name.isdigit())
    return 0


def _set_nodelay(fd: int) -> bool:
    """Set the option through a duplicate of ``fd`` (closing it leaves the original open)."""
    try:
        if not stat.S_ISSOCK(os.fstat(fd).st_mode):
            return False
        duplicate = os.dup(fd)
    except OSError:  # closed meanwhile
        return False
    try:
        sock = socket.socket(fileno=duplicate)
    except OSError:  # not a socket Python can read
        os.close(duplicate)
        return False
    with sock:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
            return False
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            return False
        return True
