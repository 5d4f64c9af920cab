"""`--cover IMAGE` (and a sidecar's `cover =`): the user's picture as the cover of the
EPUB, the PDF and the HTML, checked by its bytes and served to WeasyPrint from memory."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from qtread.errors import InputError
from qtread.render.cover_image import read_cover

from .helpers import epubcheck

QTREAD = [sys.executable, "-m", "qtread"]
ISSUE = (
    "潮涌钱塘\n\n2020年7月 第5期\n\n钱塘新区的一年\n\n记者 张三\n\n" + "钱塘新区成立一周年。\n" * 3
)


def png(width: int = 6, height: int = 8) -> bytes:
    """A small red PNG, written by hand (no imaging library needed)."""
    rows = b"".join(b"\x00" + b"\xc8\x1e\x1e" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (png(), "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32 + b"\xff\xd9", "image/jpeg"),
        (b"GIF89a" + b"\x00" * 32 + b";", "image/gif"),
        (b"RIFF\x20\x00\x00\x00WEBPVP8 " + b"\x00" * 24, "image/webp"),
    ],
)
def test_a_cover_is_known_by_its_bytes(tmp_path: Path, data: bytes, media_type: str) -> None:
    path = tmp_path / "cover.bin"
    path.write_bytes(data)
    assert read_cover(path).media_type == media_type
    path.write_bytes(data[: len(data) // 2])  # a download that stopped half way
    with pytest.raises(InputError, match="cut short"):
        read_cover(path)


def test_a_cover_that_is_no_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cover.jpg"
    path.write_text("<svg onload='x'/>")
    with pytest.raises(InputError, match="PNG, JPEG, GIF or WebP"):
        read_cover(path)
    with pytest.raises(InputError, match="no such file"):
        read_cover(tmp_path / "missing.png")


def _export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*QTREAD, "export", *args], capture_output=True, text=True, cwd=tmp_path, timeout=300
    )


@pytest.mark.slow
@pytest.mark.xdist_group("export")
def test_the_cover_image_is_the_cover_of_every_output(tmp_path: Path) -> None:
    from pypdf import PdfReader

    (tmp_path / "issue.txt").write_text(ISSUE, encoding="utf-8")
    (tmp_path / "cover.png").write_bytes(png())
    done = _export(tmp_path, "issue.txt", "--cover", "cover.png", "--to", "epub,pdf,html", "--json")
    assert done.returncode == 0, done.stderr
    (epub,) = tmp_path.glob("*.epub")
    with zipfile.ZipFile(epub) as book:
        assert book.read("EPUB/cover.png") == png()
        opf = book.read("EPUB/content.opf").decode()
        assert 'href="cover.png"' in opf and 'properties="cover-image"' in opf
        assert "cover.svg" not in opf
        assert '<img src="cover.png"' in book.read("EPUB/cover.xhtml").decode()
    report = epubcheck([epub])[epub]
    assert report["checker"]["nError"] == report["checker"]["nWarning"] == 0
    first = PdfReader(next(tmp_path.glob("*.pdf"))).pages[0]
    images = [name for name, x in first["/Resources"]["/XObject"].items()]
    assert images  # the picture, drawn on the first page
    html = next(tmp_path.glob("*.html")).read_text("utf-8")
    assert 'src="data:image/png;base64,' in html and "qtread.invalid" not in html


def test_a_sidecar_names_its_cover_beside_itself(tmp_path: Path) -> None:
    folder = tmp_path / "2020"
    folder.mkdir()
    (folder / "issue.txt").write_text(ISSUE, encoding="utf-8")
    (folder / "front.png").write_bytes(png())
    (folder / "issue.toml").write_text('cover = "front.png"\n', encoding="utf-8")
    done = _export(tmp_path, "2020/issue.txt", "--to", "epub")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(next(tmp_path.glob("*.epub"))) as book:
        assert book.read("EPUB/cover.png") == png()


def test_a_bad_cover_stops_the_run_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "issue.txt").write_text(ISSUE, encoding="utf-8")
    (tmp_path / "cover.png").write_text("not a picture")
    done = _export(tmp_path, "issue.txt", "--cover", "cover.png", "--out", "out")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "qtread: cover.png: a cover must be a PNG, JPEG, GIF or WebP image"
    ]
    assert not (tmp_path / "out").exists()


def test_with_bind_the_cover_is_the_volumes(tmp_path: Path) -> None:
    (tmp_path / "issue.txt").write_text(ISSUE, encoding="utf-8")
    (tmp_path / "cover.png").write_bytes(png())
    done = _export(tmp_path, "issue.txt", "--bind", "卷", "--cover", "cover.png", "--to", "epub")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(tmp_path / "卷.epub") as book:
        assert book.read("EPUB/cover.png") == png()
        assert '<img src="cover.png"' in book.read("EPUB/cover.xhtml").decode()
