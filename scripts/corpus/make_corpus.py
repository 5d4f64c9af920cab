#!/usr/bin/env python3
"""Build the "unseen-like" corpus: sample issues re-typeset in new designs, then re-extracted.

For each sample issue that has a gold file, the gold supplies the structure (titles,
subtitles, columns, bylines, kinds) and qtread's own parse supplies the body text. Every
issue is typeset with WeasyPrint in several magazine designs (see designs.py), each PDF is
turned back into text by several extractors, and a gold file is derived for every text
from what the design printed and what the extractor produced. Nothing is hand-edited.

Run: .venv/bin/python scripts/corpus/make_corpus.py   (or `make corpus`): designs a-e, h, i
     .venv/bin/python scripts/corpus/make_corpus.py --set heldout   (or `make heldout`):
     the held-out designs f and g, other extractors, into corpus/heldout (never tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set unseen   (or `make unseen`):
     designs j and k, other extractors again, into corpus/unseen (never read or tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set fresh   (or `make fresh`):
     designs l and m, other extractor modes again, into corpus/fresh (never read or tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set fresh2   (or `make fresh2`):
     designs n and o, other extractor modes again, into corpus/fresh2 (never read or tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set fresh3   (or `make fresh3`):
     designs p and q, other extractor modes again, into corpus/fresh3 (never read or tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set fresh4   (or `make fresh4`):
     designs r and s, the default extractors again, into corpus/fresh4 (never read or tuned on)
     .venv/bin/python scripts/corpus/make_corpus.py --set fresh5   (or `make fresh5`):
     designs t and u, default extractors and two command-line tools' defaults, into
     corpus/fresh5 (development data, made to be studied)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from designs import (  # noqa: E402
    DESIGNS,
    FRESH2_DESIGNS,
    FRESH3_DESIGNS,
    FRESH4_DESIGNS,
    FRESH5_DESIGNS,
    FRESH_DESIGNS,
    HELDOUT_DESIGNS,
    UNSEEN_DESIGNS,
    Design,
    Issue,
    Item,
    Printed,
)

SHARED = REPO.parent / "shared"
SAMPLES = {
    "000": "000_0fa3e3df07c3a7ff.txt",
    "001": "001_fff16d27416bbd72.txt",
}
JOINED_MIN_CHARS = 15  # a joined check is a span of 15-30 characters of one paragraph
JOINED_MAX_CHARS = 30
JOINED_TARGET_COUNT = 24  # aim; FORMAT asks for 10-30 a file
JOINED_SPANS_PER_PARAGRAPH = 6  # candidates kept a paragraph; one is drawn
JOINED_START_STEP_CHARS = 2  # span starts tried every 2 characters
JOINED_MIN_NORM_CHARS = 12  # after normalisation, so a span is not mostly punctuation
ABSENT_MIN_NORM_CHARS = 4  # the scorer cannot check shorter strings meaningfully
COMPLETE_PROBE_CHARS = 16  # the start of each block that must reach the PDF
ABSENT_FIXED_MAX_COUNT = 20  # running heads, cover and TOC lines
ABSENT_PER_PAGE_MAX_COUNT = 10  # heads that carry a folio ("产业前沿 | 13")


def load_score() -> ModuleType:
    """The scorer's own norm() and title_match(), so alignment matches scoring exactly."""
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("qt_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = load_score()
norm: Callable[[str | None], str] = SCORE.norm


# ---------------------------------------------------------------- gather


def load_parser(rev: str, build: Path) -> tuple[str, Callable[[Path], dict[str, Any]]]:
    """qtread as committed at REV, unpacked beside the PDFs.

    The body text must not depend on whatever half-edited parser sits in the work tree
    (others edit qtread/parse/ while the corpus is made), so the parse comes from a commit.
    """
    # the last commit at or before REV that touched qtread/: names the parser, not the repo
    sha = subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--format=%H", rev, "--", "qtread"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    root = build / f"parser-{sha[:12]}"
    if not (root / "qtread" / "__init__.py").exists():
        root.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", sha, "qtread"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    sys.path.insert(0, str(root))
    for name in [m for m in sys.modules if m == "qtread" or m.startswith("qtread.")]:
        del sys.modules[name]
    from qtread.parse import parse_path
    from qtread.serialize import issue_to_dict

    def dump(path: Path) -> dict[str, Any]:
        """The model as `qtread dump` prints it."""
        return dict(issue_to_dict(parse_path(path)))

    return sha, dump


def align(gold: dict[str, Any], model: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Gold article index → parsed article, claimed as score.py claims them (required first)."""
    arts = SCORE.articles_of(model)
    used: set[int] = set()
    hits: dict[int, dict[str, Any]] = {}
    for pass_required in (True, False):
        for gi, g in enumerate(gold["articles"]):
            if bool(g.get("required", True)) != pass_required:
                continue
            for i, art in enumerate(arts):
                if i not in used and SCORE.title_match(g["title"], art):
                    hits[gi] = art
                    used.add(i)
                    break
    return hits


def credits(gold_art: dict[str, Any], art: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Bylines to print: the parse's roles when its names are the gold's names, else 文 + gold."""
    names = list(gold_art.get("bylines") or [])
    if not names:
        return []
    parsed = [(b["role"], list(b["names"])) for b in art.get("bylines") or []]
    if sorted(n for _, ns in parsed for n in ns) == sorted(names):
        return parsed
    return [("文", names)]


def gather(key: str, dump: Callable[[Path], dict[str, Any]]) -> Issue:
    """One sample as a typesettable issue: gold structure with the parse's body blocks."""
    gold = json.loads((SHARED / "gold" / f"gold-{key}.json").read_text(encoding="utf-8"))
    model = dump(SHARED / "samples" / SAMPLES[key])
    hits = align(gold, model)
    items = []
    for gi, g in enumerate(gold["articles"]):
        art = hits.get(gi)
        if art is None or not art.get("blocks"):
            continue  # no body to typeset: the unit is left out of this corpus issue
        blocks = [
            (b["type"], b["text"].strip(), b.get("date"))
            for b in art["blocks"]
            if b["text"].strip()
        ]
        items.append(
            Item(
                title=g["title"],
                subtitle=g.get("subtitle"),
                section=g.get("section"),
                names=list(g.get("bylines") or []),
                credits=credits(g, art),
                kind=g.get("kind", "article"),
                required=bool(g.get("required", True)),
                blocks=blocks,
            )
        )
    meta = gold["metadata"]
    return Issue(
        key=key,
        title=meta["title"],
        number=meta["issue_number"],
        year=meta["year"],
        month=meta["month"],
        items=items,
    )


# ---------------------------------------------------------------- extract


def _pdftotext(pdf: Path, *options: str) -> str:
    """poppler's `pdftotext` with OPTIONS, UTF-8 to standard output."""
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


def _plumber(pdf: Path, **options: Any) -> str:
    """pdfplumber's extract_text(**OPTIONS) page by page, pages joined by a newline."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pages = [page.extract_text(**options) or "" for page in doc.pages]
    return "\n".join(pages) + "\n"


def _pdfminer(pdf: Path, **laparams: Any) -> str:
    """pdfminer.six's high_level.extract_text(), with LAParams(**LAPARAMS) if any are given."""
    from pdfminer.high_level import extract_text as pdfminer_text
    from pdfminer.layout import LAParams

    if not laparams:
        return str(pdfminer_text(str(pdf)))
    return str(pdfminer_text(str(pdf), laparams=LAParams(**laparams)))


def _mupdf4llm(pdf: Path, **options: Any) -> Any:
    """pymupdf4llm's to_markdown(**OPTIONS), quiet: it advertises pymupdf_layout on stdout.
    Its result: the Markdown, or the page chunks where OPTIONS ask for them."""
    import pymupdf4llm

    with contextlib.redirect_stdout(io.StringIO()):
        return pymupdf4llm.to_markdown(str(pdf), show_progress=False, **options)


def _chunk_texts(chunks: Any) -> str:
    """The texts of pymupdf4llm's page chunks, joined by a newline."""
    return "\n".join(str(chunk["text"]) for chunk in chunks)


def extract_raw(pdf: Path) -> str:
    """poppler's `pdftotext -raw`: one printed line a line, in content-stream order."""
    return _pdftotext(pdf, "-raw")


def extract_plumber(pdf: Path) -> str:
    """pdfplumber's extract_text() page by page, with its defaults (lines by position)."""
    return _plumber(pdf)


def extract_md(pdf: Path) -> str:
    """pymupdf4llm's Markdown: headings from font size, column boxes detected."""
    return str(_mupdf4llm(pdf))


def extract_text(pdf: Path) -> str:
    """poppler's `pdftotext` with its defaults: reading order, columns and blocks detected."""
    return _pdftotext(pdf)


def extract_layout(pdf: Path) -> str:
    """poppler's `pdftotext -layout`: the physical layout kept with spaces, columns side by side."""
    return _pdftotext(pdf, "-layout")


def extract_mupdf(pdf: Path) -> str:
    """PyMuPDF's plain page.get_text(), pages concatenated: content-stream order of blocks."""
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "".join(str(page.get_text()) for page in doc)


def extract_pdfminer(pdf: Path) -> str:
    """pdfminer.six's high_level.extract_text() with its default LAParams."""
    return _pdfminer(pdf)


def extract_minerpos(pdf: Path) -> str:
    """pdfminer.six with LAParams(boxes_flow=None): text boxes ordered by position alone."""
    return _pdfminer(pdf, boxes_flow=None)


def extract_plumblay(pdf: Path) -> str:
    """pdfplumber's extract_text(layout=True): the page in characters, columns side by side."""
    return _plumber(pdf, layout=True)


def extract_blocks(pdf: Path) -> str:
    """PyMuPDF's get_text("blocks", sort=True): text blocks top to bottom, then left to right."""
    import pymupdf

    out = []
    with pymupdf.open(str(pdf)) as doc:
        for page in doc:
            for block in page.get_text("blocks", sort=True):
                if block[6] == 0:  # a text block (1 = image)
                    out.append(str(block[4]).rstrip("\n") + "\n")
    return "".join(out)


def extract_pdfium(pdf: Path) -> str:
    """PDFium (pypdfium2) get_text_range() page by page, its CRLF line ends made LF."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return "\n".join(pages) + "\n"


def extract_pypdf(pdf: Path) -> str:
    """pypdf's extract_text() with its defaults (plain mode), pages joined by a newline."""
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    return "\n".join(page.extract_text() for page in reader.pages) + "\n"


def extract_pypdflay(pdf: Path) -> str:
    """pypdf's extract_text(extraction_mode="layout"): the page drawn in characters."""
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    return "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages) + "\n"


def extract_plumflow(pdf: Path) -> str:
    """pdfplumber's extract_text(use_text_flow=True): characters in content-stream order."""
    return _plumber(pdf, use_text_flow=True)


def extract_minerwide(pdf: Path) -> str:
    """pdfminer.six with LAParams(line_margin=1.5, char_margin=4.0): looser, larger boxes."""
    return _pdfminer(pdf, line_margin=1.5, char_margin=4.0)


def extract_mupdfsort(pdf: Path) -> str:
    """PyMuPDF's page.get_text("text", sort=True): lines top to bottom, then left to right."""
    import pymupdf

    with pymupdf.open(str(pdf)) as doc:
        return "".join(str(page.get_text("text", sort=True)) for page in doc)


def extract_minervert(pdf: Path) -> str:
    """pdfminer.six with LAParams(detect_vertical=True, all_texts=True): vertical lines too."""
    return _pdfminer(pdf, detect_vertical=True, all_texts=True)


def extract_fixed(pdf: Path) -> str:
    """poppler's `pdftotext -fixed 4`: physical layout on a fixed pitch of 4 points a character."""
    return _pdftotext(pdf, "-fixed", "4")


def extract_colsp(pdf: Path) -> str:
    """poppler's `pdftotext -nopgbrk -colspacing 0.3`: reading order, old column spacing, no FF."""
    return _pdftotext(pdf, "-nopgbrk", "-colspacing", "0.3")


def extract_plumtol(pdf: Path) -> str:
    """pdfplumber's extract_text(x_tolerance=1, y_tolerance=1): tight word and line grouping."""
    return _plumber(pdf, x_tolerance=1, y_tolerance=1)


def extract_mdflat(pdf: Path) -> str:
    """pymupdf4llm 0.0.x Markdown with no # headings, no graphics analysis, page separators.

    ignore_graphics=True also keeps it deterministic: with vector graphics on a page, 0.0.x's
    column_boxes caches "is this box on a background" under id() of short-lived rectangles,
    so a reused id now and then changes the blank lines it writes (seen on design m's first
    page, about one run in thirty).
    """
    return str(_mupdf4llm(pdf, hdr_info=False, ignore_graphics=True, page_separators=True))


def extract_blocksflow(pdf: Path) -> str:
    """PyMuPDF's get_text("blocks") unsorted: text blocks in content-stream order, a blank
    line after each."""
    import pymupdf

    out = []
    with pymupdf.open(str(pdf)) as doc:
        for page in doc:
            for block in page.get_text("blocks"):
                if block[6] == 0:  # a text block (1 = image)
                    out.append(str(block[4]).rstrip("\n") + "\n\n")
    return "".join(out)


def extract_plumsimple(pdf: Path) -> str:
    """pdfplumber's extract_text_simple(): characters clustered into lines by their tops, each
    line left to right, page by page, pages joined by a newline."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pages = [page.extract_text_simple() or "" for page in doc.pages]
    return "\n".join(pages) + "\n"


def extract_plumwide(pdf: Path) -> str:
    """pdfplumber's extract_text(layout=True, x_density=4.5, y_density=10): the page drawn in
    characters on a finer grid than plumblay's (7.25, 13), so wider and with more blank lines."""
    return _plumber(pdf, layout=True, x_density=4.5, y_density=10)


def extract_mdpages(pdf: Path) -> str:
    """pymupdf4llm 0.0.x Markdown page by page (page_chunks=True), headings from font size,
    no graphics analysis, the pages' texts joined by a newline.

    ignore_graphics=True for determinism, as in extract_mdflat.
    """
    return _chunk_texts(_mupdf4llm(pdf, page_chunks=True, ignore_graphics=True))


def extract_minertight(pdf: Path) -> str:
    """pdfminer.six with LAParams(char_margin=1.0, line_margin=0.25, word_margin=0.2): tighter,
    smaller boxes than the defaults (2.0, 0.5, 0.1)."""
    return _pdfminer(pdf, char_margin=1.0, line_margin=0.25, word_margin=0.2)


def extract_pypdfflat(pdf: Path) -> str:
    """pypdf's extract_text(extraction_mode="layout", layout_mode_space_vertical=False): the
    page drawn in characters without the blank lines that stand for vertical gaps."""
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    pages = [
        page.extract_text(extraction_mode="layout", layout_mode_space_vertical=False)
        for page in reader.pages
    ]
    return "\n".join(pages) + "\n"


def extract_mupdfseg(pdf: Path) -> str:
    """PyMuPDF's page.get_text("text") with MuPDF's page segmentation (TEXT_SEGMENT: the page cut
    into regions before its lines are read), pages concatenated."""
    import pymupdf

    flags = pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_SEGMENT
    with pymupdf.open(str(pdf)) as doc:
        return "".join(str(page.get_text("text", flags=flags)) for page in doc)


def extract_pdfiumrects(pdf: Path) -> str:
    """PDFium (pypdfium2) text rectangles page by page: each rectangle PDFium finds (a run of
    text on one line in one font) on a line of its own, read with get_text_bounded()."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            runs = [
                textpage.get_text_bounded(*textpage.get_rect(i))
                for i in range(textpage.count_rects())
            ]
            pages.append("".join(r.replace("\r\n", "\n").replace("\r", "\n") + "\n" for r in runs))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return "\n".join(pages)


def extract_plumloose(pdf: Path) -> str:
    """pdfplumber's extract_text(x_tolerance=5, y_tolerance=6): loose word and line grouping
    (characters whose tops lie within 6 points share a line), pages joined by a newline."""
    return _plumber(pdf, x_tolerance=5, y_tolerance=6)


def extract_mdwords(pdf: Path) -> str:
    """pymupdf4llm 0.0.x Markdown with extract_words=True (page chunks, lines rebuilt from the
    words), no graphics analysis, the pages' texts joined by a newline.

    ignore_graphics=True for determinism, as in extract_mdflat.
    """
    return _chunk_texts(_mupdf4llm(pdf, extract_words=True, ignore_graphics=True))


def extract_bboxflow(pdf: Path) -> str:
    """poppler's `pdftotext -bbox-layout` read back flow by flow: each line's words joined by a
    space, a blank line after each block, a form feed after each page."""
    import xml.etree.ElementTree as ET

    xhtml = _pdftotext(pdf, "-bbox-layout")
    ns = "{http://www.w3.org/1999/xhtml}"
    out = []
    for page in ET.fromstring(xhtml).iter(f"{ns}page"):
        for block in page.iter(f"{ns}block"):
            for line in block.iter(f"{ns}line"):
                out.append(" ".join(w.text or "" for w in line.iter(f"{ns}word")) + "\n")
            out.append("\n")
        out.append("\f")
    return "".join(out)


def extract_minerflow(pdf: Path) -> str:
    """pdfminer.six with LAParams(boxes_flow=1.0): text boxes ordered by their vertical position
    alone (the default 0.5 weighs horizontal position too)."""
    return _pdfminer(pdf, boxes_flow=1.0)


def _command(args: list[str]) -> str:
    """A command's standard output as UTF-8 text, run in UTF-8 mode (a console script of the
    venv's Python prints what a user's UTF-8 terminal would get)."""
    env = {**os.environ, "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(args, check=True, capture_output=True, env=env).stdout
    return out.decode("utf-8")


def _venv_tool(name: str) -> str:
    """The console script NAME installed beside the Python that runs this generator."""
    return str(Path(sys.executable).parent / name)


def extract_mupdflay(pdf: Path) -> str:
    """PyMuPDF's command-line tool with its defaults, `pymupdf gettext FILE` (layout mode: the
    page's lines laid out in characters on a grid, columns side by side, a form feed after each
    page), read back from the file it writes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.txt"
        _command([_venv_tool("pymupdf"), "gettext", "-output", str(out), str(pdf)])
        return out.read_bytes().decode("utf-8")


