"""Confidence: each article carries the fitted share for the evidence that opened it."""

from __future__ import annotations

from qtread.cli.report import Report, report_lines
from qtread.model import Article, Issue, Section, SourceInfo, SourceShape
from qtread.parse import parse_text
from qtread.parse.confidence import DOUBTFUL, UNKNOWN, confidence


def test_unknown_evidence_is_a_coin_toss() -> None:
    assert confidence("no such evidence", bylined=False) == UNKNOWN


def test_a_parsed_article_names_its_evidence_and_carries_its_confidence() -> None:
    body = "今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设。"
    text = "".join(f"# 第{n}篇报道的标题在这里\n\n{body}\n\n" for n in "一二三")
    issue = parse_text(text, shape=SourceShape.MARKDOWN)
    article = issue.articles[-1]
    assert article.evidence == "heading"
    assert article.confidence == confidence("heading", bylined=False)


def test_info_lists_the_doubtful_articles() -> None:
    sure = Article("a1", "湖畔新城启动十项民生工程", evidence="toc", confidence=0.97)
    doubtful = Article("a2", "一张照片的说明文字", evidence="brief", confidence=DOUBTFUL - 0.1)
    source = SourceInfo("x.txt", "utf-8", SourceShape.PDF_TEXT, "0" * 64, 0, 0)
    issue = Issue(source=source, sections=[Section(None, [sure, doubtful])])
    lines = report_lines(Report.of(issue, ""), dropped=False)
    assert any(
        line.startswith("Doubtful:") and line.endswith("1 of 2 articles (confidence < 0.5)")
        for line in lines
    )
    listed = lines[lines.index("Doubtful articles (line, confidence, evidence, title):") + 1 :]
    assert listed[0].split() == ["-", "0.40", "[brief]", "一张照片的说明文字"]
