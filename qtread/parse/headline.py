"""Stage: tell a headline's title from its subtitle or kicker.

A headline reaches this stage as the pieces it was printed in: the lines of its frame
and, inside a line, the parts a space sets apart between two Chinese words. Two
neighbouring pieces are either one title (a wrapped line, a place name set before the
headline, a label and its colon, the halves of a couplet) or a title and its subtitle.
Once the pieces are grouped into units, the title is the unit the printed TOC names,
else the unit after a couplet kicker, else the first; the rest is the subtitle. A deck
printed above its headline is told by the lines' widths alone (`deck_over_headline`).

Everything is decided from the headline's own text, so it works the same on an issue
with a TOC and without one; nothing here knows a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from qtread.parse.classify import norm, wholly_bracketed
from qtread.text.cjk import (
    CLOSERS,
    CONTINUING_STARTS,
    DECK_DASHES,
    OPEN_ENDINGS,
    SENTENCE_END,
    join_wrapped,
    printed_width,
)

#: Letters in a place name set before its headline (`黑龙江哈尔滨新区` / `搭建…`), at most.
PLACE_HEAD_MAX = 8
_PLACE_FIRST_PIECES = 2  # pieces of a headline a place name opens, at least: the place, the rest
#: Letters in each half of a couplet title (`产业日新 澎湃发展动能`): a half is a phrase
#: of its own, so neither a stray letter nor a whole headline.
COUPLET_HALF_MIN = 3
COUPLET_HALF_MAX = 10
#: Letters by which a couplet's halves may differ: they are set as a pair.
COUPLET_SKEW = 3
#: Letters in two lines that are a title and its subtitle, at least; a brief's title
#: wrapped over two narrow lines (`国务院印发“十四五”` / `数字经济发展规划`) is shorter.
SUBTITLE_PAIR_MIN = 19
#: Letters by which a line is shorter than the title line above it, at least, to be the
#: rest of a wrapped title: a subtitle, set smaller, is seldom much shorter than its title.
WRAPPED_TAIL_SHORTER = 4
_WRAPPED_PIECES = 2  # pieces of a unit that ends on a wrap's tail, at least: a line, its tail
#: How alike (rapidfuzz ratio, 0–100) a run of pieces and the TOC's title must be.
TOC_MATCH_MIN = 90
#: The score of a run of pieces whose letters are the TOC's title's, exactly.
_EXACT = 100.0

_DECK_LINES = 2  # printed lines of a deck set above its headline, at most
#: Cells two lines wrapped to one measure may differ by: a Latin letter or a figure is
#: half a Chinese one, so a full line of mixed text may fall one cell short.
_MEASURE_SLACK = 1
_MEASURED_BY_TWO = 2  # lines of a headline, at most, that must all be full to show a measure
#: Marks a headline's line may end on only where the line was broken by hand (`…怎么样？`
#: / `10 组数据…`), not wrapped by the measure.
_BROKEN_BY_HAND = SENTENCE_END | CLOSERS | frozenset("，、；：,;:")
_DECK_DASH = "——"  # set between a headline and the deck run on after it (`标题——副题`)
#: A piece that ends with one of these runs on into the next: a wrap or a label's colon.
_RUNS_ON = frozenset("，、：:“《（(—·‘")
#: A piece that starts with one of these carries on the piece before it.
_CARRIES_ON = frozenset("，。、；：？！）》」』】”’,.;:?!)…")
#: A space between two pieces of Chinese (not between a number and its unit).
_PIECE_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff”’）》」』】!！?？\"])\s+(?=[\u4e00-\u9fff“‘（《「『【\"])|\s{2,}"
)
_CLOSING = "".join(CLOSERS) + " "  # what may follow a sentence's last mark
#: How Chinese place names end (区, 新区, 经开区, 县, 市…): such a name set before a
#: headline belongs to it. Language, not one magazine's wording.
_PLACE_ENDINGS = ("区", "县", "市", "省", "州", "镇", "乡", "村", "园", "港", "城")
HEADLINE_ORNAMENTS = "◎●◆■▪•◇□○"  # set before a brief's title (◎ 标题)
_BRACKETED = re.compile(r"^[(（\[［].*[)）\]］]$")


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a printed headline."""

    text: str
    inline: bool  # set apart from the piece before by a space on the same printed line
    couplet: bool = False  # two halves of like length set as a pair
    spaced: bool = False  # a space stands before it in the source (kept when joined)
    restyled: bool = False  # set in another style than the piece before (a heading's deck)


@dataclass(frozen=True, slots=True)
class Headline:
    """A headline told apart: its title, and its subtitle or kicker if it has one."""

    title: str
    subtitle: str | None


