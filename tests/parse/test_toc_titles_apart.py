"""A title the TOC names, printed as whole lines of a longer chunk, is set apart as a
chunk of its own (segment/toc.py `toc_titles_apart`): a deck set over it in one frame,
the paragraph the joiner ran it into. Every text here is invented."""

from __future__ import annotations

from qtread.model import LineSpan, TocEntry
from qtread.parse import parse_text
from qtread.parse.chunks import Chunk, ChunkKind
from qtread.parse.segment.toc import toc_titles_apart

DECK = "湖畔新城今年启动十项民生工程，涵盖道路和学校。"
TEXT = "湖畔新城今年将启动十项民生工程，涵盖道路、学校和公园等多个方面，总投资超过一百亿元。"
TITLES = (
    "北湖区新增三所公办幼儿园",
    "西山公园步道全线贯通开放",
    "东港码头扩建工程完工验收",
    "南岸老街修缮后重新开放",
    "湖畔新城民生工程全面开工",
)


def _frame(*lines: str, first: int = 10, kind: ChunkKind = ChunkKind.FRAME) -> Chunk:
    return Chunk(kind, "".join(lines), LineSpan(first, first + len(lines) - 1), list(lines))


def _texts(chunks: list[Chunk]) -> list[str]:
    return [chunk.text for chunk in chunks]


def test_a_deck_over_a_listed_title_in_one_frame_is_cut_off_it() -> None:
    chunks = toc_titles_apart([_frame(DECK, TITLES[0])], [TocEntry(TITLES[0], 4)])
    assert _texts(chunks) == [DECK, TITLES[0]]
    assert [c.span for c in chunks] == [LineSpan(10, 10), LineSpan(11, 11)]
    assert chunks[0].kind is ChunkKind.FRAME  # the part around the title stays a frame


def test_a_wrapped_title_run_into_its_paragraph_is_cut_with_both_its_lines() -> None:
    head, tail = TITLES[1][:8], TITLES[1][8:]
    paragraph = _frame(head, tail, TEXT[:30], TEXT[30:], kind=ChunkKind.TEXT)
    chunks = toc_titles_apart([paragraph], [TocEntry(TITLES[1], 6)])
    assert _texts(chunks) == [TITLES[1], TEXT]
    assert [c.kind for c in chunks] == [ChunkKind.FRAME, ChunkKind.TEXT]


def test_a_listed_title_over_its_listed_deck_in_one_frame_is_cut_from_it() -> None:
    # the frame is the entry's title and subtitle together: the title is set apart, so
    # the matcher finds it and reads the deck under it as the subtitle
    entry = TocEntry(TITLES[0], 4, subtitle=DECK)
    chunks = toc_titles_apart([_frame(TITLES[0], DECK)], [entry])
    assert _texts(chunks) == [TITLES[0], DECK]


def test_a_listed_title_and_its_deck_on_one_line_run_into_a_paragraph_are_cut() -> None:
    # a sentence open at a page's foot took the next page's headline line (`标题——副题`)
    heading = f"{TITLES[1]}——{DECK[:8]}"
    paragraph = _frame(TEXT[:30], heading, DECK[8:], kind=ChunkKind.TEXT)
    chunks = toc_titles_apart([paragraph], [TocEntry(TITLES[1], 6)])
    assert _texts(chunks) == [TEXT[:30], TITLES[1], f"——{DECK}"]  # the deck goes on


def test_a_title_line_with_its_deck_after_a_dash_opening_a_chunk_is_cut_at_the_dash() -> None:
    frame = _frame(f"{TITLES[1]}——{DECK[:8]}", DECK[8:])
    chunks = toc_titles_apart([frame], [TocEntry(TITLES[1], 6)])
    assert _texts(chunks) == [TITLES[1], f"——{DECK}"]


def test_only_whole_lines_that_read_as_a_listed_title_cut_a_chunk() -> None:
    entries = [TocEntry(title, 4) for title in TITLES]
    untouched = [
        _frame(TITLES[2]),  # the title alone already
        _frame(TITLES[2][:6], TITLES[2][6:]),  # the title wrapped, nothing else
        _frame(DECK, "在" + TITLES[2]),  # the title inside a line of text
        _frame(DECK, "一张网"),  # a listed title too short to tell from text
    ]
    assert toc_titles_apart(untouched, [*entries, TocEntry("一张网", 8)]) == untouched


def test_the_parse_places_a_title_printed_under_its_deck_in_one_frame() -> None:
    # raw PDF text: a printed line a line, a blank after each, but the deck and the title
    # set as one frame, with no blank between them
    contents = ["目录", *(f"{title} {4 + 6 * n}" for n, title in enumerate(TITLES))]
    printed = [TEXT[:22], TEXT[22:]] * 12
    body: list[str] = []
    for title in TITLES:
        body += ["", DECK, title, "", *(f"{line}\n" for line in printed)]
    issue = parse_text("\n".join([*contents, "", *body]))
    placed = [article.title for article in issue.articles if article.evidence == "toc"]
    assert placed == list(TITLES)
