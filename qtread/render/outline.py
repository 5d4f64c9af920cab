"""The two-level outline (栏目 → 文章) that the EPUB nav, the NCX, the PDF bookmarks and the
目录 pages all print, so that they cannot disagree.

Sections the issue prints no name for still need a label at depth 1: 「正文」 when no
section of the issue is named, 「卷首」 before the first named one, 「其他」 after it.
Sections without articles are left out: a nav entry must point somewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qtread.model import Article, Issue, Section
from qtread.render.text import label

UNNAMED_ONLY = "正文"
UNNAMED_FRONT = "卷首"
UNNAMED_LATER = "其他"
UNTITLED = "无题"


@dataclass(frozen=True, slots=True)
class OutlineArticle:
    """An article as the outline lists it: a positional key and its title."""

    key: str  # "s01a02": ASCII, positional, stable; file name and anchor id
    title: str
    article: Article


@dataclass(frozen=True, slots=True)
class OutlineSection:
    """A column as the outline lists it: a positional key, its label, its articles."""

    key: str  # "s01"
    label: str
    articles: tuple[OutlineArticle, ...]


def section_label(name: str | None, *, any_named: bool, seen_named: bool) -> str:
    """The depth-1 label for a section, inventing one only where the issue prints none."""
    if name is not None and label(name):
        return label(name)
    if not any_named:
        return UNNAMED_ONLY
    return UNNAMED_LATER if seen_named else UNNAMED_FRONT


def section_labels(sections: Sequence[Section]) -> list[str]:
    """Every section's label, in order: its printed name, or the one `section_label`
    invents; the contents, the reader and the exports all name a section so."""
    any_named = any(s.name is not None and label(s.name) for s in sections)
    labels: list[str] = []
    seen_named = False
    for section in sections:
        labels.append(section_label(section.name, any_named=any_named, seen_named=seen_named))
        seen_named = seen_named or (section.name is not None and bool(label(section.name)))
    return labels


def build_outline(issue: Issue) -> tuple[OutlineSection, ...]:
    """Sections with their articles, in reading order, keyed by position."""
    any_named = any(s.name is not None and label(s.name) for s in issue.sections)
    seen_named = False
    result: list[OutlineSection] = []
    for section in issue.sections:
        if not section.articles:
            continue
        named = section.name is not None and bool(label(section.name))
        key = f"s{len(result) + 1:02d}"
        articles = tuple(
            OutlineArticle(f"{key}a{number:02d}", label(article.title) or UNTITLED, article)
            for number, article in enumerate(section.articles, start=1)
        )
        text = section_label(section.name, any_named=any_named, seen_named=seen_named)
        result.append(OutlineSection(key, text, articles))
        seen_named = seen_named or named
    return tuple(result)