#: A list's number set before a headline (`1. 助推…`, `10、四大行…`): one or two digits,
#: then a point or an enumeration comma, then the headline's wording.
_LIST_NUMBER = re.compile(r"^(?P<number>\d{1,2})\s*[.．、]\s*(?=\S)")
#: Numbered headlines in a row, at least, that make a numbered list of items (1, 2, 3…):
#: one or two such openings are as often a headline that starts with a number.
NUMBERED_RUN_MIN = 3
#: A list read out of order numbers its items up to this many times as many as were found.
_OUT_OF_ORDER_SPAN = 2


def list_number(title: str) -> tuple[int, str] | None:
    """`3. 新版外商投资准入负面清单进一步缩减` → (3, `3. `): the list number TITLE opens
    with, and the text it takes up; None when it opens with none."""
    match = _LIST_NUMBER.match(title)
    return (int(match["number"]), match[0]) if match else None


def numbered_list(titles: dict[int, str]) -> set[int]:
    """The keys of TITLES (in key order) that are items of a numbered list: their numbers
    run on by one (1, 2, 3…) through NUMBERED_RUN_MIN of them or more, or they are a list
    read out of its order (`_read_out_of_order`). Those numbers are the list's, not the
    headlines' wording (`1. 助推…`, `2. 四大行…`)."""
    read = [(key, list_number(titles[key])) for key in sorted(titles)]
    numbered = [(key, found[0]) for key, found in read if found is not None]
    runs: list[list[int]] = []
    last = None  # the number of the item before
    for key, number in numbered:
        if last is None or number != last + 1:
            runs.append([])
        runs[-1].append(key)
        last = number
    listed = {key for run in runs if len(run) >= NUMBERED_RUN_MIN for key in run}
    for group in _numbered_in_a_row(read):
        if _read_out_of_order(list(group)):
            listed.update(group.values())
    return listed


def _numbered_in_a_row(read: list[tuple[int, tuple[int, str] | None]]) -> Iterator[dict[int, int]]:
    """Numbered titles in a row, READ as (key, list number or None) in key order, as
    {number: key}: a title without a number, or a number come again, starts a new row."""
    group: dict[int, int] = {}
    for key, found in read:
        if (found is None or found[0] in group) and group:
            yield group
            group = {}
        if found is not None:
            group[found[0]] = key
    if group:
        yield group


def _read_out_of_order(numbers: list[int]) -> bool:
    """NUMBERS, as read, are a list read out of its order: an extraction that sorts by
    position reads a list set in two columns across (`1.`, `7.`, `5.`, `10.`…). No
    number comes twice (`_numbered_in_a_row`), and the largest is at most twice as many
    as the items found (some may be missed); in order, they must run on by one."""
    return (
        len(numbers) >= NUMBERED_RUN_MIN
        and numbers != sorted(numbers)
        and max(numbers) <= _OUT_OF_ORDER_SPAN * len(numbers)
    )


def without_headline_brackets(title: str) -> str:
    """`【四大行下调大额存单利率】`, `◎ 四大行下调大额存单利率` → `四大行下调大额存单利率`:
    brackets round a whole headline, or an ornament before it, mark it as one, as bold
    type would; they are not part of its wording."""
    if wholly_bracketed(title):
        return title[1:-1].strip()
    if title[:1] in HEADLINE_ORNAMENTS and len(title) > 1:
        return title[1:].strip()
    return title


def pieces_of(lines: list[str], *, gaps_are_breaks: bool = False) -> list[Piece]:
    """The pieces of a headline printed on LINES (each line split at its gaps).

    GAPS_ARE_BREAKS: the lines are a converter's Markdown heading, which joins the
    printed lines of one heading block with a space; a gap there is a line break.
    """
    result: list[Piece] = []
    for line in lines:
        for position, part in enumerate(_PIECE_GAP.split(line.strip())):
            text = part.strip()
            if text:
                inline = position > 0 and not gaps_are_breaks
                title, dash, deck = text.partition(_DECK_DASH)
                if title and deck.strip():  # `标题——副题` on one line: the deck starts there
                    result.append(Piece(title, inline, spaced=position > 0))
                    result.append(Piece(dash + deck, inline=True))
                else:
                    result.append(Piece(text, inline, spaced=position > 0))
    for at in range(len(result) - 1):  # `标题——` / `副题`: the dash opens the deck
        piece, after = result[at], result[at + 1]
        if piece.text.endswith(_DECK_DASH) and piece.text != _DECK_DASH:
            result[at] = replace(piece, text=piece.text.removesuffix(_DECK_DASH))
            result[at + 1] = replace(after, text=_DECK_DASH + after.text)
    return result


def place_first(lines: list[str]) -> bool:
    """The headline opens with a place name set apart on its line (`松山湖科学城 打造…`,
    `天津高新区` over `抢占…`): the form of a region's news item."""
    pieces = pieces_of(lines)
    if len(pieces) < _PLACE_FIRST_PIECES:
        return False
    head = norm(pieces[0].text)
    return len(head) <= PLACE_HEAD_MAX and head.endswith(_PLACE_ENDINGS)


