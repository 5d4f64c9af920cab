"""Bylines a layout prints at its articles' ends (segment/roles.py `closing_layout`), and
a converter's bold byline kept whole (chunks.py `fragment`). Every name and text here is
invented."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.common import Anchor
from qtread.parse.segment.layout import titles_after_closing_bylines
from qtread.parse.segment.roles import CLOSING_MIN, classify, closing_layout

PROFILE = load_profile()
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _chunk(text: str, number: int, *, emphasis: bool = False) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(number, number), [text], emphasis=emphasis)


def _closing(texts: list[str]) -> set[int]:
    chunks = [_chunk(text, n) for n, text in enumerate(texts, start=1)]
    roles = classify(chunks, PROFILE, set())
    closing_layout(chunks, roles)
    return roles.closing


def test_bylines_after_each_articles_last_sentence_close_their_articles() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", TEXT, TEXT, f"记者：林远 通讯员：周舟{'一二三'[n]}"]
    assert _closing(texts) == {3, 7, 11}


def test_bylines_under_their_titles_open_their_articles() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", f"记者：林远 通讯员：周舟{'一二三'[n]}", TEXT, TEXT]
    assert _closing(texts) == set()


def test_one_byline_after_text_is_not_a_layout() -> None:
    texts = ["湖畔新城工程开工", TEXT, "记者：林远"]
    texts += [row for n in range(3) for row in (f"北湖区第{n}所幼儿园开学", f"记者：周舟{n}", TEXT)]
    assert _closing(texts) == set()


def test_a_bold_line_is_no_sentence_cut_by_the_page() -> None:
    # A converter sets a byline (or a title) in bold; it stops without a full stop, as
    # a cut sentence does, but nothing of it runs on past the line.
    byline = "记者：林远 通讯员：周舟 摄影：陈立 王芳 赵明"
    assert not _chunk(byline, 1, emphasis=True).fragment
    assert _chunk(TEXT[:-1] + "，而", 1).fragment


def test_bylines_mostly_under_titles_keep_the_few_after_text_opening() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [f"湖畔新城第{n}项工程开工", TEXT, TEXT, f"记者：林远 通讯员：周舟{'一二三'[n]}"]
    for n in range(4):
        texts += [f"北湖区第{n}所幼儿园开学", f"记者：陈立{'一二三四'[n]}", TEXT]
    assert _closing(texts) == set()


def test_a_byline_after_an_unfinished_sentence_is_not_at_an_article_end() -> None:
    texts = []
    for n in range(CLOSING_MIN):
        texts += [
            f"湖畔新城第{n}项工程开工",
            TEXT,
            TEXT + TEXT[:-1] + "，而",
            f"记者：林远{'一二三'[n]}",
        ]
    assert _closing(texts) == set()


# --- the title after a closing byline (segment/layout.py `titles_after_closing_bylines`)

BODY = [
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投资超过一百亿元。",
    "据介绍，这些工程将在明年年底前全部完工，届时将惠及沿线的十余个社区居民。",
    "新城相关负责人表示，将全力保障工程进度和质量，让群众早日享受到发展成果。",
    "目前，首批三个项目已经进场施工，其余项目将在年内陆续开工建设。",
]
TITLES = [
    "湖畔新城十项民生工程全面开工",
    "北湖区新增三所公办幼儿园",
    "南岭经开区举办春季人才招聘会",
]
NAMES = ["林望舒", "周远", "陈默"]


def _flowed(
    credit: str, *, lead: list[str] = BODY, after: list[str] = ()
) -> list[tuple[str, tuple[str, ...]]]:
    """An OCR issue, one paragraph a line: each article's LEAD closed by CREDIT (NAME
    in it), then the lines AFTER it."""
    lines = []
    for title, name in zip(TITLES, NAMES, strict=True):
        lines += [title, *lead, credit.format(name=name), *after]
    issue = parse_text("\n\n".join(lines), shape=SourceShape.FLOWED)
    return [(a.title, tuple(n for b in a.bylines for n in b.names)) for a in issue.articles]


def test_the_title_after_a_closing_byline_opens_the_next_article() -> None:
    expected = [(title, (name,)) for title, name in zip(TITLES, NAMES, strict=True)]
    for credit in ("撰文：{name}", "文/{name}", "记者 {name}", "{name}/文", "（记者 {name}）"):
        assert _flowed(credit) == expected, credit


def test_what_follows_a_leads_byline_or_a_photo_credit_is_no_title() -> None:
    # a lead of one paragraph closed by its byline: under it, the article's text goes on
    subhead = "工程进展顺利群众拍手称快"
    read = _flowed("记者 {name}", lead=BODY[:1], after=[subhead, *BODY[1:]])
    assert subhead not in [title for title, _ in read]
    # a layout may end a lead of a few paragraphs with an ornament's byline (`…。 ■ 记者 …`)
    read = _flowed("■ 记者 {name}", after=[subhead, *BODY])
    assert subhead not in [title for title, _ in read]
    # ... but one after a whole article's text closes that article
    read = _flowed("■ 记者 {name}", lead=BODY * 2)
    assert read == [(title, (name,)) for title, name in zip(TITLES, NAMES, strict=True)]


def test_a_photographs_credit_closes_no_article() -> None:
    def anchored(credit: str) -> list[int]:
        texts = [TITLES[0], *BODY, credit, TITLES[1], *BODY]
        chunks = [_chunk(text, n) for n, text in enumerate(texts, start=1)]
        roles = classify(chunks, PROFILE, set())
        credited = texts.index(credit)
        assert credited in roles.bylines
        roles.closing.add(credited)  # as `closing_layout` marks it in such a layout
        anchors: dict[int, Anchor] = {}
        titles_after_closing_bylines(chunks, roles, anchors, PROFILE.byline_marks)
        return sorted(anchors)

    assert anchored("文 | 林望舒") == [6]  # the title under an author's credit
    assert anchored("图 | 林望舒") == []  # a caption's credit: the next line is no title
