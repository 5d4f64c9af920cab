"""Invariants of every exported sample and hand-made issue; they must keep holding while
the parser improves. Built once per session (see conftest)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from qtread.render.text import label
from qtread.serialize import toc_to_dict

from .conftest import SAMPLES, Built
from .helpers import (
    NS,
    epub_xml,
    kept_in_order,
    model_han,
    model_outline,
    nav_outline,
    ncx_outline,
    pdf_outline,
    pdffonts,
    pdftotext,
    toc_page_numbers,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("export")]
NAMES = [s.stem for s in SAMPLES] + ["magazine", "hostile", "hostile-file"]
SAMPLE_NAMES = [s.stem for s in SAMPLES]
FORBIDDEN_START = "，。、；：？！）》"
FORBIDDEN_END = "（《“"
FACES = re.compile(r"^[A-Z]{6}\+Noto-(Serif|Sans)-CJK-SC(-Bold)?$")


@pytest.mark.parametrize("name", NAMES)
def test_epubcheck_reports_nothing(name: str, epubcheck_reports: dict[str, dict[str, Any]]) -> None:
    report = epubcheck_reports[name]
    messages = [(m["ID"], m["severity"], m["message"]) for m in report["messages"]]
    problems = [m for m in messages if m[1] in ("FATAL", "ERROR", "WARNING")]
    assert problems == []
    assert report["checker"]["nError"] == report["checker"]["nWarning"] == 0


@pytest.mark.parametrize("name", NAMES)
def test_nav_ncx_and_outline_agree_with_the_toc_dump(name: str, built: dict[str, Built]) -> None:
    b = built[name]
    expected = model_outline(b.issue)
    assert expected, "nothing to navigate"
    assert nav_outline(b.epub) == expected
    assert ncx_outline(b.epub) == expected
    assert pdf_outline(b.pdf) == expected
    # The TOC dump (`qtread toc --format json`): same article titles in the same order,
    # same section names where the issue prints one (empty sections have no nav entry).
    dump = [s for s in toc_to_dict(b.issue)["sections"] if s["articles"]]
    assert [[label(a["title"]) for a in s["articles"]] for s in dump] == [a for _, a in expected]
    for section, (nav_label, _) in zip(dump, expected, strict=True):
        if section["name"] is not None and label(section["name"]):
            assert nav_label == label(section["name"])


@pytest.mark.parametrize("name", NAMES)
def test_every_document_is_zh_cn(name: str, built: dict[str, Built]) -> None:
    import zipfile

    epub = built[name].epub
    opf = epub_xml(epub, "EPUB/content.opf")
    assert [e.text for e in opf.iterfind(".//dc:language", NS)] == ["zh-CN"]
    with zipfile.ZipFile(epub) as archive:
        documents = [n for n in archive.namelist() if n.endswith(".xhtml")]
    for document in documents:
        root = epub_xml(epub, document)
        assert root.get("lang") == "zh-CN", document
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN", document


@pytest.mark.parametrize("name", NAMES)
def test_pdf_uses_only_the_named_faces_embedded_and_subset(
    name: str, built: dict[str, Built]
) -> None:
    fonts = pdffonts(built[name].pdf)
    assert fonts
    for font in fonts:
        assert FACES.match(font["name"]), font
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font
    families = {re.sub(r"^[A-Z]{6}\+", "", f["name"]) for f in fonts}
    assert {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC-Bold"} <= families


@pytest.mark.parametrize("name", NAMES)
def test_pdf_text_keeps_the_han_characters_in_order(name: str, built: dict[str, Built]) -> None:
    b = built[name]
    text = pdftotext(b.pdf)
    assert kept_in_order(model_han(b.issue), text) >= 0.995


@pytest.mark.parametrize("name", NAMES)
def test_no_line_starts_or_ends_with_forbidden_punctuation(
    name: str, built: dict[str, Built]
) -> None:
    lines = [line.strip() for line in pdftotext(built[name].pdf).splitlines() if line.strip()]
    bad = [line for line in lines if line[0] in FORBIDDEN_START or line[-1] in FORBIDDEN_END]
    assert bad == []


@pytest.mark.parametrize("name", NAMES)
def test_pdf_metadata(name: str, built: dict[str, Built]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(built[name].pdf)
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    info = reader.metadata
    assert info is not None
    assert info.title == built[name].issue.display_title.strip()
    assert info.author
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 in points


@pytest.mark.parametrize("name", NAMES)
def test_toc_page_numbers_are_the_bookmarked_pages(name: str, built: dict[str, Built]) -> None:
    """The 目录's numbers: one per outline entry, each the page its bookmark points to."""
    from pypdf import PdfReader

    path = built[name].pdf
    reader = PdfReader(path)
    entries = [e for item in reader.outline for e in (item if isinstance(item, list) else [item])]
    targets = [reader.get_destination_page_number(e) + 1 for e in entries]
    assert toc_page_numbers(path, targets[0] - 1) == targets