def split_headline(
    pieces: list[Piece],
    *,
    toc_title: str | None = None,
    inside_word: Callable[[str, str], bool] = lambda _head, _tail: False,
    measured: bool = True,
) -> Headline:
    """Title and subtitle of a headline printed as PIECES.

    TOC_TITLE is the printed TOC's wording for this article, when it has one: the run
    of pieces it names is the title, whatever the order. Without it, pieces are grouped
    into units by `_one_title` and the first unit is the title, unless it is a couplet
    kicker set above the headline (`钱塘新时代 空天新平台` / `浙江省…峰会`).
    MEASURED: the pieces are the printed lines, so their widths can be read (not so in a
    Markdown heading, whose gaps may be line breaks or spaces).
    """
    if not pieces:
        return Headline("", None)
    if len(pieces) == 1:
        return Headline(pieces[0].text, None)
    if toc_title and (named := _named_by_toc(pieces, toc_title)) is not None:
        return named
    if measured and (decked := _decked(pieces, inside_word)) is not None:
        return decked
    units = _units(_pair_couplets(pieces), inside_word)
    if len(units) == 1:
        return Headline(_join(units[0]), None)
    title_at = 1 if _kicker(units[0], units[1]) else 0
    rest = [piece for i, unit in enumerate(units) if i != title_at for piece in unit]
    return Headline(_join(units[title_at]), _join(rest) or None)


def whole_title(printed: str, listed: str) -> str:
    """PRINTED, or the TOC's wording LISTED where the body printed only a piece of it: a
    title set in a side column that an extractor cut into pieces among its lead's lines
    (`顾家集团：打造` for `顾家集团：打造员工的“暖家根据地”`). The other pieces stay in
    the text where they were printed.

    A piece runs on into a letter of the TOC's wording; a whole part of it (a title
    whose TOC entry adds a kicker, a speaker or a date after a space or a colon) does
    not, and the body's wording stands."""
    key = norm(printed)
    letters = [(position, norm(char)) for position, char in enumerate(listed) if norm(char)]
    listed_key = "".join(letter for _, letter in letters)
    at = listed_key.find(key) if key else -1
    if at < 0:
        return printed
    first, last = letters[at][0], letters[at + len(key) - 1][0]
    cut_before = first > 0 and bool(norm(listed[first - 1]))
    cut_after = last + 1 < len(listed) and bool(norm(listed[last + 1]))
    return listed.strip() if cut_before or cut_after else printed


def deck_over_headline(
    deck: list[str], headline: list[str], inside_word: Callable[[str, str], bool]
) -> bool:
    """DECK's one or two printed lines are the deck a design set above HEADLINE.

    Large type in a narrow box wraps to a measure of few letters: the headline's full
    lines share one width, narrower than the deck's widest line. One wrapped block
    can't look so, since its first line fills the measure as every full line does; and
    a title over its subtitle is the reverse, large type over small. With only two
    headline lines both must be full, unless the break cuts a word the issue prints
    whole (INSIDE_WORD): one full line alone shows no measure."""
    if not 0 < len(deck) <= _DECK_LINES or len(headline) <= len(deck):
        return False
    widths = [printed_width(line.strip()) for line in headline]
    if max(widths) >= max(printed_width(line.strip()) for line in deck):
        return False
    if any(line.rstrip()[-1:] in _BROKEN_BY_HAND for line in headline[:-1]):
        return False
    full = widths if len(widths) <= _MEASURED_BY_TWO else widths[:-1]
    if len(widths) == _MEASURED_BY_TWO and inside_word(*headline):
        full = widths[:1]  # the break splits a word: the measure wrapped it
    return max(full) - min(full) <= _MEASURE_SLACK and widths[-1] <= max(full) + _MEASURE_SLACK


def _decked(pieces: list[Piece], inside_word: Callable[[str, str], bool]) -> Headline | None:
    """The headline under a deck printed above it, each a run of whole lines."""
    if any(piece.inline for piece in pieces):
        return None
    lines = [piece.text for piece in pieces]
    for size in range(1, _DECK_LINES + 1):
        if deck_over_headline(lines[:size], lines[size:], inside_word):
            return Headline(_join(pieces[size:]), _join(pieces[:size]))
    return None


