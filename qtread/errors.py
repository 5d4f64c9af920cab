"""The errors qtread reports to people, and the exit codes they map to.

Every failure a user can cause ends in one of these: the CLI prints `str(error)` as one
line on stderr and exits with `error.exit_code`. Anything else is a bug.
"""

from __future__ import annotations

import errno
import signal
import sys

from qtread.i18n import N_, _

EXIT_OK = 0
EXIT_FAILED = 1  # a batch finished, but some files could not be converted
EXIT_BAD_INPUT = 2  # unreadable or unusable input, or a usage error
EXIT_INTERRUPTED = 130  # SIGINT / SIGTERM: nothing half-written was left behind
EXIT_PIPE_CLOSED = 141  # the reader of standard output went away (128 + SIGPIPE, as `cat`)


#: Reasons for the OS errors people meet when writing, in their words (and language).
_OS_REASONS = {
    errno.ENOSPC: N_("no space left on the device"),
    errno.EDQUOT: N_("disk quota exceeded"),
    errno.EROFS: N_("the file system is read-only"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.ENOTDIR: N_("a parent of the output is not a directory"),
    errno.ENOENT: N_("the output directory does not exist"),
    errno.EISDIR: N_("a directory is in the way"),
}


def say_interrupted() -> None:
    """The one line an interrupted run prints, wherever the interrupt lands."""
    sys.stderr.write("qtread: " + _("interrupted") + "\n")


def os_reason(error: OSError) -> str:
    """A short reason for an OS error, in the reader's language where qtread knows it."""
    if error.errno in _OS_REASONS:
        return _(_OS_REASONS[error.errno])
    return error.strerror or str(error)


_READ_REASONS = {
    errno.ENOENT: N_("no such file"),
    errno.EISDIR: N_("is a directory"),
    errno.ELOOP: N_("too many levels of symbolic links (a loop)"),
}


def read_reason(error: OSError) -> str:
    """A short reason a file given to read (a stylesheet, a cover) could not be read."""
    if error.errno in _READ_REASONS:
        return _(_READ_REASONS[error.errno])
    return os_reason(error)


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM, raised where the run must unwind through its clean-up (temporary
    files deleted, workers stopped). A BaseException, like KeyboardInterrupt, so that no
    `except Exception` swallows it; typer turns a KeyboardInterrupt into a silent exit,
    this it lets through to the one place that says it (`cli.output.one_line_errors`)."""


def redeliver_lost_interrupts() -> None:
    """An interrupt raised inside a finaliser or a weakref callback (WeasyPrint's
    `FontConfiguration.__del__`, an import's clean-up) is one Python ignores: it prints
    "Exception ignored in …" with a traceback and carries on as if nothing happened. This
    hook sends the signal again instead, so that it lands outside the finaliser and ends
    the run the usual way; anything else still goes to Python's own hook."""

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
        elif isinstance(unraisable.exc_value, Interrupted):
            signal.raise_signal(signal.SIGTERM)
        else:
            sys.__unraisablehook__(unraisable)

    sys.unraisablehook = hook


class QtreadError(Exception):
    """A failure a user can cause: said in one line, ending qtread with `exit_code`."""

    exit_code = EXIT_BAD_INPUT


class InputError(QtreadError):
    """The input is not an issue file we can read (missing, binary, empty, undecodable…)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class OutputError(QtreadError):
    """An output could not be written (read-only directory, full disk…)."""

    exit_code = EXIT_FAILED


class SetupError(QtreadError):
    """The machine lacks something qtread needs (a font, HarfBuzz subsetting…)."""

    exit_code = EXIT_FAILED
