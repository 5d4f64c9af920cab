"""A fact box's fields (`基础产业：一车一糖` / `一车：广汽` / `一糖：费列罗`), title-like
lines each, are no headline: a headline has one colon at most (`北湖集团：打造员工的家`).
Every name here is invented."""

from __future__ import annotations

from qtread.parse.segment.common import Anchor

from .runs_stage import run_anchors, text_chunks

TEXT = "两床：东湖机床、北湖磨床，两塔：城东通信塔、城西电视塔，产业链条日趋完整。"
BEFORE = "园区经过多年的发展，已经形成了以先进制造业为主体、现代服务业为支撑的产业格局。"


def anchors_over(*titles: str) -> dict[int, Anchor]:
    """The title-runs stage alone on a finished paragraph, TITLES, then a short text."""
    return run_anchors(text_chunks(BEFORE, *titles, TEXT))


def test_lines_of_fields_open_no_article() -> None:
    assert not anchors_over("基础产业：一车一糖两床两塔", "一车：城东汽车", "一糖：北湖食品")


def test_a_headline_with_one_colon_still_opens_one() -> None:
    anchors = anchors_over("北湖集团：打造员工的温暖之家")
    assert [anchor.title for anchor in anchors.values()] == ["北湖集团：打造员工的温暖之家"]
