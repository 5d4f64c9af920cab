"""Where the cover ends. Its masthead, issue line and teasers go to the ledger; the first
article's text never does, in whatever form the extraction prints it: half-width marks
(an OCR's or converter's), one printed line a block (blank lines put back between all of
them), or lines of a narrow column each shorter than a sentence. Invented text."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse.front import read_covers
from qtread.parse.gaps import restore_gaps
from qtread.parse.lines import normalise, page_starts, split_lines
from qtread.parse.pipeline import parse_text
from qtread.parse.profile import load_profile

PROFILE = load_profile()
MASTHEAD = ["潮涌钱塘", "2031年第5期 · 7月刊"]
TEASERS = ["北湖新区十项工程同日开工 总投资超百亿", "东江两岸城市更新观察"]
ESSAY = [  # a narrow column, half-width marks: no line alone is a sentence
    "滑动手机屏幕,问候从指尖轻轻启程;坐",
    "上开往春天的地铁,迎接新一年的美好",
    "朝阳。这里是江流宛转的江畔,是我们",
    "站立的土地。在时光之海,这一年极不",
]
RUNNING_HEAD = "潮涌钱塘 · 2031年第5期"


def _covers(text: str):
    lines = restore_gaps(split_lines(normalise(text)))
    return lines, read_covers(lines, PROFILE, page_starts(text))


def _cover_text(text: str) -> list[str]:
    lines, covers = _covers(text)
    return [line.text for line in lines[: covers.front_end] if not line.blank]


def test_prose_with_half_width_marks_ends_the_cover() -> None:
    # the running head further on is a cover line too, but the cover ended before it
    text = "\n".join([*MASTHEAD, *ESSAY, RUNNING_HEAD]) + "\n"
    assert _cover_text(text) == MASTHEAD


def test_the_cover_pages_teasers_end_at_its_page() -> None:
    text = "\n".join([*MASTHEAD, *TEASERS]) + "\n\f" + "\n".join(ESSAY) + "\n"
    assert _cover_text(text) == [*MASTHEAD, *TEASERS]


def test_a_cover_page_holding_an_articles_text_keeps_it() -> None:
    # a tabloid prints its front page's first article under the masthead: more lines
    # than a cover's teasers, so the page is not the cover's alone
    lines = [line for line in ESSAY for _ in range(3)]
    text = "\n".join(MASTHEAD) + "\n" + "\n".join(lines) + "\n\f下一版的文字。\n"
    assert _cover_text(text) == MASTHEAD


def test_the_first_articles_text_is_in_the_model_not_the_ledger() -> None:
    text = "\n".join([*MASTHEAD, *ESSAY, "在这里结束。", RUNNING_HEAD]) + "\n"
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    assert not any("滑动手机屏幕" in line.text for line in issue.dropped)


def test_teasers_under_their_columns_names_are_cover_lines() -> None:
    # `栏目｜标题`, one ending on its question mark, one wrapped: a cover's lines, though
    # no page start ends the cover's page; the essay after them is not
    teasers = [
        "特别策划｜北湖新区十项工程同日开工 新区的底气在哪里?",
        "聚焦钱塘｜东江两岸城市更新观察 在实践中做第一批吃",
        "螃蟹的人",
        "民生频道｜湖畔新城旧小区改造焕发青春",
    ]
    text = "\n".join([*MASTHEAD, *teasers, *ESSAY]) + "\n"
    assert _cover_text(text) == [*MASTHEAD, *teasers]


def test_a_contents_entry_under_its_columns_name_is_no_teaser() -> None:
    entries = ["特别策划｜北湖新区十项工程同日开工 3", "聚焦钱塘｜东江两岸城市更新观察 8"]
    text = "\n".join([*MASTHEAD, *entries, *ESSAY]) + "\n"
    assert _cover_text(text) == MASTHEAD
