"""The side-by-side pass alone: columns an extractor drew side by side with spaces
(`pdftotext -layout` and its kind) are read apart, column by column, and text that is
not drawn that way is left to the passes after it."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from qtread.model import SourceShape
from qtread.parse.lines import Line, normalise, page_starts, split_lines
from qtread.parse.pipeline import parse_text
from qtread.parse.shape import detect_shape
from qtread.parse.side_by_side import read_side_by_side

# Invented running text, cut into lines of 16 letters: the columns' justified measure.
_PROSE = (
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元，"
    "惠及全城居民的日常生活。首批工程已于三月开工，预计年底前完成主体建设。北湖区教育局表"
    "示，新建的三所幼儿园共计可提供九百个学位，将在秋季学期开始招生，优先满足周边的新建小"
    "区适龄儿童的入园需求。西山公园的改造工程已进入收尾阶段，新建的步道全长约六公里，沿途"
    "设有观景台和休息亭，市民可以沿着山脊一路走到水库边上，欣赏湖光山色和城市的全景。园方"
    "还介绍，改造后的公园将在五月一日重新开放，开放时间为早六点至晚十点，夜间设有照明和巡"
    "逻，让游客可放心前往。东港码头扩建后年吞吐能力提高一倍，新增泊位四个，可停靠万吨级货"
    "轮，港区还新建了冷链仓库和集装箱堆场，进出港的货车将走新修的疏港大道，不再穿过老城。"
    "南岸老街的修缮工作也在稳步推进，二十多栋百年老宅将恢复原貌，街面铺上青石板，沿街店铺"
    "统一招牌样式，既保留了老街的烟火气，也让游客能看到城市过去的模样。市文旅局负责人说，"
    "老街修缮完成后将举办首届民俗文化节，邀请各地的手艺人前来展示剪纸、竹编和糖画等技艺，"
    "让更多年轻人了解传统文化。与此同时，城北的科技园区迎来了第二批入驻企业，涉及新材料、"
    "生物医药和智能装备等领域，园区为企业提供三年免租的办公用房和一站式的审批服务。"
)
MEASURE = 16


def _column(start: int, count: int) -> list[str]:
    """COUNT full lines of the invented text from letter START on."""
    return [_PROSE[start + i * MEASURE : start + (i + 1) * MEASURE] for i in range(count)]


def _draw(rows: list[dict[int, str]]) -> str:
    """Rows drawn in characters: each piece of text at its character position."""
    drawn = []
    for row in rows:
        line = ""
        for position, text in sorted(row.items()):
            line = line.ljust(position) + text
        drawn.append(line)
    return "\n".join(drawn)


def _read(drawn: str) -> list[Line] | None:
    return read_side_by_side(normalise(drawn))


def _texts(lines: list[Line] | None) -> list[str]:
    assert lines is not None
    return [line.text for line in lines if line.text]


def test_two_drawn_columns_are_read_one_after_the_other() -> None:
    left, right = _column(0, 8), _column(200, 8)
    drawn = _draw([{0: a, 22: b} for a, b in zip(left, right, strict=True)])
    assert _texts(_read(drawn)) == [*left, *right]


def test_every_letter_keeps_the_number_of_the_row_it_came_from() -> None:
    left, right = _column(0, 8), _column(200, 8)
    drawn = _draw([{0: a, 22: b} for a, b in zip(left, right, strict=True)])
    lines = _read(drawn)
    assert lines is not None
    assert [line.number for line in lines if line.text] == [*range(1, 9), *range(1, 9)]
    assert Counter("".join(line.text for line in lines)) == Counter(drawn.replace(" ", "")) - (
        Counter({"\n": 7})
    )


def test_a_middle_column_out_of_step_is_read_between_its_neighbours() -> None:
    # The middle column's lines sit between the rows of the outer two (its text starts
    # lower on the page), so no row has all three columns in it.
    first, middle, last = _column(0, 8), _column(130, 8), _column(260, 8)
    rows: list[dict[int, str]] = []
    for a, b, c in zip(first, middle, last, strict=True):
        rows += [{0: a, 44: c}, {22: b}]
    assert _texts(_read(_draw(rows))) == [*first, *middle, *last]


def test_a_gutter_that_drifts_down_the_page_still_parts_the_columns() -> None:
    # The right column starts three characters further left after the first rows, as
    # an extractor's character grid drifts where half-width letters sit.
    left, right = _column(0, 10), _column(200, 10)
    rows = [
        {0: a, 22 if i < 3 else 19: b} for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]
    assert _texts(_read(_draw(rows))) == [*left, *right]


def test_a_title_block_beside_its_lead_is_read_before_the_lead_line_it_faces() -> None:
    # A title set in a narrow side column, beside the second to fourth lines of the text.
    text = _column(0, 8)
    title = ["湖畔新城", "民生工程", "全面开工"]
    rows = [{0: line} for line in text]
    for i, part in enumerate(title, start=1):
        rows[i][24] = part
    lines = _read(_draw(rows))
    assert _texts(lines) == [text[0], *title, *text[1:]]
    assert lines is not None
    at = [line.text for line in lines].index(title[0])
    assert lines[at - 1].text == ""  # set apart from the line above


def test_a_table_drawn_in_cells_is_left_as_it_came() -> None:
    # A contents page: short titles and page numbers, no justified measure in any cell.
    entries = ["湖畔新城启动民生工程", "北湖区新增幼儿园", "西山公园改造收尾", "东港码头扩建"]
    rows = [{0: entry, 30: f"{page:02d}"} for page, entry in enumerate(entries, start=4)]
    drawn = _draw(rows)
    lines = _read(drawn)
    assert lines is None or _texts(lines) == drawn.split("\n")


def test_one_column_text_is_not_drawn() -> None:
    assert _read("\n".join(_column(0, 12))) is None


def test_a_text_of_three_drawn_columns_is_parsed_as_printed_lines() -> None:
    # Three columns side by side make rows too long for printed lines; read apart,
    # they are the printed lines they are.
    columns = [_column(0, 12), _column(200, 12), _column(400, 12)]
    drawn = _draw([{0: a, 24: b, 48: c} for a, b, c in zip(*columns, strict=True)])
    assert detect_shape(split_lines(normalise(drawn))) is SourceShape.FLOWED
    assert parse_text(drawn).source.shape is SourceShape.PDF_TEXT


def test_a_column_that_runs_on_past_its_neighbour_is_read_whole_before_it() -> None:
    left, right = _column(0, 10), _column(200, 6)
    rows = [{0: a, 22: b} for a, b in zip(left, right, strict=False)]
    rows += [{0: a} for a in left[len(right) :]]
    assert _texts(_read(_draw(rows))) == [*left, *right]


def test_an_out_of_step_column_whose_lines_reach_into_the_gutter_is_read_whole() -> None:
    # The middle column's lines end further right row by row (digits and Latin letters
    # take a character each in the drawn grid), each a little into the gutter.
    first, last = _column(0, 8), _column(260, 8)
    middle = [
        line + "2020"[:reach]
        for line, reach in zip(_column(130, 8), [0, 2, 4, 4, 4, 4, 4, 4], strict=True)
    ]
    rows: list[dict[int, str]] = []
    for a, b, c in zip(first, middle, last, strict=True):
        rows += [{0: a, 44: c}, {22: b}]
    assert _texts(_read(_draw(rows))) == [*first, *middle, *last]


def test_no_column_runs_on_across_a_page() -> None:
    # A page of two columns, then a page with one column on the left only: the second
    # page's text does not join the first page's left column.
    left, right, after = _column(0, 6), _column(200, 6), _column(300, 3)
    rows: list[dict[int, str]] = [{0: a, 22: b} for a, b in zip(left, right, strict=True)]
    drawn = _draw(rows) + "\n\f" + "\n".join(after)
    lines = read_side_by_side(normalise(drawn), page_starts(drawn))
    assert _texts(lines) == [*left, *right, *after]


def test_a_running_head_drawn_across_the_top_of_a_page_is_read_a_part_a_line() -> None:
    left, right = _column(0, 6), _column(200, 6)
    rows: list[dict[int, str]] = [{0: a, 22: b} for a, b in zip(left, right, strict=True)]
    drawn = _draw(rows) + "\n\f" + _draw([{0: "城市新闻", 30: "NO.8 / 2021"}, *rows])
    lines = read_side_by_side(normalise(drawn), page_starts(drawn))
    assert _texts(lines) == [*left, *right, "城市新闻", "NO.8 / 2021", *left, *right]


def test_page_starts_are_the_lines_a_form_feed_opens() -> None:
    assert page_starts("一\r\n二\n\f三\r\f四") == {3, 4}
    assert page_starts("no pages here") == frozenset()


def test_a_blank_row_across_the_columns_still_parts_what_it_parted() -> None:
    # Two paragraphs in each column with a blank row between: read apart, each column
    # keeps the blank, so a title or paragraph set off by space stays set off.
    left, right = _column(0, 8), _column(200, 8)
    rows: list[dict[int, str]] = [{0: a, 22: b} for a, b in zip(left, right, strict=True)]
    lines = _read(_draw([*rows[:4], {}, *rows[4:]]))
    assert lines is not None
    texts = [line.text for line in lines]
    assert texts[texts.index(left[3]) + 1] == ""
    assert texts[texts.index(right[3]) + 1] == ""


def _head_beside_text(head: list[str]) -> list[dict[int, str]]:
    """A page whose article head (column name, title, byline) is set in a narrow column
    on the left, its lines between the rows of the text (only the first two share one)."""
    text = _column(0, 12)
    rows: list[dict[int, str]] = [{2: head[0], 24: text[0]}, {2: head[1], 24: text[1]}]
    for part, line in zip(head[2:], text[2:], strict=False):
        rows += [{24: line}, {2: part}]
    rows += [{24: line} for line in text[2 + len(head[2:]) :]]
    return rows


def test_a_head_whose_lines_sit_between_the_text_rows_is_read_apart() -> None:
    # Rows with the head only and rows with the text only, in turn, show the gutter as
    # well as rows holding both.
    head = ["城", "市", "湖畔新城", "民生工程全面开工", "本刊记者 李明"]
    lines = _read(_draw(_head_beside_text(head)))
    assert _texts(lines) == [*head, *_column(0, 12)]


def test_a_gap_inside_a_later_line_that_misses_the_gutter_leaves_the_line_whole() -> None:
    # A title block beside the lead; below it a line of text drawn with a wide space in
    # it (`空航天产业…代表,       是国家…`) that only overlaps the gutter's edge: the line
    # is one line of the text, not two columns.
    text = _column(0, 6)
    rows: list[dict[int, str]] = [{0: line} for line in text]
    for i, part in enumerate(["湖畔新城", "民生工程", "全面开工"], start=1):
        rows[i][22] = part
    wide = {0: _PROSE[300:310], 17: _PROSE[310:320]}
    lines = _read(_draw([*rows, {}, wide]))
    assert _texts(lines)[-1] == f"{_PROSE[300:310]}       {_PROSE[310:320]}"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                # where the piece starts, in characters: mostly where columns would
                st.one_of(st.sampled_from([0, 2, 22, 24, 44, 46]), st.integers(0, 60)),
                st.text(
                    alphabet="湖畔新城民生工程，。、记者 0123456789AB", min_size=1, max_size=18
                ),
            ),
            max_size=4,
        ),
        min_size=1,
        max_size=40,
    ),
    st.sets(st.integers(1, 40), max_size=3),
)
def test_no_letter_is_lost_or_made_whatever_the_page(
    rows: list[list[tuple[int, str]]], pages: set[int]
) -> None:
    drawn = "\n".join(
        ("\f" if number in pages else "") + _draw([dict(row)])
        for number, row in enumerate(rows, start=1)
    )
    lines = read_side_by_side(normalise(drawn), page_starts(drawn))
    if lines is None:
        return
    source = Counter(normalise(drawn).replace(" ", "").replace("\n", ""))
    assert Counter("".join(line.text for line in lines).replace(" ", "")) == source
    assert all(1 <= line.number <= len(rows) for line in lines)


def test_a_region_whose_fullest_column_is_narrow_and_widest_is_short_is_read() -> None:
    # A narrow justified column of many rows beside a wide one of three: by rows the
    # wide one is a side column, by measure the narrow one is; one must be read as the
    # text the other's blocks go into (this ended in a StopIteration).
    narrow = [_PROSE[i * 9 : i * 9 + 9] for i in range(10)]
    wide = _column(300, 3)
    wide = [line + line[:4] for line in wide]  # twenty letters: more than twice as wide
    rows: list[dict[int, str]] = [{0: n} for n in narrow]
    for i, line in enumerate(wide):
        rows[i][14] = line
    lines = _read(_draw(rows))
    assert lines is not None
    assert sorted(_texts(lines)) == sorted([*narrow, *wide])


_ENTRIES = ["春季招生", "夜间照明", "冷链仓库", "民俗文化", "免租用房"]


def _text_then_contents(page_at: int) -> list[dict[int, str]]:
    """Two columns of text, then (no form feed between: a layout mode that prints none)
    a contents page whose pages are set right-aligned, inside the text's gutter."""
    left, right = _column(0, 8), _column(200, 8)
    rows: list[dict[int, str]] = [{0: a, 22: b} for a, b in zip(left, right, strict=True)]
    rows.append({})
    rows += [{0: entry, page_at: f"P{page}"} for page, entry in enumerate(_ENTRIES, start=4)]
    return rows


