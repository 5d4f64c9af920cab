"""Paper sizes, two columns on wide paper, short articles sharing a page, `--css`."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from qtread.errors import InputError
from qtread.export import pdf
from qtread.model import Section
from qtread.render.html import PAGE_OPENING_CHARS, issue_view
from qtread.render.paper import SIZES_MM, Paper, column_count
from qtread.render.user_css import read_user_css

from . import factory

MM_PER_POINT = 25.4 / 72


def _pdf(issue: object, paper: Paper, stylesheet: str = "") -> bytes:
    out = io.BytesIO()
    pdf.write_pdf(issue_view(issue), out, theme="paper", paper=paper, stylesheet=stylesheet)  # type: ignore[arg-type]
    return out.getvalue()


def _page_texts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _long_text(sentences: int) -> list[str]:
    sentence = "钱塘新区以产业立区，推动先进制造业和现代服务业深度融合发展。"
    return [sentence * 6 for _ in range(sentences)]


def test_column_count_follows_the_measure() -> None:
    assert {p: column_count(p) for p in Paper} == {
        Paper.A5: 1,
        Paper.A4: 2,
        Paper.B5: 1,
        Paper.K16: 1,
        Paper.LETTER: 2,
    }


@pytest.mark.slow
@pytest.mark.parametrize("paper", list(Paper))
def test_every_paper_size_is_the_page_size(paper: Paper) -> None:
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(_pdf(factory.magazine(), paper))).pages[0].mediabox
    width, height = SIZES_MM[paper]
    assert abs(float(box.width) * MM_PER_POINT - width) < 0.5
    assert abs(float(box.height) * MM_PER_POINT - height) < 0.5


def _text_lines_x(data: bytes, tmp_path: Path, page: int) -> list[tuple[float, float]]:
    """(xMin, xMax) of every line pdftotext finds on PAGE."""
    import re

    path = tmp_path / "boxes.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (float(a), float(b))
        for a, b in re.findall(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)
    ]


@pytest.mark.slow
def test_a4_sets_an_article_in_two_columns_and_a5_in_one(tmp_path: Path) -> None:
    issue = factory.issue(Section("特别策划", [factory.article("长文", *_long_text(30))]))
    for paper, columns in ((Paper.A4, 2), (Paper.A5, 1)):
        data = _pdf(issue, paper)
        pages = _page_texts(data, tmp_path)
        body = next(n for n, text in enumerate(pages, 1) if "产业立区" in text)
        width_pt = SIZES_MM[paper][0] / MM_PER_POINT
        lines = _text_lines_x(data, tmp_path, body + 1)  # a page of running text only
        widest = max(x1 - x0 for x0, x1 in lines)
        if columns == 2:
            assert any(x0 > width_pt / 2 for x0, _ in lines)  # a right-hand column
            assert widest < width_pt / 2
        else:
            assert widest > width_pt / 2


@pytest.mark.slow
def test_short_articles_share_a_page_and_long_ones_open_one(tmp_path: Path) -> None:
    short = [factory.article(f"短讯{n}", "一段不长的消息。") for n in range(3)]
    long = factory.article("长篇报道", *_long_text(12))
    issue = factory.issue(Section("聚焦", [*short, long]))
    assert sum(len(t) for t in _long_text(12)) >= PAGE_OPENING_CHARS
    pages = _page_texts(_pdf(issue, Paper.A5), tmp_path)
    holding = {
        title: [n for n, t in enumerate(pages) if n and title in t and "目录" not in t]
        for title in ("短讯0", "短讯1", "短讯2", "长篇报道")
    }
    assert holding["短讯0"] == holding["短讯1"] == holding["短讯2"]
    assert holding["长篇报道"][0] > holding["短讯2"][0]
    assert "短讯2" not in pages[holding["长篇报道"][0]]


def test_a_stylesheet_is_read_and_kept_inside_a_style_element(tmp_path: Path) -> None:
    path = tmp_path / "mine.css"
    path.write_text("/* 我的 */ .article-title { color: #c00 } p::after { content: '</style>' }")
    css = read_user_css(path)
    assert ".article-title { color: #c00 }" in css and "</" not in css


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"p { background: url(http://example.invalid/x.png) }", "may not load anything"),
        (b"@import 'http://example.invalid/x.css';", "may not load anything"),
        (b'@font-face { font-family: x; src: url("file:///etc/passwd") }', "may not load"),
        (b"p { color: red } \xff\xfe", "must be UTF-8"),
    ],
)
def test_a_stylesheet_that_loads_or_is_not_text_is_refused(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.css"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_user_css(path)


@pytest.mark.slow
def test_the_stylesheet_reaches_the_pdf(tmp_path: Path) -> None:
    issue = factory.issue(Section("聚焦", [factory.article("长文", *_long_text(10))]))
    plain = _page_texts(_pdf(issue, Paper.A5), tmp_path)
    large = _page_texts(_pdf(issue, Paper.A5, "p { font-size: 24pt }"), tmp_path)
    assert len(large) > len(plain) + 2
