"""The one folding rule the reader's search and the library's index share."""

from __future__ import annotations

from qtread.text.fold import FoldedText, find_all, fold, search_key


def test_fold_keeps_the_length_and_folds_width_quotes_and_case() -> None:
    text = "他说，“Bank”！「好」"
    assert len(fold(text)) == len(text)
    assert fold(text) == '他说,"bank"!"好"'


def test_search_key_drops_whitespace() -> None:
    assert search_key("管理办 法\n 之一") == "管理办法之一"
    assert search_key(" \t") == ""


def test_spans_point_back_into_the_text() -> None:
    text = "制定《管理办 法》，与 Bank  of China 合作。"
    folded = FoldedText(text)
    start = folded.key.index("管理办法")
    begin, end = folded.span(start, start + 4)
    assert text[begin:end] == "管理办 法"
    assert [text[a:b] for a, b in find_all(text, "bank of china")] == ["Bank  of China"]


def test_find_all_finds_every_occurrence_and_nothing_for_an_empty_query() -> None:
    text = "钱塘，钱塘,钱 塘"
    assert [text[a:b] for a, b in find_all(text, "钱塘")] == ["钱塘", "钱塘", "钱 塘"]
    assert list(find_all(text, "塘,钱")) == [(1, 4), (4, 7)]
    assert list(find_all(text, "  ")) == []
