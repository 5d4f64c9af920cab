"""Publication metadata derived from the model, computed once for every output.

Nothing here reads a clock: the same issue always gives the same identifier and dates,
which is what makes the EPUB byte-identical on rebuild.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from qtread.model import Issue
from qtread.render.outline import UNTITLED
from qtread.render.text import label

#: Used for `dcterms:modified` when the issue prints no date (EPUB requires one).
FALLBACK_MODIFIED = "2000-01-01T00:00:00Z"
#: Masthead roles that name the publisher, most specific first.
PUBLISHER_ROLES = ("主办", "出版", "主管", "编撰出品", "承办")
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://qtread.invalid/issue")


@dataclass(frozen=True, slots=True)
class PublicationMeta:
    title: str  # 「潮涌钱塘 2020年第5期」
    magazine: str | None
    issue_number: int | None
    date: str | None  # ISO 8601: "2020-07" or "2020"
    date_label: str | None  # 「2020年7月」
    modified: str  # dcterms:modified
    publisher: str | None
    creator: str  # who signs the issue: the editorial office
    identifier: str  # urn:uuid:…


def _publisher(issue: Issue) -> str | None:
    masthead = {
        label(role).replace(" ", ""): names for role, names in issue.metadata.masthead.items()
    }
    for role in PUBLISHER_ROLES:
        names = [label(name) for name in masthead.get(role, []) if label(name)]
        if names:
            return "、".join(names)
    return None


def _identifier(issue: Issue) -> str:
    """uuid5 of magazine + year + issue number when printed, else of the source bytes."""
    meta = issue.metadata
    if meta.title and (meta.issue_number or (meta.year and meta.month)):
        key = f"{meta.title}|{meta.year}|{meta.month}|{meta.issue_number}"
    else:
        key = f"sha256:{issue.source.sha256}"
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"


def publication_meta(issue: Issue) -> PublicationMeta:
    meta = issue.metadata
    year = meta.year if meta.year and 1000 <= meta.year <= 9999 else None
    month = meta.month if meta.month and 1 <= meta.month <= 12 and year else None
    date = f"{year:04d}-{month:02d}" if year and month else (f"{year:04d}" if year else None)
    if year and month:
        date_label: str | None = f"{year}年{month}月"
    else:
        date_label = f"{year}年" if year else None
    modified = f"{year:04d}-{month or 1:02d}-01T00:00:00Z" if year else FALLBACK_MODIFIED
    magazine = label(meta.title) if meta.title and label(meta.title) else None
    return PublicationMeta(
        title=label(issue.display_title) or UNTITLED,
        magazine=magazine,
        issue_number=meta.issue_number,
        date=date,
        date_label=date_label,
        modified=modified,
        publisher=_publisher(issue),
        creator=f"{magazine}编辑部" if magazine else "编辑部",
        identifier=_identifier(issue),
    )
