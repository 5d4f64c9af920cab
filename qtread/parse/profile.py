"""Loading a magazine profile (qtread/magazines/*.toml) into compiled patterns."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Profile:
    title: str
    title_en: str
    title_forms: tuple[str, ...]
    cover: tuple[re.Pattern[str], ...]
    issue_line: re.Pattern[str]
    issue_back: re.Pattern[str]
    issue_word: re.Pattern[str]
    year_month: re.Pattern[str]
    masthead_groups: tuple[str, ...]
    masthead_labels: tuple[str, ...]
    running_header: re.Pattern[str]
    section_words: frozenset[str]
    folio: re.Pattern[str]
    label: re.Pattern[str]  # any of the layout labels: one pattern, tried once a line
    photo_subjects: tuple[str, ...]
    columns: tuple[str, ...]
    group_labels: frozenset[str]
    chronology_words: tuple[str, ...]
    byline_roles: tuple[str, ...]
    byline_suffixes: tuple[str, ...]
    credit: re.Pattern[str]

    def is_cover_line(self, text: str) -> bool:
        squeezed = re.sub(r"[\s*#]", "", text)
        if any(form in squeezed for form in self.title_forms) and len(squeezed) <= 30:
            return True
        plain = text.replace("*", "").strip("# ")
        return any(pattern.match(plain) for pattern in self.cover)


@cache
def load_profile(name: str = "qiantang") -> Profile:
    data = tomllib.loads(
        resources.files("qtread.magazines").joinpath(f"{name}.toml").read_text("utf-8")
    )
    magazine, cover, masthead = data["magazine"], data["cover"], data["masthead"]
    furniture, columns, bylines = data["furniture"], data["columns"], data["bylines"]
    return Profile(
        title=magazine["title"],
        title_en=magazine["title_en"],
        title_forms=tuple(magazine["title_forms"]),
        cover=tuple(re.compile(p, re.IGNORECASE) for p in cover["patterns"]),
        issue_line=re.compile(cover["issue_line"], re.IGNORECASE),
        issue_back=re.compile(cover["issue_back"], re.IGNORECASE),
        issue_word=re.compile(cover["issue_word"], re.IGNORECASE),
        year_month=re.compile(cover["year_month"]),
        masthead_groups=tuple(masthead["groups"]),
        masthead_labels=tuple(sorted(masthead["labels"], key=len, reverse=True)),
        running_header=re.compile(furniture["running_header"]),
        section_words=frozenset(furniture["section_words"]),
        folio=re.compile(furniture["folio"]),
        label=re.compile("|".join(f"(?:{p})" for p in furniture["labels"])),
        photo_subjects=tuple(furniture["photo_subjects"]),
        columns=tuple(columns["names"]),
        group_labels=frozenset(columns["group_labels"]),
        chronology_words=tuple(columns["chronology_words"]),
        byline_roles=tuple(sorted(bylines["roles"], key=len, reverse=True)),
        byline_suffixes=tuple(bylines["suffixes"]),
        credit=re.compile(bylines["credit"]),
    )
