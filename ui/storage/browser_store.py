"""Keep a few strings in the visitor's own browser (window.localStorage), never on the server.

A reload, a closed tab, a browser or server restart then loses nothing, and forgetting is the
visitor's choice. The bridge is an invisible ``st.components.v2`` component: its JS/CSS/HTML are
constants, every value travels through ``data=`` (JSON) and back through one trigger value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

import streamlit as st

STORE_PREFIX: Final = "interview-advisor:"
# Set by the bridge while this browser keeps anything of ours, so the first run of a session, before
# the bridge has reported, can tell a browser that keeps nothing (its cookie is absent) and open a
# link as in a new browser at once, without a second run of the whole page when the report comes.
KEEPS_COOKIE: Final = "interview-advisor-keeps"

# Runs in the app page (no iframe: the app origin's localStorage) on mount and when `data` changes.
_JS: Final = r"""
const PROBE = "(probe)";

function names(storage, prefix) {
  const found = [];
  for (let i = 0; i < storage.length; i += 1) {
    const name = storage.key(i);
    if (name !== null && name.startsWith(prefix)) found.push(name);
  }
  return found;
}

function apply(storage, prefix, clear, writes) {
  let ok = true;
  try {
    if (clear) names(storage, prefix).forEach((name) => storage.removeItem(name));
    for (const [name, value] of Object.entries(writes)) {
      const full = prefix + name;
      try {  // compare first: identical writes touch nothing
        if (value === null) { if (storage.getItem(full) !== null) storage.removeItem(full); }
        else if (storage.getItem(full) !== value) storage.setItem(full, value);
      } catch (error) { ok = false; }  // QuotaExceededError and the like
    }
  } catch (error) { ok = false; }
  return ok;
}

function report(storage, prefix) {
  const entries = {};
  try {  // no storage, disabled or full: whatever could be read, and "not available"
    for (const name of names(storage, prefix)) {
      if (name !== prefix + PROBE) entries[name.slice(prefix.length)] = storage.getItem(name);
    }
    storage.setItem(prefix + PROBE, "1");
    storage.removeItem(prefix + PROBE);
    return { entries, available: true };
  } catch (error) { return { entries, available: false }; }
}

// The cookie says only whether anything of ours is kept here (never what): a request without it
// comes from a browser that keeps nothing (server side: browser_store.keeps_nothing).
function mark(storage, prefix, cookie) {
  try {
    const keeps = storage !== null && names(storage, prefix).some((name) => name !== prefix + PROBE);
    document.cookie = `${cookie}=${keeps ? "1; max-age=31536000" : "; max-age=0"}; path=/; SameSite=Strict`;
  } catch (error) { /* cookies refused: the first run waits for the report, as it always could */ }
}

// The report makes the app run again: it waits until the app has finished its current run (or
// about five seconds, whichever comes first), so that rerun never cuts the first one short.
function afterRun(send, tries = 0) {
  const app = document.querySelector('[data-testid="stApp"]');
  if (tries >= 300 || app === null || app.dataset.testScriptState === "notRunning") send();
  else setTimeout(() => afterRun(send, tries + 1), 16);
}

// Each answer rewrites the case in the address, and Streamlit adds a history entry for every new
// address: Back then stepped through one's own answers on the same page and seemed to do nothing.
// An address on the same page now replaces its entry; a change of page still adds one.
function keepHistoryShort() {
  const history = window.history;
  if (history.interviewAdvisorShort) return;
  const push = history.pushState.bind(history);
  history.pushState = (state, title, url) => {
    let samePage = false;
    try { samePage = url != null && new URL(String(url), window.location.href).pathname === window.location.pathname; }
    catch (error) { samePage = false; }
    return samePage ? history.replaceState(state, title, url) : push(state, title, url);
  };
  history.interviewAdvisorShort = true;
}

export default function ({ data, setTriggerValue }) {
  keepHistoryShort();
  const { prefix, cookie, writes, clear, reported, failed } = data;
  let storage = null;  // reading window.localStorage itself throws where storage is disabled
  try { storage = window.localStorage ?? null; } catch (error) { storage = null; }
  // Once the app has taken the report in (it sends reported=true), say so on the document: tests
  // and benchmarks wait for it, since the run that follows the report may change what shows.
  if (reported) document.documentElement.dataset.interviewAdvisorStore = "settled";
  const pending = clear || Object.keys(writes).length > 0;
  const ok = !pending || (storage !== null && apply(storage, prefix, clear, writes));
  mark(storage, prefix, cookie);
  if (!reported) afterRun(() => setTriggerValue("report", { ...report(storage, prefix), failed: !ok }));
  else if (failed === ok) setTriggerValue("report", { failed: !ok });  // only a change reruns
}
"""

# A constant marker, so the constant CSS can hide the element's container and its layout gap.
# The CSS must span lines: Streamlit takes a stripped one-line string with "[" for a file glob.
_HTML: Final = '<span class="interview-advisor-store" hidden></span>'
# It is also the app's one stylesheet, being drawn on every page: a container keyed "in_sight_…"
# (ui.views.chart.IN_SIGHT) stays below the header while its column scrolls past (its layout
# wrapper is what sticks), and a field reached by keyboard scrolls clear of it. On a phone, answer
# buttons are a finger's height, and a field's "Press Enter to apply" (a key a phone lacks, which
# covered the last line typed) is left out: leaving the field applies it.
_CSS: Final = """[data-testid="stElementContainer"]:has(.interview-advisor-store) {
  display: none; }
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-in_sight_"]) {
  position: sticky; top: 3.75rem; z-index: 2; background: #FFFFFF; }
