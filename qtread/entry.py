"""The console entry point, `qtread` and `python -m qtread`.

Importing this module is the first thing both do, and it installs signal handlers at
once: Ctrl-C or SIGTERM while the command line's modules are still being imported ends
qtread with one line and exit status 130, never a traceback. Once they are imported,
`qtread.cli.app.main` takes the signals over. Nothing else is imported before that, so
`qtread --version` answers before typer and the commands are even loaded.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

#: qtread.errors.EXIT_INTERRUPTED, and its line before the language is known: a signal
#: may land in the middle of an import, so the first handler imports nothing.
_EXIT_INTERRUPTED = 130
_INTERRUPTED = "qtread: interrupted\n"


def _stop(signum: int, frame: object) -> None:
    """Nothing has been written yet: leave at once. Not by raising SystemExit: a handler
    that runs inside an import's clean-up (a weakref callback) would see it ignored."""
    sys.stderr.write(_INTERRUPTED)
    sys.stderr.flush()
    os._exit(_EXIT_INTERRUPTED)


def _install(handler: Callable[[int, object], None]) -> None:
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # an ignored one stays so
        signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)


# first, before any other module of qtread is imported
_install(_stop)


def main() -> None:
    """Answer `--version` at once, else choose the language and run the command line."""
    if sys.argv[1:] == ["--version"]:  # the one answer that needs no command line
        from qtread import __version__
        from qtread.cli.output import one_line_errors, write_stdout

        with one_line_errors():
            write_stdout(f"{__version__}\n")
        return
    from qtread.errors import EXIT_INTERRUPTED, say_interrupted
    from qtread.i18n import use_language

    use_language()  # before typer is imported: it translates its own words at import

    def stop(signum: int, frame: object) -> None:
        """As _stop, in the reader's language (all it needs is imported now)."""
        say_interrupted()
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)

    _install(stop)
    from qtread.startup import quiet

    quiet()  # no garbage collection while the command line is imported (qtread.startup)
    from qtread.cli.app import main as run

    run()
