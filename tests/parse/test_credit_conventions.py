"""Issues set in the common conventions of Chinese magazines: every article found, with its
credit, in each shape the parser reads (a converter's Markdown with headings, OCR text a
paragraph a line, PDF text a printed line a line with or without a blank after each), for
each credit form, under the title or closing the article, with or without a deck behind its
dash. A matrix of invented issues: a convention that breaks shows as its cell. Invented
text."""

from __future__ import annotations

import itertools

import pytest

from qtread.model import SourceShape
from qtread.parse import parse_text

PARAGRAPHS = [
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投资超过一百亿元，预计明年年底前全部完工。",
    "据介绍，这些工程将惠及沿线的十余个社区居民，其中三所学校将在秋季开学前投入使用，新增学位两千余个。",
    "新城相关负责人表示，将全力保障工程进度和质量，让群众早日享受到发展成果，同时做好施工期间的交通疏导。",
    "目前，首批三个项目已经进场施工，其余项目将在年内陆续开工建设，工程建设将严格落实安全生产责任。",
    "下一步，新城还将加快推进配套设施建设，完善公共服务体系，不断提升群众的获得感、幸福感和安全感。",
]
TITLES = [
    "湖畔新城十项民生工程全面开工",
    "北湖区新增三所公办幼儿园",
    "南岭经开区举办春季人才招聘会",
    "滨江绿道全线贯通正式开放",
    "高新区企业研发投入再创新高",
]
DECKS = [
    "总投资超百亿元惠及十余个社区",
    "新增学位两千余个",
    "三百余家企业提供岗位",
    "串联八个公园",
    "同比增长两成",
]
NAMES = ["林望舒", "周远", "陈默", "岑晓岚", "苏明"]
CREDITS = [
    "记者 {n}",
    "文/{n}",
    "{n}/文",
    "本报记者 {n}",
    "撰文：{n}",
    "（记者 {n}）",
    "■ 记者 {n}",
]
SHAPES = ["markdown", "flowed", "pdf", "pdf-unspaced"]
#: Cells no rule reads yet, and why: a bracketed credit alone under its title reads as the
#: close of the article above (news style; the rule that read it so cost the corpus's
#: closing credits, `docs/experiments/rules-rejected.md`).
OPEN = {(shape, "（记者 {n}）", "top", False) for shape in ("flowed", "pdf", "pdf-unspaced")}


def _issue(shape: str, credit: str, where: str, deck: bool) -> str:
    lines: list[str] = []
    for index, (title, name) in enumerate(zip(TITLES, NAMES, strict=True)):
        head = [f"## {title}" if shape == "markdown" else title]
        head += [f"——{DECKS[index]}"] if deck else []
        body = [PARAGRAPHS[(index + k) % len(PARAGRAPHS)] for k in range(len(PARAGRAPHS))]
        credit_line = credit.format(n=name)
        lines += [*head, credit_line, *body] if where == "top" else [*head, *body, credit_line]
    if shape.startswith("pdf"):  # printed lines of 22 letters
        lines = [line[i : i + 22] for line in lines for i in range(0, len(line), 22)]
    return ("\n" if shape == "pdf-unspaced" else "\n\n").join(lines)


@pytest.mark.parametrize(
    ("shape", "credit", "where", "deck"),
    [
        cell
        for cell in itertools.product(SHAPES, CREDITS, ("top", "end"), (False, True))
        if cell not in OPEN
    ],
)
def test_every_article_is_found_with_its_credit(
    shape: str, credit: str, where: str, deck: bool
) -> None:
    read = {
        "markdown": SourceShape.MARKDOWN,
        "flowed": SourceShape.FLOWED,
        "pdf": SourceShape.PDF_TEXT,
        "pdf-unspaced": SourceShape.PDF_TEXT,
    }[shape]
    issue = parse_text(_issue(shape, credit, where, deck), shape=read)
    found = [(a.title, [n for b in a.bylines for n in b.names]) for a in issue.articles]
    assert found == [(title, [name]) for title, name in zip(TITLES, NAMES, strict=True)]
