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

from qtread.parse.classify import trailing_byline
from qtread.parse.lines import Line
from qtread.parse.profile import Profile


def split_marked_bylines(lines: list[Line], profile: Profile) -> list[Line]:
    """LINES with every byline an ornament or a bracket opens, closing a line's text,
    moved to a line of its own, under the same line number (a line's pieces share its
    number, as the column pass's do)."""
    marks = profile.byline_marks + "".join(pair[0] for pair in profile.byline_brackets)
    result: list[Line] = []
    for line in lines:
        text = line.text
        if not text or not any(mark in text for mark in marks):
            result.append(line)
            continue
        found = trailing_byline(text, profile)
        if found is None or not found[0]:
            result.append(line)
            continue
        before = found[0]
        byline = text[len(before) :].strip()
        if byline[:1] not in marks:
            result.append(line)
            continue
        result.append(line._replace(text=before, trail_space=False))
        result.append(line._replace(text=byline, lead_space=False))
    return result
