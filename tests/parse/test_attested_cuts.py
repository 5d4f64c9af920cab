"""A sentence left open where a box, title or page cut it takes a later text that
opens mid-word, only where the issue's own words show the cut splits a word."""

from __future__ import annotations

from qtread.model import LineSpan
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.unwrap import rejoin_breaks, resume_attested


def _chunk(text: str, line: int, *, kind: ChunkKind = ChunkKind.TEXT, page: bool = False) -> Chunk:
    return Chunk(kind, text, LineSpan(line, line), [text], page_break=page)


LEAD = "落户于新区的整车项目被称为当时工业史上最大的单体投资项目，创造了新纪录。"


def _issue(head: str, tail: str, *elsewhere: str) -> list[Chunk]:
    """HEAD open at a page's foot, another article's page, then TAIL after a byline box."""
    return [
        _chunk("星河湾区的企业今年增长很快，星河湾区也成了新的产业高地。", 1),
        *[_chunk(text, 3 + n) for n, text in enumerate(elsewhere)],
        _chunk(head, 20),
        _chunk("整车厂带动零部件产业发展", 22, kind=ChunkKind.FRAME, page=True),
        _chunk("另一篇文章的正文从这里开始，讲的是别的事情。", 24),
        _chunk("园区管理办公室主任", 26),
        _chunk(tail, 28),
    ]


def test_a_cut_inside_a_word_the_issue_prints_whole_is_joined() -> None:
    head = LEAD + "如今，有近三十个零部件企业环绕在星河"
    chunks = _issue(head, "湾区周边，一张产业网越扎越深。")
    texts = [chunk.text for chunk in resume_attested(chunks)]
    assert head + "湾区周边，一张产业网越扎越深。" in texts
    assert len(texts) == len(chunks) - 1


def test_a_cut_between_two_words_is_not_joined() -> None:
    chunks = _issue(
        LEAD + "记者走访了多家企业，走访新区",
        "作为一家有担当的企业，公司积极参与公益。",
        "新区作为开放高地，作为产业平台，作为改革先锋。",
    )
    assert len(resume_attested(chunks)) == len(chunks)  # 区作 is rare, 作为 common


def test_a_list_of_names_takes_no_continuation() -> None:
    names = "获奖企业有星河科技公司星河材料公司星河电子公司星河汽车公司星河能源公司星河医药公司星河物流公司星河"
    chunks = _issue(names, "湾区周边，一张产业网越扎越深。")
    assert len(resume_attested(chunks)) == len(chunks)  # no clause mark: not a sentence


def test_a_set_in_first_line_opening_a_page_does_not_take_an_open_sentence() -> None:
    open_sentence = ["如今，有近三十个零部件企业环绕在星河", "整车项目的周围，带动了一批配套企业落"]
    page_top = [  # set in by two characters: another paragraph's first line
        "前进智造园正紧紧围绕航空航天和智能装",
        "两个大平台，充分依托一批行业领军企业，吸",
        "引产业链上优质项目落地。",
    ]

    def chunks(top: list[str]) -> list[Chunk]:
        head = Chunk(ChunkKind.TEXT, "".join(open_sentence), LineSpan(1, 3), [*open_sentence])
        title = _chunk("整车厂带动零部件产业发展", 5, kind=ChunkKind.FRAME)
        text = Chunk(ChunkKind.TEXT, "".join(top), LineSpan(7, 11), [*top], page_break=True)
        return [head, title, text]

    assert len(rejoin_breaks(chunks(page_top))) == 3
    full_top = ["杭州" + page_top[0], *page_top[1:]]  # a full first line: the sentence goes on
    assert rejoin_breaks(chunks(full_top))[0].text == "".join(open_sentence + full_top)


SENTENCES = [
    "没想到，小小的吹风机会拿下“爆款”第一名。",
    "由北湖电子推出的高速吹风机一经面世很快便在社交平台走红。",
    "北湖电子专注于中高端个人护理小家电产品的生产和销售。",
]


def test_a_sentences_last_words_printed_paragraphs_later_finish_it() -> None:
    # a converter set three finished paragraphs between `…追求品质的` and its last words
    head = LEAD + "一系列智能、时尚、好用的产品非常符合追求品质的"
    chunks = [_chunk(head, 1), *[_chunk(text, 3 + n) for n, text in enumerate(SENTENCES)]]
    chunks.append(_chunk("女性消费者需求。", 9))
    texts = [chunk.text for chunk in rejoin_breaks(chunks)]
    assert texts == [head + "女性消费者需求。", *SENTENCES]


def test_a_sentence_open_on_another_word_takes_the_next_paragraph_as_before() -> None:
    head = LEAD + "一系列智能、时尚、好用的产品非常符合追求品质"  # no function word at the end
    chunks = [_chunk(head, 1), *[_chunk(text, 3 + n) for n, text in enumerate(SENTENCES)]]
    chunks.append(_chunk("女性消费者需求。", 9))
    texts = [chunk.text for chunk in rejoin_breaks(chunks)]
    assert texts[0] == head + SENTENCES[0]
