"""`qtread read` argument handling (the TUI itself is covered by test_app)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qtread.cli.app import app
from qtread.cli.read import check_theme
from qtread.errors import InputError, QtreadError
from qtread.themes import UnknownThemeError

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


def test_known_themes_pass() -> None:
    for name in ("paper", "night", "sepia", None):
        assert check_theme(name) is None  # no UnknownThemeError


def test_unknown_theme_is_a_clear_error() -> None:
    """The same names as `export --theme`: neither Textual's own themes nor the exports'
    base stylesheet are themes of their own."""
    for name in ("neon", "textual-dark", "default"):
        with pytest.raises(UnknownThemeError, match="paper, night, sepia"):
            check_theme(name)
    result = CliRunner().invoke(app, ["read", "--theme", "neon"])
    assert isinstance(result.exception, UnknownThemeError)


def test_standard_input_is_read_like_a_file() -> None:
    empty = CliRunner().invoke(app, ["read", "-"])
    assert isinstance(empty.exception, InputError) and "empty" in str(empty.exception)
    sample = SAMPLES[0].read_bytes()
    piped = CliRunner().invoke(app, ["read", "-", "--shape", "markdown"], input=sample)
    # parsed, then refused only because this runner's output is no terminal
    assert isinstance(piped.exception, QtreadError)
    assert "not a terminal" in str(piped.exception)


def test_read_takes_encoding_shape_and_profile_like_every_command() -> None:
    result = CliRunner().invoke(app, ["read", "--encoding", "ascii", str(SAMPLES[0])])
    assert isinstance(result.exception, InputError) and "not valid ascii" in str(result.exception)
    help_text = CliRunner().invoke(app, ["read", "--help"]).output
    assert all(option in help_text for option in ("--encoding", "--shape", "--profile"))


def test_output_to_a_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with out.open("wb") as stream:
        result = subprocess.run(
            [sys.executable, "-m", "qtread", "read", str(SAMPLES[0])],
            stdout=stream,
            stderr=subprocess.PIPE,
            env={**os.environ, "QTREAD_LANG": "en"},
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.decode().startswith("qtread: standard output is not a terminal")
    assert out.read_bytes() == b""  # no escape sequences written into it


def test_missing_file_propagates_input_error() -> None:
    result = CliRunner().invoke(app, ["read", "/nonexistent/issue.txt"])
    assert isinstance(result.exception, QtreadError)
