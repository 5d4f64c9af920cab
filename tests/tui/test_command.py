"""`qtread read` argument handling (the TUI itself is covered by test_app)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from qtread.cli.app import app
from qtread.cli.read import UnknownThemeError, check_theme
from qtread.errors import InputError, QtreadError


def test_known_themes_pass() -> None:
    for name in ("paper", "night", "sepia", "textual-dark", None):
        assert check_theme(name) is None  # no UnknownThemeError


def test_unknown_theme_is_a_clear_error() -> None:
    with pytest.raises(UnknownThemeError, match="paper, night, sepia"):
        check_theme("neon")
    result = CliRunner().invoke(app, ["read", "--theme", "neon"])
    assert isinstance(result.exception, UnknownThemeError)


def test_standard_input_is_refused() -> None:
    result = CliRunner().invoke(app, ["read", "-"])
    assert isinstance(result.exception, InputError)


def test_missing_file_propagates_input_error() -> None:
    result = CliRunner().invoke(app, ["read", "/nonexistent/issue.txt"])
    assert isinstance(result.exception, QtreadError)
