"""The console entry point, `qtread` and `python -m qtread`.

Importing this module is the first thing both do, and it installs signal handlers at
once: Ctrl-C or SIGTERM while the command line's heavy modules are still being imported
(about a second) ends qtread with one line and exit status 130, never a traceback. Once
they are imported, `qtread.cli.main` takes the signals over.
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING

from qtread.errors import EXIT_INTERRUPTED, say_interrupted

if TYPE_CHECKING:
    from types import FrameType


def _stop(signum: int, frame: FrameType | None) -> None:
    """Nothing has been written yet: leave at once."""
    say_interrupted()
    raise SystemExit(EXIT_INTERRUPTED)


if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # else it is ignored
    signal.signal(signal.SIGINT, _stop)
signal.signal(signal.SIGTERM, _stop)


def main() -> None:
    from qtread.cli import main as run

    run()
