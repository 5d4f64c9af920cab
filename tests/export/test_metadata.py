"""`export --title/--issue/--date` and a sidecar `ISSUE.toml` over the parse's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtread.errors import InputError
from qtread.export.metadata import (
    MetadataOverride,
    metadata_for,
    parse_date,
    read_sidecar,
    with_metadata,
)
from qtread.parse import parse_path
from tests.test_cli import run

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))[2]


def test_dates_are_a_year_or_a_year_and_month() -> None:
    assert parse_date("2021-03") == (2021, 3)
    assert parse_date(" 2021 ") == (2021, None)
    for wrong in ("2021-13", "21-03", "2021/03", "March", "2021-00"):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(wrong)


def test_what_is_given_wins_and_the_rest_is_the_parses() -> None:
    issue = parse_path(SAMPLE)
    given = MetadataOverride.of("钱塘", None, "2019-06")
    changed = with_metadata(issue, given.over(MetadataOverride(issue=9, title="别的")))
    assert (changed.metadata.title, changed.metadata.issue_number) == ("钱塘", 9)
    assert (changed.metadata.year, changed.metadata.month) == (2019, 6)
    assert changed.display_title == "钱塘 2019年第9期"
    assert with_metadata(issue, MetadataOverride()).metadata == issue.metadata
    assert issue.metadata.title != "钱塘"  # the parse itself is not changed


def test_a_sidecar_says_its_keys_or_is_refused(tmp_path: Path) -> None:
    sidecar = tmp_path / "issue.toml"
    sidecar.write_text('title = "潮涌钱塘"\nissue = 5\ndate = "2020-07"\n', encoding="utf-8")
    assert read_sidecar(sidecar) == MetadataOverride("潮涌钱塘", 5, 2020, 7)
    for text, reason in (
        ('titel = "x"\n', "unknown key 'titel'"),
        ('issue = "5"\n', "issue must be a whole number"),
        ("issue = true\n", "issue must be a whole number"),
        ('date = "2020-7-1"\n', "not a date"),
        ("title = \n", "not a readable TOML file"),
    ):
        sidecar.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=reason):
            read_sidecar(sidecar)


def test_the_sidecar_is_found_beside_the_issue_and_the_command_line_beats_it(
    tmp_path: Path,
) -> None:
    source = tmp_path / "issue.txt"
    assert metadata_for(str(source), MetadataOverride(issue=2)) == MetadataOverride(issue=2)
    (tmp_path / "issue.toml").write_text('issue = 7\ntitle = "钱塘"\n', encoding="utf-8")
    assert metadata_for(str(source), MetadataOverride(issue=2)) == MetadataOverride("钱塘", 2)
    assert metadata_for("-", MetadataOverride()) == MetadataOverride()


def test_export_takes_them_and_names_the_outputs_by_them(tmp_path: Path) -> None:
    source = tmp_path / "issue.txt"
    source.write_bytes(SAMPLE.read_bytes())
    done = run(
        "export", "--to", "md", "--out", tmp_path / "out",
        "--title", "潮涌钱塘", "--issue", "3", "--date", "2020-06", source,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    (markdown,) = (tmp_path / "out").iterdir()
    assert markdown.read_text(encoding="utf-8").startswith("# 潮涌钱塘 2020年第3期\n")
    (tmp_path / "issue.toml").write_text('titel = "x"\n', encoding="utf-8")
    refused = run("export", "--to", "md", "--out", tmp_path / "again", source)
    assert refused.returncode == 1
    assert (
        refused.stderr.decode()
        .strip()
        .endswith("issue.toml: unknown key 'titel' (keys: title, issue, date, cover)")
    )
    bad = run("export", "--to", "md", "--out", tmp_path / "bad", "--date", "2020-13", SAMPLE)
    assert bad.returncode == 2
    assert bad.stderr.decode() == "qtread: --date: '2020-13' is not a date: YYYY or YYYY-MM\n"
    assert not (tmp_path / "bad").exists() or not any((tmp_path / "bad").iterdir())
