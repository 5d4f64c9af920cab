"""Layout: model → pre-wrapped lines, and the maps back to paras and articles."""

from __future__ import annotations

from pathlib import Path

from qtread.text.cjk import NO_LINE_END, NO_LINE_START, cell_width
from qtread.text.sanitize import visible
from qtread.tui.layout import INDENT_CELLS, Kind, build_paras, flow

from .factory import make_issue, mixed_blocks


def test_every_line_fits_and_paras_are_whole() -> None:
    paras = build_paras(make_issue(extra=mixed_blocks()))
    for width in (20, 37, 60, 80):
        layout = flow(paras, width)
        for line in layout.lines:
            assert cell_width(line.prefix) + cell_width(line.text.rstrip()) <= width
            if line.para >= 0:
                assert paras[line.para].text[line.start : line.end] == line.text
        for number, para in enumerate(paras):
            text = "".join(line.text for line in layout.lines if line.para == number)
            assert text == para.text[para.skip :]


def test_header_is_set_apart_from_the_body() -> None:
    layout = flow(build_paras(make_issue()), 60)
    kinds = [line.kind for line in layout.lines[:12]]
    assert kinds[0] is Kind.SECTION
    assert Kind.TITLE in kinds and Kind.SUBTITLE in kinds and Kind.BYLINE in kinds
    assert kinds.index(Kind.RULE) < kinds.index(Kind.BODY)


def test_indent_toggle_and_block_prefixes() -> None:
    paras = build_paras(make_issue(extra=mixed_blocks()))
    indented = flow(paras, 60, indent=True)
    flat = flow(paras, 60, indent=False)
    first_body = next(line for line in indented.lines if line.kind is Kind.BODY)
    assert first_body.prefix == " " * INDENT_CELLS
    assert next(line for line in flat.lines if line.kind is Kind.BODY).prefix == ""
    prefixes = {
        line.kind: line.prefix for line in indented.lines if line.start == paras[line.para].skip
    }
    assert prefixes[Kind.QUOTE] == "┃ "
    assert prefixes[Kind.CHRONO].startswith("5月20日")
    bullets = [line.prefix for line in indented.lines if line.kind is Kind.LIST]
    assert bullets == ["• ", ""]  # "1. …" prints its own number


def test_chronology_date_is_a_label_not_repeated() -> None:
    paras = build_paras(make_issue(extra=mixed_blocks()))
    chrono = next(p for p in paras if p.kind is Kind.CHRONO)
    assert chrono.label == "5月20日"
    assert chrono.text[chrono.skip :].startswith("钱塘新区")


def test_control_characters_are_made_visible_one_for_one() -> None:
    text = "a\x1b[31mb\tc\x7f"
    shown = visible(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x7f" not in shown
    assert shown.startswith("a\u241b[31m")


def test_no_forbidden_line_start_in_body() -> None:
    layout = flow(build_paras(make_issue()), 31)
    body = [line for line in layout.lines if line.kind is Kind.BODY]
    for line in body:
        if line.start > 0:
            assert line.text[0] not in NO_LINE_START
        assert line.text.rstrip()[-1:] not in NO_LINE_END


def test_anchor_survives_reflow() -> None:
    paras = build_paras(make_issue())
    narrow, wide = flow(paras, 30), flow(paras, 90)
    row = len(narrow.lines) // 2
    para, offset = narrow.anchor(row)
    wide_row = wide.line_of(para, offset)
    line = wide.lines[wide_row]
    assert line.para == para and line.start <= offset < max(line.end, offset + 1)


def test_articles_map_to_rows() -> None:
    layout = flow(build_paras(make_issue(articles=4)), 60)
    assert len(layout.article_lines) == 4
    for number, first in enumerate(layout.article_lines):
        assert layout.article_at(first) == number
        start, end = layout.article_range(number)
        assert start < end


def test_block_types_map_to_kinds() -> None:
    paras = build_paras(make_issue(extra=mixed_blocks()))
    kinds = {p.kind for p in paras}
    assert {Kind.SUBHEADING, Kind.LIST, Kind.CAPTION, Kind.QUOTE, Kind.CHRONO} <= kinds


def test_leading_spaces_are_not_drawn_but_offsets_hold() -> None:
    issue = make_issue(articles=1, paragraphs=1)
    issue.articles[0].blocks[0].text = "　　 开头有全角空格。"
    paras = build_paras(issue)
    body = next(p for p in paras if p.kind is Kind.BODY)
    assert body.skip == 3
    line = next(line for line in flow(paras, 40).lines if line.kind is Kind.BODY)
    assert line.text.startswith("开头") and line.start == 3


def test_docs_list_every_key_from_the_bindings_the_help_uses() -> None:
    """docs/reader.md's table of keys is the one the help screen shows, made from the
    bindings: a key added or reworded in the code and not in the docs fails here."""
    from qtread.tui.app import help_rows
    from qtread.tui.keys import markdown_table

    expected = markdown_table(help_rows())
    docs = (Path(__file__).resolve().parents[2] / "docs" / "reader.md").read_text("utf-8")
    assert expected in docs, f"paste this table into docs/reader.md:\n{expected}"
