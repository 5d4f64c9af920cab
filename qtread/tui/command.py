"""`qtread read`: placeholder until the reader lands."""

from __future__ import annotations

import typer


def read() -> None:
    """Read an issue in the terminal."""
    raise typer.Exit(2)
