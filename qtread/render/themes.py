"""CSS: the base stylesheet `themes/default.css`, recoloured by a theme file (the reader's
themes: `qtread.themes`), plus the bundled layer for each output.

Themes are read from the bundled folder only, never from a path or URL named by an
issue, so rendering never fetches anything.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.paths import themes_dir
from qtread.render.paper import COLUMN_GAP_EMS, Paper, column_count, measure_mm, page_size
from qtread.themes import DEFAULT_THEME, check_theme_name

#: The base stylesheet every theme recolours (not a theme of its own).
BASE_STYLESHEET = "default"
TEMPLATES = Path(__file__).resolve().parent / "templates"
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_COLOR_KEYS = frozenset({"background", "foreground", "muted", "accent"})


@cache
def theme_css(name: str = DEFAULT_THEME) -> str:
    """The CSS of the theme called NAME: the base stylesheet in its colours. An unknown
    name is the error `read --theme` gives (`qtread.themes.check_theme_name`); the base
    stylesheet's own name gives it uncoloured."""
    base = (themes_dir() / f"{BASE_STYLESHEET}.css").read_text(encoding="utf-8")
    if name == BASE_STYLESHEET:
        return base
    palette = themes_dir() / f"{name}.toml"
    if not (_NAME.match(name) and palette.is_file()):
        check_theme_name(name)  # raises, naming the themes there are
    return base + _palette_css(palette)


def _palette_css(path: Path) -> str:
    """The colours of a theme file (read as the reader reads it) as CSS variables."""
    from qtread.themes import read_theme

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
    """Theme plus page layout for the PDF, at the given paper size (in two columns where
    the paper is wide enough, `render.paper.column_count`)."""
    layout = (TEMPLATES / "print.css").read_text(encoding="utf-8")
    layout = layout.replace("__PAPER__", page_size(paper))
    layout = layout.replace("__MEASURE__", f"{measure_mm(paper):g}mm")
    if column_count(paper) == 2:
        layout += _TWO_COLUMNS.replace("__GAP__", f"{COLUMN_GAP_EMS}em")
    return theme_css(theme) + "\n" + layout


#: An article's text in two balanced columns under its title, as a magazine of A4 sets it.
_TWO_COLUMNS = """
.article {
  columns: 2;
  column-gap: __GAP__;
}

.article-head {
  column-span: all;
}
"""


@cache
def epub_css(theme: str) -> str:
    """Theme plus hints for reading systems."""
    return theme_css(theme) + (TEMPLATES / "epub.css").read_text(encoding="utf-8")


@cache
def html_css(theme: str) -> str:
    """Theme plus a readable column on screen, for the standalone HTML export."""
    return theme_css(theme) + (TEMPLATES / "screen.css").read_text(encoding="utf-8")
