"""Side heads: a headline in a margin of its own beside its text, whose second line an
extraction reads after the text's first (unwrap/side_heads.py). Every text here is
invented."""

from __future__ import annotations

from qtread.model import LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.unwrap.side_heads import join_side_heads

#: The issue's words elsewhere: `服务` printed whole, so a cut between 服 and 务 splits one.
ELSEWHERE = "园区为企业提供服务，服务内容涵盖注册、融资和人才。"


def _chunk(text: str, first: int, last: int | None = None, gap: int = 1) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(first, last or first), [text], gap=gap)


def _side_head(second: str = "务平台正式上线", *, gap: int = 1) -> list[Chunk]:
    """A head's first line (line 10), the text's lines (11, 13–15) joined round the head's
    second line (12), as `rejoin` leaves them."""
    text = "上线当天，平台为区内企业提供了注册、融资、人才招聘等一站式服务，受到企业好评。"
    return [
        _chunk(ELSEWHERE, 1, 8),
        _chunk("新区为企业打造综合服", 10),
        _chunk(text, 11, 15),
        _chunk(second, 12, gap=gap),
    ]


def test_the_second_line_of_a_side_head_goes_back_to_its_first() -> None:
    chunks = join_side_heads(_side_head())
    assert [chunk.text for chunk in chunks][1:] == [
        "新区为企业打造综合服务平台正式上线",
        _side_head()[2].text,
    ]
    assert chunks[1].span == LineSpan(10, 12)


def test_a_line_after_a_gap_is_a_subheading_not_a_side_heads_second_line() -> None:
    assert len(join_side_heads(_side_head(gap=2))) == 4


def test_a_cut_between_two_words_is_no_headline_wrapped() -> None:
    # `服务|平台`: the pair 务平 is printed nowhere else, so nothing says a word is split
    chunks = _side_head("平台正式上线")
    chunks[1] = _chunk("新区为企业打造综合服务", 10)
    assert len(join_side_heads(chunks)) == 4


def test_an_open_quote_is_evidence_enough() -> None:
    chunks = _side_head("信息平台”上线")
    chunks[1] = _chunk("打通国际认证壁垒“一带一路", 10)
    assert join_side_heads(chunks)[1].text == "打通国际认证壁垒“一带一路信息平台”上线"


def test_a_byline_in_the_margin_is_no_headline_line() -> None:
    chunks = _side_head("记者 王明")
    chunks[1] = _chunk("打通国际认证壁垒“一带一路", 10)  # a quote open: evidence enough
    assert len(join_side_heads(chunks, lambda text: text.startswith("记者"))) == 4


def test_running_text_is_no_headline_line() -> None:
    assert len(join_side_heads(_side_head("务。平台上线"))) == 4


def test_the_parser_reads_a_side_head_as_one_title() -> None:
    body = [
        "本刊讯 近日，新区举办企业服务座谈会，服务专员与企业代表面对面交流，服务",
        "内容涵盖注册、融资和人才招聘等方面，企业代表纷纷表示服务贴心到位。",
    ]
    lines = [
        *body,
        "新区为企业打造综合服",
        "上线当天，平台为区内企业提供了注册、融资、人才招聘等一站式服",
        "务平台正式上线",
        "务，受到企业好评。据介绍，平台整合了二十余个部门的服务事项，",
        "企业足不出户即可办理各类业务，真正实现了服务零距离和办事零跑腿。",
        *body,
    ]
    issue = parse_text("\n".join(lines), shape=SourceShape.PDF_TEXT)
    titles = [article.title for article in issue.articles]
    assert "新区为企业打造综合服务平台正式上线" in titles
