"""Furniture learned from the document: heads, feet and folios that recur page after page."""

from __future__ import annotations

from qtread.parse.furniture import strip_furniture
from qtread.parse.gaps import restore_gaps
from qtread.parse.lines import normalise, split_lines
from qtread.parse.profile import load_profile
from qtread.parse.recurring import learn_furniture

PROFILE = load_profile()
COLUMNS = ("风物志", "城事")


def lines_of(text: str):
    return split_lines(normalise(text))


def body(page: int) -> list[str]:
    """Invented running text, different on every page."""
    return [f"第{page}页的正文写到这里，句子还没有完", f"结，接着写第{page}页的下一行内容。"]


def test_head_with_page_number_at_either_end_is_furniture() -> None:
    pages = []
    for page in range(10, 16):
        head = (
            f"{page} | 山海周刊 2031年5月号" if page % 2 == 0 else f"山海周刊 2031年5月号 | {page}"
        )
        pages += [head, *body(page)]
    learned = learn_furniture(lines_of("\n".join(pages)), set(), COLUMNS)
    heads = {i for i, text in enumerate(pages) if "山海周刊" in text}
    assert set(learned.reasons) == heads


def test_numbers_that_do_not_rise_are_not_folios() -> None:
    # The same short line with the same number on each page: a list label, not a head.
    pages = []
    for page in range(6):
        pages += ["1 | 要点", *body(page)]
    learned = learn_furniture(lines_of("\n".join(pages)), set(), COLUMNS)
    assert not learned.reasons


def test_head_at_page_end_before_form_feed_and_its_lone_folio() -> None:
    text = ""
    for page in range(3, 8):
        text += "\f" + "\n".join([*body(page), "山海周刊 · 第九期", str(page)]) + "\n"
    lines = lines_of(text)
    learned = learn_furniture(lines, set(), COLUMNS)
    found = {lines[i].text for i in learned.reasons}
    assert found == {"山海周刊 · 第九期", *map(str, range(3, 8))}


def test_a_head_naming_a_column_at_page_end_sets_the_column() -> None:
    text = ""
    for page in range(3, 8):
        text += "\f" + "\n".join([*body(page), f"山海周刊 · 城事 {page}"]) + "\n"
    lines = lines_of(text)
    result = strip_furniture(lines, PROFILE.__class__(**{**vars_of(PROFILE), "columns": COLUMNS}))
    assert set(result.heads.named().values()) == {"城事"}
    assert all("山海周刊" not in line.text for line in result.lines)


def vars_of(profile):
    return {name: getattr(profile, name) for name in profile.__dataclass_fields__}


def test_bare_column_label_is_left_to_the_segmenter() -> None:
    text = ""
    for page in range(3, 8):
        text += "\f" + "\n".join(["城事", *body(page)]) + "\n"
    lines = lines_of(text)
    assert not learn_furniture(lines, set(), COLUMNS).reasons


def test_title_opening_a_page_is_kept_where_its_heads_close_pages() -> None:
    # The article's title opens its first page; on every page it is repeated as the head
    # printed at the page's end. The heads go, the opening title stays.
    text = "\f" + "\n".join(["远山的回声", *body(1), "远山的回声"]) + "\n"
    for page in range(2, 6):
        text += "\f" + "\n".join([*body(page), "远山的回声"]) + "\n"
    lines = lines_of(text)
    learned = learn_furniture(lines, set(), COLUMNS)
    first = next(i for i, line in enumerate(lines) if line.text == "远山的回声")
    assert first not in learned.reasons
    assert len(learned.reasons) == 5


def test_lone_folios_rise_a_page_apart_but_photo_numbers_do_not() -> None:
    pages: list[str] = []
    for page in range(20, 26):
        pages += [str(page), *(body(page) * 4)]
    pages += ["1", "2", "3", "4"]  # numbers set on photos, a line apart
    lines = lines_of("\n".join(pages))
    learned = learn_furniture(lines, set(), COLUMNS)
    assert {lines[i].text for i in learned.reasons} == {str(p) for p in range(20, 26)}


def test_head_beside_a_folio_without_page_breaks() -> None:
    pages: list[str] = []
    for page in range(20, 26):
        pages += [str(page), "山海周刊 · 第九期", *(body(page) * 3)]
    lines = lines_of("\n".join(pages))
    learned = learn_furniture(lines, set(), COLUMNS)
    assert sum(lines[i].text == "山海周刊 · 第九期" for i in learned.reasons) == 6


def test_labels_of_a_list_a_few_lines_apart_stay() -> None:
    items: list[str] = []
    for item in range(12):
        items += ["办理事项", f"第{item}项事务已经办完，群众很满意。"]
    assert not learn_furniture(lines_of("\n".join(items)), set(), COLUMNS).reasons


