"""Keep Streamlit's after-run garbage collection cheap.

Streamlit runs a full ``gc.collect(2)`` after every script run (``runner.postScriptGC``). With
plotly, pandas, pydantic and Streamlit itself loaded, that pass walks over 100,000 long-lived
objects, tens of milliseconds of holding the interpreter lock while the answer to a slider move
waits to be sent (measured: docs/PERFORMANCE-NOTES.md). Those objects are the imported modules,
which live as long as the process, so we move them out of the collector's sight with
``gc.freeze()``; the collection after each run then walks only what the sessions made since.

We freeze again whenever more modules have been imported (a page that needs pandas, say), so
nothing imported later is left in the collector's path. Garbage is collected just before each
freeze, so only live objects are frozen; a frozen object is still freed by reference counting
when its last reference goes.

This module can go once Streamlit no longer collects after every run (``runner.postScriptGC``
gone or off by default): ``tests/app/test_live_server.py`` then fails, saying so. It fails too
when a run on a real server leaves the heap unfrozen, and ``tests/app/test_heap.py`` when a
page run does.
"""

from __future__ import annotations

import gc
import sys

import streamlit as st


def freeze_after_run() -> None:
    """Call after a script run: freezes the heap once per new set of imported modules."""
    _freeze_for(len(sys.modules))


@st.cache_resource(show_spinner=False)
def _freeze_for(modules: int) -> int:
    """Cached per module count, so it runs once per process for each count (cache_resource is
    shared by all sessions); returns the number of objects frozen so far."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
