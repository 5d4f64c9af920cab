"""Export themes: the reader's themes (themes/*.toml) recolour the default stylesheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.errors import QtreadError
from qtread.paths import themes_dir
from qtread.render import themes as render_themes
from qtread.render.themes import BASE_STYLESHEET, theme_css
from qtread.themes import DEFAULT_THEME, UnknownThemeError, check_theme_name, theme_files
from tests.test_cli import run


def test_read_and_export_take_the_same_theme_names_and_default() -> None:
    names = [spec.name for spec in theme_files()]
    assert names[:3] == ["paper", "night", "sepia"] and DEFAULT_THEME == "paper"
    for name in names:
        assert check_theme_name(name).name == name
        assert theme_css(name).startswith(theme_css(BASE_STYLESHEET))
    for command in (["read", "--theme"], ["export", "--to", "md", "--theme"]):
        refused = run(*command, "default", "samples/000_0fa3e3df07c3a7ff.txt")
        assert refused.returncode == 2
        assert refused.stderr.decode() == (
            "qtread: unknown theme 'default'; choose from paper, night, sepia\n"
        )
    with pytest.raises(UnknownThemeError):
        theme_css("textual-dark")


@pytest.mark.parametrize("name", ["paper", "night", "sepia"])
def test_a_reader_theme_sets_the_default_stylesheets_colours(name: str) -> None:
    css = theme_css(name)
    assert css.startswith(theme_css(BASE_STYLESHEET))
    palette = css[len(theme_css(BASE_STYLESHEET)) :]
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