def test_removed_head_leaves_a_page_start_and_the_ledger_keeps_it() -> None:
    pages: list[str] = []
    for page in range(20, 26):
        pages += [f"{page} | 山海周刊 2031年5月号", *(body(page) * 3)]
    result = strip_furniture(lines_of("\n".join(pages)), PROFILE)
    blanked = [line for line in result.lines if line.removed]
    assert len(blanked) == 6 and all(line.lead_space for line in blanked)
    assert {entry.text for entry in result.dropped} == {p for p in pages if "山海" in p}


def test_numbers_set_on_photos_a_line_apart_are_not_folios() -> None:
    text = "\n".join([*body(1), "1", "2", "3", "4", "5", *body(2)])
    assert not learn_furniture(lines_of(text), set(), COLUMNS).reasons


def test_a_toc_column_of_pages_a_few_source_lines_apart_is_no_folio_run() -> None:
    """Distances are source lines: blank lines a pass set between them do not count."""
    rows: list[str] = []
    for page in range(4, 12):
        rows += [f"第{page}篇文章的标题", "……………………", str(page)]
    lines = restore_gaps(lines_of("\n".join(rows)))
    assert learn_furniture(lines, set(), COLUMNS).reasons == {}


def test_pages_rising_faster_than_the_lines_between_them_are_no_folios() -> None:
    """A TOC's page column: a few lines an entry, several pages an entry."""
    rows: list[str] = []
    for entry in range(8):
        rows += [f"第{entry}篇文章的标题在这里", "……………………", str(4 + entry * 3)]
        rows += ["", "副标题写在这一行里", "", "", "", ""]  # nine source lines an entry
    lines = lines_of("\n".join(rows))
    assert learn_furniture(lines, set(), COLUMNS).reasons == {}


def test_a_year_printed_alone_in_every_foot_is_part_of_it() -> None:
    # `SHANHAI WEEKLY` / `2031` at every page's foot: the year on a line of its own is the
    # foot's, however often it recurs, and no paragraph takes it for its last word.
    text = ""
    for page in range(3, 15):
        page_text = [line for _ in range(5) for line in body(page)]  # a page of ten lines
        text += "\f" + "\n".join([*page_text, "SHANHAI WEEKLY", "2031", str(page)]) + "\n"
    lines = lines_of(text)
    found = {lines[i].text for i in learn_furniture(lines, set(), COLUMNS).reasons}
    assert "2031" in found


def test_a_number_alone_that_no_furniture_is_beside_stays_text() -> None:
    # A table column of the same year, page after page, in the text: no head or foot
    # beside it, so it is content.
    pages = []
    for page in range(12):
        pages += [*body(page), "2031", f"第{page}项工作如期完成，各项指标均达到预期。"]
    lines = lines_of("\n".join(pages))
    found = {lines[i].text for i in learn_furniture(lines, set(), COLUMNS).reasons}
    assert "2031" not in found


WORDS = [
    "春山",
    "夏雨",
    "秋月",
    "冬雪",
    "晨钟",
    "暮鼓",
    "松风",
    "竹影",
    "梅香",
    "兰亭",
    "菊篱",
    "荷塘",
]


