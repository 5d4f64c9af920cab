"""Character classes and the one rule for joining two pieces of wrapped text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rich.cells import get_character_cell_size

#: May not begin a line (W3C clreq "line-start prohibition").
NO_LINE_START = frozenset("，。、；：？！）》」』】”’,.;:?!)…·〕〉〗")
#: May not end a line.
NO_LINE_END = frozenset("（《「『【“‘(〔〈〖")
#: Ends a sentence; a closing bracket or quote may follow it.
SENTENCE_END = frozenset("。！？!?…")
CLOSERS = frozenset("”’）》」』】)\"'")
DECK_DASHES = ("——", "—", "－－", "--")  # what a deck (subtitle) under a headline opens with
#: Function words that end no word (`…规划收官之`, `…企业最渴望的`): a line ending on one
#: runs on into the next.
NO_WORD_ENDS = ("的", "之", "和", "与", "及", "把", "被")
#: Function words a headline cannot end on (`…中心的`, `…产业为`): the text runs on. Beside
#: NO_WORD_ENDS, words that also end nouns (`方向`, `现在`, `面对`), which a headline's
#: line may end on only as part of one.
OPEN_ENDINGS = (*NO_WORD_ENDS, "在", "对", "将", "从", "向")
#: Function words a headline cannot start with (`在钱塘新区举办`): it carries on another.
CONTINUING_STARTS = ("在", "的", "之", "了", "着", "和", "与", "及", "并")
_CLOSER_CHARS = "".join(CLOSERS)
#: The word that ends a photo's credit (`汪株燚 摄`, `汪株燚／摄`): whoever took it.
_PHOTO_CREDIT_END = "摄"
#: What may stand after a sentence's end and still close the text, white space aside: a
#: closing bracket or quote, the dash of `——`. A text ending on any other mark (a comma,
#: an enumeration comma, a colon) ends no sentence, whatever stands before it.
_AFTER_SENTENCE_END = CLOSERS | {"—"}


#: A list item that prints its own mark, which the reader and the exports add no bullet
#: before: a number (`1.`, `1、`, `（一）`, `一、`, `01 `, `①`), or a sign: any bullet,
#: reference mark, arrow, geometric shape, symbol or dingbat (• · ※ → ◆ ◇ ▲ ● ◎ ★ ☆ ✔ ❖),
#: or an ASCII `-`/`*`.
_OWN_LIST_MARK = re.compile(
    r"^\s*(\d+\s*[.、．)）]|\d{1,2}\s|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、"
    r"|[\u2460-\u24ff]"  # ① ⑴ ⒈ Ⓐ (❶ is a dingbat, below)
    r"|[\u00b7\u2022\u2023\u2043\u203b\u30fb\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\-*])"
)


def has_own_list_mark(text: str) -> bool:
    """TEXT, a list item, starts with a mark of its own (`◆ 第一`, `（二）…`, `3. …`)."""
    return _OWN_LIST_MARK.match(text) is not None


def is_han(ch: str) -> bool:
    """A Han ideograph (the characters the "text is sacred" checks count)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_cjk(ch: str) -> bool:
    """A character of Chinese text: Han, kana, CJK or full-width punctuation."""
    if not ch:
        return False
    code = ord(ch)
    return (
        is_han(ch)
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0x3040 <= code <= 0x30FF  # kana (・ is used as a middle dot)
        or 0xFF00 <= code <= 0xFF60  # full-width forms
        or 0xFFE0 <= code <= 0xFFE6
        or ch in "“”‘’…—·"
    )


def is_word_char(ch: str) -> bool:
    """Latin letters and digits: runs of these are words that a join must keep apart."""
    return ch.isascii() and ch.isalnum()


_CHAR_WIDTHS: dict[str, int] = {}


