"""Chinese where the locale asks for it (issue 13): help, qtread's errors, usage errors;
English elsewhere; and a catalogue that covers every message qtread marks."""

from __future__ import annotations

import gettext
import subprocess
import sys

import pytest
from test_cli import ROOT, SAMPLES, run
from typer.main import get_command

from qtread.cli.app import app
from qtread.i18n import DOMAIN, LOCALE_DIR

#: Every variable gettext reads, emptied (so skipped) but LANG: the runner's own locale
#: must not decide the language these tests see.
_UNSET = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "QTREAD_LANG": ""}
CHINESE = {**_UNSET, "LANG": "zh_CN.UTF-8"}
ENGLISH = {**_UNSET, "LANG": "en_US.UTF-8"}


def test_help_is_chinese_under_a_chinese_locale() -> None:
    result = run("--help", env=CHINESE)
    text = result.stdout.decode()
    assert result.returncode == 0
    for words in ("阅读并导出", "选项", "命令", "显示本帮助后退出", "输出目录：栏目"):
        assert words in text, words
    assert "Show this message" not in text
    assert "Print the table of contents" not in text


@pytest.mark.parametrize("command", ["export", "toc", "read", "search", "library add"])
def test_chinese_help_is_whole_on_an_80_column_terminal(command: str) -> None:
    """Rich wraps only at spaces: typer cut each Chinese help text longer than its cell
    to one line and an ellipsis. Folded now, every text is there in full."""
    result = run(*command.split(), "--help", env={**CHINESE, "COLUMNS": "80"})
    text = result.stdout.decode()
    assert result.returncode == 0 and "…" not in text
    cells = "".join(
        line.split("│")[1].strip().split("  ")[-1]
        for line in text.splitlines()
        if line.count("│") == 2
    )
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"])
    help_text = catalogue.gettext("Your stylesheet, after the theme's (EPUB, HTML, PDF).")
    if command == "export":
        assert help_text.replace(" ", "") in cells.replace(" ", "")


def test_every_help_text_has_a_translation() -> None:
    chinese = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"])
    group = get_command(app)
    texts = [group.help]
    for command in group.commands.values():  # type: ignore[attr-defined]
        texts.append(command.help)
        texts += [getattr(param, "help", None) for param in command.params]
    untranslated = [t for t in texts if t and chinese.gettext(t) == t]
    assert untranslated == []


@pytest.mark.parametrize(
    ("args", "chinese"),
    [
        (("toc", "/no/such/issue.txt"), "qtread: /no/such/issue.txt: 没有这个文件\n"),
        (("dump", "--encoding", "rot13", str(SAMPLES[0])), "'rot13' 不是文本编码"),
        (("info", str(ROOT)), "是一个目录"),
    ],
)
def test_errors_are_chinese_under_a_chinese_locale(args: tuple[str, ...], chinese: str) -> None:
    result = run(*args, env=CHINESE)
    assert result.returncode == 2
    assert chinese in result.stderr.decode()


@pytest.mark.parametrize(
    ("args", "chinese"),
    [(("toc",), "缺少参数 'FILE'"), (("tocx",), "没有命令 'tocx'。是否要用 'toc'？")],
)
def test_usage_errors_are_chinese(args: tuple[str, ...], chinese: str) -> None:
    result = run(*args, env=CHINESE)
    assert result.returncode == 2
    assert chinese in result.stderr.decode()


def test_qtread_lang_overrides_the_locale() -> None:
    assert (
        "没有这个文件"
        in run("toc", "/x", env={"LANG": "C", "QTREAD_LANG": "zh_CN"}).stderr.decode()
    )
    english = run("toc", "/x", env={"LANG": "zh_CN.UTF-8", "QTREAD_LANG": "en"})
    assert english.stderr.decode() == "qtread: /x: no such file\n"


def test_english_stays_the_default_elsewhere() -> None:
    for env in (ENGLISH, {**_UNSET, "LANG": "C"}, {**CHINESE, "LC_ALL": "C"}):
        assert run("toc", "/x", env=env).stderr.decode() == "qtread: /x: no such file\n", env


def test_the_catalogues_are_complete_and_compiled() -> None:
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "catalogs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_what_a_terminal_shows_is_chinese_and_what_a_pipe_gets_stays_english() -> None:
    terminal = run("info", SAMPLES[0], env={**CHINESE, "FORCE_COLOR": "1"}).stdout.decode()
    assert "汉字" in terminal and "略去的行" in terminal
    toc = run("toc", SAMPLES[0], env={**CHINESE, "FORCE_COLOR": "1"}).stdout.decode()
    assert "页码" in toc and "署名" in toc
    piped = run("info", SAMPLES[0], env=CHINESE).stdout.decode()
    assert "Han characters:" in piped
    assert not any(line.startswith(("文件", "汉字")) for line in piped.splitlines())
