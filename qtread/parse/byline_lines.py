"""Pass: a byline printed at the end of a paragraph's last line gets a line of its own.

Some layouts close an article's lead with its byline on the same printed line
(`…人才云聘会。 ■ 记者 薛瑾`) and set the title under it. Left on the line, the byline
keeps the paragraph open (the line does not end a sentence), so the title under it is
read as a heading set inside a running sentence and the next paragraph is glued on.
The same holds for a byline in brackets closing an article (`…发展。（记者 汪株焱）`): on
its own line it still closes that article (the segmenter reads brackets so), and the
title under it opens the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qtread.parse.classify import parse_byline, trailing_byline
from qtread.parse.lines import Line
from qtread.parse.profile import Profile

_TAIL_CHARS = 40  # characters of a byline after its ornament or bracket, at most
_BYLINE_LINE_MAX = 70  # characters of a line that is a byline alone, at most


def split_marked_bylines(lines: list[Line], profile: Profile) -> list[Line]:
    """LINES with every byline an ornament or a bracket opens, closing a line's text,
    moved to a line of its own, under the same line number (a line's pieces share its
    number, as the column pass's do)."""
    marks = profile.byline_marks + "".join(pair[0] for pair in profile.byline_brackets)
    # one search over the whole text finds the few lines worth parsing (this pass sees
    # every line of the file, and a test per line would cost more than the pass)
    candidate = re.compile(
        rf"[。！？!?][”’」』）)]?[ \t]*[{re.escape(marks)}][^\n]{{0,{_TAIL_CHARS}}}$", re.M
    )
    joined = "\n".join(line.text for line in lines)
    wanted: set[int] = set()
    index = position = 0
    for match in candidate.finditer(joined):
        index += joined.count("\n", position, match.start())
        position = match.start()
        wanted.add(index)
    if not wanted:
        return lines
    result: list[Line] = []
    for number, line in enumerate(lines):
        if number in wanted:
            result.extend(_split(line, marks, profile))
        else:
            result.append(line)
    return result


def _split(line: Line, marks: str, profile: Profile) -> list[Line]:
    """LINE as its text and the byline closing it, if a byline an ornament or bracket
    opens closes it; else LINE alone."""
    found = trailing_byline(line.text, profile)
    if found is None or not found[0]:
        return [line]
    before = found[0]
    byline = line.text[len(before) :].strip()
    if byline[:1] not in marks:
        return [line]
    return [
        line._replace(text=before, trail_space=False),
        line._replace(text=byline, lead_space=False),
    ]


def byline_alone(profile: Profile) -> Callable[[str], bool]:
    """A test of a printed line: is it a byline and nothing else (`本刊记者／林远
    通讯员／周舟`)? No paragraph may take one in as a line of its text. The cheap test
    comes first, as the joiners ask it of every line: a byline opens with an ornament or
    a role's first letter."""
    openers = frozenset(profile.byline_marks) | {role[0] for role in profile.byline_roles}

    def alone(text: str) -> bool:
        return (
            text[:1] in openers
            and len(text) <= _BYLINE_LINE_MAX
            and parse_byline(text, profile) is not None
        )

    return alone
