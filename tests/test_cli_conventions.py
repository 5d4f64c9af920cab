"""What people expect of any command line: `-h`, shell completion, a licence, a version
that answers at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import ROOT, run

SCRIPT = Path(sys.executable).parent / "qtread"


def test_dash_h_is_help() -> None:
    short, long = run("-h"), run("--help")
    assert short.returncode == long.returncode == 0
    assert short.stdout == long.stdout
    assert b"toc" in short.stdout
    assert run("toc", "-h").stdout == run("toc", "--help").stdout


@pytest.mark.parametrize(
    ("words", "expected"),
    [("qtread to", {"toc"}), ("qtread toc --format ", {"text", "json", "markdown", "csv"})],
)
def test_bash_completes_commands_and_choices(words: str, expected: set[str]) -> None:
    env = {
        "_QTREAD_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = run(env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert set(result.stdout.decode().split()) == expected


def test_zsh_completes_choices() -> None:
    env = {"_QTREAD_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "qtread toc --format "}
    completion = run(env=env).stdout.decode()
    assert all(f'"{choice}"' in completion for choice in ("text", "json", "markdown", "csv"))


@pytest.mark.skipif(not SCRIPT.exists(), reason="qtread is not installed as a script")
def test_completion_installs_for_the_shell_it_runs_in(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", "-c", f"{SCRIPT} --install-completion"],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    script = tmp_path / ".bash_completions" / "qtread.sh"
    assert "_QTREAD_COMPLETE" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()


def test_the_declared_licence_is_shipped() -> None:
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()
    assert 'license-files = ["LICENSE"]' in (ROOT / "pyproject.toml").read_text()


@pytest.mark.parametrize("command", ["toc", "dump", "info", "read", "export", "search"])
def test_an_argument_is_shown_by_its_name_alone(command: str) -> None:
    """Not `FILE <str>` (typer's type column says nothing the name does not)."""
    shown = run(command, "--help", env={"COLUMNS": "100"}).stdout.decode()
    assert "<str>" not in shown
    assert "FILE" in shown or "QUERY" in shown


def test_a_run_builds_only_the_command_it_names() -> None:
    """The rest would cost typer their parameters (bench/startup.py); a misspelt or no
    command gets the whole command line, for its suggestions and help."""
    from qtread.cli.app import application

    def names(only: str | None) -> set[str]:
        app = application(only)
        commands = {info.callback.__name__ for info in app.registered_commands if info.callback}
        return commands | {group.typer_instance.info.name for group in app.registered_groups}

    everything = {"toc", "dump", "info", "read", "export", "search", "library"}
    assert names(None) == names("tocc") == names("--help") == everything
    assert names("toc") == {"toc"}
    assert names("library") == {"library"}
    assert b"Did you mean 'toc'" in run("tocc").stderr