def extract_pdfiumcli(pdf: Path) -> str:
    """pypdfium2's command-line tool with its defaults, `pypdfium2 extract-text FILE`: each page's
    get_text_range() after a "# Page N" line, pages apart by a blank line, PDFium's CRLF line
    ends kept as the tool prints them."""
    return _command([_venv_tool("pypdfium2"), "extract-text", str(pdf)])


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "raw": extract_raw,
    "plumber": extract_plumber,
    "md": extract_md,
    "text": extract_text,
    "layout": extract_layout,
    "mupdf": extract_mupdf,
    "pdfminer": extract_pdfminer,
    # held out (f, g), alone or beside raw, layout and md
    "minerpos": extract_minerpos,
    "plumblay": extract_plumblay,
    "blocks": extract_blocks,
    # unseen (j, k)
    "pdfium": extract_pdfium,
    "pypdf": extract_pypdf,
    "pypdflay": extract_pypdflay,
    "plumflow": extract_plumflow,
    "minerwide": extract_minerwide,
    # fresh (l, m)
    "mupdfsort": extract_mupdfsort,
    "minervert": extract_minervert,
    "fixed": extract_fixed,
    "colsp": extract_colsp,
    "plumtol": extract_plumtol,
    "mdflat": extract_mdflat,
    # fresh2 (n, o)
    "blocksflow": extract_blocksflow,
    "plumsimple": extract_plumsimple,
    "plumwide": extract_plumwide,
    "mdpages": extract_mdpages,
    "minertight": extract_minertight,
    "pypdfflat": extract_pypdfflat,
    # fresh3 (p, q)
    "mupdfseg": extract_mupdfseg,
    "pdfiumrects": extract_pdfiumrects,
    "plumloose": extract_plumloose,
    "mdwords": extract_mdwords,
    "bboxflow": extract_bboxflow,
    "minerflow": extract_minerflow,
    # fresh5 (t, u)
    "mupdflay": extract_mupdflay,
    "pdfiumcli": extract_pdfiumcli,
}
SETS: dict[str, tuple[list[Design], str]] = {
    "corpus": (DESIGNS, "corpus"),
    "heldout": (HELDOUT_DESIGNS, "corpus/heldout"),
    "unseen": (UNSEEN_DESIGNS, "corpus/unseen"),
    "fresh": (FRESH_DESIGNS, "corpus/fresh"),
    "fresh2": (FRESH2_DESIGNS, "corpus/fresh2"),
    "fresh3": (FRESH3_DESIGNS, "corpus/fresh3"),
    "fresh4": (FRESH4_DESIGNS, "corpus/fresh4"),
    "fresh5": (FRESH5_DESIGNS, "corpus/fresh5"),
}