def test_a_contents_page_under_drawn_columns_keeps_each_page_on_its_entry() -> None:
    # The gutter drifts from the text's columns into the gap before the pages: read as a
    # column, the pages would be set out after the entries and lost to them.
    texts = _texts(_read(_draw(_text_then_contents(page_at=19))))
    entries = [text for text in texts if text.startswith(tuple(_ENTRIES))]
    assert [entry.split()[-1] for entry in entries] == ["P4", "P5", "P6", "P7", "P8"]


def test_a_folio_beside_the_last_line_of_a_column_is_still_read_apart() -> None:
    # One page number on a row of the left column's text is its column's folio: no run
    # of pages, so the row is still cut where the gutter is.
    left, right = _column(0, 8), _column(200, 7)
    rows: list[dict[int, str]] = [{0: a, 22: b} for a, b in zip(left, [*right, "P9"], strict=True)]
    assert _texts(_read(_draw(rows))) == [*left, *right, "P9"]


def test_folios_of_pages_printed_without_form_feeds_are_no_run_of_pages() -> None:
    # Three pages of two columns, each right column ending on a row with its folio: text
    # of that column lies between the folios, so they make no contents page's pages.
    rows: list[dict[int, str]] = []
    expected: list[str] = []
    for page in range(3):
        left, right = _column(page * 100, 4), _column(page * 100 + 64, 3)
        folio = f"P{page + 9}"
        rows += [{0: a, 22: b} for a, b in zip(left, [*right, folio], strict=True)]
        expected += [*left, *right, folio]
    assert sorted(_texts(_read(_draw(rows)))) == sorted(expected)


