"""The columns running heads name, as the article builder applies them
(segment/articles.py with segment/common.ColumnHeads): a head that closes its page names
the article read so far, one that opens a page only the articles after it. Invented
text throughout."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.articles import build
from qtread.parse.segment.common import Anchor, ColumnHeads, Segmented
from qtread.parse.segment.roles import classify

PROFILE = load_profile()
TEXT = "园区管理办公室的负责人介绍说，今年以来园区一共接待了来访企业两百多家，签约四十余家。"


def _chunk(text: str, line: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text])


def _columns(heads: ColumnHeads) -> dict[str, str | None]:
    """Each article's title → its column, for two articles: the first runs from line 10
    over a page turn at line 50 (where the head stands) into the page the second opens on."""
    chunks = [
        _chunk("湖畔新城启动十项民生工程", 10),
        _chunk(TEXT, 12),
        _chunk(TEXT, 52),  # the first article's text, carried over the page turn
        _chunk("北湖区新增三所幼儿园", 60),
        _chunk(TEXT, 62),
    ]
    anchors = {0: Anchor(0, chunks[0].text, [0]), 3: Anchor(3, chunks[3].text, [3])}
    roles = classify(chunks, PROFILE, set())
    sections = build(chunks, roles, anchors, heads, PROFILE, Segmented([]))
    return {article.title: section.name for section in sections for article in section.articles}


def test_a_head_opening_a_page_names_the_articles_after_it_only() -> None:
    heads = ColumnHeads(opening={5: "城事", 50: "风物志"})
    assert _columns(heads) == {"湖畔新城启动十项民生工程": "城事", "北湖区新增三所幼儿园": "风物志"}


def test_a_head_closing_a_page_names_the_article_read_so_far() -> None:
    heads = ColumnHeads(closing={50: "风物志"})
    assert _columns(heads) == {
        "湖畔新城启动十项民生工程": "风物志",
        "北湖区新增三所幼儿园": "风物志",
    }


def test_heads_of_both_kinds_apply_in_line_order() -> None:
    heads = ColumnHeads(closing={50: "城事"}, opening={55: "风物志"})
    assert ColumnHeads(closing={50: "城事"}, opening={55: "风物志"}).in_order() == [
        (50, "城事", True),
        (55, "风物志", False),
    ]
    assert _columns(heads) == {"湖畔新城启动十项民生工程": "城事", "北湖区新增三所幼儿园": "风物志"}
