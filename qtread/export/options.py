"""What to export and where: kept free of heavy imports so that the CLI starts fast."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from qtread.export.metadata import MetadataOverride
from qtread.model import SourceShape
from qtread.render.paper import Paper
from qtread.themes import DEFAULT_THEME


class Format(StrEnum):
    EPUB = "epub"
    PDF = "pdf"
    HTML = "html"
    MD = "md"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class Options:
    formats: tuple[Format, ...]
    out_dir: Path
    theme: str = DEFAULT_THEME
    paper: Paper = Paper.A5
    tag: str = ""  # marks this run's temporary files
    metadata: MetadataOverride = field(default_factory=MetadataOverride)  # --title…
    stylesheet: str = ""  # --css: the reader's CSS, after the theme's
    normalize_punct: bool | None = None  # --normalize-punct; None: for OCR text only
    shape: SourceShape | None = None  # --shape, --encoding, --profile: as `toc` reads
    encoding: str | None = None
    profile: Path | None = None
