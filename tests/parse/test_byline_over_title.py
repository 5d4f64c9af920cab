"""A byline printed over a headline, apart from the text above it, credits that headline's
article, even when the headline reads like a clause (`灯笼、春联、汤圆……`) and the
article above has no byline; a byline right after a paragraph closes that paragraph's
article."""

from __future__ import annotations

from qtread.model import Issue, SourceShape
from qtread.parse import parse_text

BODY = [
    "本刊讯，这一年来街道各项工作稳步推进，基层治理水平不断提升，群众的获得感、",
    "幸福感和安全感持续增强，各项民生实事按期完成，社区面貌焕然一新，好评如潮。",
    "记者在走访中了解到，街道通过整合资源、优化服务，推动各类问题在基层得到化解，",
    "让居民少跑腿、好办事，真正把服务送到了家门口，受到了广大居民的一致好评。",
]
HEADLINE = "灯笼、春联、汤圆……社区新春也热闹"
DECK = ["“暖心包”送出三个“一”", "帮助外来务工人员安心过年"]
TEXT = [
    "日前，街道妇联组织发起“新春暖心包”活动，以三个“一”的举措，向留在本地过年",
    "的外来务工人员和他们远在家乡的亲人送上新春的问候和祝福，场面温馨而热烈。",
    "活动现场，工作人员向在场的二十位留守职工派送了问候信、服务热线卡和新春对联，",
    "大家纷纷表达了对家人的想念和美好祝福，现场洋溢着浓浓的节日气氛和暖暖的情谊。",
]
PAGE_TURN = ["", "", "", ""]  # blank lines a page's furniture leaves: the byline stands apart


def issue_of(between: list[str]) -> Issue:
    """Two articles in raw PDF text, one printed line a line; BETWEEN after the first."""
    lines = ["街道治理见成效", ""] + [f"{line}\n" for line in BODY] + between
    lines += [HEADLINE, "", *DECK, ""] + [f"{line}\n" for line in TEXT]
    return parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)


def credits(issue: Issue) -> dict[str, list[str]]:
    return {
        article.title: [name for byline in article.bylines for name in byline.names]
        for section in issue.sections
        for article in section.articles
    }


def test_a_byline_past_the_captions_and_a_page_turn_credits_the_headline_under_it() -> None:
    captions = ["社区党群服务中心  摄 / 张小兵", "", "某某高新技术企业孵化园区", ""]
    found = credits(issue_of([*captions, *PAGE_TURN, "文 \\ 王小明  李华", ""]))
    assert found[HEADLINE] == ["王小明", "李华"]
    assert found["街道治理见成效"] == []


def test_a_byline_right_after_a_paragraph_closes_its_article() -> None:
    found = credits(issue_of(["通讯员 / 王小明  李华", ""]))
    assert found["街道治理见成效"] == ["王小明", "李华"]
    assert found[HEADLINE] == []
