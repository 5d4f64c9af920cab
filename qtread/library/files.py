"""Which files are issues: those a user names, and those in the folders a user names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from qtread.errors import InputError
from qtread.i18n import _
from qtread.text.sanitize import display_name

#: What an issue file is called inside a folder (a file named outright is read whatever
#: its name): the converters' outputs are text or Markdown.
ISSUE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})


def issue_files(paths: Iterable[str | Path]) -> list[Path]:
    """PATHS with every folder replaced by the issue files under it, at any depth, in
    path order; hidden files and folders are skipped, symbolic links to folders not
    followed (a loop cannot trap the walk). A name that is no folder is kept as given,
    so that reading it reports what is wrong with it."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if str(name) == "-" or not path.is_dir():
            found.append(path)
            continue
        in_folder = []
        for root, folders, names in os.walk(path):
            folders[:] = [folder for folder in folders if not folder.startswith(".")]
            in_folder += [
                Path(root, file)
                for file in names
                if not file.startswith(".") and Path(file).suffix.lower() in ISSUE_SUFFIXES
            ]
        found += sorted(in_folder) or [path]
    return found


def no_issue_files(path: Path) -> InputError | None:
    """The error for PATH when it is a folder `issue_files` found no issue file in."""
    if str(path) != "-" and path.is_dir():
        suffixes = ", ".join(sorted(ISSUE_SUFFIXES))
        reason = _("a directory with no issue files in it ({suffixes})").format(suffixes=suffixes)
        return InputError(display_name(path), reason)
    return None
