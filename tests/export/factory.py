"""Issues made by hand, so that exporter tests do not depend on the parser's progress."""

from __future__ import annotations

from qtread.model import (
    Article,
    ArticleKind,
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

HOSTILE = [
    "<script>alert('x')</script> 与 & 符号 &amp; ]]> 结束",
    "模板 {{ 7*7 }} {% if x %} 与 rich 标记 [bold]粗[/bold] [link=file:///etc/passwd]链[/link]",
    "ANSI \x1b[31m红色\x1b[0m 与响铃\x07和双向覆盖\u202eabc\u202c结束",
    "图片 ![密码](file:///etc/passwd) 与 ![远程](http://example.invalid/x.png) 结束",
    '链接 [点我](http://example.invalid/) 与 <img src="file:///etc/passwd"> 结束',
    '<link rel="stylesheet" href="http://example.invalid/x.css"> @import url(http://example.invalid/y.css);',
]


def paragraph(text: str, line: int = 1, kind: BlockType = BlockType.PARAGRAPH) -> Block:
    return Block(kind, text, LineSpan(line, line))


def article(
    title: str,
    *texts: str,
    subtitle: str | None = None,
    bylines: list[Byline] | None = None,
    kind: ArticleKind = ArticleKind.ARTICLE,
    blocks: list[Block] | None = None,
) -> Article:
    body = blocks if blocks is not None else [paragraph(t, n) for n, t in enumerate(texts, 1)]
    return Article(
        id=f"id-{title}",
        title=title,
        kind=kind,
        subtitle=subtitle,
        bylines=bylines or [],
        blocks=body,
    )


def issue(
    *sections: Section,
    title: str | None = "潮涌钱塘",
    year: int | None = 2020,
    month: int | None = 7,
    number: int | None = 5,
    name: str = "sample.txt",
    sha: str = "0" * 64,
) -> Issue:
    return Issue(
        source=SourceInfo(name, "utf-8", SourceShape.FLOWED, sha, 100, 10),
        metadata=Metadata(
            title=title,
            title_en="QIANTANG",
            issue_number=number,
            year=year,
            month=month,
            masthead={"主办": ["杭州钱塘新区党工委、管委会"]},
        ),
        sections=list(sections),
    )


def magazine() -> Issue:
    """Two named columns, every block type, bylines and subtitles."""
    return issue(
        Section(
            "卷首语",
            [
                article(
                    "潮涌正当时",
                    "钱塘新区成立一周年。潮起钱塘，奋楫争先。",
                    "第二段：新的起点，新的征程！",
                    kind=ArticleKind.FRONT,
                    bylines=[Byline("文", ("柯吉欣",))],
                ),
            ],
        ),
        Section(
            "特别策划",
            [
                article(
                    "产业立区",
                    subtitle="六大平台隆重登场",
                    bylines=[Byline("记者", ("杨丽敏", "李锋")), Byline("通讯员", ("陶青",))],
                    blocks=[
                        paragraph("钱塘新区的破题之道是：“产业立区”。", 1),
                        paragraph("一、平台建设", 2, BlockType.SUBHEADING),
                        paragraph("杭州医药港", 3, BlockType.LIST_ITEM),
                        paragraph("杭州大创小镇", 4, BlockType.LIST_ITEM),
                        paragraph("图为江东芯谷。", 5, BlockType.CAPTION),
                        paragraph("“数据已成为第五生产要素。”", 6, BlockType.QUOTE),
                        paragraph("企业｜产值｜增长", 7, BlockType.TABLE_ROW),
                        Block(
                            BlockType.CHRONOLOGY, "项目启动仪式举行。", LineSpan(8, 8), "6月29日"
                        ),
                    ],
                ),
                article("江东芯谷", "芯片产业集聚发展，带动上下游企业落户。"),
            ],
        ),
        Section("空栏目", []),
    )


def hostile() -> Issue:
    """Every kind of text that must stay text, in titles, bylines and body."""
    return issue(
        Section(
            "<b>栏目</b> & ]]>",
            [
                article(
                    "<script>标题</script> & {{ x }}",
                    *HOSTILE,
                    subtitle="副标题 ]]> & <i>",
                    bylines=[Byline("文", ("[bold]张三[/bold]", "<李四>"))],
                ),
            ],
        ),
        title="潮涌钱塘",
        name="hostile.txt",
    )
