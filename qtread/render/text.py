"""Text as every rendered output sets it: labels on one line, body text that no renderer
breaks beside forbidden punctuation, headers shortened.

The model keeps text exactly as the parser found it; what may reach XHTML at all is
`qtread.text.sanitize.xml_clean`'s job, and every function here starts from it. An
ordinary space before 「：」 would let a renderer start a line with it.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

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


#: Full-width marks whose glyph fills one half of its em, the other half blank (the
#: simplified Chinese forms: a closing mark sits left, an opening one right).
_CLOSING_MARKS = "，。、；：？！）］｝〕】〗〉》」』”’"
_OPENING_MARKS = "（［｛〔【〖〈《「『“‘"
_MARKS = _CLOSING_MARKS + _OPENING_MARKS
#: A closing mark before another mark, with the character on either side: set as one
#: unbreakable run, since WeasyPrint may break a line where an inline element starts.
_MARK_RUN = re.compile(f"[^{_MARKS}\\s]?[{_CLOSING_MARKS}][{_MARKS}]+[^{_MARKS}\\s]?")


def _halved(text: str, index: int) -> bool:
    """Whether the mark at INDEX is set at half width: a closing mark before another mark
    (`，“` `。」` `）（` `”。`), its blank right half facing that mark. Of two opening marks
    (`《“`) the second's blank half faces the first, but the font halves it by drawing it
    half an em to the left of where it stands, and text extractors then read the line as
    broken there: those stay full width."""
    return text[index] in _CLOSING_MARKS and index + 1 < len(text) and text[index + 1] in _MARKS


def compress_punctuation(text: str) -> Markup:
    """TEXT escaped for HTML, with one mark of each pair of adjacent full-width marks set
    at half width (`<span class="halt">`, the font's `halt` feature): `，“` would show a
    double-wide gap. Only the glyph's advance changes; the text is the same."""
    out: list[str] = []
    done = 0
    for run in _MARK_RUN.finditer(text):
        out.append(escape(text[done : run.start()]))
        chars = [
            f'<span class="halt">{escape(text[i])}</span>' if _halved(text, i) else escape(text[i])
            for i in range(run.start(), run.end())
        ]
        out.append(f'<span class="marks">{"".join(chars)}</span>')
        done = run.end()
    out.append(escape(text[done:]))
    return Markup("".join(out))


def shorten(text: str, limit: int) -> str:
    """At most LIMIT characters, with an ellipsis when cut (for running headers)."""
    text = label(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
