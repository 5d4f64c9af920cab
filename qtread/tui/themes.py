"""Reader themes: `themes/*.toml` files turned into Textual themes.

A theme file names six colours (`[colors]` background, foreground, muted, accent,
highlight, rule); the exporters may read the same files. The reader-specific colours are
passed to Textual as `qtread-*` variables so any Textual theme can be used as well.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.theme import Theme

from qtread.paths import themes_dir

THEME_ORDER = ("paper", "night", "sepia")
DEFAULT_THEME = "paper"
COLOR_KEYS = ("background", "foreground", "muted", "accent", "highlight", "rule")


@dataclass(frozen=True, slots=True)
class ThemeFile:
    name: str
    dark: bool
    colors: dict[str, str]


def read_theme(path: Path) -> ThemeFile:
    """Parse one theme file; raises ValueError naming what is wrong."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    colors = data.get("colors", {})
    missing = [key for key in COLOR_KEYS if not isinstance(colors.get(key), str)]
    if missing:
        raise ValueError(f"{path.name}: [colors] lacks {', '.join(missing)}")
    return ThemeFile(str(data.get("name", path.stem)), bool(data.get("dark", False)), colors)


def to_textual(spec: ThemeFile) -> Theme:
    colors = spec.colors
    return Theme(
        name=spec.name,
        primary=colors["accent"],
        accent=colors["accent"],
        foreground=colors["foreground"],
        background=colors["background"],
        dark=spec.dark,
        variables={
            "qtread-muted": colors["muted"],
            "qtread-highlight": colors["highlight"],
            "qtread-rule": colors["rule"],
            "footer-background": colors["background"],
        },
    )


def load_themes(directory: Path | None = None) -> list[Theme]:
    """Every readable theme in the themes folder, bundled order first; bad files skipped."""
    folder = directory if directory is not None else themes_dir()
    themes: dict[str, Theme] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            spec = read_theme(path)
        except (OSError, ValueError) as error:  # tomllib.TOMLDecodeError is a ValueError
            logging.getLogger(__name__).warning("skipping theme %s: %s", path, error)
            continue
        themes[spec.name] = to_textual(spec)
    ordered = [themes.pop(name) for name in THEME_ORDER if name in themes]
    return ordered + list(themes.values())
