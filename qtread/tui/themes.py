"""Reader themes: the theme files (read by `qtread.themes`, as the exports read them)
turned into Textual themes. The reader-specific colours are passed to Textual as
`qtread-*` variables so any Textual theme can be used as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.theme import Theme

from qtread.themes import DEFAULT_THEME, ThemeFile, theme_files

__all__ = ["DEFAULT_THEME", "load_themes", "to_textual"]


def to_textual(spec: ThemeFile) -> Theme:
    """A theme file as a Textual theme, its reader-only colours as `qtread-*` variables."""
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


def use_themes(app: App[Any], themes: list[Theme], *choices: str | None) -> None:
    """Register THEMES with APP and put on the first of CHOICES given (`--theme`, then the
    one remembered), else the default; a name APP does not know is the default too."""
    for theme in themes:
        app.register_theme(theme)
    wanted = next((choice for choice in choices if choice), DEFAULT_THEME)
    app.theme = wanted if wanted in app.available_themes else DEFAULT_THEME


def load_themes(directory: Path | None = None) -> list[Theme]:
    """Every readable theme file as a Textual theme, the bundled order first."""
    return [to_textual(spec) for spec in theme_files(directory)]


def variable_defaults(theme: Theme) -> dict[str, str]:
    """The `qtread-*` colours for a theme that names none (Textual's own): muted text and
    rules between its foreground and background, matches in its warning colour."""
    from textual.color import Color

    system = theme.to_color_system().generate()
    foreground = Color.parse(system["foreground"])
    background = Color.parse(system["background"])
    return {
        "qtread-muted": foreground.blend(background, 0.4).hex,
        "qtread-rule": foreground.blend(background, 0.7).hex,
        "qtread-highlight": theme.warning or "#f0c000",
    }
