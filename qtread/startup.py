"""The cyclic garbage collector is kept out of start-up.

Importing the command line, Textual and the parser makes some hundred thousand objects
that live as long as the process, and every full pass of the collector during start-up
walks all of them again: 30 ms of the reader's first screen. So `qtread.entry` switches
the collector off before it imports the command line, and `started` switches it back on
once a command has what it needs, with everything made so far frozen out of its passes.
A short command (`toc`, `dump`, `info`, `search`) ends before it matters; a long one
(`export`, `library add`, the reader) calls `started` first.
"""

from __future__ import annotations

import gc


def quiet() -> None:
    """Start-up begins: no collection until `started`."""
    gc.disable()


def started() -> None:
    """Start-up is over: what it made is frozen out of the collector's passes (it lives
    as long as the process), and the collector runs again for what comes next."""
    gc.freeze()
    gc.enable()
