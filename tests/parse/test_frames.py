"""Printed lines set together as frames (`unwrap/frames.line_frames`)."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.lines import Line
from qtread.parse.unwrap.frames import line_frames


def test_a_frame_whose_lines_came_out_of_order_spans_both_ends() -> None:
    """A column read in from above brings a line numbered before the frame's first: the
    frame's span covers both (it was an empty span, and a ValueError: fuzz seed 47)."""
    lines = [Line(353, "北湖新区今年将启动"), Line(351, "十项民生工程。")]
    (frame,) = line_frames(lines)
    assert frame.span == LineSpan(351, 353)
    assert frame.lines == ["北湖新区今年将启动", "十项民生工程。"]
