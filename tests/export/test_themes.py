"""Export themes: the reader's themes (themes/*.toml) recolour the default stylesheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.errors import QtreadError
from qtread.paths import themes_dir
from qtread.render import themes as render_themes
from qtread.render.themes import available_themes, theme_css
from qtread.themes import theme_files


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


def test_one_reader_of_theme_files_for_the_reader_and_the_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A theme file naming a colour that is none is refused alike: the reader skips it,
    the export says so in one line (its own reader left such a colour out without a
    word, and a PDF came out in the default's accent)."""
    good = (themes_dir() / "paper.toml").read_text("utf-8")
    (tmp_path / "ink.toml").write_text(
        good.replace('name = "paper"', 'name = "ink"').replace("#a0281e", "red"), "utf-8"
    )
    (tmp_path / "default.css").write_text("body {}", "utf-8")
    monkeypatch.setattr(render_themes, "themes_dir", lambda: tmp_path)
    theme_css.cache_clear()
    try:
        assert [spec.name for spec in theme_files(tmp_path)] == []
        with pytest.raises(QtreadError, match="accent: not a #rgb colour"):
            theme_css("ink")
    finally:
        theme_css.cache_clear()
    assert [spec.name for spec in theme_files()][:3] == ["paper", "night", "sepia"]
