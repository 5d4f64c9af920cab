"""`qtread dump`: the whole document model as JSON (docs/model.schema.json)."""

from __future__ import annotations

from typing import Annotated

import typer

from qtread.cli.options import EncodingOption, ProfileOption, ShapeOption, load_profile
from qtread.cli.output import write_stdout
from qtread.i18n import _

#: What `qtread dump --help` says, in the reader's language.
HELP = _("Print the whole document model as JSON.")


def dump(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help=_("Issue file, or - for standard input."))
    ],
    shape: ShapeOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """The model as docs/model.schema.json describes it, for scripts and for tests."""
    import json

    from qtread.parse.cache import parse_file
    from qtread.serialize import issue_to_dict

    load_profile(profile)  # a bad profile is one line before the file is read
    issue = parse_file(file, shape=shape, encoding=encoding, profile=profile)
    # serialised whole before the first byte is written: a failure never leaves half a JSON
    write_stdout(json.dumps(issue_to_dict(issue), ensure_ascii=False, indent=1) + "\n")
