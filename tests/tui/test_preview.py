"""A big issue opens on a preview of its text while the parse runs in the background,
and the parsed issue takes its place at the line being read."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot

from qtread.cli.read import open_issue
from qtread.errors import InputError, QtreadError
from qtread.model import Issue
from qtread.parse import parse_path
from qtread.tui import preview
from qtread.tui.app import ReaderApp
from qtread.tui.preview import PendingParse, is_preview, parse_in_background, preview_issue
from qtread.tui.screens.reader import ReaderScreen
from qtread.tui.state import IssueState, Place, StateStore

pytestmark = pytest.mark.xdist_group("tui")

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))[0]


def test_the_preview_is_the_text_a_line_a_paragraph() -> None:
    data = "第一行\n\n第二行\r\n第三行".encode()
    issue = preview_issue(PendingParse(data, "big.txt"))
    assert is_preview(issue)
    (article,) = issue.articles
    assert [(b.text, b.span.first) for b in article.blocks] == [
        ("第一行", 1),
        ("第二行", 3),
        ("第三行", 4),
    ]
    with pytest.raises(InputError):
        preview_issue(PendingParse(b"%PDF-1.7\n" + bytes(range(256)), "x.txt"))


def test_a_long_file_is_previewed_in_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview, "BRIEF_PREVIEW_LINES", 10)
    data = "\n".join(f"第{n}行" for n in range(100)).encode()
    blocks = preview_issue(PendingParse(data, "big.txt")).articles[0].blocks
    assert len(blocks) == 11 and "90" in blocks[-1].text  # and a word on the rest


def test_the_sha256_of_the_preview_is_the_issues(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    assert preview_issue(PendingParse(data, "x")).source.sha256 == parse_path(SAMPLE).source.sha256


def test_every_file_opens_on_a_preview_brief_unless_its_parse_is_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    issue, pending = open_issue(SAMPLE)
    assert is_preview(issue) and pending.data == SAMPLE.read_bytes()
    brief = issue.articles[0].blocks
    assert brief[-1].span.first == preview.BRIEF_PREVIEW_LINES + 1  # and the rest, later
    monkeypatch.setattr(preview, "PROCESS_BYTES", 1000)
    issue, _ = open_issue(SAMPLE)
    assert len(issue.articles[0].blocks) > len(brief)


@pytest.mark.parametrize("process_bytes", [10**9, 1000], ids=["thread", "process"])
def test_the_background_parse_gives_the_issue_a_parse_here_gives(
    process_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "PROCESS_BYTES", process_bytes)
    data = SAMPLE.read_bytes()
    there = asyncio.run(parse_in_background(PendingParse(data, SAMPLE.name)))
    here = parse_path(SAMPLE)
    assert [a.title for a in there.articles] == [a.title for a in here.articles]
    assert there.dropped == here.dropped


@pytest.mark.parametrize("wanted", [None, False, True])
def test_the_reader_has_ocr_punctuation_as_export_has_it(wanted: bool | None) -> None:
    """An OCR issue (the flowed shape) is read with its half-width marks made full width,
    as `export` and `toc` show it, unless `read --keep-punct` says otherwise."""
    from qtread.text.punctuation import as_wanted

    ocr = next(p for p in SAMPLE.parent.glob("*.txt") if parse_path(p).source.shape == "flowed")
    read = preview.parse_pending(PendingParse(ocr.read_bytes(), ocr.name, normalize_punct=wanted))
    exported = as_wanted(parse_path(ocr), wanted)
    assert [b.text for a in read.articles for b in a.blocks] == [
        b.text for a in exported.articles for b in a.blocks
    ]
    as_parsed = "".join(b.text for a in parse_path(ocr).articles for b in a.blocks)
    commas = "".join(b.text for a in read.articles for b in a.blocks).count(",")
    assert (commas == as_parsed.count(",")) is (wanted is False)


@pytest.mark.parametrize("process_bytes", [10**9, 1000], ids=["thread", "process"])
def test_the_background_parse_says_what_stopped_it(
    process_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "PROCESS_BYTES", process_bytes)
    pending = PendingParse(SAMPLE.read_bytes(), "x.txt", encoding="ascii")
    with pytest.raises(QtreadError, match="not valid ascii"):
        asyncio.run(parse_in_background(pending))


def run(pending: PendingParse, store: StateStore, script: object) -> ReaderApp:
    """SCRIPT in a reader on PENDING's preview, parsed in a process (as a big file is:
    slow enough for the script to act before it is done)."""
    app = ReaderApp(preview_issue(pending, lines=10**6), store=store, pending=pending)
    original, preview.PROCESS_BYTES = preview.PROCESS_BYTES, 1000

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await script(app, pilot)  # type: ignore[operator]

    try:
        asyncio.run(main())
    finally:
        preview.PROCESS_BYTES = original
    return app


async def parsed(app: ReaderApp) -> None:
    for _ in range(600):
        if app.reader.pending is None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the background parse did not end")


def test_the_parsed_issue_replaces_the_preview_at_the_line_being_read(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    pending = PendingParse(SAMPLE.read_bytes(), SAMPLE.name)
    released = asyncio.Event()
    parse = preview.parse_in_background

    async def held(pending: PendingParse) -> Issue:  # done only once the reader has moved
        await released.wait()
        return await parse(pending)

    monkeypatch.setattr(preview, "parse_in_background", held)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert is_preview(app.reader.issue)
        for _ in range(40):
            view.action_next_page()
        released.set()
        para = app.reader.paras[view.layout_.anchor(view.top)[0]]
        line = app.reader.issue.articles[0].blocks[para.block].span.first
        await parsed(app)
        assert len(app.reader.articles) > 1
        await pilot.press("t", "t")  # the contents pane, made now, lists the parsed issue
        assert len(app.reader._toc_nodes) == len(app.reader.articles)
        para = app.reader.paras[view.layout_.anchor(view.top)[0]]
        article = app.reader.articles[para.article]
        block = article.blocks[para.block] if para.block >= 0 else None
        first = block.span.first if block is not None else article.span.first  # type: ignore[union-attr]
        assert first <= line  # the paragraph that holds the line, or the one before it
        assert line - first < 60
        await pilot.press("q")

    run(pending, store, script)
    saved = store.load_issue(parse_path(SAMPLE).source.sha256).place
    assert saved is not None and saved.article != preview.PREVIEW_ARTICLE


def test_not_moved_it_opens_where_the_issue_was_left(store: StateStore) -> None:
    issue = parse_path(SAMPLE)
    article = issue.articles[len(issue.articles) // 2]
    store.save_issue(issue.source.sha256, IssueState(Place(article.id, 0, 0, 0.5)))
    pending = PendingParse(SAMPLE.read_bytes(), SAMPLE.name)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await parsed(app)
        await pilot.pause()
        para = app.reader.paras[app.reader.view.layout_.anchor(app.reader.view.top)[0]]
        assert app.reader.articles[para.article].id == article.id

    run(pending, store, script)


def test_the_preview_keeps_no_place_and_no_bookmark(store: StateStore) -> None:
    pending = PendingParse(SAMPLE.read_bytes(), SAMPLE.name)

    async def never(pending: PendingParse) -> None:
        await asyncio.sleep(3600)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("space", "space", "m")
        await pilot.pause()
        assert app.reader.state.bookmarks == []
        await pilot.press("q")

    original = ReaderScreen._parse_in_background
    try:
        ReaderScreen._parse_in_background = (  # type: ignore[method-assign]
            lambda self, pending: never(pending)
        )
        run(pending, store, script)
    finally:
        ReaderScreen._parse_in_background = original  # type: ignore[method-assign]
    assert store.load_issue(preview_issue(pending).source.sha256).place is None


def test_a_failed_parse_is_said_and_the_preview_stays(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def failing(pending: PendingParse) -> None:
        raise QtreadError("x.txt: something the parser could not read")

    monkeypatch.setattr(preview, "parse_in_background", failing)
    pending = PendingParse(SAMPLE.read_bytes(), SAMPLE.name)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.pause()
        assert is_preview(app.reader.issue)
        messages = [n.message for n in app._notifications]
        assert any("something the parser could not read" in m for m in messages)

    run(pending, store, script)
