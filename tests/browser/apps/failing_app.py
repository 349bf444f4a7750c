"""A page that fails, behind the app's own error boundary, for the browser test."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from ui import address, state
from ui.boundary import run_safely

state.init()
address.read(lambda: (None, True))


def _page() -> None:
    raise RuntimeError("secret internals: /etc/passwd")


run_safely(_page)
