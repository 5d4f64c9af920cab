"""A line with a space between two runs of words is a headline's (`红色党旗 引领…`), unless
the line under it cannot open a paragraph (`制，更好服务…`): then it is a title run in
before its text, which that line finishes (unwrap/paragraphs.py). Invented text."""

from __future__ import annotations

from qtread.parse.lines import normalise, split_lines
from qtread.parse.unwrap.paragraphs import pdf_chunks

TEXT = [  # 30 characters a line, a blank after each
    "今年湖畔新城将启动十项民生工程，涵盖道路、学校和公园建设，总投资超",
    "过一百亿元，预计明年年底前全部完工，届时将惠及沿线的十余个社区居民。",
]
RUN_IN = "湖畔新城出台人才安居新政策 为吸引更多青年人才来湖畔新城安居乐业和发"
UNDER = [
    "展，新城出台了人才安居政策，对符合条件的青年人才给予租房补贴和购房",
    "优惠，政策自下月起正式实施，有效期为三年，期满后将根据情况再作调整。",
]


def _texts(*lines: str) -> list[str]:
    return [chunk.text for chunk in pdf_chunks(split_lines(normalise("\n\n".join(lines))))]


def test_a_spaced_line_over_a_line_that_cannot_open_runs_on_into_it() -> None:
    texts = _texts(*TEXT, "简讯", RUN_IN, *UNDER)
    assert texts[-1] == RUN_IN + "".join(UNDER)


def test_a_spaced_headline_over_its_text_stays_apart() -> None:
    headline = "湖畔新城人才新政 青年安居有保障"
    texts = _texts(*TEXT, headline, UNDER[1], *TEXT)
    assert headline in texts
