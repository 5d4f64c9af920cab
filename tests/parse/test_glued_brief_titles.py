"""A brief's title the paragraph joiner ran into the brief's text, set apart where the
briefs around it show the pattern (`segment/briefs.py` `titles_off_brief_texts`)."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.profile import load_profile
from qtread.parse.segment.briefs import titles_off_brief_texts

PROFILE = load_profile()

TITLE = "北湖新区三所学校今秋开学"
TEXT = [
    "新建的三所学校将在九月开学，可提供学",
    "位四千余个，家长们十分关心此事进展。",
]
GLUED = [
    "北湖港口年吞吐量创下新高",  # the next brief's title, run into its text
    "今年上半年，北湖港口完成货物吞吐量一",
    "千二百万吨，同比增长百分之十五以上。",
]
NEXT = "北湖机场新航站楼年底投用"


def chunks(lines: list[str], first: int) -> Chunk:
    return Chunk(ChunkKind.TEXT, "".join(lines), LineSpan(first, first + len(lines) - 1), lines)


def briefs(glued: list[str] = GLUED, title: str = TITLE, following: str = NEXT) -> list[str]:
    run = [
        chunks([title], 1),
        chunks(TEXT, 2),
        chunks(glued, 4),
        chunks([following], 7),
        chunks(["北湖机场新航站楼将在年底投入使用，可满足年旅客吞吐量两千万人次。"], 8),
    ]
    return [chunk.text for chunk in titles_off_brief_texts(run, PROFILE)]


def test_a_briefs_title_run_into_its_text_is_set_apart() -> None:
    found = briefs()
    assert found[2:4] == [GLUED[0], "".join(GLUED[1:])]
    assert len(found) == 6


def test_a_paragraphs_first_line_is_not_taken_for_a_title() -> None:
    # a line with punctuation in it is text
    punctuated = ["北湖港口，年吞吐量创下新高", *GLUED[1:]]
    assert len(briefs(glued=punctuated)) == 5
    # a line as wide as the text under it is a full line of text, its indent lost or none
    full = ["北湖港口上半年货物吞吐量创下历史新高", *GLUED[1:]]
    assert len(briefs(glued=full)) == 5


def test_no_brief_on_either_side_no_title() -> None:
    # the line before the text above is a line of text (as wide as the text), not a title
    assert len(briefs(title="新建的三所学校将在九月开学可提供学位")) == 5
    # nothing under it is a brief's title: a feature's paragraphs run on
    assert len(briefs(following="港口的集装箱航线也增加到了三十条。")) == 5


def test_a_list_of_firms_is_no_run_of_briefs() -> None:
    firms = ["北湖精密机械股份有限公司", *GLUED[1:]]
    assert len(briefs(glued=firms, title="北湖电缆制造股份有限公司")) == 5
