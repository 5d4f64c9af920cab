"""Text hygiene, outline labels, publication metadata and output names."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qtread.export.names import MAX_STEM_BYTES, issue_stem, safe_stem
from qtread.model import Section
from qtread.render.meta import FALLBACK_MODIFIED, publication_meta
from qtread.render.outline import UNNAMED_FRONT, UNNAMED_LATER, UNNAMED_ONLY, build_outline
from qtread.render.text import body, keep_together, label, shorten
from qtread.text.sanitize import xml_clean

from . import factory

XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def test_clean_drops_controls_and_bidi_but_keeps_text() -> None:
    assert xml_clean("a\x1b[31mb\x07c\u202ed\u2066e\tf\n") == "a[31mbcde\tf\n"
    assert xml_clean("钱塘 & <b>") == "钱塘 & <b>"


@given(st.text())
def test_clean_output_is_always_xml_legal(text: str) -> None:
    assert not XML_ILLEGAL.search(xml_clean(text))


def test_spaces_beside_forbidden_punctuation_become_no_break() -> None:
    assert keep_together("产业 ：立区 。") == "产业\u00a0：立区\u00a0。"
    assert keep_together("（ 注） “ 引") == "（\u00a0注） “\u00a0引"
    assert keep_together("a b") == "a b"
    assert body("x\x00 ，") == "x\u00a0，"


def test_label_and_shorten() -> None:
    assert label("  潮涌\n 钱塘  ") == "潮涌 钱塘"
    assert shorten("一二三四五", 5) == "一二三四五"
    assert shorten("一二三四五六", 5) == "一二三四…"


def test_unnamed_sections_get_labels_by_position() -> None:
    only = factory.issue(Section(None, [factory.article("甲")]))
    assert [s.label for s in build_outline(only)] == [UNNAMED_ONLY]
    mixed = factory.issue(
        Section(None, [factory.article("甲")]),
        Section("特别策划", [factory.article("乙")]),
        Section("", []),
        Section(None, [factory.article("丙")]),
    )
    outline = build_outline(mixed)
    assert [s.label for s in outline] == [UNNAMED_FRONT, "特别策划", UNNAMED_LATER]
    assert [s.key for s in outline] == ["s01", "s02", "s03"]
    assert [a.key for a in outline[2].articles] == ["s03a01"]


def test_publication_meta_from_the_masthead() -> None:
    meta = publication_meta(factory.magazine())
    assert meta.title == "潮涌钱塘 2020年第5期"
    assert (meta.date, meta.date_label, meta.modified) == (
        "2020-07",
        "2020年7月",
        "2020-07-01T00:00:00Z",
    )
    assert meta.publisher == "杭州钱塘新区党工委、管委会"
    assert meta.identifier.startswith("urn:uuid:")
    assert publication_meta(factory.magazine()).identifier == meta.identifier
    other = publication_meta(factory.issue(number=6))
    assert other.identifier != meta.identifier


def test_publication_meta_without_a_date_uses_the_content_hash() -> None:
    bare = factory.issue(title=None, year=None, month=None, number=None, sha="a" * 64)
    meta = publication_meta(bare)
    assert meta.date is None and meta.modified == FALLBACK_MODIFIED
    assert (
        meta.identifier
        != publication_meta(
            factory.issue(title=None, year=None, month=None, number=None, sha="b" * 64)
        ).identifier
    )


def test_issue_stem_from_metadata_or_input() -> None:
    assert issue_stem(factory.magazine(), "x/in.txt") == "潮涌钱塘-2020-07-no05"
    assert issue_stem(factory.issue(title=None), "x/某期.txt") == "某期"
    assert issue_stem(factory.issue(month=None, number=None), "a.txt") == "潮涌钱塘-2020"


def test_safe_stem_cases() -> None:
    assert safe_stem('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
    assert safe_stem("CON") == "CON-"
    assert safe_stem("lpt1.txt") == "lpt1.txt-"
    assert safe_stem("...") == "issue"
    assert safe_stem("\x1b[31m红\u202e") == "[31m红"
    assert safe_stem(".hidden") == "hidden"
    assert safe_stem("bad\udcff名") == "bad-名"  # undecodable byte in a file name
    assert len(safe_stem("潮" * 200).encode()) <= MAX_STEM_BYTES


@given(st.text())
def test_safe_stem_is_always_a_plain_file_name(text: str) -> None:
    stem = safe_stem(text)
    assert stem and stem not in (".", "..")
    assert not re.search(r'[\x00-\x1f\x7f/\\:*?"<>|]', stem)
    assert not stem.startswith(".") and not stem.endswith((".", " "))
    assert len(stem.encode("utf-8", "surrogatepass")) <= MAX_STEM_BYTES