def check_complete(issue: Issue, pdf: Path) -> None:
    """Stop when the PDF lost text: the gold would list articles nobody can find.

    WeasyPrint has dropped the end of long multi-column boxes before; every title and the
    start of every block must be in the PDF's text (pdftotext -raw, normalised); a block may
    have its first letter elsewhere (design d's drop caps are drawn after their paragraph).
    """
    have = norm(extract_raw(pdf))
    lost = []
    for item in issue.items:
        probes = [item.title] + [text[:COMPLETE_PROBE_CHARS] for _, text, _ in item.blocks]
        lost += [p for p in probes if norm(p) and norm(p) not in have and norm(p[1:]) not in have]
    if lost:
        raise SystemExit(f"{pdf.name}: {len(lost)} pieces of text missing, e.g. {lost[:3]}")


# ---------------------------------------------------------------- gold


@dataclass
class Derived:
    """What the gold derivation found for one text, kept for the report."""

    joined: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    candidates: int = 0


def body_norms(issue: Issue) -> list[str]:
    """Every typeset body block, normalised: what an absent string must never be part of."""
    return [norm(text) for item in issue.items for _, text, _ in item.blocks]


def furniture_free_stream(lines: list[str], furniture: list[str]) -> str:
    """The text's lines normalised and concatenated, skipping lines that are only furniture.

    A line is furniture when nothing but digits (folios) is left once every furniture
    string is taken out of it: extractors put a head and a foot on one line
    ("2 QIANTANG MAGAZINE NO.5 2020 3").
    """
    furn = sorted({norm(f) for f in furniture if norm(f)}, key=len, reverse=True)
    kept = []
    for line in lines:
        n = norm(line)
        rest = n
        for f in furn:
            if f in rest:
                rest = rest.replace(f, "")
        if not rest or rest.isdigit():
            continue
        kept.append(n)
    return "".join(kept)


