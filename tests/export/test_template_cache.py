"""Compiled templates kept between runs (render/html.py `_TemplateCache`): a second
environment loads them instead of compiling, and a cache folder that cannot be made or
written changes nothing but the time."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from qtread.render import html
from qtread.render.themes import TEMPLATES


def _environment(folder: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), bytecode_cache=html._TemplateCache(str(folder))
    )


def test_a_template_compiled_once_is_loaded_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "templates"
    _environment(folder).get_template("toc.j2")
    assert [path.suffix for path in folder.iterdir()] == [".cache"]
    compiled: list[str] = []
    original = Environment.compile

    def counting(self: Environment, source: str, *args: object, **kwargs: object) -> object:
        compiled.append(source)
        return original(self, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Environment, "compile", counting)
    template = _environment(folder).get_template("toc.j2")
    assert compiled == []
    assert template.render  # loaded, usable


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    environment = _environment(blocker / "templates")  # its parent is a file
    assert environment.get_template("toc.j2") is not None
    assert _environment(blocker / "templates").get_template("toc.j2") is not None


def test_the_environment_caches_in_the_users_cache_folder() -> None:
    cache = html.environment().bytecode_cache
    assert isinstance(cache, html._TemplateCache)
    assert Path(cache.directory).parts[-2:] == ("qtread", "templates")
