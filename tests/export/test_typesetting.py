"""The PDF's Chinese typesetting, read off its pages: justified lines end on one right
edge (measured in the page images), no line starts with a closing mark, and adjacent
full-width marks are compressed without changing the text."""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qtread.render.text import compress_punctuation
from qtread.text.cjk import NO_LINE_START

pytestmark = pytest.mark.slow

DPI = 100
PIXELS_PER_POINT = DPI / 72
CELL_POINTS = 10  # the body's em: print.css sets 10pt
LINE_HEIGHT = 1.75  # the theme's line-height
BODY_LINE_POINTS = 14.4  # the height pdftotext gives a line of 10pt Noto Serif CJK
PAGES = range(8, 30)  # body pages of sample 000, after the cover and the 目录
#: Darker than this (0 black, 255 white) is ink.
INK = 160


@dataclass(frozen=True)
class Line:
    page: int
    x_min: float
    x_max: float
    y_min: float
    y_max: float
    text: str


def _lines(pdf: Path) -> list[list[Line]]:
    """The text lines of each page of PAGES (points), top to bottom."""
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(PAGES[0]), "-l", str(PAGES[-1]), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = []
    for number, page in enumerate(html.split("<page ")[1:], PAGES[0]):
        lines = []
        for box, body in re.findall(r"<line (.*?)>(.*?)</line>", page, re.S):
            x0, y0, x1, y1 = (float(v) for v in re.findall(r'"([\d.]+)"', box))
            text = "".join(re.findall(r">([^<]*)</word>", body))
            lines.append(Line(number, x0, x1, y0, y1, text))
        pages.append(sorted(lines, key=lambda line: (line.y_min, line.x_min)))
    return pages


def _gray_pages(pdf: Path, tmp_path: Path) -> dict[int, tuple[int, int, bytes]]:
    """Each page of PAGES rendered in gray: (width, height, pixels), from PGM files."""
    prefix = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            str(DPI),
            "-f",
            str(PAGES[0]),
            "-l",
            str(PAGES[-1]),
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    images = {}
    for path in sorted(tmp_path.glob("page-*.pgm")):
        data = path.read_bytes()
        match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
        assert match
        width, height = int(match[1]), int(match[2])
        images[int(path.stem.split("-")[-1])] = (width, height, data[match.end() :])
    return images


def _ink_right(image: tuple[int, int, bytes], line: Line) -> int:
    """The rightmost inked pixel column in LINE's band of the page image."""
    width, _height, pixels = image
    top, bottom = int(line.y_min * PIXELS_PER_POINT), int(line.y_max * PIXELS_PER_POINT)
    right = 0
    for row in range(top, bottom):
        ink = [x for x in range(width - 1, right, -1) if pixels[row * width + x] < INK]
        if ink:
            right = max(right, ink[0])
    return right


def _running_lines(pages: list[list[Line]]) -> list[Line]:
    """Lines of running text that are not a paragraph's last: body-sized lines followed,
    one line below, by a line flush left (a paragraph opens with 2em, a list item with
    its bullet)."""
    left = min(line.x_min for lines in pages for line in lines)
    found = []
    for lines in pages:
        for line, following in itertools.pairwise(lines):
            body_size = abs((line.y_max - line.y_min) - BODY_LINE_POINTS) < 1
            next_line = 0 < following.y_min - line.y_min < 1.5 * CELL_POINTS * LINE_HEIGHT
            continued = following.x_min < left + 1 and not following.text.startswith("•")
            if body_size and next_line and continued:
                found.append(line)
    return found


def test_justified_lines_end_within_one_cell_of_the_measure(
    built: dict[str, Any], tmp_path: Path
) -> None:
    pdf = built["000_0fa3e3df07c3a7ff"].pdf
    lines = _running_lines(_lines(pdf))
    assert len(lines) > 200
    images = _gray_pages(pdf, tmp_path)
    rights = [_ink_right(images[line.page], line) for line in lines]
    measure_edge = max(rights)
    cell = CELL_POINTS * PIXELS_PER_POINT
    short = [
        (line.page, line.text[-8:])
        for line, right in zip(lines, rights, strict=True)
        if measure_edge - right > cell
    ]
    assert short == []


def test_no_line_starts_with_a_closing_mark(built: dict[str, Any]) -> None:
    for name in ("000_0fa3e3df07c3a7ff", "001_fff16d27416bbd72"):
        starts = [line.text[:1] for page in _lines(built[name].pdf) for line in page]
        assert len(starts) > 300
        assert [s for s in starts if s in NO_LINE_START and s in "，。、；：？！）」』》"] == []


def test_adjacent_marks_are_compressed_and_the_text_kept() -> None:
    html = compress_punctuation("他说：“好。”（注）《<钱塘>》。《“左边两个开口符号不压缩”")
    halt = '<span class="halt">{}</span>'.format
    assert html == (
        f'他<span class="marks">说{halt("：")}“好</span>'
        f'<span class="marks">{halt("。")}{halt("”")}（注</span>'
        f'<span class="marks">{halt("）")}《&lt;</span>钱塘'
        f'<span class="marks">&gt;{halt("》")}{halt("。")}《“左</span>边两个开口符号不压缩”'
    )
    unmarked = re.sub(r"<[^>]+>", "", str(html)).replace("&lt;", "<").replace("&gt;", ">")
    assert unmarked == "他说：“好。”（注）《<钱塘>》。《“左边两个开口符号不压缩”"