@pytest.mark.parametrize("name", ["hostile", "hostile-file"])
def test_hostile_text_is_printed_as_text(name: str, built: dict[str, Built]) -> None:
    import zipfile

    text = pdftotext(built[name].pdf)
    for fragment in ("<script>alert", "{{ 7*7 }}", "[bold]粗[/bold]", "file:///etc/passwd"):
        assert fragment in text
    with zipfile.ZipFile(built[name].epub) as archive:
        pages = [archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml")]
    assert any("&lt;script&gt;alert(" in page for page in pages)
    assert not any("<script" in page or "<img" in page for page in pages)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_epub_is_byte_identical_on_rebuild(
    name: str, built: dict[str, Built], tmp_path: Any
) -> None:
    from qtread.export.epub import build_epub
    from qtread.parse import parse_path
    from qtread.render.html import issue_view
    from qtread.text.punctuation import as_wanted
    from qtread.themes import DEFAULT_THEME

    sample = next(s for s in SAMPLES if s.stem == name)
    view = issue_view(as_wanted(parse_path(sample), None))
    assert build_epub(view, DEFAULT_THEME) == built[name].epub.read_bytes()


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_toc_command_json_matches_the_epub_nav(name: str, built: dict[str, Built]) -> None:
    """`qtread toc --format json` itself, not just the function behind it."""
    import json
    import subprocess
    import sys

    sample = next(s for s in SAMPLES if s.stem == name)
    done = subprocess.run(
        [sys.executable, "-m", "qtread", "toc", "--format", "json", str(sample)],
        capture_output=True,
        text=True,
        check=True,
    )
    sections = [s for s in json.loads(done.stdout)["sections"] if s["articles"]]
    nav = nav_outline(built[name].epub)
    assert [[label(a["title"]) for a in s["articles"]] for s in sections] == [a for _, a in nav]
    for section, (nav_label, _) in zip(sections, nav, strict=True):
        if section["name"]:
            assert nav_label == label(section["name"])


def test_the_epub_page_list_goes_to_the_magazines_pages(built: dict[str, Built]) -> None:
    """A `page-list` nav, a page of the magazine an entry: to a page break at the start of
    the first article printed on it, in reading order."""
    sample = built["000_0fa3e3df07c3a7ff"]
    nav = epub_xml(sample.epub, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='page-list']", NS)
    assert nav is not None
    entries = [(a.text, a.get("href")) for a in nav.findall(".//x:a", NS)]
    firsts: list[int] = []
    for article in sample.issue.articles:
        if article.page is not None and article.page not in firsts:
            firsts.append(article.page)
    assert [int(text) for text, _ in entries] == firsts
    for text, href in entries:
        name, anchor = href.split("#")
        page = epub_xml(sample.epub, f"EPUB/{name}")
        target = page.find(f".//*[@id='{anchor}']")
        assert target is not None and target.get("aria-label") == text
        assert target.get("role") == "doc-pagebreak"
