"""Big inputs: a long paragraph is laid out in parts, and a big issue in steps, so the
first screen never waits for the whole issue and keys are answered meanwhile."""

from __future__ import annotations

import asyncio
import time

import pytest
from textual.pilot import Pilot

from qtread.model import Block, BlockType, Issue, LineSpan
from qtread.text.sanitize import LABEL_CHARS, visible_label
from qtread.tui import layout as layout_module
from qtread.tui.app import ReaderApp
from qtread.tui.layout import MAX_PARA_CHARS, Kind, Layout, build_paras, flow
from qtread.tui.state import Place, StateStore
from qtread.tui.widgets import reader_view

from .factory import make_issue

pytestmark = pytest.mark.xdist_group("tui")

SENTENCE = "钱塘新区步入发展新阶段，产业立区再造六大平台。"  # 24 characters


def long_issue(sentences: int = 1000) -> Issue:
    """An issue whose first article holds one paragraph of SENTENCES sentences (24,000
    characters for 1,000): a whole issue extracted as one line looks like this."""
    issue = make_issue(articles=3, paragraphs=2)
    article = issue.articles[0]
    article.blocks.insert(1, Block(BlockType.PARAGRAPH, SENTENCE * sentences, LineSpan(2, 2)))
    return issue


def test_a_long_paragraph_is_cut_after_sentences_into_parts_that_read_as_one() -> None:
    paras = build_paras(long_issue())
    parts = [para for para in paras if para.article == 0 and para.block == 1]
    assert len(parts) > 1
    assert all(len(part.text) <= MAX_PARA_CHARS for part in parts)
    assert "".join(part.text for part in parts) == SENTENCE * 1000
    assert all(part.text.endswith("。") for part in parts)  # cut where a sentence ends
    assert [part.base for part in parts] == [
        sum(len(p.text) for p in parts[:n]) for n in range(len(parts))
    ]
    layout = flow(paras, 40)
    rows = [
        n for n, line in enumerate(layout.lines) if line.para in {paras.index(p) for p in parts}
    ]
    assert rows == list(range(rows[0], rows[-1] + 1))  # no blank line between the parts
    first_lines = [layout.lines[layout.para_lines[paras.index(p)]] for p in parts]
    assert first_lines[0].prefix.strip() == "" and len(first_lines[0].prefix) > 0  # indented
    assert all(line.prefix == "" for line in first_lines[1:])  # the rest are not


def test_a_layout_made_in_steps_is_the_layout_made_at_once() -> None:
    paras = build_paras(long_issue())
    whole = flow(paras, 37)
    steps = Layout.start(paras, 37, lines=10)
    assert not steps.complete and steps.estimated_lines > len(steps.lines)
    while not steps.complete:
        steps.extend(lines=7)
    assert steps.lines == whole.lines
    assert (steps.para_lines, steps.article_lines) == (whole.para_lines, whole.article_lines)
    assert steps.estimated_lines == len(whole.lines)
    partial = Layout.start(paras, 37, lines=10)
    far = len(paras) - 2
    assert partial.line_of(far, 0) == whole.line_of(far, 0)  # laid out as far as asked
    partial.extend_to_article(2)
    assert partial.article_lines[:3] == whole.article_lines[:3]


def test_a_place_inside_a_long_paragraph_survives_quitting(store: StateStore) -> None:
    issue = long_issue()
    offset = 24 * 700 + 5  # in a later part of the paragraph

    async def first(app: ReaderApp, pilot: Pilot[None]) -> None:
        part, local = app.reader._resolve(Place(issue.articles[0].id, 1, offset))
        assert app.reader.paras[part].base + local == offset and app.reader.paras[part].base > 0
        app.reader.view.go_to(part, local)
        await pilot.pause()
        place = app.reader.place_at(app.reader.view.top)
        assert (place.block, place.article) == (1, issue.articles[0].id)
        assert abs(place.offset - offset) < 40  # the start of the line holding it
        await pilot.press("q")

    run(issue, store, first)
    saved = store.load_issue(issue.source.sha256).place
    assert saved is not None and abs(saved.offset - offset) < 40


def run(issue: Issue, store: StateStore, script: object, *, settle: bool = True) -> ReaderApp:
    """Run SCRIPT in the app; without SETTLE, as soon as the page has a size (before the
    app goes idle, which a layout made in steps only does once it is complete)."""
    app = ReaderApp(issue, store=store)

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            if settle:
                await pilot.pause()
            while not app.reader.view.size.height:
                await asyncio.sleep(0.001)
            await script(app, pilot)  # type: ignore[operator]

    asyncio.run(main())
    return app


def test_a_big_issue_is_shown_before_it_is_laid_out_and_keys_work_meanwhile(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_view, "PROGRESSIVE_CHARS", 10_000)
    monkeypatch.setattr(reader_view, "FIRST_LINES", 60)
    monkeypatch.setattr(reader_view, "STEP_LINES", 20)
    issue = long_issue(2000)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert view.progressive
        whole = len(flow(app.reader.paras, view.layout_.width).lines)
        first = len(view.layout_.lines)
        assert first < whole  # the first screen did not wait for the rest
        top = view.top
        press = asyncio.create_task(pilot.press("space"))  # not waiting for the app to idle
        started = time.perf_counter()
        while view.top == top:
            await asyncio.sleep(0.001)
        assert time.perf_counter() - started < 1.0
        deadline = time.perf_counter() + 60
        while not view.layout_.complete and time.perf_counter() < deadline:
            await asyncio.sleep(0.01)
        assert view.layout_.complete and len(view.layout_.lines) == whole
        await press
        await pilot.press("G")
        assert view.top >= whole - view.page_height

    run(issue, store, script, settle=False)


def test_end_and_next_article_lay_out_what_they_need(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_view, "PROGRESSIVE_CHARS", 10_000)
    monkeypatch.setattr(reader_view, "FIRST_LINES", 30)
    monkeypatch.setattr(reader_view, "STEP_PAUSE_S", 60.0)  # no growing in the background

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert not view.layout_.complete
        await pilot.press("right_square_bracket")
        assert view.layout_.article_at(view.top) == 1
        await pilot.press("G")
        assert view.layout_.complete

    run(long_issue(2000), store, script)


def test_a_label_is_one_bounded_line() -> None:
    assert visible_label("标题\n第二行") == "标题 第二行"
    label = visible_label("题" * (LABEL_CHARS * 10))
    assert label == "题" * LABEL_CHARS + "…"
    assert visible_label("\x1b]52;c;x\x07") == visible_label("\x1b]52;c;x\x07").replace("\x1b", "")


def test_a_megabyte_title_does_not_stall_the_status_line(store: StateStore) -> None:
    issue = make_issue(articles=1, paragraphs=1)
    issue.articles[0].title = "长" * 2_000_000

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        started = time.perf_counter()
        for _ in range(20):
            app.reader.update_status()
        assert time.perf_counter() - started < 1.0
        assert "长" in str(app.reader.query_one("#status").render())
        assert any(line.kind is Kind.TITLE for line in app.reader.view.layout_.lines)

    run(issue, store, script)
    assert layout_module.MAX_PARA_CHARS == MAX_PARA_CHARS
