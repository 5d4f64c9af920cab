"""What a converter's bold marks say in a file read as printed lines: the span that opens
a line is kept (parse/bold_marks.py), a bold line is a title's line and never a plain
paragraph's (unwrap/frames.py, unwrap/paragraphs.py), a bold title's wrapped lines are
one title (unwrap/bold_titles.py), and a run of bold titles over short texts is a run of
briefs (segment/runs.py). Every text here is invented."""

from __future__ import annotations

from qtread.model import ArticleKind, LineSpan, SourceShape
from qtread.parse import parse_text
from qtread.parse.bold_marks import BOLD_LINES_MIN, drop_bold_marks
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.lines import Line, normalise, split_lines
from qtread.parse.unwrap.bold_titles import join_bold_title_lines
from qtread.parse.unwrap.frames import line_frames
from qtread.parse.unwrap.paragraphs import pdf_chunks

#: Enough bold lines before the ones a test reads for the marks to be a converter's.
CONVERTED = "\n\n".join(f"**湖畔新城第{n}号工程开工**" for n in range(BOLD_LINES_MIN))

BODY_LINES = [
    "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园建设，总投资",
    "超过一百亿元，预计明年年底前全部完工，届时将惠及沿线的十余个社区。",
]


def _lines(text: str) -> list[Line]:
    return drop_bold_marks(split_lines(normalise(f"{CONVERTED}\n\n{text}")))


def _chunk(text: str, first: int, *, gap: int = 1, emphasis: bool = True) -> Chunk:
    return Chunk(ChunkKind.TEXT, text, LineSpan(first, first), [text], gap=gap, emphasis=emphasis)


def test_the_bold_span_opening_a_line_is_kept() -> None:
    lines = _lines(
        "**北湖区新增三所幼儿园**\n**南岭经开区招聘会举办** 近日，南岭\n据悉，**北湖区**新增"
    )
    assert [(line.text, line.bold) for line in lines[-3:]] == [
        ("北湖区新增三所幼儿园", "北湖区新增三所幼儿园"),
        ("南岭经开区招聘会举办 近日，南岭", "南岭经开区招聘会举办"),
        ("据悉，北湖区新增", ""),  # bold inside a line says nothing of the line
    ]


def test_a_bold_span_run_into_its_text_is_a_frame_of_its_own() -> None:
    frames = list(line_frames(_lines("**南岭经开区招聘会举办** 近日，南岭经开区举办")))
    assert [(frame.text, frame.emphasis) for frame in frames[-2:]] == [
        ("南岭经开区招聘会举办", True),
        ("近日，南岭经开区举办", False),
    ]
    assert frames[-2].span == frames[-1].span  # both from the one printed line


def test_a_change_of_weight_starts_a_frame() -> None:
    frames = list(line_frames(_lines(f"**北湖区新增三所幼儿园**\n{BODY_LINES[0]}")))
    assert [frame.lines for frame in frames[-2:]] == [["北湖区新增三所幼儿园"], [BODY_LINES[0]]]


def test_a_bold_title_line_never_joins_a_paragraph() -> None:
    # as wide as a line of the text, under a sentence left open: in plain type, its next line
    title = "湖畔新城北湖区今年新增三所公办幼儿园和两所社区养老服务中心"
    text = "\n\n".join([*BODY_LINES[:1], f"**{title}**", BODY_LINES[1]])
    texts = [chunk.text for chunk in pdf_chunks(_lines(text))]
    assert title in texts


def test_a_lead_set_in_bold_is_still_one_paragraph() -> None:
    text = "\n\n".join(f"**{line}**" for line in BODY_LINES)
    texts = [chunk.text for chunk in pdf_chunks(_lines(text))]
    assert "".join(BODY_LINES) in texts


def test_the_wrapped_lines_of_a_bold_title_are_one_title() -> None:
    chunks = join_bold_title_lines([_chunk("湖畔新城今年启动十项民生", 10), _chunk("工程建设", 12)])
    assert [chunk.text for chunk in chunks] == ["湖畔新城今年启动十项民生工程建设"]
    assert chunks[0].span == LineSpan(10, 12) and chunks[0].emphasis


def test_a_label_over_a_wider_title_a_deck_and_a_plain_line_stay_apart() -> None:
    for pair in (
        [_chunk("动态", 8), _chunk("湖畔新城今年启动十项民生", 10)],  # a label over a title
        [_chunk("湖畔新城今年启动十项民生", 10), _chunk("——北湖区新增", 12)],  # its deck
        [_chunk("湖畔新城今年启动十项民生", 10), _chunk("工程", 12, emphasis=False)],
        [_chunk("湖畔新城今年启动十项民生", 10), _chunk("工程", 13, gap=2)],  # a gap apart
    ):
        assert len(join_bold_title_lines(pair)) == 2


def test_bold_titles_over_short_texts_in_printed_lines_are_briefs() -> None:
    titles = ["湖畔新城启动十项民生工程", "北湖区新增三所公办幼儿园", "南岭经开区举办人才招聘会"]
    parts = ["**湖城新闻周刊**", "编辑部的话", *BODY_LINES, "**动态**"]
    parts += ["**湖畔新城启动十项民**", "**生工程**", *BODY_LINES]  # a title that wrapped
    parts += [f"**{titles[1]}** {BODY_LINES[0]}", BODY_LINES[1]]  # one run into its text
    parts += [f"**{titles[2]}**", *BODY_LINES]
    text = "\n\n".join(f"{CONVERTED}\n\n\n{chr(10).join(parts)}".split("\n"))
    issue = parse_text(text, shape=SourceShape.PDF_TEXT)
    briefs = [a.title for a in issue.articles if a.kind is ArticleKind.BRIEF]
    assert briefs == titles
