"""A short titled section inside a bylined feature is a subheading, not a brief."""

from __future__ import annotations

from qtread.model import Article, BlockType, SourceShape
from qtread.parse import parse_text

PARA = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投资超过一百亿元。"


def articles(*lines: str) -> list[Article]:
    issue = parse_text("\n\n".join(lines) + "\n", shape=SourceShape.PDF_TEXT)
    return [article for section in issue.sections for article in section.articles]


def test_subheads_of_a_bylined_feature_stay_in_it() -> None:
    found = articles(
        "湖畔新城十项民生工程全面启动",
        "记者 / 张三",
        PARA,
        PARA,
        "道路建设全面提速",
        PARA,
        "学校建设再上台阶",
        PARA,
    )
    assert [a.title for a in found] == ["湖畔新城十项民生工程全面启动"]
    subheads = [b.text for b in found[0].blocks if b.type is BlockType.SUBHEADING]
    assert subheads == ["道路建设全面提速", "学校建设再上台阶"]
