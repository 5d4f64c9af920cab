"""Credits a layout stacks, each role a line of its own over its names (`记者` / `林远`),
and names alone under a title with no role (`林远　周舟`), as journals print them: read
as bylines, never lost as running heads or left as lines of text. Every name here is
invented."""

from __future__ import annotations

from qtread.model import Byline
from qtread.parse.classify import author_note_names
from qtread.parse.lines import normalise, split_lines
from qtread.parse.recurring import learn_furniture
from qtread.text.names import names_alone

from .byline_stage import PROFILE, bylines_of

TITLE = "湖畔新城民生工程全面开工"
TEXT = "今年起，湖畔新城将启动十项民生工程，涵盖教育、医疗、交通等多个领域。"


def test_a_stack_of_roles_over_names_is_one_byline() -> None:
    texts, bylines = bylines_of(TITLE, "记者", "林远", "通讯员", "陈立 王芳", TEXT)
    assert texts == [TITLE, "记者 林远 通讯员 陈立 王芳", TEXT]
    assert bylines[1] == [Byline("记者", ("林远",)), Byline("通讯员", ("陈立", "王芳"))]


def test_a_role_with_its_suffix_takes_the_names_under_it() -> None:
    texts, bylines = bylines_of(TITLE, "记者 整理报道", "林远", TEXT)
    assert texts == [TITLE, "记者 整理报道 林远", TEXT]
    assert [name for byline in bylines[1] for name in byline.names] == ["林远"]


def test_a_line_under_a_credited_role_is_not_taken_for_more_names() -> None:
    texts, _ = bylines_of(TITLE, "记者 林远", "王府井", TEXT)
    assert texts == [TITLE, "记者 林远", "王府井", TEXT]


def test_a_line_under_a_role_that_opens_with_no_surname_is_not_its_names() -> None:
    texts, bylines = bylines_of(TITLE, "记者", "今年起", TEXT)
    assert texts == [TITLE, "记者", "今年起", TEXT]
    assert not bylines


def test_a_role_alone_with_no_byline_above_stays_apart() -> None:
    texts, _ = bylines_of(TITLE, "通讯员", TEXT)
    assert texts == [TITLE, "通讯员", TEXT]


def test_names_alone_under_a_title_are_its_byline() -> None:
    _, bylines = bylines_of(TITLE, "林远　周舟", TEXT)
    assert bylines == {1: [Byline("", ("林远", "周舟"))]}


def test_one_name_alone_is_a_byline_only_where_the_issue_credits_that_person_again() -> None:
    other = "湖畔新城举办读书节"
    _, bylines = bylines_of(TITLE, "林远", TEXT, other, "林远　周舟", TEXT)
    assert bylines[1] == [Byline("", ("林远",))]
    _, bylines = bylines_of(TITLE, "林远", TEXT, other, "陈立　周舟", TEXT)
    assert 1 not in bylines
    _, bylines = bylines_of(TITLE, "林远", TEXT, other, "林远", TEXT)  # a staff writer
    assert bylines == {1: [Byline("", ("林远",))], 4: [Byline("", ("林远",))]}


def test_names_stacked_a_line_each_under_a_title_are_its_byline() -> None:
    _, bylines = bylines_of(TITLE, "林远", "周舟", TEXT)
    assert bylines == {1: [Byline("", ("林远",))], 2: [Byline("", ("周舟",))]}
    _, bylines = bylines_of(TITLE, TEXT, "林远", "周舟", TEXT)  # not under a title
    assert not bylines


def test_one_name_alone_is_a_byline_where_the_contents_page_credits_that_person() -> None:
    _, bylines = bylines_of(TITLE, "林远", TEXT, credited=("林远",))
    assert bylines == {1: [Byline("", ("林远",))]}
    _, bylines = bylines_of(TITLE, "林远", TEXT, credited=("周舟",))
    assert not bylines


def test_one_name_alone_is_a_byline_where_an_author_note_credits_that_person() -> None:
    note = "作者：林远，本刊记者；周舟、陈立，本刊通讯员。"
    _, bylines = bylines_of(TITLE, "林远", TEXT, note)
    assert bylines == {1: [Byline("", ("林远",))]}
    _, bylines = bylines_of(TITLE, "林远", TEXT, "作者：林远，一位读者。")  # no role: no note
    assert not bylines


def test_an_author_note_is_a_role_then_groups_of_names_and_what_they_are() -> None:
    assert author_note_names("作者：林远、周舟，本刊记者；陈立，本刊通讯员。", PROFILE) == [
        "林远",
        "周舟",
        "陈立",
    ]
    assert author_note_names("作者：林远，本刊记者", PROFILE) == ["林远"]
    assert author_note_names("作者：林远，本刊记者；今年起，湖畔新城启动工程。", PROFILE) is None
    assert author_note_names("说明：林远，本刊记者。", PROFILE) is None  # no role
    assert author_note_names("作者：林远。", PROFILE) is None  # not what the person is


def test_names_alone_not_under_a_title_are_text() -> None:
    _, bylines = bylines_of(TEXT, "林远　周舟", TEXT)
    assert not bylines


def test_names_alone_are_han_names_opening_with_a_surname() -> None:
    assert names_alone("林远、周舟") == ["林远", "周舟"]
    assert names_alone("林远　周舟　陈立") == ["林远", "周舟", "陈立"]
    assert names_alone("今年起 林远") is None  # 今 opens no surname
    assert names_alone("林远 Z") is None
    assert names_alone("林 王") is None  # a name is two characters or more
    assert names_alone(" ".join(["林远"] * 7)) is None  # more than six: a list


def test_a_role_stacked_on_every_page_is_no_running_head() -> None:
    # ten articles far apart (a head prints on ten pages), each crediting one 通讯员
    body = [f"正文第{line}行写到这里，句子还没有写完，" for line in range(40)]
    names = ["陈立", "王芳", "林远", "周舟", "赵明", "张华", "李强", "刘洋", "黄河", "吴江"]
    titles = [
        "湖畔新城民生工程",
        "读书节开幕",
        "新桥通车",
        "社区食堂开张",
        "公园改造",
        "夜市开市",
        "图书馆开放",
        "老街新貌",
        "运河步道",
        "体育馆落成",
    ]
    pages = [[title, "通讯员", name, *body] for title, name in zip(titles, names, strict=True)]
    lines = split_lines(normalise("\n".join(line for page in pages for line in page)))
    assert {lines[i].text for i in learn_furniture(lines, set(), (), ()).reasons} == {"通讯员"}
    assert not learn_furniture(lines, set(), (), PROFILE.byline_roles).reasons
