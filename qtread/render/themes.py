"""CSS: a theme from `themes/` (the look) plus the bundled layer for each output.

Themes are read from the bundled folder only, never from a path or URL named by an
issue, so rendering never fetches anything.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from pathlib import Path

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.paths import themes_dir

DEFAULT_THEME = "default"
TEMPLATES = Path(__file__).resolve().parent / "templates"
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_COLOR_KEYS = frozenset({"background", "foreground", "muted", "accent"})


class Paper(StrEnum):
    """The paper sizes the PDF is laid out for."""

    A5 = "a5"
    A4 = "a4"


#: Text width per paper: the page width less print.css's 15 mm side margins.
MEASURE_MM = {Paper.A5: 148 - 30, Paper.A4: 210 - 30}


def available_themes() -> list[str]:
    """The names `export --theme` takes: every stylesheet and theme file bundled."""
    return sorted(
        {path.stem for pattern in ("*.css", "*.toml") for path in themes_dir().glob(pattern)}
    )


@cache
def theme_css(name: str = DEFAULT_THEME) -> str:
    """The theme's CSS; an unknown name is a usage error that lists the known ones.

    A theme is either a stylesheet (`NAME.css`) or a reader theme (`NAME.toml`), whose
    colours recolour the default stylesheet: one theme file serves reader and exports.
    """
    css, palette = themes_dir() / f"{name}.css", themes_dir() / f"{name}.toml"
    if _NAME.match(name) and css.is_file():
        return css.read_text(encoding="utf-8")
    if _NAME.match(name) and palette.is_file():
        return theme_css(DEFAULT_THEME) + _palette_css(palette)
    known = ", ".join(available_themes()) or _("none installed")
    raise QtreadError(
        _("unknown theme {name!r} (available: {known})").format(name=name, known=known)
    )


def _palette_css(path: Path) -> str:
    """The colours of a theme file (read as the reader reads it) as CSS variables."""
    from qtread.themes import read_theme  # TOML and its checks: not on every start

    try:
        colors = read_theme(path).colors
    except (OSError, ValueError) as error:
        raise QtreadError(_("theme {name!r}: {why}").format(name=path.stem, why=error)) from None
    declarations = "".join(
        f"  --qt-{key}: {value};\n" for key, value in sorted(colors.items()) if key in _COLOR_KEYS
    )
    return f"\n:root {{\n{declarations}}}\n"


@cache
def print_css(theme: str, paper: Paper) -> str:
    """Theme plus page layout for the PDF, at the given paper size."""
    layout = (TEMPLATES / "print.css").read_text(encoding="utf-8")
    layout = layout.replace("__PAPER__", paper.value.upper())
    return theme_css(theme) + "\n" + layout.replace("__MEASURE__", f"{MEASURE_MM[paper]}mm")


@cache
def epub_css(theme: str) -> str:
    """Theme plus hints for reading systems."""
    return theme_css(theme) + (TEMPLATES / "epub.css").read_text(encoding="utf-8")


@cache
def html_css(theme: str) -> str:
    """Theme plus a readable column on screen, for the standalone HTML export."""
    return theme_css(theme) + (TEMPLATES / "screen.css").read_text(encoding="utf-8")
