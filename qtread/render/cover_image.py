"""A cover image the user gives (`export --cover IMAGE`, or `cover =` in a sidecar).

It is read once, checked by its first bytes (PNG, JPEG, GIF or WebP: what EPUB 3 reading
systems show), and carried as bytes: the EPUB stores it as its cover image, the HTML
inlines it, and the PDF's renderer is handed it by the fetcher under one fixed address,
the only one that fetcher serves.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from qtread.errors import InputError
from qtread.i18n import _
from qtread.paths import read_given
from qtread.text.sanitize import display_name

#: A cover is a picture of a page: a few MiB at most. A bigger file is the wrong file.
MAX_COVER_BYTES = 20 << 20
#: Where the PDF's renderer finds the cover (never fetched: `export.pdf` serves it).
COVER_URL = "https://qtread.invalid/cover"
#: First bytes → (media type, file suffix).
_KINDS = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
)


@dataclass(frozen=True, slots=True)
class CoverImage:
    """The image's bytes and what they are."""

    data: bytes
    media_type: str
    suffix: str

    @property
    def data_uri(self) -> str:
        """The image inline, for the standalone HTML, which loads nothing."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode()}"


def image_src(image: CoverImage | None, url: str, standalone: bool) -> str | None:
    """Where an HTML page finds IMAGE: inline in a STANDALONE page (the HTML export,
    which loads nothing), else at URL, where the PDF's fetcher serves it."""
    if image is None:
        return None
    return image.data_uri if standalone else url


def _kind(data: bytes) -> tuple[str, str] | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "webp"
    for magic, media_type, suffix in _KINDS:
        if data.startswith(magic):
            return media_type, suffix
    return None


def _whole(data: bytes, media_type: str) -> bool:
    """Whether DATA runs to the end its format marks: a file cut short (a download that
    stopped) would show as an empty page."""
    if media_type == "image/png":
        return data.endswith(b"IEND\xaeB`\x82")
    if media_type == "image/jpeg":
        return b"\xff\xd9" in data[-1024:]
    if media_type == "image/gif":
        return data.rstrip(b"\x00").endswith(b";")
    return int.from_bytes(data[4:8], "little") + 8 <= len(data)  # WebP: RIFF's own size


def read_cover(path: Path) -> CoverImage:
    """The image at PATH; InputError naming it when it cannot be read, is too big, is
    no PNG, JPEG, GIF or WebP, or is cut short."""
    data = read_given(path, MAX_COVER_BYTES, _("the cover image is over 20 MiB"))
    kind = _kind(data)
    if kind is None:
        reason = _("a cover must be a PNG, JPEG, GIF or WebP image")
        raise InputError(display_name(path), reason)
    if not _whole(data, kind[0]):
        raise InputError(display_name(path), _("the cover image is cut short"))
    return CoverImage(data, *kind)
