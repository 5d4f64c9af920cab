"""The columns running heads name, as the article builder applies them
(segment/articles.py with column_heads.ColumnHeads): a head that closes its page names
the article read so far, one that opens a page only the articles after it. Invented
text throughout."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.column_heads import ColumnHeads, HeadScope
from qtread.parse.furniture import Furniture, strip_furniture
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.segment.articles import build
from qtread.parse.segment.common import Anchor, Segmented
from qtread.parse.segment.roles import classify

PROFILE = load_profile()
TEXT = "园区管理办公室的负责人介绍说，今年以来园区一共接待了来访企业两百多家，签约四十余家。"


def _chunk(text: str, line: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(line, line), [text])


def _filed(chunks: list[Chunk], heads: ColumnHeads) -> dict[str, str | None]:
    """Each article's title → the column the builder files it under, CHUNKS' articles
    opened at every chunk that is not TEXT or a column's label."""
    roles = classify(chunks, PROFILE, set())
    titles = [i for i, chunk in enumerate(chunks) if chunk.text != TEXT and i not in roles.columns]
    anchors = {i: Anchor(i, chunks[i].text, [i]) for i in titles}
    sections = build(chunks, roles, anchors, heads, PROFILE, Segmented([]))
    return {article.title: section.name for section in sections for article in section.articles}


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
    return _filed(chunks, heads)


def test_a_head_opening_a_page_names_the_articles_after_it_only() -> None:
    heads = ColumnHeads(opening={5: "城事", 50: "风物志"})
    assert _columns(heads) == {"湖畔新城启动十项民生工程": "城事", "北湖区新增三所幼儿园": "风物志"}


def test_a_head_of_unknown_place_names_the_article_it_stands_in() -> None:
    heads = ColumnHeads(here={50: "风物志"})
    assert _columns(heads) == {
        "湖畔新城启动十项民生工程": "风物志",
        "北湖区新增三所幼儿园": "风物志",
    }


def test_heads_of_both_kinds_apply_in_line_order() -> None:
    heads = ColumnHeads(here={50: "城事"}, opening={55: "风物志"})
    assert heads.in_order() == [(50, "城事", HeadScope.HERE), (55, "风物志", HeadScope.AFTER)]
    assert _columns(heads) == {"湖畔新城启动十项民生工程": "城事", "北湖区新增三所幼儿园": "风物志"}


#: Four short articles (title, line): the text of each on the line after next.
ARTICLES = [
    ("湖畔新城启动十项民生工程", 10),
    ("北湖区新增三所幼儿园", 30),
    ("城东老街迎来新客流", 40),
    ("西溪湿地候鸟归来", 60),
]


def _four_articles(*, page_breaks: tuple[int, ...] = (), label: bool = False) -> list[Chunk]:
    """ARTICLES as chunks, a page starting at each line of PAGE_BREAKS; with LABEL, the
    third article's page prints its column's label (the magazine's own column name, as
    a tab would) after its text, at line 45."""
    chunks: list[Chunk] = []
    for title, line in ARTICLES:
        if label and line == 60:
            chunks.append(_chunk("特别策划", 45))
        chunks += [_chunk(title, line), _chunk(TEXT, line + 2)]
        chunks[-2].page_break = line in page_breaks
    return chunks


def _page_of_briefs(heads: ColumnHeads) -> dict[str, str | None]:
    """One article on a page of its own, two on the next page, which a head (at line 50)
    closes, and one on the page after."""
    return _filed(_four_articles(page_breaks=(30, 60)), heads)


def test_a_head_closing_its_page_names_every_article_begun_on_that_page() -> None:
    assert _page_of_briefs(ColumnHeads(closing={50: "风物志"})) == {
        "湖畔新城启动十项民生工程": None,
        "北湖区新增三所幼儿园": "风物志",
        "城东老街迎来新客流": "风物志",
        "西溪湿地候鸟归来": "风物志",
    }


def test_without_a_page_start_since_the_last_head_it_names_the_article_it_closes() -> None:
    heads = ColumnHeads(here={35: "城事"}, closing={50: "风物志"})
    assert _page_of_briefs(heads) == {
        "湖畔新城启动十项民生工程": None,
        "北湖区新增三所幼儿园": "城事",
        "城东老街迎来新客流": "风物志",
        "西溪湿地候鸟归来": "风物志",
    }


