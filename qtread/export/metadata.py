"""What the user says about an issue, over what the parser read from it: the magazine's
title, the issue's number, its date and a cover image, from `export --title/--issue/
--date/--cover` and from a sidecar file beside the issue (`issue.txt` → `issue.toml`).

The command line wins over the sidecar, the sidecar over the parse. A sidecar that says
something else (an unknown key, a date that is none) is the file's error, in one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from qtread.errors import InputError
from qtread.i18n import N_, _
from qtread.model import Issue
from qtread.text.sanitize import display_name

_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2}))?$")
#: What a sidecar may say, and what each must be.
SIDECAR_KEYS = {"title": str, "issue": int, "date": str, "cover": str}
_KINDS = {str: N_("text"), int: N_("a whole number")}


@dataclass(frozen=True, slots=True)
class MetadataOverride:
    """Metadata to put in place of the parse's; None leaves the parse's."""

    title: str | None = None  # the magazine's name: 潮涌钱塘
    issue: int | None = None
    year: int | None = None
    month: int | None = None
    cover: Path | None = None  # an image for the cover (a sidecar's: beside the sidecar)

    def over(self, other: MetadataOverride) -> MetadataOverride:
        """These values where given, OTHER's elsewhere."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return replace(other, **{k: v for k, v in values.items() if v is not None})

    @classmethod
    def of(
        cls,
        title: str | None,
        issue: int | None,
        date: str | None,
        cover: Path | None = None,
    ) -> MetadataOverride:
        """From the command line's words; raises ValueError for a date that is none."""
        year, month = parse_date(date) if date else (None, None)
        title = title.strip() or None if title else None
        return cls(title=title, issue=issue, year=year, month=month, cover=cover)


def parse_date(text: str) -> tuple[int, int | None]:
    """`2021-03` → (2021, 3); `2021` → (2021, None); anything else: ValueError."""
    match = _DATE.match(text.strip())
    month = int(match["month"]) if match and match["month"] else None
    if (
        match is None
        or not 1000 <= int(match["year"]) <= 9999
        or not (month is None or 1 <= month <= 12)
    ):
        raise ValueError(_("{date!r} is not a date: YYYY or YYYY-MM").format(date=text))
    return int(match["year"]), month


def sidecar_path(source: str) -> Path | None:
    """The sidecar of the issue file SOURCE, if there is one (never for standard input)."""
    if source == "-":
        return None
    path = Path(source).with_suffix(".toml")
    return path if path.is_file() else None


def read_sidecar(path: Path) -> MetadataOverride:
    """The sidecar at PATH; InputError naming it if it says anything but its keys."""
    import tomllib

    name = display_name(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(
            name, _("not a readable TOML file: {reason}").format(reason=error)
        ) from None
    for key, value in data.items():
        wanted = SIDECAR_KEYS.get(key)
        if wanted is None:
            known = ", ".join(SIDECAR_KEYS)
            raise InputError(
                name, _("unknown key {key!r} (keys: {known})").format(key=key, known=known)
            )
        if not isinstance(value, wanted) or isinstance(value, bool):
            reason = _("{key} must be {kind}").format(key=key, kind=_(_KINDS[wanted]))
            raise InputError(name, reason)
    cover = path.parent / data["cover"] if "cover" in data else None
    try:
        return MetadataOverride.of(data.get("title"), data.get("issue"), data.get("date"), cover)
    except ValueError as error:
        raise InputError(name, str(error)) from None


def with_metadata(issue: Issue, override: MetadataOverride) -> Issue:
    """ISSUE with OVERRIDE's values in place of the parse's."""
    meta = issue.metadata
    changed = replace(
        meta,
        title=override.title if override.title is not None else meta.title,
        issue_number=override.issue if override.issue is not None else meta.issue_number,
        year=override.year if override.year is not None else meta.year,
        month=override.month if override.year is not None else meta.month,
    )
    return replace(issue, metadata=changed)


def metadata_for(source: str, given: MetadataOverride) -> MetadataOverride:
    """What is to override the parse of SOURCE: GIVEN (the command line) over its sidecar."""
    sidecar = sidecar_path(source)
    return given if sidecar is None else given.over(read_sidecar(sidecar))
