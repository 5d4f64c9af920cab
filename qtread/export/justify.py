"""Inter-character justification for the PDF: what WeasyPrint 70 lacks for Chinese.

WeasyPrint justifies a line only by widening its spaces (U+0020, U+00A0), and a Chinese
paragraph has none, so `text-align: justify` leaves its right edge ragged; it knows no
`text-justify` either. Here every character is a justification opportunity, as
`text-justify: inter-character` makes it in a browser: a line's leftover width is spread
over the gaps between its characters, half a gap on each side of each, none at the
line's two ends.

- Inside one text box, the gap is Pango letter-spacing on the box's runs of characters
  (Pango drops it at the box's edges).
- Between text boxes (a `<span>` in the line) the half gaps are a shift of the box.

Every non-space character widens, Latin letters included: were only Han characters to
widen, the gaps in a line of mixed text would be uneven, and a PDF text extractor reads
an uneven gap as a space (pdftotext splits at 0.03 em), so copied text would change.
The gaps are letter-spacing, never characters: the text of the PDF is the issue's.

This replaces four functions of WeasyPrint's layout, so it is installed only for the
version it was written against (`WEASYPRINT_VERSION`); under another, the PDF falls back
to WeasyPrint's own justification (spaces only) and nothing breaks.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

#: The WeasyPrint release whose layout functions these replace (pyproject pins it).
WEASYPRINT_VERSION = "70."


def _opportunities_inside(text: str) -> float:
    """Gaps Pango's letter-spacing makes inside one text box: half a gap on each side of
    every character but the box's outer sides."""
    last = len(text) - 1
    return sum(2 - (i == 0) - (i == last) for i, c in enumerate(text) if not c.isspace()) / 2


@cache
def install() -> bool:
    """Make WeasyPrint justify between characters; True if it now does (once a process:
    the worker processes of a batch inherit it)."""
    import weasyprint
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import inline
    from weasyprint.text import line_break
    from weasyprint.text.ffi import TO_UNITS, ffi, pango

    if not weasyprint.__version__.startswith(WEASYPRINT_VERSION):
        return False
    count_spaces = inline.count_expandable_spaces
    set_text = line_break.Layout.set_text

    def text_boxes(box: Any) -> Iterator[Any]:
        """The text boxes of a line, in order, through its inline boxes."""
        if isinstance(box, boxes.TextBox):
            yield box
        elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
            for child in box.children:
                if child.is_in_normal_flow():
                    yield from text_boxes(child)

    def count_expandable_spaces(box: Any) -> float:
        """WeasyPrint's count of a box's justification gaps, plus its characters'."""
        if isinstance(box, boxes.TextBox):
            return float(count_spaces(box)) + _opportunities_inside(box.text)
        if isinstance(box, (boxes.LineBox, boxes.InlineBox)):
            return sum(count_expandable_spaces(child) for child in box.children)
        return 0.0

    def justify_line(context: Any, line: Any, extra_width: float) -> None:
        """Share a line's leftover width out between its gaps (WeasyPrint's, widened)."""
        texts = [box for box in text_boxes(line) if box.text.strip()]
        for box in texts:  # the half gaps at a box's edge, except at the line's ends
            box.qtread_lead = 0.5 * (box is not texts[0] and not box.text[0].isspace())
            box.qtread_trail = 0.5 * (box is not texts[-1] and not box.text[-1].isspace())
        gaps = count_expandable_spaces(line)
        gaps += sum(box.qtread_lead + box.qtread_trail for box in texts)
        if gaps:
            add_word_spacing(context, line, extra_width / gaps, 0)

    def add_word_spacing(context: Any, box: Any, spacing: float, x_advance: float) -> float:
        """WeasyPrint's, which also moves a text box by the half gaps at its edges."""
        if isinstance(box, boxes.TextBox):
            lead = spacing * getattr(box, "qtread_lead", 0)
            trail = spacing * getattr(box, "qtread_trail", 0)
            box.justification_spacing = spacing
            box.position_x += x_advance + lead
            gaps = count_expandable_spaces(box)
            if gaps:
                layout = line_break.create_layout(
                    box.text, box.style, context, max_width=None, justification_spacing=spacing
                )
                layout.deactivate()
                box.width += spacing * gaps
                box.pango_layout = layout
            return x_advance + lead + spacing * gaps + trail
        if isinstance(box, (boxes.LineBox, boxes.InlineBox)):
            box.position_x += x_advance
            previous = x_advance
            rtl = box.style["direction"] == "rtl"
            for child in box.children[::-1] if rtl else box.children:
                if child.is_in_normal_flow():
                    x_advance = add_word_spacing(context, child, spacing, x_advance)
            box.width += x_advance - previous
            return x_advance
        box.translate(x_advance, 0)
        return x_advance

    def letter_spaced(self: Any, text: str, justify: bool = False) -> None:
        """WeasyPrint's `Layout.set_text`, with the gap as letter-spacing on the text's
        runs of characters (WeasyPrint puts it on spaces only)."""
        set_text(self, text, justify)
        if not (justify and self.justification_spacing):
            return
        spacing = int(self.justification_spacing * TO_UNITS)
        if self.style["letter_spacing"] != "normal":
            spacing += int(self.style["letter_spacing"] * TO_UNITS)
        attributes = pango.pango_layout_get_attributes(self.layout)
        if attributes == ffi.NULL:
            attributes = ffi.gc(pango.pango_attr_list_new(), pango.pango_attr_list_unref)
        for start, end in _runs(self.text):
            attribute = pango.pango_attr_letter_spacing_new(spacing)
            attribute.start_index, attribute.end_index = start, end
            pango.pango_attr_list_change(attributes, attribute)
        pango.pango_layout_set_attributes(self.layout, attributes)

    inline.count_expandable_spaces = count_expandable_spaces
    inline.justify_line = justify_line
    inline.add_word_spacing = add_word_spacing
    line_break.Layout.set_text = letter_spaced
    return True


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """UTF-8 byte ranges of TEXT's runs of non-space characters (Pango's indices)."""
    start: int | None = None
    offset = 0
    for char in text:
        if char.isspace():
            if start is not None:
                yield start, offset
                start = None
        elif start is None:
            start = offset
        offset += len(char.encode("utf-8", "surrogatepass"))
    if start is not None:
        yield start, offset