def _named_by_toc(pieces: list[Piece], toc_title: str) -> Headline | None:
    """The contiguous run of pieces the TOC's title names, if a strict part of them."""
    key = norm(toc_title)
    if not key:
        return None
    keys = [norm(piece.text) for piece in pieces]
    best: tuple[float, int, int] | None = None
    whole = 0.0  # how well the whole headline matches: then the TOC tells no parts apart
    for first in range(len(pieces)):
        text = ""
        for last in range(first, len(pieces)):
            text += keys[last]
            score = _EXACT if text == key else fuzz.ratio(text, key)
            if (first, last) == (0, len(pieces) - 1):
                whole = score
            elif score >= TOC_MATCH_MIN and (best is None or score > best[0]):
                best = (score, first, last)
    if whole == _EXACT and not any(
        _opens_a_part(piece) or piece.couplet for piece in _pair_couplets(pieces)
    ):
        return Headline(_join(pieces), None)
    if best is None or whole >= best[0]:
        return None
    _, first, last = best
    title = pieces[first : last + 1]
    rest = pieces[:first] + pieces[last + 1 :]
    return Headline(_join(title), _join(rest) or None)


def _pair_couplets(pieces: list[Piece]) -> list[Piece]:
    """Make each couplet (`紧扣产业发展需求 搭建红盟纵贯线`) one piece."""
    result: list[Piece] = []
    for piece in pieces:
        before = result[-1] if result else None
        if (
            before is not None
            and piece.inline
            and not before.couplet
            and _halves(len(norm(before.text)), len(norm(piece.text)))
        ):
            couplet = f"{before.text} {piece.text}"
            result[-1] = Piece(couplet, before.inline, couplet=True, spaced=before.spaced)
        else:
            result.append(piece)
    return result


def _halves(head: int, tail: int) -> bool:
    return (
        min(head, tail) >= COUPLET_HALF_MIN
        and max(head, tail) <= COUPLET_HALF_MAX
        and abs(head - tail) <= COUPLET_SKEW
    )


def _kicker(first: list[Piece], second: list[Piece]) -> bool:
    """A couplet over a longer headline is its kicker (`钱塘新时代 空天新平台` / `浙江省…`);
    over a shorter line it is the title and the line its subtitle."""
    return (
        len(first) == 1 and first[0].couplet and len(norm(_join(second))) > len(norm(first[0].text))
    )


def _units(pieces: list[Piece], inside_word: Callable[[str, str], bool]) -> list[list[Piece]]:
    units = [[pieces[0]]]
    for piece in pieces[1:]:
        if _one_title(units[-1], piece) or (
            not piece.inline and not piece.restyled and inside_word(units[-1][-1].text, piece.text)
        ):
            units[-1].append(piece)
        else:
            units.append([piece])
    return units


def _opens_a_part(piece: Piece) -> bool:
    """PIECE is printed as a part of its own, whatever its words: set in another style, a
    date in brackets (`(2020 年 3 月)`), a label (`九源基因：`), a deck's dash (`——副题`)."""
    text = piece.text
    return (
        piece.restyled
        or _BRACKETED.match(text) is not None
        or text.rstrip().endswith(("：", ":"))
        or text.startswith(DECK_DASHES)
    )


def _one_title(unit: list[Piece], piece: Piece) -> bool:
    """PIECE carries on the title UNIT rather than starting a subtitle."""
    before, text = unit[-1].text, piece.text
    if _opens_a_part(piece):
        return False
    if (
        before[-1] in _RUNS_ON
        or before.endswith(OPEN_ENDINGS)
        or text[0] in _CARRIES_ON
        or text.startswith(CONTINUING_STARTS)
    ):
        return True
    if _kicker(unit, [piece]):
        return False  # a couplet over a longer headline stands alone
    head, tail = len(norm(_join(unit))), len(norm(text))
    if len(unit) == 1 and head <= PLACE_HEAD_MAX and norm(before).endswith(_PLACE_ENDINGS):
        return True  # 石河子经开区 / 深化改革推动经济高质量发展纪实
    if before.rstrip(_CLOSING)[-1:] in SENTENCE_END:
        return False  # `美丽池塘改造火热进行！` is whole
    if piece.couplet:
        return head < COUPLET_HALF_MIN  # a label over a couplet: `一张网` / `紧扣… 搭建…`
    if head - tail >= WRAPPED_TAIL_SHORTER and not _short_tail(unit):
        return True  # `上海…正式揭牌 打造一站式外贸` / `综合服务平台`: a wrap
    return piece.inline or head + tail < SUBTITLE_PAIR_MIN


def _short_tail(unit: list[Piece]) -> bool:
    """UNIT's last line is a wrap's short tail (`杭州医药港…万亩` / `千亿新产业平台`):
    a line wraps only where it fills the measure, so nothing wraps on from this one."""
    if len(unit) < _WRAPPED_PIECES or unit[-1].inline:
        return False
    return len(norm(unit[0].text)) - len(norm(unit[-1].text)) >= WRAPPED_TAIL_SHORTER


def _join(pieces: list[Piece]) -> str:
    text = ""
    for piece in pieces:
        text = f"{text} {piece.text}" if text and piece.spaced else join_wrapped(text, piece.text)
    return text
