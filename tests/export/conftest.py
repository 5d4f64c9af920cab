"""Session fixtures: every sample and hand-made issue exported once, epubcheck run once.

Tests that use them share the xdist group "export", so that under `pytest -n 2 --dist
loadgroup` one worker builds everything once and the other runs the rest of the suite.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qtread.export.convert import convert_file
from qtread.export.epub import build_epub
from qtread.export.options import Format, Options
from qtread.export.pdf import write_pdf
from qtread.model import Issue
from qtread.parse import parse_path
from qtread.paths import samples_dir
from qtread.render.html import issue_view
from qtread.render.paper import Paper
from qtread.text.punctuation import as_wanted

from . import factory
from .helpers import epubcheck

SAMPLES = sorted(samples_dir().glob("*.txt"))


@dataclass
class Built:
    name: str
    issue: Issue
    epub: Path
    pdf: Path


def _build_issue(name: str, issue: Issue, out: Path) -> Built:
    view = issue_view(issue)
    epub = out / f"{name}.epub"
    epub.write_bytes(build_epub(view, "default"))
    pdf = out / f"{name}.pdf"
    with pdf.open("wb") as handle:
        write_pdf(view, handle, theme="default", paper=Paper.A5)
    return Built(name, issue, epub, pdf)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """Samples through the real per-file pipeline; hand-made issues straight through."""
    out = tmp_path_factory.mktemp("exports")
    result: dict[str, Built] = {}
    for sample in SAMPLES:
        options = Options(formats=(Format.EPUB, Format.PDF), out_dir=out / sample.stem)
        options.out_dir.mkdir()
        done = convert_file(str(sample), options, lambda stage: None)
        assert done.error is None, done.error
        epub, pdf = (Path(p) for p in done.outputs)
        exported = as_wanted(parse_path(sample), options.normalize_punct)  # as export had it
        result[sample.stem] = Built(sample.stem, exported, epub, pdf)
    for name, issue in (("magazine", factory.magazine()), ("hostile", factory.hostile())):
        result[name] = _build_issue(name, issue, out)
    # Hostile text as a file, through the parser as it is today.
    source = out / "hostile-file.txt"
    source.write_text("潮涌钱塘\n\n" + "\n\n".join(factory.HOSTILE) + "\n", encoding="utf-8")
    options = Options(formats=(Format.EPUB, Format.PDF), out_dir=out / "hostile-file")
    options.out_dir.mkdir()
    done = convert_file(str(source), options, lambda stage: None)
    assert done.error is None, done.error
    epub, pdf = (Path(p) for p in done.outputs)
    result["hostile-file"] = Built("hostile-file", parse_path(source), epub, pdf)
    return result


@pytest.fixture(scope="session")
def epubcheck_reports(built: dict[str, Built]) -> dict[str, dict[str, Any]]:
    reports = epubcheck([b.epub for b in built.values()])
    return {name: reports[b.epub] for name, b in built.items()}
