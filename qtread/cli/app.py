"""The typer application: the commands registered, and main(), which runs them.

A command module imports only typer and light enums at its top; what the command needs
(the parser, Rich, Textual, WeasyPrint) is imported when it runs, so that `--help`, a
usage error or another command never pays for it (bench/startup.py measures this).
"""

from __future__ import annotations

import signal
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from qtread.cli.dump import dump
from qtread.cli.export import export
from qtread.cli.info import info
from qtread.cli.output import one_line_errors, write_stdout
from qtread.cli.read import read
from qtread.cli.toc import toc
from qtread.errors import EXIT_INTERRUPTED, say_interrupted


class _Commands(TyperGroup):
    """Typer turns Ctrl-C inside a command into a silent exit 130: say so, as main() does."""

    def invoke(self, ctx: Any) -> Any:  # a click Context; Typer vendors click privately
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            say_interrupted()
            raise typer.Exit(EXIT_INTERRUPTED) from None


app = typer.Typer(
    name="qtread",
    cls=_Commands,
    help="Read and export issues of 潮涌钱塘 (QIANTANG).",
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
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,  # before click asks for a command
        ),
    ] = False,
) -> None:
    """Read and export issues of 潮涌钱塘 (QIANTANG)."""


for command in (toc, dump, info, read, export):
    app.command()(command)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM ends qtread the way Ctrl-C does, so the same clean-up runs."""
    raise KeyboardInterrupt


def main() -> None:
    """Run the app, turning qtread's own errors into one line and an exit code.

    Called by `qtread.entry`, whose signal handlers cover the imports; from here on Ctrl-C
    and SIGTERM raise KeyboardInterrupt, so that clean-up code runs.
    """
    with one_line_errors():
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, _terminate)
        app(prog_name="qtread")  # also under `python -m qtread`: usage and completion
