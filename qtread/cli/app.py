"""The typer application: the commands registered, and main(), which runs them.

A command module imports only typer and light enums at its top; what the command needs
(the parser, Rich, Textual, WeasyPrint) is imported when it runs, so that `--help`, a
usage error or another command never pays for it (bench/startup.py measures this).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import Annotated

import typer

from qtread.cli import dump, export, info, library, read, search, toc
from qtread.cli.localized import Command, Group
from qtread.cli.output import one_line_errors, show_what_the_console_can, write_stdout
from qtread.errors import Interrupted, redeliver_lost_interrupts
from qtread.i18n import _

#: Every command, by the name it is called by, with its help.
_COMMANDS: dict[str, tuple[Callable[..., None], str]] = {
    "toc": (toc.toc, toc.HELP),
    "dump": (dump.dump, dump.HELP),
    "info": (info.info, info.HELP),
    "read": (read.read, read.HELP),
    "export": (export.export, export.HELP),
    "search": (search.search, search.HELP),
}


#: What typer's shell completion sets when it asks qtread for completions.
_COMPLETION_VARIABLE = "_QTREAD_COMPLETE"


def _show_version(value: bool) -> None:
    if value:
        from qtread import __version__

        write_stdout(f"{__version__}\n")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help=_("Show the version and exit."),
            callback=_show_version,
            is_eager=True,  # before click asks for a command
        ),
    ] = False,
) -> None:
    """Read and export issues of 潮涌钱塘 (QIANTANG)."""


def application(only: str | None = None) -> typer.Typer:
    """The command line: every command, or ONLY the one named, if it is one.

    typer turns each registered command's signature into click parameters on every run,
    about 3 ms a command (bench/startup.py), and a run that names its command needs no
    other: `qtread toc FILE` builds `toc` alone. The group's help, completion and a
    misspelt command's suggestions are given by the application with all of them.
    """
    app = typer.Typer(
        name="qtread",
        cls=Group,
        help=_("Read and export issues of 潮涌钱塘 (QIANTANG)."),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root)
    named = only in _COMMANDS or only == library.app.info.name
    for name, (command, text) in _COMMANDS.items():
        if not named or name == only:
            app.command(cls=Command, help=text)(command)
    if not named or only == library.app.info.name:
        app.add_typer(library.app)
    return app


#: The whole command line, as tests and completion see it.
app = application()


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM ends qtread the way Ctrl-C does, so the same clean-up runs."""
    raise Interrupted(signum)


def main() -> None:
    """Run the app, turning qtread's own errors into one line and an exit code.

    Called by `qtread.entry`, whose signal handlers cover the imports; from here on Ctrl-C
    raises KeyboardInterrupt and SIGTERM Interrupted, so that clean-up code runs, and
    `one_line_errors` says either once.
    """
    with one_line_errors():
        show_what_the_console_can()
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminate)
        redeliver_lost_interrupts()
        completing = _COMPLETION_VARIABLE in os.environ  # typer then reads no arguments
        wanted = None if completing or len(sys.argv) < 2 else sys.argv[1]
        application(wanted)(prog_name="qtread")  # also under `python -m qtread`
