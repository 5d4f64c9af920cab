"""Search runs on para text, so matches split by a line wrap are found."""

from __future__ import annotations

import re

import pytest

from qtread.tui.layout import Kind, Para, build_paras, flow
from qtread.tui.search import SearchIndex

from .factory import make_issue


def test_finds_every_occurrence_case_insensitively() -> None:
    paras = build_paras(make_issue(articles=2, paragraphs=2))
    index = SearchIndex(paras)
    hits = index.search("钱塘新区")
    expected = sum(p.text.count("钱塘新区") for p in paras)
    assert len(hits) == expected > 0
    for hit in hits:
        assert paras[hit.para].text[hit.start : hit.end] == "钱塘新区"
    assert index.search("") == []
    assert len(SearchIndex(build_paras(make_issue(extra=[]))).search("ＡＢ")) == 0


def test_match_split_by_a_wrap_is_found() -> None:
    paras = build_paras(make_issue(articles=1, paragraphs=1))
    layout = flow(paras, 14)
    hits = SearchIndex(paras).search("产业立区")
    split = [
        hit
        for hit in hits
        if layout.line_of(hit.para, hit.start) != layout.line_of(hit.para, hit.end - 1)
    ]
    on_lines = [line for line in layout.lines if "产业立区" in line.text]
    assert len(hits) == 1
    assert split or on_lines  # found whether or not this width splits it
    for width in range(10, 40):
        layout = flow(paras, width)
        assert len(SearchIndex(paras).search("产业立区")) == 1


def test_spaces_are_ignored_and_offsets_point_into_the_text() -> None:
    issue = make_issue(articles=1, paragraphs=1)
    issue.articles[0].blocks[
        0
    ].text = "制定出台了《助力贷风险补偿基金管理办 法》，与 Bank  of China 合作。"
    paras = build_paras(issue)
    index = SearchIndex(paras)
    (hit,) = index.search("管理办法")
    assert paras[hit.para].text[hit.start : hit.end] == "管理办 法"
    (hit,) = index.search("bank of china")
    assert paras[hit.para].text[hit.start : hit.end] == "Bank  of China"
    assert index.search("   ") == []


def _paras(*texts: str) -> list[Para]:
    return [Para(Kind.BODY, text, 0, n) for n, text in enumerate(texts)]


def test_punctuation_is_found_whatever_its_width_and_quote_style() -> None:
    """An input method types `，“”`; OCR text holds `,` and `"` (and the other way)."""
    ocr, printed = '他说,"好"。', "他说，“好”。"
    index = SearchIndex(_paras(ocr, printed))
    for query in ("说，“好”", '说,"好"', "說，「好」".replace("說", "说")):
        hits = index.search(query)
        assert [(hit.para, hit.start, hit.end) for hit in hits] == [(0, 1, 6), (1, 1, 6)], query
    assert [h.para for h in index.search("ＡＢ")] == []  # full-width letters fold as well
    assert [h.para for h in SearchIndex(_paras("型号AB-1")).search("ａｂ－１")] == [0]


def test_a_regular_expression_matches_the_text_as_shown() -> None:
    paras = _paras("2020年6月，钱塘新区", "第 12 期与第12期", "ABC abc")
    index = SearchIndex(paras)
    found = [(h.para, paras[h.para].text[h.start : h.end]) for h in index.search_regex(r"\d+")]
    assert found == [(0, "2020"), (0, "6"), (1, "12"), (1, "12")]
    assert len(index.search_regex("abc")) == 2  # case ignored
    assert index.search_regex("x*") == []  # empty matches are no hits
    assert index.search_regex("") == []
    with pytest.raises(re.error):
        index.search_regex("(unclosed")
