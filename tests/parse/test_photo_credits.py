"""Credits for pictures alone (`融媒体记者 林远 摄`): a caption's credit anchors no title
(segment/layout.py `byline_anchors`), and one naming only people the article already
credits stays with its caption as text (segment/articles.py); a role wrapped onto the
credit's line is no name (`融媒` / `体记者 林远 摄`, classify.py `_names_first`); one
closing a caption's sentence, unbracketed, is no byline at all (segment/roles.py
`_caption_credit`). Every name here is invented."""

from __future__ import annotations

from qtread.model import BlockType, SourceShape
from qtread.parse import parse_text
from qtread.parse.classify import parse_byline
from qtread.parse.profile import load_profile

from .byline_stage import bylines_of

PROFILE = load_profile()
LEAD = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"


def _issue(lines: list[str]) -> list[tuple[str, list[str], list[str]]]:
    text = "\n".join(line for row in lines for line in (row, ""))
    issue = parse_text(text, name="t.txt", shape=SourceShape.PDF_TEXT)
    return [
        (
            article.title,
            [name for byline in article.bylines for name in byline.names],
            [block.text for block in article.blocks if block.type is BlockType.CAPTION],
        )
        for section in issue.sections
        for article in section.articles
    ]


def test_a_role_wrapped_onto_the_credits_line_is_no_name() -> None:
    assert parse_byline("体记者 林远 摄", PROFILE) is None
    credit = parse_byline("融媒体记者 林远 摄", PROFILE)
    assert credit is not None
    assert [b.names for b in credit] == [("林远",)]
    assert parse_byline("王文 摄", PROFILE) is not None  # a one-letter role ends names


def test_captions_over_their_photo_credits_open_no_articles() -> None:
    lines = ["北湖区新增三所公办幼儿园", "融媒体记者 林远", LEAD, LEAD]
    for firm in ("北湖电缆股份有限公司", "南湖家居股份有限公司", "东湖机器股份有限公司"):
        lines += [firm, "融媒体记者 林远 摄"]
    lines += [LEAD]
    articles = _issue(lines)
    assert [(title, names) for title, names, _ in articles] == [
        ("北湖区新增三所公办幼儿园", ["林远"])
    ]
    assert "融媒体记者 林远 摄" in articles[0][2]  # the credits stay, as captions


def test_a_photographers_credit_closing_a_caption_stays_with_it() -> None:
    # the caption's sentence, then who took the picture: no byline of the article
    caption = "夜色中的湖畔中心。 摄影: 林远"
    texts, bylines = bylines_of("湖畔新城民生工程全面开工", LEAD, caption)
    assert texts[2] == caption
    assert not bylines


def test_a_bracketed_credit_closing_a_paragraph_is_still_its_reporters() -> None:
    # `（记者 林远 摄）` closes the reporter's own text: he wrote it and took its pictures
    texts, bylines = bylines_of("湖畔新城民生工程全面开工", LEAD + "（记者 林远 摄）")
    assert texts[1:] == [LEAD, "（记者 林远 摄）"]
    assert [name for credits in bylines.values() for c in credits for name in c.names] == ["林远"]


def test_a_writers_and_a_photographers_credit_closing_a_paragraph_are_cut_off() -> None:
    texts, bylines = bylines_of("湖畔新城民生工程全面开工", LEAD + "文/林远 摄影/周舟")
    assert texts[1] == LEAD
    assert [name for credits in bylines.values() for c in credits for name in c.names] == [
        "林远",
        "周舟",
    ]
