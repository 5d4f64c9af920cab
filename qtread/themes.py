"""The theme files under `themes/`, read in one place for the reader and the exports.

A `NAME.toml` names six colours (`[colors]` background, foreground, muted, accent,
highlight, rule, each `#rgb` or `#rrggbb`) and whether it is dark: the reader turns it into
a Textual theme (`qtread.tui.themes`), the exports into CSS variables over the base
stylesheet `default.css` (`qtread.render.themes`). A file that says less, or names a
colour that is no colour, is refused here, for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.paths import themes_dir

#: The bundled themes, in the order the reader cycles through them.
THEME_ORDER = ("paper", "night", "sepia")
#: The theme `read` and `export` use unless told otherwise (or the reader remembers one).
DEFAULT_THEME = THEME_ORDER[0]
COLOR_KEYS = ("background", "foreground", "muted", "accent", "highlight", "rule")
_HEX_COLOR = re.compile(r"^#(?:[0-9A-Fa-f]{3}){1,2}$")


class UnknownThemeError(QtreadError):
    """`--theme` named no theme file."""


@dataclass(frozen=True, slots=True)
class ThemeFile:
    """A theme file read: its name, whether it is dark, its six colours."""

    name: str
    dark: bool
    colors: dict[str, str]


def read_theme(path: Path) -> ThemeFile:
    """Parse one theme file; raises ValueError naming what is wrong (a TOML error is one)."""
    import tomllib  # when a theme is read, not when a command starts

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    colors = data.get("colors", {})
    missing = [key for key in COLOR_KEYS if not isinstance(colors.get(key), str)]
    if missing:
        raise ValueError(f"{path.name}: [colors] lacks {', '.join(missing)}")
    wrong = [key for key in COLOR_KEYS if not _HEX_COLOR.match(colors[key])]
    if wrong:
        raise ValueError(f"{path.name}: [colors] {', '.join(wrong)}: not a #rgb colour")
    chosen = {key: colors[key] for key in COLOR_KEYS}
    return ThemeFile(str(data.get("name", path.stem)), bool(data.get("dark", False)), chosen)


def theme_files(directory: Path | None = None) -> list[ThemeFile]:
    """Every readable theme file, the bundled order first; a bad file is skipped with a
    warning in the log (one broken file must not take the others with it)."""
    folder = directory if directory is not None else themes_dir()
    themes: dict[str, ThemeFile] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            spec = read_theme(path)
        except (OSError, ValueError) as error:  # tomllib.TOMLDecodeError is a ValueError
            import logging

            logging.getLogger(__name__).warning("skipping theme %s: %s", path, error)
            continue
        themes[spec.name] = spec
    ordered = [themes.pop(name) for name in THEME_ORDER if name in themes]
    return ordered + list(themes.values())


def check_theme_name(name: str, directory: Path | None = None) -> ThemeFile:
    """The theme file called NAME; else UnknownThemeError listing the names there are.
    The one rule `read --theme` and `export --theme` share: the same names, the same
    default, the same message."""
    themes = theme_files(directory)
    for spec in themes:
        if spec.name == name:
            return spec
    known = ", ".join(spec.name for spec in themes) or _("none installed")
    raise UnknownThemeError(
        _("unknown theme {name!r}; choose from {known}").format(name=name, known=known)
    )
