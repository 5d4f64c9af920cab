"""Text as every rendered output sets it: labels on one line, body text that no renderer
breaks beside forbidden punctuation, headers shortened.

The model keeps text exactly as the parser found it; what may reach XHTML at all is
`qtread.text.sanitize.xml_clean`'s job, and every function here starts from it. An
ordinary space before 「：」 would let a renderer start a line with it.
"""

from __future__ import annotations

import re

from qtread.text.cjk import NO_LINE_END, NO_LINE_START
from qtread.text.sanitize import xml_clean

_SPACES = re.compile(r"\s+")
# The same line-start/line-end rules as the reader's line breaker (qtread.text.cjk).
_SPACE_BEFORE_CLOSER = re.compile(f"[ \t]+(?=[{re.escape(''.join(sorted(NO_LINE_START)))}])")
_SPACE_AFTER_OPENER = re.compile(f"(?<=[{re.escape(''.join(sorted(NO_LINE_END)))}])[ \t]+")


def label(text: str) -> str:
    """A one-line label (navigation, bookmarks, headers): cleaned, spaces collapsed."""
    return _SPACES.sub(" ", xml_clean(text)).strip()


def keep_together(text: str) -> str:
    """Turn spaces next to line-start/line-end-forbidden punctuation into no-break spaces.

    UAX #14 allows a break after an ordinary space even before 「：」 or 「？」, so a stray
    space in the source would put the mark at the start of a line. U+00A0 looks the same
    and forbids the break; every character of the text is kept.
    """
    text = _SPACE_BEFORE_CLOSER.sub(lambda m: "\u00a0" * len(m.group()), text)
    return _SPACE_AFTER_OPENER.sub(lambda m: "\u00a0" * len(m.group()), text)


def body(text: str) -> str:
    """Body text as rendered: cleaned, and with no break beside forbidden punctuation."""
    return keep_together(xml_clean(text))


def shorten(text: str, limit: int) -> str:
    """At most LIMIT characters, with an ellipsis when cut (for running headers)."""
    text = label(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