# A contents page drawn in three columns (a layout extraction keeps the positions): the
# entries are ragged, each a title and its page; the first column holds few rows, so
# the gutter after it is found as a cut on each side with nothing between.
CONTENTS_GRID = """\
卷首之语                                     特别关注                                     聚焦湖畔
湖畔新城 东港西山南岸老街科 A01                       街科技园 儿学校公园码 A03                          “文化节工程”启航绿道贯通客流候 A11
                                         流候鸟归来智造扩容湖 A03                           扩容湖畔新城北湖区东港西山！ A11
                                         湖区东 A04                                  岸老街科技 生幼儿学校 A13
                                         码头文 A05                                  建设启航绿道贯通客流候鸟 A15
                                         通客流 A05                                  45 智造扩容湖畔新城北湖区 A15
                                         城北湖区东港西山南岸老街科技 A05                       山南 4 园民生, 公园码头 2300 工程 A16
                                         道贯通客流候鸟归来智造扩容湖畔 A06
                                         归来智造扩容湖畔新城北湖区东港西山 A06
                                         畔新城北湖区东港西山南岸老街科技园 A07
                                         港西山南岸老街科技园民生幼儿学校 A07
                                         科技园民生幼儿学校 A08
                                         学校公园码头文化节工程建 A08
                                         化节工程：航绿道贯通“候鸟归来智” A08
                                         容湖畔：区东港西山南“老街科技园” A09
                                         幼儿学校：“头文化节”设启航绿道贯通客流 A09
                                         客流候鸟归来智造扩 A10

企业风采                                     观察台                                      域外来风
造扩容：北湖“南岸老街科技”民生幼儿学 A17                  园码头文化节 程建设启航绿 A19                        贯通客流候 来智造扩容湖“1+1+N”新城北湖区东 A21
西山南岸：技园民生幼儿学校公 校公园码头文化节工 A17                                                      节工程建设 “绿道贯通客流”鸟归“湖畔新城” A22
                                                                                  东港西山南 街科技园民生幼儿学校公园 A22
                                                                                  儿学校公 “文化节工”启航绿道 A22
                                                                                  流候鸟归来 扩容“湖区东港”，岸老街科技园 A23
                                                                                  生幼儿学校 “码头文”建“通客流” A23

民生视窗                                     记事本
智造扩容，城北湖区 A24                            山南岸老街科技园民 A27
园民生幼儿学校公园码头文化节工 A24
公园码头文化节工程建设 A24
工程建设，道贯通客 A25
归来8畔新城北湖区东10港西山南 A25
科技园、学校公、化节工、航绿道…… A25
候鸟归来智造扩容湖畔新城北湖 A26
"""


