"""The journal page's callbacks: keep the case, open or remove an entry, load a journal file.

Entries are named by their job and company (``advisor.sharing.journal.entry_key``), never by a place
in the list, so a burst of clicks on Remove removes the one entry clicked.
"""

from __future__ import annotations

from advisor.sharing import journal as journal_ops
from ui import state
from ui.callbacks.widget import read_upload
from ui.shell.guard import after_a_pause, guarded
from ui.storage import journal_store


@guarded
def keep_in_journal() -> None:
    try:
        journal_store.keep(journal_ops.add(journal_store.journal(), state.case()))
    except ValueError as error:
        state.refuse("journal_add", str(error))
        return
    state.refuse("journal_add", None)
    state.notify("This case is in your journal.")


@guarded
def open_from_journal(entry_key: str) -> None:
    kept = journal_ops.entry(journal_store.journal(), entry_key)
    if kept is not None:
        state.replace(kept, notice="The case from your journal is open in every step.", undo=True)


@guarded
def drop_from_journal(entry_key: str) -> None:
    if after_a_pause("journal", entry_key):
        journal_store.keep(journal_ops.remove(journal_store.journal(), entry_key))


@guarded
def load_journal(key: str) -> None:
    loaded = read_upload(key, journal_ops.from_file, "Your journal was kept as it was.")
    if loaded is not None:
        journal_store.keep(loaded)
        state.notify(f"Your journal is loaded: {len(loaded.cases)} interview(s).")
