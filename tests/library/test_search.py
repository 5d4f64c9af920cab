"""Search across the library: trigram index for long queries, a scan for short ones,
both folding as the reader's search does, with snippets cut from the printed text."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.library.search import SNIPPET_CONTEXT, Filters, search, snippet
from qtread.library.store import Library

from .conftest import made_issue

LONG = "钱塘区以“链主”企业为牵引，推动集成电路产业集群发展，" * 3


@pytest.fixture
def filled(library: Library, tmp_path: Path) -> Library:
    issues = [
        ("a", 2020, "聚焦钱塘", "集成电路的春天", "张三", [LONG, "港口与湿地。"]),
        ("b", 2021, "产业前沿", "湿地公园开园", "李四", ["湿地公园迎来游客，湿地保护有新招。"]),
        ("c", 2021, "聚焦钱塘", "医药港", "王五", ["生物医药港小镇，Bank of China 合作。"]),
    ]
    for sha, *fields in issues:
        library.store(tmp_path / f"{sha}.txt", made_issue(sha, *fields), "p")  # type: ignore[arg-type]
    return library


def test_a_six_character_query_finds_its_passage_with_a_snippet(filled: Library) -> None:
    (hit,) = search(filled, "集成电路产业")
    assert hit.title == "集成电路的春天" and hit.section == "聚焦钱塘"
    assert hit.bylines == "记者 张三" and hit.year_month == "2020-06"
    assert hit.snippet.match == "集成电路产业"
    assert hit.snippet.text.strip("…") in LONG  # cut from the text as printed
    assert LONG[hit.start : hit.end] == "集成电路产业"
    assert hit.snippet.after.endswith("…") and not hit.snippet.before.startswith("…")


def test_a_two_character_query_is_looked_up_by_single_characters(filled: Library) -> None:
    hits = search(filled, "湿地")
    assert sorted((hit.title, hit.block) for hit in hits) == [
        ("湿地公园开园", -1),  # in a title
        ("湿地公园开园", 0),  # twice in a paragraph
        ("集成电路的春天", 1),
    ]
    assert all(hit.snippet.match == "湿地" for hit in hits)
    one = search(filled, "湿")  # one character: in reading order, the order they were added
    assert sorted(hit.title for hit in one) == sorted(hit.title for hit in hits)
    assert [hit.issue for hit in one] == sorted(hit.issue for hit in one)  # a(2020) before b


def test_a_short_query_with_a_mark_is_scanned_most_matches_first(filled: Library) -> None:
    hits = search(filled, "客，")  # the mark is in no index: every passage is read
    assert [(hit.title, hit.snippet.match) for hit in hits] == [("湿地公园开园", "客，")]
    assert search(filled, "。")[0].snippet.match == "。"


def test_matching_folds_punctuation_width_case_and_spaces(filled: Library) -> None:
    assert [hit.title for hit in search(filled, '"链主"企业')] == ["集成电路的春天"]
    assert [hit.title for hit in search(filled, "BANK OF CHINA")] == ["医药港"]
    assert [hit.title for hit in search(filled, "bankofchina")] == ["医药港"]
    assert search(filled, "湿 地 公 园")[0].snippet.match == "湿地公园"


def test_filters_narrow_by_year_column_and_byline(filled: Library) -> None:
    assert {hit.title for hit in search(filled, "湿地", Filters(year=2021))} == {"湿地公园开园"}
    assert {hit.title for hit in search(filled, "湿地", Filters(column="聚焦"))} == {
        "集成电路的春天"
    }
    assert {hit.title for hit in search(filled, "湿地", Filters(byline="李四"))} == {"湿地公园开园"}
    assert search(filled, "湿地", Filters(year=1999)) == []


def test_nothing_found_and_nothing_asked(filled: Library) -> None:
    assert search(filled, "没有这回事") == []
    assert search(filled, "  ") == []
    assert [hit.snippet.match for hit in search(filled, '"')] == ["“"]  # a mark is text too


def test_query_syntax_is_text_not_fts5_operators(filled: Library) -> None:
    for query in ("湿地 OR 医药", 'a" OR "b', "NEAR(湿地)", "湿地*", "-湿地", "^湿地"):
        assert search(filled, query) == []  # no error, and no such text


def test_the_limit_holds(filled: Library) -> None:
    assert len(search(filled, "湿地", limit=1)) == 1


def test_a_snippet_is_one_line_with_context_either_side() -> None:
    text = "前" * 50 + "目标" + "后\n后" * 30
    cut = snippet(text, 50, 52)
    assert cut.match == "目标"
    assert cut.before == "…" + "前" * SNIPPET_CONTEXT
    assert "\n" not in cut.after and cut.after.endswith("…")
