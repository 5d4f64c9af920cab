"""A news lead's bracketed byline that the column wrapped (`本刊讯（通讯员 林远 周小` /
`舟）6月21日下午，…`): the line that closes the bracket goes on the line that opened it,
so the byline is read whole, names and all, and the headline above keeps its place.
Joined to the open headline instead, as a sentence resumed past a caption, it left the
headline glued to the lead and the name's last character in the text."""

from __future__ import annotations

from qtread.model import SourceShape
from qtread.parse.pipeline import parse_text

COLUMN = [  # a narrow column, one printed line a line
    "社区希望通过组建文化队伍，搭建",
    "文化阵地，筑起居民的精神家园，",
    "助推高质量发展。",
    "城东社区办了一场端午包粽子会",
    "让辖区里的年轻职工心更暖、情更浓",
    "本刊讯（通讯员 林远 周小",
    "舟）6月21日下午，在城东社区的",
    "文化活动中心，一场围绕端午佳节",
    "的活动火热举行。尽管下起大雨，",
    "但大伙儿参与活动的兴致不减。",
]


def test_a_wrapped_news_lead_byline_is_read_whole() -> None:
    issue = parse_text("\n".join(COLUMN) + "\n", shape=SourceShape.PDF_TEXT)
    articles = [article for section in issue.sections for article in section.articles]
    lead = next(a for a in articles if a.title.startswith("城东社区"))
    assert [name for byline in lead.bylines for name in byline.names] == ["林远", "周小舟"]
    texts = [block.text for a in articles for block in a.blocks]
    assert any(text.startswith("6月21日下午") for text in texts)
    assert not any("舟）" in text for text in texts)
