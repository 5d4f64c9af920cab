"""`qtread toc`, `info` and `dump` end to end: the installed entry point in a subprocess.

A subprocess is the only honest way to test what a pipe and a terminal get: stdout is
really not a TTY, and FORCE_COLOR=1 makes Rich behave as on a terminal. Assertions are
about invariants (every article listed, schemas hold, nothing raw reaches the terminal),
not about what today's parser finds in the samples.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DOCS = ROOT / "docs"


def run(
    *args: str | Path,
    stdin: bytes = b"",
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m qtread ARGS` as a pipe would: no TTY, no colour unless ENV asks."""
    base = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "NO_COLOR"}}
    # English, whatever the machine's locale: tests read the messages (test_i18n: Chinese)
    base.update({"COLUMNS": "120", "TERM": "xterm-256color", "QTREAD_LANG": "en"}, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "qtread", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=base,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


@cache
def dump(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out(run("dump", path)))
    return data


def articles(model: dict[str, Any]) -> list[dict[str, Any]]:
    return [article for section in model["sections"] for article in section["articles"]]


# --- The documented schemas, checked with jsonschema ---------------------------------------
# The published schemas are open (consumers ignore properties they do not know); the
# tests close every object that lists its properties, so a field added to serialize.py
# without docs fails here.


def closed(schema: Any) -> Any:
    """SCHEMA with `additionalProperties: false` wherever an object lists its properties
    and says nothing of others."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in result and "additionalProperties" not in result:
        result["additionalProperties"] = False
    return result


def validate(value: Any, schema_file: str) -> list[str]:
    schema = closed(json.loads((DOCS / schema_file).read_text("utf-8")))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(value)]


def test_schema_check_catches_undocumented_and_wrong_types(tmp_path: Path) -> None:
    schema = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    checker = Draft202012Validator(closed(schema))
    assert not list(checker.iter_errors({"a": 1}))
    assert list(checker.iter_errors({"a": True}))
    assert list(checker.iter_errors({"a": 1, "b": 2}))  # undocumented
    assert list(checker.iter_errors({}))


# --- toc ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_dump_matches_model_schema(sample: Path) -> None:
    assert validate(dump(sample), "model.schema.json") == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_toc_json_is_the_dump_without_blocks(sample: Path) -> None:
    document = json.loads(out(run("toc", "--format", "json", "--keep-punct", sample)))
    assert validate(document, "toc.schema.json") == []
    assert isinstance(document, dict)
    model = dump(sample)
    expected = [{k: v for k, v in a.items() if k != "blocks"} for a in articles(model)]
    assert articles(document) == expected
    assert document["metadata"] == model["metadata"]
    assert document["file"] == str(sample)


def test_toc_json_several_files_is_a_list_in_argument_order() -> None:
    documents = json.loads(out(run("toc", "-f", "json", SAMPLES[1], SAMPLES[0])))
    assert validate(documents, "toc.schema.json") == []
    assert [d["file"] for d in documents] == [str(SAMPLES[1]), str(SAMPLES[0])]


def test_toc_reads_standard_input() -> None:
    from_file = json.loads(out(run("toc", "-f", "json", SAMPLES[0])))
    from_stdin = json.loads(out(run("toc", "-f", "json", "-", stdin=SAMPLES[0].read_bytes())))
    assert from_stdin["file"] == "-"

    def shape(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(a["kind"], a["page"], a["lines"], a["bylines"]) for a in articles(doc)]

    assert shape(from_stdin) == shape(from_file)


def test_toc_text_piped_is_plain_and_lists_every_article() -> None:
    text = out(run("toc", "--keep-punct", *SAMPLES))
    assert "\x1b" not in text
    for sample in SAMPLES:
        assert str(sample) in text
        for article in articles(dump(sample)):
            assert article["title"] in text


def test_toc_text_on_a_terminal_is_a_rich_table() -> None:
    text = out(run("toc", SAMPLES[0], env={"FORCE_COLOR": "1"}))
    assert "\x1b[" in text
    assert "│" in text or "┃" in text
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    for article in articles(dump(SAMPLES[0])):
        assert article["title"][:10] in plain


def test_toc_markdown_has_a_heading_per_file_and_section() -> None:
    text = out(run("toc", "-f", "markdown", SAMPLES[0], SAMPLES[2]))
    lines = text.splitlines()
    assert sum(1 for line in lines if line.startswith("# ")) == 2
    sections = sum(len(dump(s)["sections"]) for s in (SAMPLES[0], SAMPLES[2]))
    assert sum(1 for line in lines if line.startswith("## ")) == sections
    items = sum(len(articles(dump(s))) for s in (SAMPLES[0], SAMPLES[2]))
    assert sum(1 for line in lines if line.startswith("- ")) == items


def test_toc_csv_is_one_table_with_a_file_column() -> None:
    rows = list(csv.DictReader(io.StringIO(out(run("toc", "-f", "csv", "--keep-punct", *SAMPLES)))))
    expected = [(str(s), a["id"], a["title"]) for s in SAMPLES for a in articles(dump(s))]
    assert [(r["file"], r["id"], r["title"]) for r in rows] == expected


# --- info --------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_info_reports_source_and_counts(sample: Path) -> None:
    text = out(run("info", sample))
    model = dump(sample)
    source = model["source"]
    fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    assert fields["Shape"].strip() == source["shape"]
    assert fields["Encoding"].strip() == source["encoding"]
    assert fields["SHA-256"].strip() == source["sha256"]
    assert f"{source['size']:,} bytes" in fields["Size"]
    assert fields["Sections"].strip().startswith(str(len(model["sections"])))
    assert fields["Articles"].strip().startswith(str(len(articles(model))))
    assert fields["Dropped lines"].strip().startswith(str(len(model["dropped"])))


def test_info_dropped_lists_every_ledger_line() -> None:
    sample = SAMPLES[2]
    listed = out(run("info", "--dropped", sample)).split("Every dropped line:\n", 1)[1]
    rows = [re.fullmatch(r" *(\d+)  \[(.*?)\]  (.*)", line) for line in listed.splitlines()]
    ledger = dump(sample)["dropped"]
    assert ledger, "sample 002 has page furniture to drop"
    assert [(int(m[1]), m[2]) for m in rows if m] == [(d["line"], d["reason"]) for d in ledger]
    assert len(rows) == len(ledger)


def test_shape_override_reaches_the_parser() -> None:
    assert re.search(r"^Shape: +flowed$", out(run("info", "--shape", "flowed", SAMPLES[0])), re.M)
    forced = json.loads(out(run("toc", "-f", "json", "--shape", "pdf-text", SAMPLES[0])))
    assert validate(forced, "toc.schema.json") == []


def test_info_reads_standard_input() -> None:
    text = out(run("info", "-", stdin=SAMPLES[1].read_bytes()))
    assert re.search(r"^File: +-$", text, re.M)
    assert dump(SAMPLES[1])["source"]["sha256"] in text


def test_info_on_a_terminal_is_rich() -> None:
    text = out(run("info", "--dropped", SAMPLES[0], env={"FORCE_COLOR": "1"}))
    assert "\x1b[" in text
    assert "Han characters" in text


def test_info_says_which_encoding_it_used(tmp_path: Path) -> None:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(SAMPLES[0].read_text("utf-8").encode("gb18030"))
    assert re.search(r"^Encoding: +gb18030$", out(run("info", gb)), re.M)


def test_encoding_override_is_used_and_reported(tmp_path: Path) -> None:
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("鐘錶行\n".encode("big5") * 40)
    reported = out(run("info", "--encoding", "cp950", big5))
    assert re.search(r"^Encoding: +cp950$", reported, re.M)
    document = json.loads(out(run("toc", "-f", "json", "--encoding", "big5", big5)))
    assert document["file"] == str(big5)


# --- safety: issue text and file names are never markup or control sequences -------------


def test_markup_and_escapes_in_file_names_reach_the_terminal_inert(tmp_path: Path) -> None:
    evil = tmp_path / "[bold red]boom \x1b[2J\x1b]0;pwned\x07.txt"
    evil.write_bytes(SAMPLES[0].read_bytes())
    for command in ("toc", "info"):
        text = out(run(command, evil, env={"FORCE_COLOR": "1"}))
        assert "[bold red]boom" in text
        assert "\x1b[2J" not in text
        assert "\x1b]" not in text
        assert "\x07" not in text
    missing = run("toc", tmp_path / "no\x1b[2Jsuch")
    assert missing.returncode == 2
    assert b"\x1b" not in missing.stderr


def test_version_prints_and_exits_zero() -> None:
    from qtread import __version__

    result = run("--version")
    assert result.returncode == 0
    assert out(result).strip() == __version__


# --- Another magazine ------------------------------------------------------------------


def test_another_magazines_profile_is_one_option(tmp_path: Path) -> None:
    from tests.parse.test_profile import ISSUE, MINIMAL

    profile, issue = tmp_path / "xihu.toml", tmp_path / "issue.txt"
    profile.write_text(MINIMAL, encoding="utf-8")
    issue.write_text(ISSUE, encoding="utf-8")
    model = json.loads(out(run("dump", "--profile", profile, issue)))
    assert model["metadata"]["title"] == "西湖风"
    assert "西湖风" in out(run("toc", "--profile", profile, issue))


def test_a_bad_profile_is_one_line_and_exit_2(tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text("x = [", encoding="utf-8")
    result = run("info", "--profile", profile, SAMPLES[0])
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().count("\n") == 1
    assert result.stderr.decode().startswith(f"qtread: {profile}: ")