def straddling_spans(para: str, stream: str, one_line: str) -> list[str]:
    """Up to JOINED_SPANS_PER_PARAGRAPH spans of PARA that the extraction splits over lines."""
    pn = norm(para)
    spans: list[str] = []
    for start in range(0, len(para) - JOINED_MIN_CHARS, JOINED_START_STEP_CHARS):
        for length in (22, 18, 26, JOINED_MIN_CHARS, JOINED_MAX_CHARS):
            span = para[start : start + length].strip()
            sn = norm(span)
            if len(span) < JOINED_MIN_CHARS or len(sn) < JOINED_MIN_NORM_CHARS:
                continue
            if sn in pn and sn in stream and sn not in one_line:
                spans.append(span)
                break
        if len(spans) >= JOINED_SPANS_PER_PARAGRAPH:
            break
    return spans


def pick_joined(issue: Issue, text: str, printed: Printed, seed: str) -> Derived:
    """Spans of one paragraph that this extraction splits over lines, verified one by one."""
    lines = text.splitlines()
    one_line = "\0".join(norm(line) for line in lines)  # a span in here lies in one line
    stream = furniture_free_stream(lines, printed.furniture + printed.maybe)
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))
    paragraphs = [
        text_
        for item in issue.items
        for kind, text_, _ in item.blocks
        if kind in ("paragraph", "chronology_entry") and len(norm(text_)) >= 40
    ]
    derived = Derived()
    found: list[str] = []
    # one check from each of JOINED_TARGET_COUNT stretches of the issue, so they spread out
    for k in range(JOINED_TARGET_COUNT):
        stretch = paragraphs[
            k * len(paragraphs) // JOINED_TARGET_COUNT : (k + 1)
            * len(paragraphs)
            // JOINED_TARGET_COUNT
        ]
        rng.shuffle(stretch)
        for para in stretch:
            derived.candidates += 1
            spans = straddling_spans(para, stream, one_line)
            if spans:
                found.append(spans[rng.randrange(len(spans))])
                break
    derived.joined = found
    return derived


