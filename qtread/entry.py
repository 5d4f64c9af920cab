"""The console entry point, `qtread` and `python -m qtread`.

Importing this module is the first thing both do, and it installs signal handlers at
once: Ctrl-C or SIGTERM while the command line's modules are still being imported ends
qtread with one line and exit status 130, never a traceback. Once they are imported,
`qtread.cli.main` takes the signals over. Nothing else is imported before that, so that
`qtread --version` answers before typer and the commands are even loaded.
"""

from __future__ import annotations

import signal
import sys


def _stop(signum: int, frame: object) -> None:
    """Nothing has been written yet: leave at once."""
    from qtread.errors import EXIT_INTERRUPTED, say_interrupted

    say_interrupted()
    raise SystemExit(EXIT_INTERRUPTED)


# first, before any other module of qtread is imported
if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # else it is ignored
    signal.signal(signal.SIGINT, _stop)
signal.signal(signal.SIGTERM, _stop)


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # the one answer that needs no command line
        from qtread import __version__
        from qtread.cli.output import one_line_errors, write_stdout

        with one_line_errors():
            write_stdout(f"{__version__}\n")
        return
    from qtread.i18n import use_language

    use_language()  # before typer is imported: it translates its own words at import
    from qtread.cli.app import main as run

    run()