def test_a_contents_page_drawn_in_columns_is_read_column_by_column() -> None:
    text = normalise(CONTENTS_GRID)
    lines = read_side_by_side(text, page_starts(text))
    assert lines is not None
    read = [line.text for line in lines if line.text]
    assert read.index("企业风采") < read.index("特别关注") < read.index("观察台")
    assert read.index("观察台") < read.index("聚焦湖畔") < read.index("域外来风")


WRAPPED_ENTRIES = """\
栏目甲                                      栏目乙
第一篇文章的题目长长长长长                        乙栏第一篇 A05
A01                                          乙栏第二篇 A05
第二篇题目短一些                                 乙栏第三篇 A06
A02                                          乙栏第四篇 A06
第三篇 A03                                   乙栏第五篇 A07
第四篇文章题目再长一些的
A04
"""


def test_a_contents_column_whose_entries_set_their_pages_under_them_is_read_apart() -> None:
    # titles as ragged as titles are: the column is read apart as a contents column,
    # its entries whose pages sit on lines of their own counted as entries
    text = normalise(WRAPPED_ENTRIES)
    lines = read_side_by_side(text, page_starts(text))
    assert lines is not None
    read = [line.text for line in lines if line.text]
    assert read[:9] == [
        "栏目甲",
        "第一篇文章的题目长长长长长",
        "A01",
        "第二篇题目短一些",
        "A02",
        "第三篇 A03",
        "第四篇文章题目再长一些的",
        "A04",
        "栏目乙",
    ]


def test_the_article_under_a_contents_box_is_read_after_the_whole_box() -> None:
    # the gutters run on below the last entry, through the article's rows on the left
    text = normalise(WRAPPED_ENTRIES + "\n\n栏目丙\n\n第一篇文章的题目在这里\n")
    lines = read_side_by_side(text, page_starts(text))
    assert lines is not None
    read = [line.text for line in lines if line.text]
    assert read[-3:] == ["乙栏第五篇 A07", "栏目丙", "第一篇文章的题目在这里"]
