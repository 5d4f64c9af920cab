"""Hand-built issues for the reader tests (the parser is developed in parallel)."""

from __future__ import annotations

import hashlib

from qtread.model import (
    Article,
    Block,
    BlockType,
    Byline,
    Issue,
    LineSpan,
    Metadata,
    Section,
    SourceInfo,
    SourceShape,
)

BODY = (
    "刚满一周岁，钱塘新区步入发展新阶段。直面转型升级压力加大、创新发展动力不足等突出问题，"
    "如何赋予区域发展新的蓬勃动力？钱塘新区的破题之道是：“产业立区”——再造六大产业大平台，"
    "吸引大企业，培育大项目，营造大生态，在发展中持续注入大智慧。"
)


def block(text: str, kind: BlockType = BlockType.PARAGRAPH, date: str | None = None) -> Block:
    return Block(kind, text, LineSpan(1, 1), date)


def article(number: int, paragraphs: int = 6, title: str | None = None) -> Article:
    blocks = [block(f"第{number}篇第{n}段。{BODY}") for n in range(paragraphs)]
    return Article(
        id=f"art-{number}",
        title=title or f"第{number}篇 钱塘新区的产业平台",
        subtitle="副标题：平台与“火种”",
        bylines=[Byline("记者", ("张三", "李四"))],
        page=number * 2 + 1,
        blocks=blocks,
    )


def make_issue(articles: int = 6, paragraphs: int = 6, extra: list[Block] | None = None) -> Issue:
    """An issue of `articles` articles in two sections, each of `paragraphs` paragraphs."""
    made = [article(n, paragraphs) for n in range(articles)]
    if extra:
        made[0].blocks.extend(extra)
    half = max(articles // 2, 1)
    sections = [Section("特别关注", made[:half]), Section("钱塘动态", made[half:])]
    digest = hashlib.sha256(repr([a.blocks for a in made]).encode()).hexdigest()
    source = SourceInfo("test.txt", "utf-8", SourceShape.FLOWED, digest, 1000, 100)
    return Issue(
        source=source,
        metadata=Metadata(title="潮涌钱塘", year=2020, issue_number=5),
        sections=sections,
    )


def mixed_blocks() -> list[Block]:
    """One block of every type, with text that must be shown literally."""
    return [
        block("一、平台建设", BlockType.SUBHEADING),
        block("杭州医药港：生物医药产业集聚区。", BlockType.LIST_ITEM),
        block("1. 杭州大创小镇", BlockType.LIST_ITEM),
        block("图为钱塘新区产业平台建设推进大会现场。", BlockType.CAPTION),
        block("“这是一种钱塘新区的成长方式。”", BlockType.QUOTE),
        block("5月20日 钱塘新区召开产业平台建设推进大会。", BlockType.CHRONOLOGY, "5月20日"),
        block("字段[bold]不是标记[/bold]，\x1b[31m也不是转义。", BlockType.PARAGRAPH),
    ]
