"""Pass 1: bytes → text. Finds the encoding and refuses what is not an issue file.

Byte-order marks decide first, then strict UTF-8, then charset-normalizer restricted to
the encodings Chinese text files really come in. Each refusal names the reason, since
the user sees it as the whole error message.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from qtread.errors import InputError
from qtread.i18n import N_, _

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of file types people point qtread at by mistake.
_MAGIC = (
    (b"%PDF", N_("a PDF file")),
    (b"PK\x03\x04", N_("a ZIP archive (EPUB, DOCX…)")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"\x7fELF", N_("an executable")),
    (b"Rar!", N_("a RAR archive")),
    (b"7z\xbc\xaf", N_("a 7-Zip archive")),
    (b"\xd0\xcf\x11\xe0", N_("an Office document")),
)

_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]
_FEW_BAD_BYTES = 16
#: Control characters no text file holds: those below a space, less \t \n \f \r.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: A character that is neither a control character nor white space: text to read.
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f]")
#: Half of a UTF-16 pair on its own: escape codecs (unicode_escape) can produce one.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the codec that read it, and how many bytes had to be replaced."""

    text: str
    encoding: str  # a Python codec name, as `qtread info` reports it
    replaced: int = 0  # undecodable bytes shown as U+FFFD


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode an issue file, or raise InputError saying why it is not one."""
    _refuse_other_files(data, name)
    if encoding:
        codec = _canonical(encoding, name)
        return Decoded(_checked(_decode_with(data, name, codec), name), codec)
    for read in (_by_byte_order, _as_utf8):
        if (decoded := read(data, name)) is not None:
            return decoded
    from charset_normalizer import from_bytes  # only now: most files are UTF-8, and it costs 15 ms

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding is not None:
        return Decoded(_checked(str(best), name), codecs.lookup(best.encoding).name)
    raise InputError(name, _("cannot tell the text encoding (try --encoding)"))


def _refuse_other_files(data: bytes, name: str) -> None:
    """Raise InputError for an empty file, or one whose signature names another file
    type (a PDF, an image, an archive…): the user pointed qtread at the wrong file, and
    the message says which kind it is."""
    if not data.strip():
        raise InputError(name, _("file is empty"))
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, _("this is {what}, not an issue text file").format(what=_(what)))


def _by_byte_order(data: bytes, name: str) -> Decoded | None:
    """DATA decoded by what its bytes say outright: a byte-order mark, or (without one)
    the zero bytes of UTF-16, whose high or low half tells the byte order; None when
    they say nothing."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _decode_as(data[len(bom) :], name, codec.removesuffix("-sig"))
            return Decoded(_checked(text, name), codec)
    if b"\x00" in data[:4096] and _looks_utf16(data):
        codec = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return Decoded(_checked(_decode_as(data, name, codec), name), codec)
    return None


def _as_utf8(data: bytes, name: str) -> Decoded | None:
    """DATA read as UTF-8, if it is: strictly, or cut off inside its last character, or
    with a few damaged bytes (shown as U+FFFD); None when it is some other encoding."""
    try:
        return Decoded(_checked(data.decode("utf-8"), name), "utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            # a file cut off inside its last character: the whole characters are UTF-8
            return Decoded(_checked(data[: error.start].decode("utf-8"), name), "utf-8")
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced <= max(_FEW_BAD_BYTES, len(text) // 1000) and len(text) > 4 * replaced:
        # UTF-8 with a few damaged bytes: keep every good character, mark the bad ones
        return Decoded(_checked(text, name), "utf-8", replaced)
    return None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample.count(0) > len(sample) // 4


def _canonical(encoding: str, name: str) -> str:
    """The codec ENCODING names, refused unless it turns bytes into text."""
    try:
        codec = codecs.lookup(encoding).name
        b"AAAA".decode(codec)  # rot13, base64, zlib… are found, but are no text encodings
    except LookupError as error:
        if "is not a text encoding" in str(error):
            raise InputError(
                name, _("{name!r} is not a text encoding").format(name=encoding)
            ) from None
        raise InputError(name, _("unknown encoding {name!r}").format(name=encoding)) from None
    except UnicodeDecodeError:
        pass  # a text encoding in which these four bytes are not valid (UTF-16, UTF-32…)
    except (UnicodeError, ValueError):
        raise InputError(
            name, _("{name!r} decodes no text").format(name=encoding)
        ) from None  # `undefined`
    return codec


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    """DATA decoded with the codec ENCODING names (refused unless it is a text one)."""
    return _decode_with(data, name, _canonical(encoding, name))


def _decode_with(data: bytes, name: str, codec: str) -> str:
    """DATA decoded with CODEC, a text encoding's canonical name, or InputError saying
    where it stops fitting."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            name, _("not valid {codec} at byte {at}").format(codec=codec, at=error.start)
        ) from None
    except (UnicodeError, ValueError) as error:  # a codec's own complaint (idna, punycode…)
        raise InputError(
            name, _("not valid {codec}: {why}").format(codec=codec, why=error)
        ) from None
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:  # `\ud800` read by unicode_escape: no output can hold it
        message = _(
            "{codec} decodes to a lone surrogate (U+{code:04X} at character {at}), not text"
        )
        raise InputError(
            name, message.format(codec=codec, code=ord(surrogate.group()), at=surrogate.start())
        )
    return text


def _checked(text: str, name: str) -> str:
    """Refuse text that decoded but is mostly control characters (a binary file)."""
    sample = text[:20000]
    controls = len(_BINARY_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 50):
        raise InputError(name, _("looks like a binary file, not an issue text file"))
    if not _VISIBLE.search(text):
        raise InputError(name, _("file has no text"))
    return text
