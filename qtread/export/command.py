"""`qtread export`: placeholder until the exporters land."""

from __future__ import annotations

import typer


def export() -> None:
    """Export issues to EPUB, PDF and more."""
    raise typer.Exit(2)