def _pages_with_heads(heads: list[str], lines_a_page: int = 32) -> list[str]:
    """Pages of invented running text, each opened by one of HEADS (no form feed)."""
    pages: list[str] = []
    for page, head in enumerate(heads):
        pages.append(head)
        for row in range(lines_a_page // 2):
            pages += [f"第{page}页第{row}段写到这里，句子还没有完", "结，接着写下一行内容。"]
    return pages


def test_a_head_that_names_each_pages_column_is_furniture_in_all_its_variants() -> None:
    words = ["城事", "风物志", "山海观"]
    pages = _pages_with_heads([f"**{words[page // 4]}** NO.3 / 2031" for page in range(12)])
    learned = learn_furniture(lines_of("\n".join(pages)), set(), ())
    assert {pages[i] for i in learned.reasons} == {f"**{word}** NO.3 / 2031" for word in words}


def test_each_variant_of_a_head_opening_its_page_names_the_text_after_it() -> None:
    words = ["城事", "风物志", "城事"]
    pages = _pages_with_heads([f"**{words[page // 4]}** NO.3 / 2031" for page in range(12)])
    learned = learn_furniture(lines_of("\n".join(pages)), set(), ("城事", "风物志"))
    # a head that opens a page names only what follows it (the article it breaks into
    # began on the page before): not a column of the text read so far
    assert not learned.closing
    heads = sorted(learned.opening)
    assert [learned.opening[i] for i in heads] == [words[page // 4] for page in range(12)]
    assert all(pages[i].startswith("**") for i in heads)


def test_lines_that_differ_in_more_than_a_column_name_are_not_a_head() -> None:
    heads = [f"{WORDS[page]}展品来自古村落 NO.3 2031" for page in range(12)]
    pages = _pages_with_heads(heads)
    assert not learn_furniture(lines_of("\n".join(pages)), set(), ()).reasons


def test_a_clause_before_a_numbered_rest_is_running_text() -> None:
    heads = [f"{WORDS[page]}， NO.3 / 2031" for page in range(12)]
    assert not learn_furniture(lines_of("\n".join(_pages_with_heads(heads))), set(), ()).reasons


def test_a_line_of_many_words_is_not_a_head() -> None:
    heads = [f"{WORDS[page]} 湖 畔 新 城 区 2031" for page in range(12)]
    assert not learn_furniture(lines_of("\n".join(_pages_with_heads(heads))), set(), ()).reasons


def test_bylines_with_changing_names_are_not_a_head() -> None:
    names = ["李四", "王五", "赵六", "孙七"]
    pages = _pages_with_heads([f"记者 {names[page % 4]}" for page in range(12)])
    assert not learn_furniture(lines_of("\n".join(pages)), set(), ()).reasons


def test_numbered_labels_a_few_lines_apart_are_not_a_head() -> None:
    words = ["目标", "进度", "成效"]
    heads = [f"{words[page % 3]} 2031年度计划" for page in range(12)]
    pages = _pages_with_heads(heads, lines_a_page=4)
    assert not learn_furniture(lines_of("\n".join(pages)), set(), ()).reasons


def _credits(text: str) -> bool:
    return text.startswith(("记者 ", "编辑 "))


def test_a_staff_writers_byline_on_a_few_pages_is_not_a_head() -> None:
    # the same byline over four articles, each opening its page as a head would
    text = "".join("\f" + "\n".join(["- 记者 李四", *body(page)]) + "\n" for page in range(3, 7))
    lines = lines_of(text)
    assert not learn_furniture(lines, set(), (), credits=_credits).reasons
    assert learn_furniture(lines, set(), ()).reasons  # what it would be, untold


def test_an_editors_credit_on_every_page_is_a_head() -> None:
    text = "".join("\f" + "\n".join(["编辑 王五", *body(page)]) + "\n" for page in range(3, 15))
    lines = lines_of(text)
    learned = learn_furniture(lines, set(), (), credits=_credits)
    assert {lines[i].text for i in learned.reasons} == {"编辑 王五"}


def _long_page(page: int) -> list[str]:
    """A page of invented text long enough to set heads a page's worth apart."""
    return [line for n in range(16) for line in body(page * 100 + n)]


def test_column_heads_with_a_page_number_are_furniture_however_short_the_column() -> None:
    """`产业前沿 | 5`: a column of two pages prints its head twice, too few for its form to
    recur alone; the form shared by every column's head recurs (and its numbers rise)."""
    labels = ["风物志"] * 2 + ["城事"] * 6 + ["人物"] * 2 + ["评论"] * 2
    pages: list[str] = []
    for page, label in enumerate(labels, start=3):
        pages += [f"{label} | {page}", *_long_page(page)]
    learned = learn_furniture(lines_of("\n".join(pages)), set(), COLUMNS)
    heads = {i for i, text in enumerate(pages) if " | " in text}
    assert heads <= set(learned.reasons)
    assert learned.opening[pages.index("风物志 | 3")] == "风物志"
    # a contents page lists its entries in that form, one under the other: its own lines
    contents = ["专题 | 2", "访谈 | 20", "观察 | 30", "读书 | 40"]
    learned = learn_furniture(lines_of("\n".join([*contents, *pages])), set(), COLUMNS)
    assert not set(range(len(contents))) & set(learned.reasons)


def test_a_number_over_a_foot_that_prints_the_folio_is_text() -> None:
    """A contents page's last page number sits right over the page's foot; where the foot
    prints the page number itself (`4 | 山海周刊`), the lone number is no folio."""
    text = ""
    for page in range(3, 8):
        last = ["79"] if page == 4 else []
        text += "\f" + "\n".join([*body(page), *last, f"{page} | 山海周刊 2031年5月号"]) + "\n"
    lines = lines_of(text)
    learned = learn_furniture(lines, set(), COLUMNS)
    numbered = [i for i, line in enumerate(lines) if line.text == "79"]
    assert numbered and not set(numbered) & set(learned.reasons)
    assert {i for i, line in enumerate(lines) if "山海周刊" in line.text} <= set(learned.reasons)