def char_width(ch: str) -> int:
    """Terminal cells a character takes (cached): 2 for Han and full-width forms, 0 for a
    combining mark, 1 for a control character (which the reader shows as a one-cell
    symbol, `qtread.text.sanitize.visible`). The widths are Rich's, the table Textual
    draws with: a line is measured as the screen will lay it out."""
    width = _CHAR_WIDTHS.get(ch)
    if width is None:
        width = 1 if unicodedata.category(ch) == "Cc" else get_character_cell_size(ch)
        _CHAR_WIDTHS[ch] = width
    return width


def cell_width(text: str) -> int:
    """Terminal cells TEXT takes, a character at a time as the reader draws it: the one
    measure of width in cells (the line breaker, the reader, the parser's `printed_width`)."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(map(char_width, text))


_AMBIGUOUS_MARKS = re.compile("[“”‘’·—…]")


#: Lines `printed_width` remembers: more than a whole issue's distinct lines (some 4,200
#: in a 190 KB one), as the passes measure them in turn from the first line to the last
#: and a smaller cache drops each line just before the next pass asks for it again.
WIDTH_CACHE_LINES = 16384


@lru_cache(maxsize=WIDTH_CACHE_LINES)
def printed_width(text: str) -> int:
    """Width as set in Chinese print, where “”‘’·—… take a full em; terminals give them
    one cell, so `cell_width` undercounts a printed line that has them. Cached: the
    unwrap pass measures each line of a paragraph again as the paragraph grows."""
    return cell_width(text) + len(_AMBIGUOUS_MARKS.findall(text))


def nfkc(text: str) -> str:
    """TEXT in Unicode's NFKC form, which is by definition NFC after NFKD. Asked for so,
    CPython composes Chinese text character by character even where nothing composes;
    NFC sees at once that NFKD's output of such text has nothing to compose (the same
    result, five times faster)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text))


def ends_sentence(text: str) -> bool:
    """True if the text ends with sentence-final punctuation (closers allowed after it)."""
    last = text[-1:]
    if last in SENTENCE_END:
        return True
    if last.isalnum():  # the common case: a wrapped line stops on a letter or digit
        return False
    if last not in _AFTER_SENTENCE_END and not last.isspace():
        return False  # the next commonest: a line wrapped after a comma (`，`, `、`)
    stripped = text[-16:].rstrip().rstrip(_CLOSER_CHARS)  # the tail: paragraphs are long
    if not stripped and len(text) > 16:
        stripped = text.rstrip().rstrip(_CLOSER_CHARS)
    if bool(stripped) and (stripped[-1] in SENTENCE_END or stripped.endswith("——")):
        return True
    return _credit_after_stop(text)


def _credit_after_stop(text: str) -> bool:
    """`…高质量。（记者 李如艳 薛瑾）`: a bracket set after a finished sentence and closing
    the text (a credit, a source): the sentence before it ended. A photo's credit closes
    its caption, whatever stands before it (`…有限公司（汪株燚／摄）`)."""
    if not text.endswith(("）", ")")):
        return False
    opening = max(text.rfind("（"), text.rfind("("))
    if opening <= 0:
        return False
    return text[:-1].rstrip().endswith(_PHOTO_CREDIT_END) or text[opening - 1] in SENTENCE_END


def join_wrapped(left: str, right: str, *, printed_space: bool = False) -> str:
    """Join two pieces of text that a line wrap separated.

    No space between CJK characters; one space between two Latin words or numbers,
    or wherever the printed text had one (`printed_space`) next to a Latin word.
    """
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    if is_word_char(a) and is_word_char(b):
        return f"{left} {right}"
    if printed_space and not (is_cjk(a) and is_cjk(b)) and (is_word_char(a) or is_word_char(b)):
        return f"{left} {right}"
    return left + right


def unclosed_quote(text: str) -> bool:
    """TEXT leaves a Chinese quotation open: its last opening mark has no closing one after."""
    return max(text.rfind("“"), text.rfind("「"), text.rfind("『")) > max(
        text.rfind("”"), text.rfind("」"), text.rfind("』")
    )
