"""Properties of the kinsoku line breaker (qtread.text.linebreak)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from qtread.text.cjk import cell_width
from qtread.text.linebreak import segment, wrap

FORBIDDEN_START = "，。、；：？！）》」』】”’"
FORBIDDEN_END = "（《「『【“‘"

han = st.sampled_from("钱塘新区产业平台发展杭州医药港大创小镇综合保税江东芯谷的是一")
closer = st.sampled_from(FORBIDDEN_START)
opener = st.sampled_from(FORBIDDEN_END)
latin = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9.%-]{0,5}", fullmatch=True)

# A paragraph is a sequence of tokens whose unbreakable groups fit in the narrowest
# width tested: real text never has ten closing marks in a row.
token = st.one_of(
    han,
    han,
    han,
    st.builds(lambda h, c: h + c, han, closer),
    st.builds(lambda o, h: o + h, opener, han),
    st.builds(lambda o, h, c: o + h + c, opener, han, closer),
    st.just("……"),
    st.just("——"),
    latin,
    st.builds(lambda w: f" {w} ", latin),
)
paragraphs = st.lists(token, min_size=1, max_size=80).map("".join)
widths = st.integers(min_value=12, max_value=100)
indents = st.sampled_from([0, 4])


@settings(max_examples=300, deadline=None)
@given(paragraphs, widths, indents)
def test_join_gives_back_the_paragraph(paragraph: str, width: int, indent: int) -> None:
    assert "".join(wrap(paragraph, width, indent)) == paragraph


@settings(max_examples=300, deadline=None)
@given(paragraphs, widths, indents)
def test_no_line_is_wider_than_the_limit(paragraph: str, width: int, indent: int) -> None:
    for number, line in enumerate(wrap(paragraph, width, indent)):
        limit = width - indent if number == 0 else width
        assert cell_width(line.rstrip()) <= limit, line


@settings(max_examples=300, deadline=None)
@given(paragraphs, widths, indents)
def test_no_forbidden_line_start_or_end(paragraph: str, width: int, indent: int) -> None:
    lines = wrap(paragraph, width, indent)
    for line in lines[1:]:
        assert line[0] not in FORBIDDEN_START, lines
    for line in lines[:-1]:
        assert line.strip(), lines
        assert line.rstrip()[-1] not in FORBIDDEN_END, lines


@settings(max_examples=300, deadline=None)
@given(paragraphs, widths, indents)
def test_ellipsis_dash_and_latin_words_stay_whole(paragraph: str, width: int, indent: int) -> None:
    lines = wrap(paragraph, width, indent)
    position = 0
    for left, right in pairwise(lines):
        position += len(left)
        assert left[-1:] + right[:1] not in ("……", "——")
        # A word (a run of printable ASCII) is cut only if it is wider than a whole line.
        start, end = position, position
        while start > 0 and "!" <= paragraph[start - 1] <= "~":
            start -= 1
        while end < len(paragraph) and "!" <= paragraph[end] <= "~":
            end += 1
        if start < position < end:
            assert end - start > width - indent, (paragraph[start:end], lines)


@given(st.text(max_size=200), st.integers(min_value=1, max_value=60), indents)
def test_any_text_round_trips(paragraph: str, width: int, indent: int) -> None:
    assert "".join(wrap(paragraph, width, indent)) == paragraph


def test_examples() -> None:
    assert wrap("一二三四五。", 10) == ["一二三四", "五。"]
    assert wrap("一二三（四五", 8) == ["一二三", "（四五"]
    assert wrap("一二三四……", 8) == ["一二三", "四……"]
    assert wrap("一二 Hello", 8) == ["一二 ", "Hello"]


def test_overlong_word_is_cut_rather_than_overflowing() -> None:
    lines = wrap("https://example.com/a/very/long/path", 10)
    assert all(cell_width(line) <= 10 for line in lines)
    assert "".join(lines) == "https://example.com/a/very/long/path"


def test_segment_glues_punctuation() -> None:
    assert [g[0] for g in segment("“好。”他说")] == ["“好。”", "他", "说"]


plain_text = st.text(
    alphabet=st.sampled_from(
        list("钱塘新区产业a1Z.,;:?!()[]-%/ 　，。、；：？！）》」』】”’（《「『【“‘…—·〔〕〈〉〖〗")
    ),
    max_size=60,
)


@settings(max_examples=500, deadline=None)
@given(plain_text)
def test_regex_grouping_matches_the_token_reference(paragraph: str) -> None:
    from qtread.text.linebreak import _GROUP, _PLAIN, _pieces_by_tokens

    assert _PLAIN.fullmatch(paragraph)
    assert _GROUP.findall(paragraph) == (_pieces_by_tokens(paragraph) if paragraph else [])
