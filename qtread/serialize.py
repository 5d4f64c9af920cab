"""The model as JSON: the `dump` schema (whole model) and the `toc` schema (outline only).

Both are documented in docs/model.schema.json and docs/toc.schema.json; `schema` names
the version, and fields are only ever added, never renamed.
"""

from __future__ import annotations

from typing import Any

from qtread.model import Article, Block, Byline, Issue, Section

DUMP_SCHEMA = "qtread.issue/1"
TOC_SCHEMA = "qtread.toc/1"


def _block(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": str(block.type),
        "text": block.text,
        "lines": [block.span.first, block.span.last],
    }
    if block.date is not None:
        data["date"] = block.date
    return data


def _article(article: Article, section: Section, *, blocks: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "subtitle": article.subtitle,
        "section": section.name,
        "kind": str(article.kind),
        "page": article.page,
        "bylines": _credits(article.bylines),
        "editors": _credits(article.editors),
        "lines": [article.span.first, article.span.last] if article.span else None,
        "evidence": article.evidence,
        "confidence": article.confidence,
    }
    if blocks:
        data["blocks"] = [_block(block) for block in article.blocks]
    return data


def _credits(bylines: list[Byline]) -> list[dict[str, Any]]:
    return [{"role": b.role, "names": list(b.names)} for b in bylines]


def _metadata(issue: Issue) -> dict[str, Any]:
    meta = issue.metadata
    return {
        "title": meta.title,
        "title_en": meta.title_en,
        "issue_number": meta.issue_number,
        "year": meta.year,
        "month": meta.month,
        "masthead": meta.masthead,
    }


def _source(issue: Issue) -> dict[str, Any]:
    src = issue.source
    return {
        "name": src.name,
        "encoding": src.encoding,
        "shape": str(src.shape),
        "sha256": src.sha256,
        "size": src.size,
        "lines": src.lines,
    }


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    """The whole model, as `qtread dump` prints it."""
    return {
        "schema": DUMP_SCHEMA,
        "source": _source(issue),
        "metadata": _metadata(issue),
        "toc": [
            {
                "page": entry.page,
                "title": entry.title,
                "subtitle": entry.subtitle,
                "column": entry.column,
                "claimed_count": entry.claimed_count,
                "article_id": entry.article_id,
                "line": entry.line,
                "names": list(entry.names),
            }
            for entry in issue.toc
        ],
        "sections": [
            {
                "name": section.name,
                "articles": [_article(a, section, blocks=True) for a in section.articles],
            }
            for section in issue.sections
        ],
        "dropped": [{"line": d.line, "reason": d.reason, "text": d.text} for d in issue.dropped],
        "warnings": [{"line": w.line, "message": w.message} for w in issue.warnings],
    }


def toc_to_dict(issue: Issue) -> dict[str, Any]:
    """Sections → articles with pages and bylines, as `qtread toc --format json` prints it."""
    return {
        "schema": TOC_SCHEMA,
        "file": issue.source.name,
        "title": issue.display_title,
        "metadata": _metadata(issue),
        "sections": [
            {
                "name": section.name,
                "articles": [_article(a, section, blocks=False) for a in section.articles],
            }
            for section in issue.sections
        ],
    }