def _weekly(head_at_page_end: bool) -> Furniture:
    """Pages of a weekly, each with a head naming its column (the magazine's own column
    names), printed after the page's text (a form feed after it) or before it."""
    rows: list[str] = []
    for page, column in enumerate(["特别策划", "聚焦钱塘", "企业之星"], start=3):
        head = f"2031年7月15日 星期三 {column} 第{page}版"
        text = [f"第{page}版的正文写到这里，句子写完了。"] * 3
        page = [*text, head] if head_at_page_end else [head, *text]
        rows += ["\f" + page[0], *page[1:]]  # a form feed opens each page, as pdftotext sets it
    return strip_furniture(split_lines(normalise("\n".join(rows))), PROFILE)


def test_a_head_the_next_page_follows_closes_its_page() -> None:
    furniture = _weekly(head_at_page_end=True)
    assert list(furniture.heads.closing.values())[:2] == ["特别策划", "聚焦钱塘"]


def test_a_head_over_its_pages_text_is_not_known_to_close_it() -> None:
    assert not _weekly(head_at_page_end=False).heads.closing


def _weekly_without_form_feeds(text_after_last: int) -> Furniture:
    """The weekly's pages with their heads printed after their text and no form feed
    (an extraction that orders by blocks), then TEXT_AFTER_LAST more lines of text."""
    rows: list[str] = []
    for page, column in enumerate(["特别策划", "聚焦钱塘", "企业之星", "民生频道"], start=3):
        rows += [f"第{page}版的正文写到这里，第{row}句写完了。" for row in range(12)]
        rows.append(f"2031年7月15日 星期三 {column} 第{page}版")
    rows += [f"最后还有一行正文，第{row}句。" for row in range(text_after_last)]
    return strip_furniture(split_lines(normalise("\n".join(rows))), PROFILE)


def test_heads_with_nothing_after_the_last_close_their_pages() -> None:
    furniture = _weekly_without_form_feeds(text_after_last=0)
    assert list(furniture.heads.closing.values()) == [
        "特别策划",
        "聚焦钱塘",
        "企业之星",
        "民生频道",
    ]


def test_heads_with_a_page_of_text_after_the_last_keep_their_place_unknown() -> None:
    furniture = _weekly_without_form_feeds(text_after_last=12)
    assert not furniture.heads.closing
    assert len(furniture.heads.here) == 4


def test_a_head_closing_its_page_starts_the_next_one() -> None:
    # no page break among the chunks: the head at line 15 ends page one, so both
    # articles after it are the page the head at line 50 closes
    heads = ColumnHeads(closing={15: "城事", 50: "风物志"})
    assert _filed(_four_articles(), heads) == {
        "湖畔新城启动十项民生工程": "城事",
        "北湖区新增三所幼儿园": "风物志",
        "城东老街迎来新客流": "风物志",
        "西溪湿地候鸟归来": "风物志",
    }


def _page_with_a_label(heads: ColumnHeads, *, page_break: bool = True) -> dict[str, str | None]:
    """Articles on two pages (the second from line 30), the second page's column label
    printed after its first two articles' text."""
    chunks = _four_articles(page_breaks=(30,) if page_break else (), label=True)
    assert 6 in classify(chunks, PROFILE, set()).columns
    return _filed(chunks, heads)


def test_a_column_label_files_the_unfiled_articles_begun_on_its_page() -> None:
    assert _page_with_a_label(ColumnHeads()) == {
        "湖畔新城启动十项民生工程": None,  # the page before
        "北湖区新增三所幼儿园": "特别策划",
        "城东老街迎来新客流": "特别策划",
        "西溪湿地候鸟归来": "特别策划",
    }


def test_a_column_label_leaves_an_article_a_head_filed() -> None:
    columns = _page_with_a_label(ColumnHeads(opening={35: "聚焦钱塘"}))
    assert columns["北湖区新增三所幼儿园"] == "特别策划"
    assert columns["城东老街迎来新客流"] == "聚焦钱塘"


def test_without_a_page_break_seen_a_label_files_only_what_follows_it() -> None:
    # no page known: the articles before the label may be any page's
    assert _page_with_a_label(ColumnHeads(), page_break=False) == {
        "湖畔新城启动十项民生工程": None,
        "北湖区新增三所幼儿园": None,
        "城东老街迎来新客流": None,
        "西溪湿地候鸟归来": "特别策划",
    }
