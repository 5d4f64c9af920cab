"""Make issue text and file names safe to show in a terminal.

Issue files and their names come from outside: an ESC or C1 byte in either would reach
the terminal as a control sequence (Rich passes them through even with markup off).
Every string the toc and info commands print goes through `printable` first.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, the bidi controls that can reorder what the reader sees, and
#: lone surrogates (a file name's undecodable bytes), which no output encoding can hold.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: Where Python keeps a file name's undecodable byte B: the lone surrogate U+DC00 + B.
_ESCAPED_BYTES = range(0xDC80, 0xDD00)
#: What `json.dumps(ensure_ascii=False)` leaves raw but a terminal may act on.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTES:
        code -= 0xDC00  # shown as the byte it stands for, `\xff`
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """TEXT with every control character replaced by a visible escape like `\\x1b`."""
    return _UNSAFE.sub(_escape, text)


def json_safe(text: str) -> str:
    """Serialised JSON with DEL, C1 and bidi controls as \\u escapes (same JSON value).

    `json.dumps(ensure_ascii=False)` escapes C0 controls but leaves these raw.
    """
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
