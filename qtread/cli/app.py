"""The typer application: the commands registered, and main(), which runs them.

A command module imports only typer and light enums at its top; what the command needs
(the parser, Rich, Textual, WeasyPrint) is imported when it runs, so that `--help`, a
usage error or another command never pays for it (bench/startup.py measures this).
"""

from __future__ import annotations

import signal
from typing import Annotated

import typer

from qtread.cli import dump, export, info, library, read, search, toc
from qtread.cli.localized import Command, Group
from qtread.cli.output import one_line_errors, show_what_the_console_can, write_stdout
from qtread.errors import Interrupted, redeliver_lost_interrupts
from qtread.i18n import _

app = typer.Typer(
    name="qtread",
    cls=Group,
    help=_("Read and export issues of 潮涌钱塘 (QIANTANG)."),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from qtread import __version__

        write_stdout(f"{__version__}\n")
        raise typer.Exit()


@app.callback()
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


for command, text in (
    (toc.toc, toc.HELP),
    (dump.dump, dump.HELP),
    (info.info, info.HELP),
    (read.read, read.HELP),
    (export.export, export.HELP),
    (search.search, search.HELP),
):
    app.command(cls=Command, help=text)(command)
app.add_typer(library.app)


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
        app(prog_name="qtread")  # also under `python -m qtread`: usage and completion
