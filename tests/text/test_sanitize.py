"""One table, one policy an output: each policy lets nothing through that could act."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qtread.text.sanitize import (
    BIDI,
    CONTROLS,
    SURROGATES,
    csv_cell,
    file_name_clean,
    json_safe,
    markdown_escape,
    printable,
    visible,
    xml_clean,
)

ACTIVE = re.compile(f"[{CONTROLS}{BIDI}{SURROGATES}]")
HOSTILE = "潮\x1b]52;c;ZXZpbA==\x07涌\u202e钱\udcff塘\x9b\u061c"


def test_printable_shows_every_active_character_as_an_escape() -> None:
    assert printable(HOSTILE) == "潮\\x1b]52;c;ZXZpbA==\\x07涌\\u202e钱\\xff塘\\x9b\\u061c"


def test_visible_keeps_the_length_and_shows_symbols() -> None:
    shown = visible(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert shown.startswith("潮␛]52;c;ZXZpbA==␇涌�钱�塘��")
    assert visible("\t潮") == " 潮"


def test_json_safe_escapes_what_json_leaves_raw() -> None:
    assert json_safe('"潮\x9b\u202e"') == '"潮\\u009b\\u202e"'


def test_xml_clean_drops_only_what_xml_refuses_or_could_reorder() -> None:
    assert xml_clean(HOSTILE + "\t\n\r\ufffe") == "潮]52;c;ZXZpbA==涌钱塘\t\n\r"


def test_markdown_escape_is_one_inert_line() -> None:
    assert markdown_escape("> 引\n- 列\t表") == "\\> 引 - 列 表"  # one line: no list
    assert markdown_escape("10) 条") == "10\\) 条"


def test_file_names_lose_what_file_systems_refuse() -> None:
    assert file_name_clean("潮/涌:钱*塘?\x1b\u202e\udcff") == "潮-涌-钱-塘----"


@given(st.text())
def test_no_policy_lets_an_active_character_through(text: str) -> None:
    assert not csv_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    for policy in (printable, visible, xml_clean, markdown_escape, file_name_clean, csv_cell):
        assert not ACTIVE.search(policy(text).replace("\t", "").replace("\n", "").replace("\r", ""))
