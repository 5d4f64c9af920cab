"""The errors qtread reports to people, and the exit codes they map to.

Every failure a user can cause ends in one of these: the CLI prints `str(error)` as one
line on stderr and exits with `error.exit_code`. Anything else is a bug.
"""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FAILED = 1  # a batch finished, but some files could not be converted
EXIT_BAD_INPUT = 2  # unreadable or unusable input, or a usage error
EXIT_INTERRUPTED = 130  # SIGINT / SIGTERM: nothing half-written was left behind
EXIT_PIPE_CLOSED = 141  # the reader of standard output went away (128 + SIGPIPE, as `cat`)


def say_interrupted() -> None:
    """The one line an interrupted run prints, wherever the interrupt lands."""
    sys.stderr.write("qtread: interrupted\n")


class QtreadError(Exception):
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
