"""Issue text and file names made safe for each place they go: one table, one policy each.

Issue files and their names come from outside, and some characters act where they should
only show: an ESC or a C1 control starts a terminal sequence (OSC 52 writes the clipboard;
Rich passes them through even with markup off), a bidi control reorders what a reader
sees, a lone surrogate (a file name's undecodable byte, kept by Python as U+DC80–U+DCFF)
fits no output encoding, and XML refuses most C0 controls and two non-characters.

| policy | for | controls, DEL, C1 | bidi | lone surrogate |
| --- | --- | --- | --- | --- |
| `printable` | a terminal line: toc, info, errors | `\\x1b` | `\\u202e` | `\\xff` (its byte) |
| `visible` | the reader's screen (same length) | ␛ (a symbol), � | � | � |
| `json_safe` | JSON (C0 is JSON's own job) | `\\u009b` | `\\u202e` | — |
| `xml_clean` | XHTML (tab, LF, CR kept) | dropped | dropped | dropped |
| `markdown_escape` | Markdown: `xml_clean`, marks escaped | dropped | dropped | dropped |
| `file_name_clean` | a file name | `-` | `-` | `-` |
| `csv_cell` | a CSV cell: `printable`, and a formula defused | `\\x1b` | `\\u202e` | `\\xff` |
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

#: C0 controls, DEL and C1 controls.
CONTROLS = "\x00-\x1f\x7f-\x9f"
#: The bidi controls: marks (ALM, LRM, RLM), embeddings and overrides, isolates.
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Half of a UTF-16 pair on its own.
SURROGATES = "\ud800-\udfff"
#: What XML 1.0 refuses besides C0 controls: the non-characters U+FFFE and U+FFFF.
XML_NONCHARACTERS = "\ufffe\uffff"
#: Where Python keeps a file name's undecodable byte B: the lone surrogate U+DC00 + B.
_ESCAPED_BYTES = range(0xDC80, 0xDD00)

_UNSAFE_ON_TERMINAL = re.compile(f"[{CONTROLS}{BIDI}{SURROGATES}]")
#: What `json.dumps(ensure_ascii=False)` leaves raw but a terminal may act on.
_RAW_IN_JSON = re.compile(f"[\x7f-\x9f{BIDI}]")
#: C0 controls but tab, LF and CR, which XML allows.
_ILLEGAL_IN_XML = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI}{SURROGATES}{XML_NONCHARACTERS}]"
)
_UNSAFE_IN_FILE_NAMES = re.compile(f'[{CONTROLS}{BIDI}{SURROGATES}<>:"/\\\\|?*]')
#: Markdown's inline marks (and inline HTML's `<`, `&`; GFM's `@` of an e-mail autolink),
#: escaped wherever they are.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&~|#@])")
#: Where GFM would make a bare address a live link: `://` and a leading `www.`.
_MARKDOWN_AUTOLINK = re.compile(r"(?=://)|(?i:(?<=\bwww)(?=\.))")
#: Line breaks and tabs: Markdown text is one line, and a tab could start a code block.
_LINE_BREAKS = re.compile("[\r\n\t]")
#: Block marks, escaped at the start of the text only: heading, quote, list, rule.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([>+=-]|\d+(?=[.)]))")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTES:
        code -= 0xDC00  # shown as the byte it stands for, `\xff`
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """TEXT for a line on a terminal: every character that could act there shown as a
    visible escape (`\\x1b`, `\\u202e`; a file name's undecodable byte as `\\xff`)."""
    return _UNSAFE_ON_TERMINAL.sub(_escape, text)


def json_safe(text: str) -> str:
    """Serialised JSON with DEL, C1 and bidi controls as \\u escapes (the same JSON value);
    `json.dumps(ensure_ascii=False)` escapes C0 controls but leaves these raw."""
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _screen_table() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ … ␟
    table[0x09] = " "
    table[0x7F] = "\u2421"  # ␡
    unsafe = [*range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F)]
    unsafe += [*range(0x2066, 0x206A), *range(0xD800, 0xE000)]
    table.update(dict.fromkeys(unsafe, "\ufffd"))
    return table