[data-testid="stMain"]:has([class*="st-key-in_sight_"]) { scroll-padding-top: 8rem; }
[class*="st-key-choice_"] a[data-testid="stPageLink-NavLink"] {
  min-height: 3rem; padding: 0.5rem 1rem; border: 1px solid #0B5CAD; border-radius: 0.5rem; }
[class*="st-key-choice_"] a[data-testid="stPageLink-NavLink"] p { font-size: 1.05rem; font-weight: 600; }
@media (pointer: coarse), (max-width: 640px) {
  [data-testid="stButtonGroup"] button { min-height: 2.75rem; }
  [data-testid="InputInstructions"] { display: none; } }"""

_BRIDGE: Final = st.components.v2.component(
    "interview_advisor.browser_store", html=_HTML, css=_CSS, js=_JS, isolate_styles=False)


@dataclass(frozen=True, eq=False)
class Stored(Mapping[str, str]):
    """What the browser held when the bridge first reported (names without the prefix).

    ``available`` is False when this browser keeps nothing (storage disabled, private mode, full);
    ``write_failed`` says the last writes did not all land (quota), so the app can tell the visitor.
    """

    entries: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    available: bool = True
    write_failed: bool = False

    def __getitem__(self, name: str) -> str:
        return self.entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _keys(key: str) -> tuple[str, str]:
    """Plain session keys (report, failed flag): unlike widget state, they outlive a run without it."""
    return f"{key}:report", f"{key}:failed"


def _keep_report(key: str, store_key: str) -> None:
    """Copy the browser's trigger (of the bridge drawn under ``key``) into the plain session state
    of the store ``store_key``; as a callback it runs before the script.

    A trigger lasts one run and is not replayed when the frontend reconnects to a new server, so
    a stale mount report can never resurface; only the first report of a session is kept, later
    ones (a remount) are ignored, so the session's newer data always wins.
    """
    report_key, failed_key = _keys(store_key)
    state: Any = st.session_state.get(key)
    payload: Any = state.get("report") if isinstance(state, Mapping) else None
    if not isinstance(payload, dict):
        return
    if "failed" in payload:
        st.session_state[failed_key] = payload["failed"] is True
    entries = payload.get("entries")
    if isinstance(entries, dict) and report_key not in st.session_state:
        # The payload comes from the visitor's browser: keep only string pairs.
        kept = {name: value for name, value in entries.items() if isinstance(name, str) and isinstance(value, str)}
        st.session_state[report_key] = {"entries": kept, "available": payload.get("available") is True}


def reported(key: str) -> Stored | None:
    """What the browser reported at mount (None until it has), without drawing the bridge: the
    report arrives by a callback before the script runs, so a run can act on it before it draws."""
    report_key, failed_key = _keys(key)
    report = st.session_state.get(report_key)
    if report is None:
        return None
    failed = st.session_state.get(failed_key) is True
    return Stored(entries=MappingProxyType(report["entries"]), available=report["available"], write_failed=failed)


def keeps_nothing() -> bool:
    """Whether this browser keeps nothing of ours, as far as its request says (no KEEPS_COOKIE). A
    browser that kept something before the cookie existed, or refuses cookies, looks empty here:
    what it reports then corrects it."""
    return KEEPS_COOKIE not in st.context.cookies


def browser_store(key: str, writes: Mapping[str, str | None], *, clear: bool = False) -> Stored | None:
    """Draw the bridge (call once per script run, always with the same widget key).

    Returns None until the browser has reported what it holds (the first run of a session), then
    the entries as the browser reported them at mount. ``writes`` are applied in the browser: a
    str is stored under STORE_PREFIX+name, None removes it; they are only sent after the first
    report, so an empty first run can never overwrite what the browser holds. ``clear=True``
    ("forget this device") first removes every key starting with STORE_PREFIX, then applies
    ``writes``; it is sent even before the first report (nothing to lose), so pass it only in
    the run that should forget. Never draw the bridge inside st.form: triggers are ignored there.
    A remount (e.g. a page switch when drawn inside a page) re-applies the writes and never reports
    again; only a new session (reload, new tab, server restart) reads the browser afresh.
    """
    settled = reported(key) is not None
    _BRIDGE(key=key, data=_data(key, writes if settled else {}, reported=settled, clear=clear),
            on_report_change=lambda: _keep_report(key, key))
    return reported(key)


def browser_write(key: str, store_key: str, writes: Mapping[str, str | None]) -> None:
    """Apply ``writes`` from a second, write-only bridge under widget key ``key``.

    A fragment's rerun draws only the fragment, so the bridge drawn by ``browser_store`` (under
    ``store_key``) never sees an edit made there: a tab closed after it would lose it. This one is
    drawn inside the fragment. It never reports (the store's own report is the session's one
    reading of the browser) and writes nothing before that report, like the bridge itself; a
    failed write updates the store's flag, so the visitor is told as for any other write.
    """
    if reported(store_key) is not None:
        _BRIDGE(key=key, data=_data(store_key, writes, reported=True, clear=False),
                on_report_change=lambda: _keep_report(key, store_key))


def _data(store_key: str, writes: Mapping[str, str | None], *, reported: bool, clear: bool) -> dict[str, Any]:
    """What a bridge is sent: only JSON, never code."""
    failed = st.session_state.get(_keys(store_key)[1]) is True
    return {"prefix": STORE_PREFIX, "cookie": KEEPS_COOKIE, "reported": reported, "failed": failed, "clear": clear,
            "writes": {str(name): value for name, value in writes.items()}}
