"""Kept parses: the next command on an issue loads the parse instead of making it, and
only when nothing that decides the parse has changed; a store that cannot be trusted,
read or written costs a parse, never a command."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qtread.model import SourceShape
from qtread.parse import cache, fingerprint, pipeline
from qtread.serialize import issue_to_dict

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SAMPLE_LINES = sorted(
    {line for path in SAMPLES for line in path.read_text("utf-8").splitlines() if line.strip()}
)
ISSUE = (
    "目录\n\n本刊记者 张三\n\n正文第一段，说了一件事。\n\n# 第二篇文章\n\n又一段正文。\n".encode()
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Kept parses on, in a folder of the test's own."""
    monkeypatch.delenv(cache.NO_CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache.store_dir()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the parser itself parsed (not loaded from the store)."""
    made: list[str] = []
    real = pipeline.parse_bytes

    def counted(data: bytes, name: str, **options: object) -> object:
        made.append(name)
        return real(data, name, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_bytes", counted)
    return made


def kept(store: Path) -> list[Path]:
    return sorted(store.glob("*.pickle")) if store.is_dir() else []


def test_the_second_parse_of_an_issue_is_loaded(store: Path, parses: list[str]) -> None:
    first = cache.parse_data(ISSUE, "a.md")
    second = cache.parse_data(ISSUE, "a.md")
    assert parses == ["a.md"] and len(kept(store)) == 1
    assert issue_to_dict(second) == issue_to_dict(first)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_a_kept_parse_is_the_parse(sample: Path, store: Path) -> None:
    fresh = pipeline.parse_path(sample)
    cache.parse_file(sample)
    loaded = cache.parse_file(sample)
    assert loaded is not fresh
    assert issue_to_dict(loaded) == issue_to_dict(fresh)
    assert loaded.dropped == fresh.dropped  # `info --dropped` reads the ledger from it


def test_each_thing_that_decides_a_parse_is_in_the_key(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "magazine.toml"
    profile.write_text("name = 'A'\n", "utf-8")
    base = cache._kept_at(ISSUE, "a.md", None, None, None)
    others = [
        cache._kept_at(ISSUE + b"x", "a.md", None, None, None),
        cache._kept_at(ISSUE, "b.md", None, None, None),
        cache._kept_at(ISSUE, "a.md", SourceShape.FLOWED, None, None),
        cache._kept_at(ISSUE, "a.md", None, "gb18030", None),
        cache._kept_at(ISSUE, "a.md", None, None, profile),
    ]
    profile.write_text("name = 'B'\n", "utf-8")
    others.append(cache._kept_at(ISSUE, "a.md", None, None, profile))
    monkeypatch.setattr(cache, "parser_fingerprint", lambda profile=None: "another parser")
    others.append(cache._kept_at(ISSUE, "a.md", None, None, None))
    assert base is not None and None not in others
    assert len({base, *others}) == 1 + len(others)


def test_the_parser_is_known_by_its_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "qtread"
    for name in ("parse/pipeline.py", "parse/segment/runs.py", "magazines/m.toml", "text/cjk.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x = 1\n")
    (package / "model.py").write_text("class Issue: ...\n")
    (package / "parse/__pycache__").mkdir()
    monkeypatch.setattr(fingerprint, "_PACKAGE", package)
    before = fingerprint.parser_fingerprint()
    (package / "parse/__pycache__/runs.pyc").write_bytes(b"compiled")  # not the code
    (package / "parse/notes.txt").write_text("not code either")
    assert fingerprint.parser_fingerprint() == before
    os.utime(package / "parse/segment/runs.py", ns=(1, 1))  # another version of the file
    assert fingerprint.parser_fingerprint() != before
    changed = fingerprint.parser_fingerprint()
    (package / "model.py").write_text("class Issue: pass\n")
    assert fingerprint.parser_fingerprint() != changed


def test_nothing_is_kept_when_the_user_says_so(
    store: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.NO_CACHE_VARIABLE, "1")
    cache.parse_data(ISSUE, "a.md")
    cache.parse_data(ISSUE, "a.md")
    assert parses == ["a.md", "a.md"] and kept(store) == []


def test_a_damaged_kept_parse_is_made_again(store: Path, parses: list[str]) -> None:
    cache.parse_data(ISSUE, "a.md")
    [path] = kept(store)
    path.write_bytes(path.read_bytes()[:100])
    cache.parse_data(ISSUE, "a.md")
    assert parses == ["a.md", "a.md"]
    path.write_bytes(pickle.dumps(["not", "an", "issue"]))
    assert cache.parse_data(ISSUE, "a.md").sections
    assert parses == ["a.md"] * 3 and cache._load(path) is not None  # kept again, whole


def test_a_kept_parse_others_could_write_is_never_unpickled(store: Path, parses: list[str]) -> None:
    cache.parse_data(ISSUE, "a.md")
    [path] = kept(store)
    path.chmod(0o622)
    cache.parse_data(ISSUE, "a.md")
    assert parses == ["a.md", "a.md"]
    assert path.stat().st_mode & 0o777 == 0o600  # and made again as only the user's


def test_a_store_that_cannot_be_written_costs_only_a_parse(
    store: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.pickle, "dump", full)
    assert cache.parse_data(ISSUE, "a.md").sections
    assert kept(store) == [] and list(store.iterdir()) == []  # nothing half-written
    store.rmdir()
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text("a file where the folder goes")
    monkeypatch.undo()
    assert cache.parse_data(ISSUE, "a.md").sections


def test_the_store_is_cut_back_least_recently_used_first(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"{number}.md" for number in range(4)]
    paths = [cache._kept_at(ISSUE, name, None, None, None) for name in names]
    for age, name in enumerate(names[:3]):
        cache.parse_data(ISSUE, name)
        os.utime(paths[age] or "", ns=(age * 10**9, age * 10**9))  # 0.md the oldest
    cache.parse_data(ISSUE, names[0])  # used again: the newest now
    largest = max(path.stat().st_size for path in kept(store))
    monkeypatch.setattr(cache, "STORE_MAX_BYTES", 3 * largest)
    cache.parse_data(ISSUE, names[3])
    assert kept(store) == sorted(path for path in paths if path != paths[1])


def test_the_second_command_does_not_import_the_parser(store: Path) -> None:
    sample = SAMPLES[0]
    env = {**os.environ, "XDG_CACHE_HOME": str(store.parent.parent)}

    def dump() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-X", "importtime", "-m", "qtread", "dump", str(sample)]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=True)

    first, second = dump(), dump()
    assert "qtread.parse.pipeline" in first.stderr
    assert "qtread.parse.pipeline" not in second.stderr
    assert second.stdout == first.stdout


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(SAMPLE_LINES), min_size=1, max_size=80).map("\n".join))
def test_whatever_the_issue_its_kept_parse_is_its_parse(store: Path, text: str) -> None:
    data = text.encode("utf-8")
    fresh = cache.parse_data(data, "issue.txt")
    loaded = cache.parse_data(data, "issue.txt")
    assert loaded is not fresh
    assert issue_to_dict(loaded) == issue_to_dict(fresh)
    assert loaded.dropped == fresh.dropped and loaded.warnings == fresh.warnings
