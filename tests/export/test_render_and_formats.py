"""The HTML rendering and the small formats: escaping, structure, metadata, determinism."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from qtread.cli.report import model_texts
from qtread.export.convert import convert_file
from qtread.export.epub import build_epub
from qtread.export.markdown import to_markdown
from qtread.export.options import Format, Options
from qtread.model import Article, BlockType, Byline, Section
from qtread.render.html import book_html, epub_article, issue_view, xhtml_page
from qtread.text.sanitize import markdown_escape

from . import factory
from .helpers import NS


def test_book_html_shows_hostile_text_as_text_and_links_nowhere() -> None:
    html = book_html(issue_view(factory.hostile()), None)
    tree = lxml.html.fromstring(html)
    assert tree.xpath("//script|//img|//link|//iframe|//object|//style") == []
    assert tree.xpath("//@src") == []
    assert all(href.startswith("#") for href in tree.xpath("//@href"))
    text = tree.text_content()
    for fragment in (
        "<script>alert('x')</script>",
        "]]>",
        "{{ 7*7 }}",
        "[bold]粗[/bold]",
        "![密码](file:///etc/passwd)",
        '<img src="file:///etc/passwd">',
        "&amp;",
    ):
        assert fragment in text
    assert "\x1b" not in html and "\u202e" not in html and "\x07" not in html


def test_every_epub_document_is_well_formed_xhtml() -> None:
    data = build_epub(issue_view(factory.hostile()), "default")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        for name in names:
            if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                etree.fromstring(archive.read(name))  # raises if not well-formed
        article = archive.read("EPUB/text/s01a01.xhtml").decode()
    assert "&lt;script&gt;alert(" in article
    assert "]]&gt;" in article
    assert "<script" not in article and "<img" not in article


def _opf(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("EPUB/content.opf"))


def test_epub_package_metadata() -> None:
    data = build_epub(issue_view(factory.magazine()), "default")
    opf = _opf(data)
    meta = opf.find("opf:metadata", NS)
    assert meta.findtext("dc:title", namespaces=NS) == "潮涌钱塘 2020年第5期"
    assert [e.text for e in meta.iterfind("dc:language", NS)] == ["zh-CN"]
    assert meta.findtext("dc:publisher", namespaces=NS) == "杭州钱塘新区党工委、管委会"
    assert meta.findtext("dc:date", namespaces=NS) == "2020-07"
    assert meta.findtext("dc:identifier", namespaces=NS).startswith("urn:uuid:")
    props = {e.get("property"): e.text for e in meta.iterfind("opf:meta", NS) if e.get("property")}
    assert props["belongs-to-collection"] == "潮涌钱塘"
    assert props["collection-type"] == "series"
    assert props["group-position"] == "5"
    assert props["dcterms:modified"] == "2020-07-01T00:00:00Z"
    covers = [
        i.get("href") for i in opf.iterfind("opf:manifest/opf:item[@properties='cover-image']", NS)
    ]
    assert covers == ["cover.svg"]
    spine = [i.get("idref") for i in opf.iterfind("opf:spine/opf:itemref", NS)]
    assert spine == ["cover", "nav", "s01a01", "s02a01", "s02a02"]


def test_epub_is_byte_identical_and_the_identifier_is_stable() -> None:
    first = build_epub(issue_view(factory.magazine()), "default")
    assert build_epub(issue_view(factory.magazine()), "default") == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_article_documents_set_title_subtitle_and_bylines_apart() -> None:
    data = build_epub(issue_view(factory.magazine()), "default")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("EPUB/text/s02a01.xhtml"))
    head = root.find(".//x:header", NS)
    assert head.findtext("x:h2", namespaces=NS) == "产业立区"
    assert head.find("x:p[@class='subtitle']", NS) is not None
    byline = "".join(head.find("x:p[@class='byline']", NS).itertext())
    assert "记者" in byline and "杨丽敏" in byline and "陶青" in byline
    assert root.find(".//x:ul", NS) is not None  # list items grouped
    assert root.find(".//x:h3", NS) is not None  # subheading


def test_markdown_escapes_everything_active() -> None:
    assert markdown_escape("![x](file:///etc/passwd)") == "!\\[x\\](file\\:///etc/passwd)"
    # what GFM would link: an address, a www. host, an e-mail address
    assert markdown_escape("见 https://a.cn、www.b.cn 或 c@d.cn") == (
        "见 https\\://a.cn、www\\.b.cn 或 c\\@d.cn"
    )
    assert markdown_escape("# 标题") == "\\# 标题"
    assert markdown_escape("1. 第一") == "1\\. 第一"
    assert markdown_escape("<script>&</script>") == "\\<script\\>\\&\\</script\\>"
    md = to_markdown(issue_view(factory.hostile()))
    assert "](file" not in md.replace("\\](file", "")
    assert "<script>" not in md
    assert md.startswith("# 潮涌钱塘 2020年第5期\n")


@pytest.mark.parametrize("fmt", [Format.HTML, Format.MD, Format.JSON])
def test_small_formats_through_the_pipeline(fmt: Format, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("潮涌钱塘\n\n<script>x</script> & ]]>\n", encoding="utf-8")
    result = convert_file(str(source), Options((fmt,), tmp_path), lambda stage: None)
    assert result.error is None
    (output,) = result.outputs
    text = Path(output).read_text(encoding="utf-8")
    if fmt is Format.JSON:
        assert json.loads(text)["schema"] == "qtread.issue/1"
    elif fmt is Format.HTML:
        assert "&lt;script&gt;x&lt;/script&gt; &amp; ]]&gt;" in text
        assert "<style>" in text and "Noto Serif CJK SC" in text
    else:
        assert "\\<script\\>x\\</script\\> \\& \\]\\]\\>" in text


@settings(max_examples=60, deadline=None)
@given(st.text(), st.text(min_size=1), st.text())
def test_any_text_gives_well_formed_epub_documents(title: str, text: str, name: str) -> None:
    issue = factory.issue(Section(name, [factory.article(title, text, subtitle=text)]))
    view = issue_view(issue)
    section = view.outline[0]
    key = section.articles[0].key
    page = xhtml_page(title, epub_article(view, section, key), "style.css", "article")
    root = etree.fromstring(page.encode())
    assert root.get("lang") == "zh-CN"
    assert key in page


def test_an_issue_without_articles_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qtread.export import convert

    monkeypatch.setattr(
        convert, "parse_file", lambda source, **reading: factory.issue(Section("空", []))
    )
    result = convert_file("x.txt", Options((Format.EPUB,), tmp_path), lambda stage: None)
    assert result.error == "x.txt: no articles found to export"
    assert list(tmp_path.iterdir()) == []


def test_an_articles_editor_is_printed_after_its_bylines_in_every_format() -> None:
    issue = factory.magazine()
    article = issue.sections[0].articles[0]
    article.editors = [Byline("编辑", ("陈默",))]
    html = book_html(issue_view(issue), None)
    markdown = to_markdown(issue_view(issue))
    for text in (html, markdown):
        assert "编辑" in text and "陈默" in text
        assert text.index(article.bylines[0].names[0]) < text.index("陈默")
    assert "陈默" in "".join(filter(None, model_texts(issue)))


OWN_MARKS = [
    "◆ 杭州医药港",
    "（二）大创小镇",
    "3. 下沙",
    "▲ 三角",
    "◇ 空心",
    "◎2020年9月",
    "01 实施",
    "① 第一",
    "※ 注",
]


def test_a_list_item_with_its_own_mark_gets_no_second_bullet() -> None:
    """`◆ …`, `（一）…`, `1. …`, `▲ …`, `01 …` print their own marks: the list adds none (it
    showed `• ◆`), in HTML, EPUB and Markdown."""
    items = [
        factory.paragraph(text, n, BlockType.LIST_ITEM)
        for n, text in enumerate([*OWN_MARKS, "普通一项"], start=1)
    ]
    article = Article("a1", "清单", blocks=items)
    view = issue_view(factory.issue(Section("专题", [article])))
    section = view.outline[0]
    html = epub_article(view, section, section.articles[0].key)
    root = etree.fromstring(xhtml_page("清单", html, "style.css", "article").encode())
    entries = [(li.get("class"), "".join(li.itertext())) for li in root.iter(f"{{{NS['x']}}}li")]
    assert entries == [*(("marked", text) for text in OWN_MARKS), (None, "普通一项")]
    markdown = to_markdown(view).splitlines()
    assert "- 普通一项" in markdown
    assert not [line for line in markdown if line.startswith("- ") and "普通" not in line]
    assert "li.marked" in (Path(__file__).resolve().parents[2] / "themes/default.css").read_text()
