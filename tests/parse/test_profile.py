"""Magazine profiles: a bad TOML is refused in one line; a second magazine is one file.

Every TOML here is invented: the magazine 西湖风 (XIHU), its columns and its people.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qtread.model import Byline
from qtread.parse import parse_text
from qtread.parse.profile import ProfileError, load_profile, load_profile_path

MINIMAL = r"""
[magazine]
title = "西湖风"
title_en = "XIHU"
title_forms = ["西湖风", "XIHU"]

[cover]
patterns = ['^XIHU\s+WIND$']
issue_line = '(?P<year>20\d{2})年(?P<month>\d{1,2})月\s*总第(?P<number>\d+)期'
issue_back = '^VOL\s*(?P<number>\d+)\s+(?P<year>20\d{2})-(?P<month>\d{1,2})$'
issue_word = '^VOL$'
year_month = '^(?P<year>20\d{2})-(?P<month>\d{2})$'

[masthead]
groups = ["编委会"]
labels = ["主编", "编辑", "电话"]
verbatim_labels = ["电话"]

[furniture]
running_header = '^(?:(?P<column>\S{2,6})\s+)?XIHU\s+WIND$'
section_words = ["CITY"]
folio = '^(?P<a>\d{1,3})\s(?P<b>\d{1,3})$'
labels = ['^湖畔速写$']
photo_subjects = ["码头"]

[columns]
names = ["湖畔人物", "城市笔记"]
group_labels = ["专访"]
chronology_words = ["纪事"]
kicker = '^【(?P<label>\S{1,6})】$'
chronology_date = '^(?P<date>20\d{2}-\d{1,2}-\d{1,2})(?:\s+(?P<rest>.+))?$'

[toc]
entry = '^(?P<title>\S.*?)\s*…+\s*(?P<page>\d{1,3})$'
column = '^(?:(?P<page>\d{1,3})\s+)?(?P<name>[^\d\s…]{2,8})$'
count = '\s*共\s*(?P<count>\d+)\s*篇\s*$'

[bylines]
roles = ["撰文", "摄影"]
suffixes = ["整理"]
separators = ["/", "｜"]
brackets = ["（）"]
marks = ["■"]
credit = '^[\[［]\s*(?P<role>整理|编辑)\s*[/／]?\s*(?P<names>[^\]］]+?)\s*[\]］]$'
photo_credit = '摄影\s*[:：]'

[people]
roles = ["船长", "馆长"]
affiliations = ["博物馆", "码头"]
"""

ISSUE = """西湖风

2023年5月 总第12期

主编 林望舒

湖畔人物 XIHU WIND

## 船娘的四十年

撰文 / 岑晓岚

清晨五点，码头上的第一盏灯亮起，她已经在船头擦洗了半个钟头。

四十年来，她载过的游客数不清，却记得每一个问过她名字的人。
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "xihu.toml"
    path.write_text(text, "utf-8")
    return path