_SCREEN = _screen_table()
_NEEDS_SCREEN = re.compile(f"[{CONTROLS}{BIDI}{SURROGATES}]")


def visible(text: str) -> str:
    """TEXT for the reader's screen: each control character replaced by one symbol (a
    control picture, or U+FFFD), so the text keeps its length and offsets stay valid."""
    return _NEEDS_SCREEN.sub(_screened, text)


def _screened(control: re.Match[str]) -> str:
    # a regex finds the few control characters and the table gives each its symbol:
    # `str.translate` looks every character of the text up (0.5 s for 20 MB)
    char = control[0]
    return _SCREEN.get(ord(char), char)


#: Characters of a title or name a one-line label keeps: more than any terminal row
#: shows, and a bound on the work when a parse made a megabyte of text a title.
LABEL_CHARS = 300


def visible_label(text: str) -> str:
    """TEXT as a one-line label on the reader's screen (the contents, the status line,
    lists): line breaks as spaces, cut after LABEL_CHARS characters with "…", `visible`."""
    cut = text[: LABEL_CHARS + 1].replace("\n", " ")
    if len(cut) > LABEL_CHARS:
        cut = cut[:LABEL_CHARS] + "…"
    return visible(cut)


def xml_clean(text: str) -> str:
    """TEXT for XHTML: what XML cannot carry and what could reorder text dropped; every
    other character stays."""
    return _ILLEGAL_IN_XML.sub("", text)


def markdown_escape(text: str) -> str:
    """TEXT for Markdown, on one line: `xml_clean`ed, then every mark Markdown or inline
    HTML could act on backslash-escaped (inline marks anywhere, block marks such as `>`,
    `-`, `1.` at the start, and the `://` or `www.` GFM would link), so a stray `#`,
    `![x](file:///…)` or a bare address stays text."""
    text = _MARKDOWN_INLINE.sub(r"\\\1", _LINE_BREAKS.sub(" ", xml_clean(text)))
    text = _MARKDOWN_AUTOLINK.sub(r"\\", text)
    match = _MARKDOWN_LINE_START.match(text)
    if match is None:
        return text
    mark = match.group(2)
    if mark[0].isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"{match.group(1)}\\{text[match.end(1) :]}"


#: What makes a spreadsheet read a cell as a formula (OWASP's list: `=`, `+`, `-`, `@`, a
#: tab, a carriage return), and so run it when the file is opened.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """TEXT for a CSV cell: `printable`, and where it would start a formula in a
    spreadsheet (`=HYPERLINK(…)`), set after a `'`, which spreadsheets show as text."""
    return "'" + printable(text) if text.startswith(_FORMULA_STARTS) else printable(text)


def csv_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV qtread writes for scripts: a header, then ROWS, every text cell through
    `csv_cell`, numbers as they are, `\n` line ends."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([csv_cell(v) if isinstance(v, str) else v for v in row] for row in rows)
    return buffer.getvalue()


def json_document(data: object) -> str:
    """The JSON qtread writes for scripts: Chinese as it is, one space of indent, the
    controls `json_safe` escapes escaped, a final line end."""
    import json

    return json_safe(json.dumps(data, ensure_ascii=False, indent=1)) + "\n"


def file_name_clean(text: str) -> str:
    """TEXT with every character a file system refuses or a terminal acts on (controls,
    bidi, lone surrogates, Windows' `<>:"/\\|?*`) replaced by `-`."""
    return _UNSAFE_IN_FILE_NAMES.sub("-", text)


def display_name(path: str | Path) -> str:
    """PATH as text that any output can hold: bytes the file system's encoding cannot
    decode (kept in a str as lone surrogates) are shown as `\\xff`, as Python shows bytes."""
    text = os.fspath(path)
    try:
        return os.fsencode(text).decode("utf-8", errors="backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system put there
        return text.encode("utf-8", errors="backslashreplace").decode("utf-8")