def evenly(items: list[str], count: int) -> list[str]:
    """At most COUNT of ITEMS, spread over the list, in order."""
    if len(items) <= count:
        return items
    return [items[i * len(items) // count] for i in range(count)]


def pick_absent(issue: Issue, text: str, printed: Printed) -> list[str]:
    """Furniture the design printed that the extraction kept and that no body text contains."""
    bodies = body_norms(issue)
    text_norm = norm(text)
    seen: set[str] = set()

    whole_lines = {norm(line) for line in text.splitlines()}

    def verified(candidates: list[str], *, whole_line: bool = False) -> list[str]:
        """The candidates an absent check can use: long enough, extracted, never body text.

        A head with a folio must be a whole line: "民生频道 | 6" is inside "民生频道 | 60".
        """
        out = []
        for s in candidates:
            n = norm(s)
            if len(n) < ABSENT_MIN_NORM_CHARS or n in seen or n not in text_norm:
                continue
            if whole_line and n not in whole_lines:
                continue
            if any(n in b for b in bodies):
                continue
            seen.add(n)
            out.append(s)
        return out

    fixed = verified(printed.furniture)
    per_page = verified(printed.maybe, whole_line=True)
    return evenly(fixed, ABSENT_FIXED_MAX_COUNT) + evenly(per_page, ABSENT_PER_PAGE_MAX_COUNT)


def derive_gold(
    name: str, issue: Issue, design: Design, extractor: str, text: str, printed: Printed
) -> tuple[dict[str, Any], Derived]:
    """The gold file for one extracted text, in the format of shared/gold/FORMAT.md."""
    derived = pick_joined(issue, text, printed, name)
    derived.absent = pick_absent(issue, text, printed)
    meta = {
        "title": issue.title if "title" in design.prints else None,
        "issue_number": issue.number if "issue_number" in design.prints else None,
        "year": issue.year if "year" in design.prints else None,
        "month": issue.month if "month" in design.prints else None,
    }
    articles = [
        {
            "title": item.title,
            "subtitle": item.subtitle,
            "section": item.section,
            "bylines": item.names,
            "kind": item.kind,
            "required": item.required,
        }
        for item in issue.items
    ]
    gold = {
        "file": f"{name}.txt",
        "metadata": meta,
        "articles": articles,
        "joined": derived.joined,
        "absent": derived.absent,
        "notes": (
            f"Generated by scripts/corpus/make_corpus.py: sample {SAMPLES[issue.key]} typeset in "
            f"design {design.key} ({design.summary}) and extracted with {extractor}. Structure "
            f"from gold-{issue.key}.json, body text from qtread's parse; units with no parsed body "
            f"are left out. joined: spans of one paragraph that straddle a line break here; "
            f"absent: printed furniture found in this text and in no body paragraph."
        ),
    }
    return gold, derived


# ---------------------------------------------------------------- main


def main(argv: list[str]) -> int:
    """Typeset, extract and derive gold for every sample × design × extractor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="corpus",
        help="designs a-e, h, i into corpus/ (default), the held-out f-g into corpus/heldout/, "
        "the unseen j-k into corpus/unseen/, the fresh l-m into corpus/fresh/, the fresh2 n-o "
        "into corpus/fresh2/, the fresh3 p-q into corpus/fresh3/, the fresh4 r-s into "
        "corpus/fresh4/ or the fresh5 t-u into corpus/fresh5/",
    )
    parser.add_argument("--out", type=Path, help="output directory (default: the set's)")
    parser.add_argument("--build", type=Path, default=REPO / "build" / "corpus")
    parser.add_argument("--only", help="comma-separated names to make, e.g. 000-a-raw")
    parser.add_argument(
        "--parser-rev", default="HEAD", help="commit whose qtread parses the samples (HEAD)"
    )
    args = parser.parse_args(argv)
    if not (SHARED / "gold").is_dir():
        print(f"make_corpus: {SHARED / 'gold'} is missing", file=sys.stderr)
        return 2
    only = set(args.only.split(",")) if args.only else None
    designs, out_default = SETS[args.set]
    args.out = args.out or REPO / out_default
    texts_dir, gold_dir = args.out / "texts", args.out / "gold"
    for d in (texts_dir, gold_dir, args.build):
        d.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sha, dump = load_parser(args.parser_rev, args.build)
    print(f"body text from qtread at {sha[:12]} ({args.parser_rev})")
    made = 0
    # one entry a text: its SHA-256 and the parser commit its gold came from; --only keeps
    # the other entries, so texts made at different commits stay truthfully labelled
    manifest_path = args.out / "MANIFEST.json"
    files: dict[str, dict[str, str]] = {}
    if only is not None and manifest_path.exists():
        files = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
    for key in SAMPLES:
        issue = gather(key, dump)
        for design in designs:
            wanted = [
                ex for ex in design.extractors if only is None or f"{key}-{design.key}-{ex}" in only
            ]
            if not wanted:
                continue
            t0 = time.perf_counter()
            pdf = args.build / f"{key}-{design.key}.pdf"
            printed = design.render(issue, pdf)
            check_complete(issue, pdf)
            render_s = time.perf_counter() - t0
            for ex in wanted:
                name = f"{key}-{design.key}-{ex}"
                text = EXTRACTORS[ex](pdf)
                gold, derived = derive_gold(name, issue, design, ex, text, printed)
                (texts_dir / f"{name}.txt").write_text(text, encoding="utf-8")
                (gold_dir / f"{name}.json").write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                made += 1
                files[name] = {
                    "parser_commit": sha,
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                }
                print(
                    f"{name:16} {printed.pages:3d} pages (render {render_s:4.1f} s) "
                    f"{len(text.splitlines()):5d} lines  articles {len(gold['articles']):2d}  "
                    f"joined {len(derived.joined):2d} ({derived.candidates} paragraphs tried)  "
                    f"absent {len(derived.absent):2d}"
                )
    if only is None or manifest_path.exists():
        manifest_path.write_text(
            json.dumps({"files": files}, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    print(f"made {made} texts in {time.perf_counter() - started:.1f} s → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
