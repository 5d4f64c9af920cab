"""The PDF exporter's guards: nothing fetched, HarfBuzz subsetting required, paper sizes."""

from __future__ import annotations

import io
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from qtread.errors import SetupError
from qtread.export import pdf
from qtread.render.html import issue_view
from qtread.render.paper import Paper

from . import factory
from .helpers import pdftotext

pytestmark = pytest.mark.slow


def test_the_fetcher_refuses_every_url() -> None:
    from weasyprint import HTML

    fetcher = pdf.refusing_fetcher()
    html = (
        '<img src="file:///etc/passwd"><img src="http://example.invalid/x.png">'
        '<link rel="stylesheet" href="https://example.invalid/x.css"><p>正文</p>'
    )
    HTML(string=html, url_fetcher=fetcher).write_pdf(io.BytesIO())
    assert sorted(fetcher.refused) == [
        "file:///etc/passwd",
        "http://example.invalid/x.png",
        "https://example.invalid/x.css",
    ]


def test_hostile_text_is_printed_and_nothing_is_fetched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    original = pdf.refusing_fetcher
    fetchers: list[Any] = []

    def spy(covers: Any = None) -> Any:
        fetchers.append(original(covers))
        return fetchers[-1]

    monkeypatch.setattr(pdf, "refusing_fetcher", spy)
    target = tmp_path / "hostile.pdf"
    with target.open("wb") as out:
        pdf.write_pdf(issue_view(factory.hostile()), out, theme="default", paper=Paper.A5)
    assert fetchers and all(f.refused == [] for f in fetchers)
    text = pdftotext(target)
    for fragment in ("<script>alert", "![密码](file:///etc/passwd)", "{{ 7*7 }}", "[bold]粗"):
        assert fragment in text


def test_missing_harfbuzz_subset_is_a_setup_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import weasyprint.text.ffi as ffi

    pdf.check_setup.cache_clear()
    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    try:
        with pytest.raises(SetupError, match="libharfbuzz-subset0"):
            pdf.check_setup()
    finally:
        pdf.check_setup.cache_clear()


def test_a4_paper() -> None:
    from pypdf import PdfReader

    out = io.BytesIO()
    pdf.write_pdf(issue_view(factory.magazine()), out, theme="default", paper=Paper.A4)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_the_running_head_names_the_magazines_page(built: dict[str, Any]) -> None:
    """「原刊第 N 页」 after the article in the running head: the page of the magazine the
    article starts on, only for articles that have one (the source prints it)."""
    sample = built["000_0fa3e3df07c3a7ff"]
    text = pdftotext(sample.pdf)
    printed = {int(n) for n in re.findall(r"原刊第 (\d+) 页", text)}
    pages = {article.page for article in sample.issue.articles if article.page is not None}
    assert printed and printed <= pages


def test_the_toc_leads_dots_to_one_right_edge_and_shows_the_magazines_pages(
    built: dict[str, Any],
) -> None:
    """Every entry's page number ends on one right edge, after dot leaders, columns' and
    articles' alike (an article's number sat 2.5em left of its column's), and an article
    shows the page it starts on in the magazine (原刊 12)."""
    sample = built["000_0fa3e3df07c3a7ff"]
    page = 2  # the 目录's first page, after the cover
    layout = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(sample.pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', layout
    )
    last_on_line: dict[str, tuple[float, str]] = {}
    dots = Counter(y for y, _x, word in words if set(word) == {"."})
    led = {y for y, count in dots.items() if count >= 3}  # lines with dot leaders
    for y, x_max, word in words:
        if y in led and float(x_max) >= last_on_line.get(y, (0.0, ""))[0]:
            last_on_line[y] = (float(x_max), word)
    numbers = [x for x, word in last_on_line.values() if re.fullmatch(r"\.*\d+", word)]
    assert len(numbers) == len(led) >= 10
    assert max(numbers) - min(numbers) < 1.0  # points
    text = pdftotext(sample.pdf)
    shown = {int(n) for n in re.findall(r"原刊 (\d+)", text)}
    starts = {a.page for a in sample.issue.articles if a.page is not None}
    assert shown and shown <= starts
