"""Export themes: the reader's themes (themes/*.toml) recolour the default stylesheet."""

from __future__ import annotations

import pytest

from qtread.errors import QtreadError
from qtread.render.themes import available_themes, theme_css


def test_reader_themes_are_export_themes() -> None:
    assert {"default", "paper", "night", "sepia"} <= set(available_themes())


@pytest.mark.parametrize("name", ["paper", "night", "sepia"])
def test_a_reader_theme_sets_the_default_stylesheets_colours(name: str) -> None:
    css = theme_css(name)
    assert css.startswith(theme_css("default"))
    palette = css[len(theme_css("default")) :]
    assert "--qt-foreground: #" in palette and "--qt-background: #" in palette
    assert "var(--qt-foreground" in css  # the default sheet reads the palette


def test_theme_names_are_never_paths() -> None:
    with pytest.raises(QtreadError, match="unknown theme"):
        theme_css("../themes/sepia")
