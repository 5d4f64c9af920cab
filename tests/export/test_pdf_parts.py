"""A PDF laid out in parts is the PDF of a single pass: same pages, same text, same
folios and 目录 numbers, same outline and links. A tiny part budget forces one part per
page-starting run of articles on a small hand-made issue."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from qtread.export import pdf, pdf_parts
from qtread.model import ArticleKind, Issue, Section
from qtread.render.html import issue_view
from qtread.render.paper import Paper
from qtread.render.parts import plan_parts

from . import factory
from .helpers import (
    kept_in_order,
    model_han,
    model_outline,
    pdf_outline,
    pdffonts,
    pdftotext,
    toc_page_numbers,
)

SENTENCE = "钱塘新区第{}段：潮起钱塘，奋楫争先，产业立区，创新驱动，一路向前。"


def _texts(start: int, count: int) -> list[str]:
    return [SENTENCE.format(n) * 3 for n in range(start, start + count)]


def parted_issue() -> Issue:
    """Columns of several articles, one long enough for several pages, runs of briefs,
    a sidebar and a short article (which follow on the page before them), and an
    unnamed column."""
    a = factory.article
    brief, sidebar = ArticleKind.BRIEF, ArticleKind.SIDEBAR
    return factory.issue(
        Section("卷首语", [a("潮涌正当时", *_texts(1, 3), kind=ArticleKind.FRONT)]),
        Section(
            "特别策划",
            [
                a("产业立区", *_texts(10, 40), subtitle="六大平台隆重登场"),
                a("江东芯谷", *_texts(60, 9)),
                a("芯谷侧记", *_texts(70, 2), kind=sidebar),
                a("医药港", *_texts(80, 9)),
                a("短评", *_texts(90, 2)),
            ],
        ),
        Section(
            "简讯",
            [
                a("简讯一", *_texts(93, 2), kind=brief),
                a("简讯二", *_texts(96, 2), kind=brief),
                a("简讯三", *_texts(99, 2), kind=brief),
                a("长文", *_texts(110, 20)),
            ],
        ),
        Section(None, [a("补白", *_texts(140, 2))]),
    )


def test_small_issues_are_one_part() -> None:
    view = issue_view(factory.magazine())
    (part,) = plan_parts(view, pdf.PART_CHARS)
    assert [(s.section.key, s.opens) for s in part] == [(s.key, True) for s in view.outline]


def test_parts_start_only_where_a_page_starts_anyway() -> None:
    view = issue_view(parted_issue())
    parts = plan_parts(view, 1)
    firsts = [part[0].articles[0].title for part in parts]
    assert firsts == ["潮涌正当时", "产业立区", "江东芯谷", "医药港", "简讯一", "长文", "补白"]
    flat = [item.key for part in parts for piece in part for item in piece.articles]
    assert flat == [a.key for s in view.outline for a in s.articles]
    opened = [piece.section.key for part in parts for piece in part if piece.opens]
    assert opened == [s.key for s in view.outline]
    # At 5,000 characters: runs joined per column, the second part continuing a column.
    first, second, third = plan_parts(view, 5000)
    assert [(s.section.label, s.opens) for s in first] == [("卷首语", True), ("特别策划", True)]
    assert [(s.section.label, s.opens, len(s.articles)) for s in second] == [
        ("特别策划", False, 4),
        ("简讯", True, 4),
    ]
    assert [(s.section.label, s.opens) for s in third] == [("其他", True)]


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def _targets(path: Path) -> tuple[list[int], list[tuple[int, list[float], int]]]:
    """Pages the bookmarks point to, and each link: its page, area and target page."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    entries = [e for item in reader.outline for e in (item if isinstance(item, list) else [item])]
    links = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            dest = annotation.get_object()["/Dest"]
            if isinstance(dest, str):  # a named destination, as WeasyPrint writes them
                dest = reader.named_destinations[dest]
                target = reader.get_destination_page_number(dest)
            else:
                target = reader.get_page_number(dest[0].get_object())
            rect = sorted(round(float(v), 1) for v in annotation.get_object()["/Rect"])
            links.append((index, rect, target))
    return [reader.get_destination_page_number(e) + 1 for e in entries], links


@pytest.fixture(scope="module")
def single_and_parted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Issue, Path, Path, int]:
    issue = parted_issue()
    view = issue_view(issue)
    out = tmp_path_factory.mktemp("parts")
    single, parted = out / "single.pdf", out / "parted.pdf"
    with single.open("wb") as handle:
        pages = pdf.write_pdf(view, handle, theme="default", paper=Paper.A5)
    with parted.open("wb") as handle:
        parted_pages = pdf.write_pdf(
            view, handle, theme="default", paper=Paper.A5, beside=parted, part_chars=1
        )
    assert parted_pages == pages > len(plan_parts(view, 1)) == 7
    assert sorted(p.name for p in out.iterdir()) == ["parted.pdf", "single.pdf"]  # no scraps
    return issue, single, parted, pages


@pytest.mark.slow
def test_parted_pdf_has_the_pages_of_a_single_pass(
    single_and_parted: tuple[Issue, Path, Path, int],
) -> None:
    issue, single, parted, pages = single_and_parted
    texts = _pages(parted)
    assert texts == _pages(single)  # text, folios, running heads, 目录 numbers, page sides
    folios = [re.findall(r"\d+", t.strip().splitlines()[0]) for t in texts[1:pages]]
    assert all(str(number) in found for number, found in enumerate(folios, start=2))
    assert kept_in_order(model_han(issue), pdftotext(parted)) == 1.0


@pytest.mark.slow
def test_parted_pdf_outline_links_and_metadata(
    single_and_parted: tuple[Issue, Path, Path, int],
) -> None:
    from pypdf import PdfReader

    issue, single, parted, _ = single_and_parted
    assert pdf_outline(parted) == model_outline(issue)
    bookmarked, links = _targets(parted)
    assert (bookmarked, links) == _targets(single)
    assert {target + 1 for *_, target in links} == set(bookmarked)  # 目录 entries link
    assert toc_page_numbers(parted, bookmarked[0] - 1) == bookmarked
    ours, theirs = PdfReader(parted), PdfReader(single)
    assert ours.metadata == theirs.metadata
    assert ours.trailer["/Root"]["/Lang"] == theirs.trailer["/Root"]["/Lang"] == "zh-CN"
    assert all((f["emb"], f["sub"], f["uni"]) == ("yes", "yes", "yes") for f in pdffonts(parted))


def test_an_interrupted_parted_pdf_leaves_no_scraps(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    laid: list[Any] = []
    original = pdf_parts._lay_part

    def interrupt_second(*args: Any) -> None:
        laid.append(args)
        if len(laid) == 2:
            raise KeyboardInterrupt
        original(*args)

    monkeypatch.setattr(pdf_parts, "_lay_part", interrupt_second)
    target = tmp_path / "out.pdf"
    with target.open("wb") as handle, pytest.raises(KeyboardInterrupt):
        pdf.write_pdf(
            issue_view(parted_issue()),
            handle,
            theme="default",
            paper=Paper.A5,
            beside=target,
            part_chars=1,
        )
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
