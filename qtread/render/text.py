"""Text hygiene shared by every output: what may reach XHTML, and where lines may break.

The model keeps text exactly as the parser found it. Outputs cannot: XML forbids most C0
controls, bidi overrides would let a hostile line reorder what a reader sees, and an
ordinary space before 「：」 lets a renderer start a line with it.
"""

from __future__ import annotations

import re

from qtread.text.cjk import NO_LINE_END, NO_LINE_START

# Characters XML 1.0 forbids (C0 controls except tab/LF/CR, DEL and C1, lone surrogates,
# U+FFFE/U+FFFF) plus the bidi embedding, override and isolate controls.
_ILLEGAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"\s+")
# The same line-start/line-end rules as the reader's line breaker (qtread.text.cjk).
_SPACE_BEFORE_CLOSER = re.compile(f"[ \t]+(?=[{re.escape(''.join(sorted(NO_LINE_START)))}])")
_SPACE_AFTER_OPENER = re.compile(f"(?<=[{re.escape(''.join(sorted(NO_LINE_END)))}])[ \t]+")


def clean(text: str) -> str:
    """Drop what XML cannot carry and what could reorder text; everything else stays."""
    return _ILLEGAL.sub("", text)


def label(text: str) -> str:
    """A one-line label (navigation, bookmarks, headers): cleaned, spaces collapsed."""
    return _SPACES.sub(" ", clean(text)).strip()


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
    return keep_together(clean(text))


def shorten(text: str, limit: int) -> str:
    """At most LIMIT characters, with an ellipsis when cut (for running headers)."""
    text = label(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