def refused(tmp_path: Path, text: str) -> str:
    """The one-line error loading TEXT as a profile gives."""
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as caught:
        load_profile_path(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message.removeprefix(f"{path}: ")


def test_the_default_profile_still_loads_by_name() -> None:
    assert load_profile().title == "潮涌钱塘"
    assert load_profile() == load_profile("qiantang")


def test_a_second_magazine_is_one_toml_file(tmp_path: Path) -> None:
    profile = load_profile_path(write(tmp_path, MINIMAL))
    assert profile.title == "西湖风"
    assert profile.columns == ("湖畔人物", "城市笔记")
    issue = parse_text(ISSUE, profile=profile)
    assert issue.metadata.title == "西湖风"
    assert (issue.metadata.year, issue.metadata.month, issue.metadata.issue_number) == (
        2023,
        5,
        12,
    )
    assert issue.metadata.masthead == {"主编": ["林望舒"]}
    [article] = issue.articles
    assert article.title == "船娘的四十年"
    assert article.bylines == [Byline("撰文", ("岑晓岚",))]
    assert [block.text[:4] for block in article.blocks] == ["清晨五点", "四十年来"]
    assert "湖畔人物 XIHU WIND" in {d.text for d in issue.dropped}


def test_the_default_profile_does_not_read_the_second_magazine(tmp_path: Path) -> None:
    issue = parse_text(ISSUE)
    assert issue.metadata.title != "西湖风"


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    text = MINIMAL.replace('title_en = "XIHU"\n', "")
    assert refused(tmp_path, text) == "[magazine] title_en: missing key"


def test_a_missing_table_is_named(tmp_path: Path) -> None:
    text = MINIMAL.replace("[bylines]", "[by_lines]")
    assert refused(tmp_path, text) == "[bylines]: missing table"


def test_a_string_where_a_list_belongs_is_a_wrong_type(tmp_path: Path) -> None:
    text = MINIMAL.replace('names = ["湖畔人物", "城市笔记"]', 'names = "湖畔人物"')
    assert refused(tmp_path, text) == (
        "[columns] names: wrong type: expected a list of strings, got a string"
    )


def test_a_number_in_a_word_list_is_a_wrong_type(tmp_path: Path) -> None:
    text = MINIMAL.replace('roles = ["撰文", "摄影"]', 'roles = ["撰文", 7]')
    assert refused(tmp_path, text) == (
        "[bylines] roles: wrong type: item 2 should be a string, got an integer"
    )


def test_a_list_where_a_regex_belongs_is_a_wrong_type(tmp_path: Path) -> None:
    text = MINIMAL.replace("issue_word = '^VOL$'", "issue_word = ['^VOL$']")
    assert refused(tmp_path, text) == (
        "[cover] issue_word: wrong type: expected a string, got a list"
    )


def test_an_empty_word_list_is_refused(tmp_path: Path) -> None:
    text = MINIMAL.replace('roles = ["船长", "馆长"]', "roles = []")
    assert refused(tmp_path, text) == "[people] roles: empty list: give at least one word"


def test_a_regex_that_does_not_compile_is_named(tmp_path: Path) -> None:
    text = MINIMAL.replace("issue_word = '^VOL$'", "issue_word = '^VOL($'")
    message = refused(tmp_path, text)
    assert message.startswith("[cover] issue_word: regex does not compile: ")


def test_a_bad_regex_in_a_list_is_named_by_its_place(tmp_path: Path) -> None:
    text = MINIMAL.replace("labels = ['^湖畔速写$']", "labels = ['^湖畔速写$', '[未闭合']")
    message = refused(tmp_path, text)
    assert message.startswith("[furniture] labels[1]: regex does not compile: ")


@pytest.mark.parametrize(
    ("section", "key", "group"),
    [
        ("cover", "issue_line", "year"),
        ("cover", "issue_line", "month"),
        ("cover", "issue_line", "number"),
        ("cover", "issue_back", "number"),
        ("cover", "year_month", "month"),
        ("furniture", "running_header", "column"),
        ("bylines", "credit", "role"),
        ("bylines", "credit", "names"),
        ("columns", "kicker", "label"),
        ("columns", "chronology_date", "date"),
        ("columns", "chronology_date", "rest"),
        ("toc", "entry", "page"),
        ("toc", "entry", "title"),
        ("toc", "column", "name"),
        ("toc", "count", "count"),
    ],
)
def test_a_regex_without_a_group_the_parser_reads_is_refused(
    tmp_path: Path, section: str, key: str, group: str
) -> None:
    line = next(row for row in MINIMAL.splitlines() if row.startswith(f"{key} = "))
    text = MINIMAL.replace(line, line.replace(f"?P<{group}>", ""))
    assert text != MINIMAL
    assert refused(tmp_path, text) == (
        f"[{section}] {key}: regex lacks the named group (?P<{group}>…)"
    )


def test_toml_that_does_not_parse_is_refused_in_one_line(tmp_path: Path) -> None:
    message = refused(tmp_path, MINIMAL.replace('title = "西湖风"', "title = 西湖风"))
    assert re.match(r"not valid TOML: .*line 3", message)


def test_a_file_that_is_not_there_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "none.toml"
    with pytest.raises(ProfileError, match=r"none\.toml: cannot read: "):
        load_profile_path(path)
