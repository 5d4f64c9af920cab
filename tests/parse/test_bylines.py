"""Bylines keep every character: a surname printed apart joins its given name, and a
piece that fits no name leaves the line as text. Every name here is invented."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qtread.model import Byline
from qtread.parse.classify import parse_byline
from qtread.parse.profile import load_profile
from qtread.text.cjk import is_han
from qtread.text.names import join_name_pieces

PROFILE = load_profile()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("通讯员 / 喻 萍萍", [Byline("通讯员", ("喻萍萍",))]),
        ("记者 / 欧阳 明", [Byline("记者", ("欧阳明",))]),
        ("记者 / 施 峰", [Byline("记者", ("施峰",))]),
        ("记者 / 施 峰 岑 晓岚", [Byline("记者", ("施峰", "岑晓岚"))]),
        (
            "记者 / 欧阳 明 通讯员 / 喻 萍萍",
            [Byline("记者", ("欧阳明",)), Byline("通讯员", ("喻萍萍",))],
        ),
        ("记者 / 林望舒 整理报道", [Byline("记者 整理报道", ("林望舒",))]),
    ],
)
def test_a_surname_printed_apart_joins_its_given_name(text: str, expected: list[Byline]) -> None:
    assert parse_byline(text, PROFILE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "记者 / 林望舒 摄影 / 岑",  # a lone character with nothing after it
        "记者 / 岑 晓 岚",  # three single characters: no way to tell the names apart
        "记者 / 林望舒 岑",  # a given name with no surname before it
        "记者 / 岑 林望舒岑晓岚",  # a surname before two fused names
        "记者 / 林望舒 A",  # not a name at all
    ],
)
def test_a_piece_that_fits_no_name_leaves_the_text_as_text(text: str) -> None:
    assert parse_byline(text, PROFILE) is None


def test_name_pieces_join_or_are_refused() -> None:
    assert join_name_pieces(["喻", "萍萍", "欧阳", "明", "林望舒"]) == [
        "喻萍萍",
        "欧阳明",
        "林望舒",
    ]
    assert join_name_pieces(["林望舒", "喻"]) is None
    assert join_name_pieces([]) == []
    # a line's end cut a three-character name after its second character
    assert join_name_pieces(["汪株", "燚"]) == ["汪株燚"]
    assert join_name_pieces(["喻", "萍萍", "燚"]) is None  # a joined name takes no more
    assert [b.names for b in parse_byline("记者 林望 舒 通讯员 喻萍萍", PROFILE) or []] == [
        ("林望舒",),
        ("喻萍萍",),
    ]


# Pieces bylines are made of: roles, role suffixes, separators, and names of one to
# five characters (so lone surnames, padded halves and fused names all come up).
_NAME_CHARS = "喻萍岑晓岚林望舒欧阳明施峰文图摄"
_PIECES = st.one_of(
    st.sampled_from([*PROFILE.byline_roles, *PROFILE.byline_suffixes]),
    st.sampled_from([" ", " / ", "/", "  ", " \\ ", "／"]),
    st.text(alphabet=_NAME_CHARS, min_size=1, max_size=5),
    st.text(max_size=3),
)
_BYLINE_LIKE = st.builds(
    lambda role, rest: role + " / " + "".join(rest),
    st.sampled_from(PROFILE.byline_roles),
    st.lists(_PIECES, max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(_BYLINE_LIKE)
def test_every_han_character_of_an_accepted_byline_is_in_its_roles_and_names(text: str) -> None:
    bylines = parse_byline(text, PROFILE)
    if bylines is None:
        return
    kept = Counter(ch for b in bylines for ch in b.role + "".join(b.names) if is_han(ch))
    assert not Counter(ch for ch in text if is_han(ch)) - kept


def test_a_role_with_no_name_of_its_own_joins_the_next_role() -> None:
    assert parse_byline("文/记者 张三 通讯员 李四", PROFILE) == [
        Byline("文/记者", ("张三",)),
        Byline("通讯员", ("李四",)),
    ]
