"""Pass: strip page furniture — running headers, folios, repeated layout labels.

Furniture is removed line by line before paragraphs are rebuilt, so that a sentence
the printed page split around a header joins up again. A removed line becomes blank
(keeping line numbers) and goes into the ledger. A running header that names its
column is remembered, because for some issues it is the only place the column is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qtread.model import DroppedLine
from qtread.parse.lines import Line
from qtread.parse.profile import Profile

_SECTION_WORD_REACH = 4  # lines after a running header that may hold its English word


@dataclass(slots=True)
class Furniture:
    lines: list[Line]
    dropped: list[DroppedLine] = field(default_factory=list)
    columns: dict[int, str] = field(default_factory=dict)  # line number → column named there


def strip_furniture(lines: list[Line], profile: Profile) -> Furniture:
    result = Furniture(list(lines))
    last_header = -_SECTION_WORD_REACH - 1
    for index, line in enumerate(lines):
        if line.blank:
            continue
        text = line.text
        reason = None
        if header := profile.running_header.match(text):
            reason = "running header"
            last_header = index
            if column := header.group("column"):
                result.columns[line.number] = column
        elif text in profile.section_words and (
            index - last_header <= _SECTION_WORD_REACH or text.startswith("N")
        ):
            reason = "running header (English column word)"
        elif _is_folio(text, profile):
            reason = "folio"
        elif any(label.match(text) for label in profile.labels):
            reason = "layout label"
        if reason:
            result.lines[index] = Line(line.number, "", lead_space=line.lead_space)
            result.dropped.append(DroppedLine(line.number, text, reason))
    return result


def _is_folio(text: str, profile: Profile) -> bool:
    match = profile.folio.match(text)
    if not match:
        return False
    a, b = match.group("a"), match.group("b")
    if a is None or b is None:
        return True  # the garbled form
    return int(b) == int(a) + 1


def drop_region(lines: list[Line], start: int, end: int, reason: str) -> list[DroppedLine]:
    """Blank out lines[start:end] (cover, TOC…) and return their ledger entries."""
    dropped = []
    for index in range(start, end):
        line = lines[index]
        if not line.blank:
            dropped.append(DroppedLine(line.number, line.text, reason))
            lines[index] = Line(line.number, "", lead_space=line.lead_space)
    return dropped
