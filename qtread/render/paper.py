"""The paper sizes the PDF is laid out for, and the text measure each leaves."""

from __future__ import annotations

from enum import StrEnum


class Paper(StrEnum):
    """The paper sizes the PDF is laid out for."""

    A5 = "a5"
    A4 = "a4"


#: Text width per paper: the page width less print.css's 15 mm side margins.
MEASURE_MM = {Paper.A5: 148 - 30, Paper.A4: 210 - 30}
