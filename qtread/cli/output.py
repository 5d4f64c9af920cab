"""Everything the command line writes to standard output or says on standard error.

Output for scripts is UTF-8 whatever the locale says, and is written in one piece, so a
failure leaves no half-printed JSON behind a traceback. A write that fails becomes one
line: a closed pipe (`qtread toc … | head`) ends qtread quietly, as it ends `cat`; any
other failure (`> /dev/full`) is `qtread: standard output: reason`, exit 1.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from qtread.errors import (
    EXIT_INTERRUPTED,
    EXIT_PIPE_CLOSED,
    Interrupted,
    OutputError,
    QtreadError,
    os_reason,
    say_interrupted,
)
from qtread.i18n import _
from qtread.text.sanitize import printable

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


class PipeClosed(Exception):
    """Whoever read standard output stopped reading: nothing more to say to anyone."""


@contextmanager
def writing_stdout() -> Iterator[None]:
    """Turn a failed write to standard output into PipeClosed or one OutputError."""
    try:
        yield
    except BrokenPipeError:
        raise PipeClosed from None
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise PipeClosed from None
        raise OutputError(_("standard output") + ": " + os_reason(error)) from None


def write_stdout(text: str) -> None:
    """Write TEXT to standard output as UTF-8, in one piece."""
    with writing_stdout():
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


#: What makes Rich treat a pipe as a terminal: with none of them set, a pipe is a pipe
#: and Rich need not be imported to learn it.
_RICH_TERMINAL_OVERRIDES = ("FORCE_COLOR", "FORCE_TERMINAL", "TTY_COMPATIBLE")


def stdout_console() -> Console:
    """A Rich console on standard output that never reads issue text as markup."""
    from rich.console import Console

    return Console(highlight=False)


def terminal_console() -> Console | None:
    """stdout_console() where standard output is a terminal (as Rich judges it), else None."""
    if not sys.stdout.isatty() and not any(map(os.environ.get, _RICH_TERMINAL_OVERRIDES)):
        return None
    console = stdout_console()
    return console if console.is_terminal else None


def print_rich(console: Console, renderable: RenderableType = "") -> None:
    """Print RENDERABLE on CONSOLE, its write failures handled as write_stdout's are."""
    with writing_stdout():
        console.print(renderable)
        console.file.flush()


def show_what_the_console_can() -> None:
    """Text for people (tables, summaries, help) goes through the console's encoding; where
    that cannot hold Chinese (`PYTHONIOENCODING=ascii`, an old code page), what it cannot
    show is shown as an escape instead of ending qtread in a traceback after the work is
    done. Output for scripts is written as UTF-8 bytes and is not affected."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a real text stream, not a test's capture
            reconfigure(errors="backslashreplace")


def say(message: str) -> None:
    """One line on standard error, `qtread: …`, with no control character let through."""
    sys.stderr.write(printable(f"qtread: {message}") + "\n")
    sys.stderr.flush()


def complain(error: QtreadError) -> None:
    """Report one bad file of several as main() reports a fatal error."""
    say(str(error))


def silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last flush of a
    closed pipe says nothing on the way out."""
    with_devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(with_devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no descriptor to replace (a test's captured stream)
        pass
    finally:
        os.close(with_devnull)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """What every run of qtread promises: an interrupt, a closed pipe or one of qtread's
    own errors ends it with one line (or none, for the pipe) and a documented exit code."""
    try:
        yield
    except (KeyboardInterrupt, Interrupted):
        say_interrupted()
        raise SystemExit(EXIT_INTERRUPTED) from None
    except PipeClosed:
        silence_stdout()
        raise SystemExit(EXIT_PIPE_CLOSED) from None
    except QtreadError as error:
        # One unwrapped line, whatever the terminal width, with no control characters
        # from a file name reaching the terminal: scripts grep for it.
        say(str(error))
        raise SystemExit(error.exit_code) from None
