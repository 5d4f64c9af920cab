"""The paper sizes the PDF is laid out for, and what each leaves for the text.

A size is given in millimetres; print.css sets 15 mm side margins on every size. Where
the measure holds two columns of a readable width, the PDF sets two (A4, Letter), the
way a magazine of that size does.
"""

from __future__ import annotations

from enum import StrEnum

#: Side margins of every page (print.css's @page margin), millimetres.
SIDE_MARGIN_MM = 15
#: The body's em: 10 pt (print.css's `html { font-size }`) in millimetres.
BODY_EM_MM = 10 * 25.4 / 72
#: The gap between two columns, in ems (print.css's column-gap).
COLUMN_GAP_EMS = 2
#: The narrowest column worth setting, in characters (ems) a line: below about 22 a
#: Chinese column breaks nearly every clause across a line and justification shows gaps.
COLUMN_MIN_EMS = 22


class Paper(StrEnum):
    """The paper sizes the PDF is laid out for."""

    A5 = "a5"
    A4 = "a4"
    B5 = "b5"
    K16 = "16k"
    LETTER = "letter"


#: Width and height of each paper, millimetres (ISO 216 A5, A4, B5; China's 16开 as
#: GB/T 788 trims it, 185 × 260; US Letter, 8.5 × 11 in).
SIZES_MM: dict[Paper, tuple[float, float]] = {
    Paper.A5: (148, 210),
    Paper.A4: (210, 297),
    Paper.B5: (176, 250),
    Paper.K16: (185, 260),
    Paper.LETTER: (215.9, 279.4),
}


def page_size(paper: Paper) -> str:
    """The CSS `@page { size }` of PAPER."""
    width, height = SIZES_MM[paper]
    return f"{width:g}mm {height:g}mm"


def measure_mm(paper: Paper) -> float:
    """The text's width on PAPER: the page less its side margins, millimetres."""
    return SIZES_MM[paper][0] - 2 * SIDE_MARGIN_MM


def column_count(paper: Paper) -> int:
    """Two columns where each still holds COLUMN_MIN_EMS characters a line, else one."""
    ems = measure_mm(paper) / BODY_EM_MM
    return 2 if (ems - COLUMN_GAP_EMS) / 2 >= COLUMN_MIN_EMS else 1
