"""A digest's titles run in before their text and set off only by a space (bold in
print) are set apart, item after item (unwrap/run_in.py). Every text here is invented."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.unwrap.run_in import (
    DASHED_RUN_MIN,
    SPACED_RUN_GAP,
    SPACED_RUN_MIN,
    split_run_in_titles,
)

TITLES = [
    "湖畔新城十项民生工程开工",
    "北湖区新增三所幼儿园",
    "西山公园步道全线贯通",
    "东港码头完成扩建工程",
]
TEXTS = [
    "市发展改革委近日发布通知，十个项目同日开工，总投资超过一百亿元。",
    "区教育局表示，三所幼儿园共提供九百个学位，秋季学期开始招生。",
    "新建的步道全长约六公里，沿途设有观景台和休息亭，五月起开放。",
    "扩建后年吞吐能力提高一倍，新增泊位四个，可停靠万吨级货轮。",
]


def _chunks(texts: list[str]) -> list[Chunk]:
    return [
        Chunk(ChunkKind.TEXT, text, LineSpan(n, n), [text]) for n, text in enumerate(texts, start=1)
    ]


def _texts(texts: list[str]) -> list[str]:
    return [chunk.text for chunk in split_run_in_titles(_chunks(texts))]


def test_each_item_of_a_digest_gives_up_its_title() -> None:
    items = [f"{title} {text}" for title, text in zip(TITLES, TEXTS, strict=True)]
    assert _texts(items) == [part for pair in zip(TITLES, TEXTS, strict=True) for part in pair]


def test_list_marks_on_lines_of_their_own_are_no_gap_between_items() -> None:
    # each item after a bullet on its own line; one item runs to a second paragraph
    items = [f"{title} {text}" for title, text in zip(TITLES, TEXTS, strict=True)]
    more = "项目建成后将惠及沿线十万居民，出行时间缩短一半。"
    marked = ["•", items[0], "•", items[1], more, "•", items[2], "•", items[3]]
    assert [text for text in _texts(marked) if text in TITLES] == TITLES


def test_fewer_items_than_a_digest_stay_paragraphs() -> None:
    assert SPACED_RUN_MIN > 3
    items = [f"{t} {x}" for t, x in zip(TITLES, TEXTS, strict=True)][:3]
    assert _texts(items) == items


def test_a_space_before_a_number_or_a_date_opening_an_entry_is_no_title() -> None:
    # Spacing around digits, and a chronology's dates, read like a run-in title.
    numbers = [
        f"{t[:6]} {n} 家企业入驻，{x}" for t, n, x in zip(TITLES, range(10, 14), TEXTS, strict=True)
    ]
    assert _texts(numbers) == numbers
    dates = [f"2031年{m}月 {x}" for m, x in zip(range(3, 7), TEXTS, strict=True)]
    assert _texts(dates) == dates


def test_a_title_needs_running_text_after_it() -> None:
    # Names after a firm's name (`…公司车间班长 张明`) are a list of people, not a digest.
    people = [f"{title}车间班长 张明（技术员） 李华（工程师）" for title in TITLES]
    assert _texts(people) == people


def test_a_title_run_in_behind_a_dash_is_set_apart_spaces_and_all() -> None:
    # `标题——正文`: the dash ends the title, which may hold a space of its own (two
    # parts set on one line); the text keeps the dash it opens with.
    titles = [*TITLES[:3], "东港码头 完成扩建工程"]
    items = [f"{title}——{text}" for title, text in zip(titles, TEXTS, strict=True)]
    expected = [
        part for pair in zip(titles, TEXTS, strict=True) for part in (pair[0], "——" + pair[1])
    ]
    assert _texts(items) == expected


def test_an_items_text_may_print_ascii_clause_marks() -> None:
    # An OCR's or converter's text with half-width commas is running text all the same.
    texts = [text.replace("，", ",").replace("。", ".") for text in TEXTS]
    items = [f"{title} {text}" for title, text in zip(TITLES, texts, strict=True)]
    assert _texts(items) == [part for pair in zip(TITLES, texts, strict=True) for part in pair]


def test_two_titles_behind_dashes_in_a_row_make_a_digest_one_does_not() -> None:
    # A sentence may put a dash a few words in; two paragraphs in a row that each open
    # with a headline and a dash are a digest's items.
    assert DASHED_RUN_MIN == 2 < SPACED_RUN_MIN
    items = [f"{title} ——{text}" for title, text in zip(TITLES[:2], TEXTS[:2], strict=True)]
    assert _texts(items) == [TITLES[0], "——" + TEXTS[0], TITLES[1], "——" + TEXTS[1]]
    alone = f"这次大会有一个特别的荣誉——{TEXTS[0]}"
    assert _texts([alone, TEXTS[1]]) == [alone, TEXTS[1]]


def test_after_a_dash_the_text_may_run_long_before_its_first_comma() -> None:
    long_clause = "商务部与开发银行签署《关于推进国家级经济技术开发区创新提升促进高质量发展合作备忘录》，支持园区。"
    items = [f"{TITLES[0]} ——{long_clause}", f"{TITLES[1]} ——{TEXTS[1]}"]
    assert _texts(items)[::2] == [TITLES[0], TITLES[1]]


def test_before_a_dash_a_title_may_open_with_a_number_but_not_a_date() -> None:
    numbered = ["2031 年经济增速预测出炉", "12 个新项目集中签约开工"]
    items = [f"{title} ——{text}" for title, text in zip(numbered, TEXTS[:2], strict=True)]
    assert _texts(items)[::2] == numbered
    dated = [f"2031年{m}月——{text}" for m, text in zip((3, 4), TEXTS[:2], strict=True)]
    assert _texts(dated) == dated
    days = [f"{d}月{d}日——{text}" for d, text in zip((3, 4), TEXTS[:2], strict=True)]
    assert _texts(days) == days


def test_a_bracketed_headline_glued_inside_a_paragraph_is_set_apart() -> None:
    # An extraction that reads across the columns glues a digest's item to the other
    # column's line; no sentence holds a headline in brackets, so the cut is there.
    glued = f"其余各行的利率也有所下行，部分商业银行各【{TITLES[1]}】{TEXTS[1]}"
    assert _texts([glued]) == [
        "其余各行的利率也有所下行，部分商业银行各",
        f"【{TITLES[1]}】",
        TEXTS[1],
    ]


def test_a_bracketed_label_inside_a_paragraph_stays() -> None:
    labelled = f"{TEXTS[0]}【代表企业】北湖电器、东港机械"  # a box's label: a word, not a headline
    assert _texts([labelled]) == [labelled]


def test_a_spaced_title_of_two_parts_keeps_both_and_a_date_may_open_the_text() -> None:
    # The title ends at the last space between words before the text's first comma; a
    # space beside a number is no such space, but one before the date opening a news
    # item's text is.
    titles = [
        "湖畔新城十项工程开工 总投资超百亿",
        "北湖区新增三所幼儿园",
        "西山公园 步道全线贯通",
        "2031 年东港码头完成扩建",
    ]
    texts = [
        "市发展改革委近日发布通知，十个项目同日开工。",
        "3月16日上午，区教育局表示，三所幼儿园共提供九百个学位。",
        "新建的步道全长约 6 公里，沿途设有观景台和休息亭。",
        "扩建后年吞吐能力提高一倍，新增泊位四个。",
    ]
    items = [f"{title} {text}" for title, text in zip(titles, texts, strict=True)]
    assert _texts(items) == [part for pair in zip(titles, texts, strict=True) for part in pair]


def test_an_items_text_cut_in_two_does_not_break_the_digest() -> None:
    titles = [*TITLES, "南湖新建两座停车场"]
    texts = [*TEXTS, "两座停车场共设车位八百个，下月起试运行。"]
    items = [f"{title} {text}" for title, text in zip(titles, texts, strict=True)]
    cut = [items[0], items[1][:14], items[1][14:], *items[2:]]  # a line broken mid-item
    assert SPACED_RUN_GAP >= 3
    assert _texts(cut)[:2] == [titles[0], texts[0]]
    assert _texts(cut)[-2:] == [titles[-1], texts[-1]]


def test_an_items_text_may_show_it_is_under_way_by_a_colon() -> None:
    # `…的突破：研究人员…`: the colon comes before any comma within reach, and the item
    # is still one of the digest's
    late_comma = "北湖大学日前发表一项关于湿地保护与候鸟迁徙研究领域的重大突破：研究人员首次在湖区全年追踪，数据公开。"
    texts = [*TEXTS[:3], late_comma]
    items = [f"{title} {text}" for title, text in zip(TITLES, texts, strict=True)]
    assert _texts(items) == [part for pair in zip(TITLES, texts, strict=True) for part in pair]


def test_a_colon_in_a_title_set_off_by_a_space_stays_in_the_title() -> None:
    titles = [*TITLES[:3], "市场监管局：三类商品抽检全部合格"]
    items = [f"{title} {text}" for title, text in zip(titles, TEXTS, strict=True)]
    assert _texts(items) == [part for pair in zip(titles, TEXTS, strict=True) for part in pair]
