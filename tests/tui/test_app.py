"""Pilot tests of the reader: keys, TOC, search, bookmarks, resume, themes, resize."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from rich.color import Color
from textual import events
from textual.command import CommandList
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Tree
from textual.widgets.option_list import Option

from qtread.model import Article, Issue
from qtread.parse import parse_path
from qtread.paths import samples_dir
from qtread.text.cjk import cell_width
from qtread.tui.app import ReaderApp
from qtread.tui.layout import Kind
from qtread.tui.screens import BookmarkList, HelpScreen, PickList
from qtread.tui.screens.reader import article_on_page
from qtread.tui.state import StateStore

from .factory import make_issue, mixed_blocks

pytestmark = pytest.mark.xdist_group("tui")

Script = Callable[[ReaderApp, Pilot[None]], Awaitable[None]]


def run(
    issue: Issue,
    store: StateStore,
    script: Script,
    size: tuple[int, int] = (80, 24),
    theme: str | None = None,
) -> ReaderApp:
    app = ReaderApp(issue, store=store, theme=theme)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await script(app, pilot)

    asyncio.run(main())
    return app


def test_opens_on_the_first_page(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert view.top == 0
        assert view.layout_.lines[0].kind is Kind.SECTION
        assert view.has_focus
        status = str(app.reader.query_one("#status").render())
        assert "特别关注" in status and "页 1/" in status and "%" in status

    run(make_issue(), store, script)


def test_page_forward_and_back(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        height = view.page_height
        for key in ("space", "pagedown", "right", "l"):
            before = view.top
            await pilot.press(key)
            assert view.top == before + height
        for key in ("b", "pageup", "left", "h"):
            before = view.top
            await pilot.press(key)
            assert view.top == before - height
        await pilot.press("j", "j", "k")
        assert view.top == 1
        await pilot.press("G")
        assert view.top == len(view.layout_.lines) - height
        await pilot.press("g")
        assert view.top == 0
        await pilot.press("right_square_bracket")
        assert view.top == view.layout_.article_lines[1]
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert view.top == view.layout_.article_lines[1]

    run(make_issue(), store, script)


def test_mouse_wheel_and_click_turn_pages(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        await pilot.click("#reader", offset=(78, 5))
        assert view.top == view.page_height
        await pilot.click("#reader", offset=(1, 5))
        assert view.top == 0
        for _ in range(3):
            view.post_message(events.MouseScrollDown(view, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.top > 0

    run(make_issue(), store, script)


def test_toc_shows_and_jumps(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        assert app.reader.toc is None  # made when first shown
        await pilot.press("t")
        toc = app.reader.toc
        assert toc is not None and toc.display and toc.has_focus
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        node = toc.cursor_node
        assert node is not None and node.data is not None
        assert app.reader.view.top == min(
            app.reader.view.layout_.article_lines[node.data],
            len(app.reader.view.layout_.lines) - app.reader.view.page_height,
        )
        assert app.reader.view.has_focus
        await pilot.press("t")
        assert not toc.display

    run(make_issue(), store, script, size=(120, 40))


def test_toc_click_jumps(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("t")
        await pilot.click("#toc", offset=(6, 2))
        await pilot.pause()
        assert app.reader.view.top > 0

    run(make_issue(), store, script, size=(120, 40))


def test_search_and_n_N(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        await pilot.press("slash")
        await pilot.press(*"第3篇第2段")
        await pilot.press("enter")
        await pilot.pause()
        assert len(view.hits) == 1
        hit = view.hits[0]
        assert view.top <= view.layout_.line_of(hit.para, hit.start) < view.top + view.page_height
        await pilot.press("slash")
        app.screen.query_one(Input).value = "钱塘新区"
        await pilot.press("enter")
        await pilot.pause()
        total = len(view.hits)
        assert total > 10 and view.current_hit >= 0
        first = view.current_hit
        await pilot.press("n")
        assert view.current_hit == (first + 1) % total
        await pilot.press("N", "N")
        assert view.current_hit == (first - 1) % total
        await pilot.press("r")
        assert isinstance(app.screen, PickList)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert view.current_hit == 2
        assert "钱塘新区" in str(app.reader.query_one("#status").render())

    run(make_issue(), store, script)


def test_bookmark_and_jump_back(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        await pilot.press("space", "space", "j")
        marked = view.top
        await pilot.press("m")
        await pilot.press("G")
        await pilot.press("B")
        assert isinstance(app.screen, BookmarkList)
        await pilot.press("enter")
        await pilot.pause()
        assert view.top == marked
        await pilot.press("apostrophe")
        await pilot.press("d")
        await pilot.press("escape")
        assert app.reader.state.bookmarks == []

    run(make_issue(), store, script)
    assert StateStore(store.root).load_issue(make_issue().source.sha256).bookmarks == []


def test_quit_and_resume_at_the_same_place(store: StateStore) -> None:
    issue = make_issue()
    places: list[int] = []

    async def first(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("space", "space", "j", "j", "m")
        places.append(app.reader.view.top)
        await pilot.press("q")

    async def second(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.pause()
        places.append(app.reader.view.top)
        assert len(app.reader.state.bookmarks) == 1

    run(issue, store, first)
    run(make_issue(), StateStore(store.root), second)
    assert places[0] == places[1] > 0


def test_resume_survives_a_different_terminal_size(store: StateStore) -> None:
    texts: list[str] = []

    async def first(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("space", "space", "space")
        para, _ = app.reader.view.layout_.anchor(app.reader.view.top)
        texts.append(app.reader.paras[para].text)
        await pilot.press("q")

    async def second(app: ReaderApp, pilot: Pilot[None]) -> None:
        para, _ = app.reader.view.layout_.anchor(app.reader.view.top)
        assert app.reader.paras[para].text == texts[0]

    run(make_issue(), store, first, size=(80, 24))
    run(make_issue(), StateStore(store.root), second, size=(120, 40))


def test_corrupt_state_is_ignored_with_a_warning(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    notify = ReaderApp.notify

    def recording_notify(self: ReaderApp, message: str, **options: object) -> None:
        if options.get("severity") == "warning":
            warnings.append(message)
        notify(self, message, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(ReaderApp, "notify", recording_notify)
    issue = make_issue()
    path = store.issue_path(issue.source.sha256)
    path.parent.mkdir(parents=True)
    path.write_text("{garbage", encoding="utf-8")
    store.settings_path.write_text('{"width": "wide"}', encoding="utf-8")

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        assert app.reader.view.top == 0
        assert app.settings.width == 72

    run(issue, store, script)
    assert len(warnings) == 2 and all("corrupt state file" in w for w in warnings)
    assert path.with_suffix(".corrupt").exists()


def test_theme_switch_is_remembered(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        assert app.theme == "paper"
        await pilot.press("c")
        assert app.theme == "night"
        palette = app.reader.view.palette
        assert palette is not None and palette.base.bgcolor is not None
        assert palette.base.bgcolor.triplet is not None
        assert palette.base.bgcolor.triplet.hex == "#15171c"

    run(make_issue(), store, script)
    assert StateStore(store.root).load_settings().theme == "night"

    async def check(app: ReaderApp, pilot: Pilot[None]) -> None:
        assert app.theme == "night"

    run(make_issue(), StateStore(store.root), check)
    run(
        make_issue(),
        StateStore(store.root),
        lambda app, pilot: _assert_theme(app, "sepia"),
        theme="sepia",
    )


async def _assert_theme(app: ReaderApp, name: str) -> None:
    assert app.theme == name


def test_width_keys_reflow_and_stay_centred(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert view.column == 72
        await pilot.press("minus", "minus")
        assert view.column == 64 and view.layout_.width == 64
        await pilot.press("plus")
        assert view.column == 68
        strip = view.render_line(0)
        text = "".join(segment.text for segment in strip)
        assert len(text) - len(text.lstrip()) >= (120 - 1 - 68) // 2
        await pilot.press("i")
        assert not view.layout_.indent

    run(make_issue(), store, script, size=(120, 40))
    assert StateStore(store.root).load_settings().width == 68


def test_resize_to_tiny_and_back(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("space", "space")
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        assert app.reader.view.column <= 20
        await pilot.press("space", "t", "t", "slash", "escape", "question_mark", "escape")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert app.reader.view.column == 72

    run(make_issue(), store, script)


def test_help_and_palette(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        titles = [title for title, _, _ in app.palette_commands()]
        assert "Next theme (paper, night, sepia)" in titles
        assert any(title.startswith("Go to article: 第3篇") for title in titles)
        goto = next(
            cb
            for title, _, cb in app.palette_commands()
            if title.startswith("Go to article: 第3篇")
        )
        goto()
        await pilot.pause()
        assert app.reader.view.top == app.reader.view.layout_.article_lines[3]
        await pilot.press("ctrl+p")
        await pilot.press(*"第4篇")
        for _ in range(50):  # the palette searches in the background
            await pilot.pause(0.1)
            if any("第4篇" in str(option.prompt) for option in _palette_options(app)):
                break
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.view.layout_.article_at(app.reader.view.top) == 4

    run(make_issue(), store, script)


def _palette_options(app: ReaderApp) -> list[Option]:
    lists = app.screen.query(CommandList)
    if not lists:
        return []
    command_list = lists.first()
    return [command_list.get_option_at_index(n) for n in range(command_list.option_count)]


def test_text_is_shown_literally(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        rows = [n for n, line in enumerate(view.layout_.lines) if "[bold]" in line.text]
        assert rows
        view.scroll_to_row(rows[0])
        await pilot.pause()
        text = "".join(s.text for s in view.render_line(0))
        assert "字段[bold]不是标记" in text
        assert all(
            "\x1b" not in s.text for y in range(view.page_height) for s in view.render_line(y)
        )

    run(make_issue(extra=mixed_blocks()), store, script)


SAMPLES = sorted(samples_dir().glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_real_sample_invariants(sample: Path, store: StateStore) -> None:
    issue = parse_path(sample)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        assert len(view.layout_.lines) > 0
        assert len(view.layout_.article_lines) == len(issue.articles)
        for y in range(view.page_height):
            strip = view.render_line(y)
            assert strip.cell_length == view.scrollable_content_region.width
        await pilot.press("G", "space", "g", "right_square_bracket", "t", "t")
        await pilot.press("slash", *"钱塘", "enter")
        await pilot.pause()
        assert view.hits

    run(issue, store, script)


def test_options_list_has_items(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("m", "space", "m", "B")
        assert app.screen.query_one(OptionList).option_count == 2

    run(make_issue(), store, script)


def test_empty_and_odd_issues_do_not_crash(store: StateStore) -> None:
    empty = make_issue(articles=1, paragraphs=0)
    empty.sections = []

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("space", "G", "right_square_bracket", "m", "t", "t", "n", "B")
        await pilot.press("escape", "slash", "x", "enter", "r", "escape", "c")
        assert "(empty issue)" in str(app.reader.query_one("#status").render())
        await pilot.press("q")

    assert run(empty, store, script).return_code == 0

    odd = make_issue(articles=2, paragraphs=0)
    odd.sections[0].articles[0].title = "标题\n第二行"
    odd.sections[0].name = None

    async def script_odd(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("right_square_bracket", "left_square_bracket", "space", "m")
        assert "\n" not in str(app.reader.query_one("#status").render())  # the title on one line
        await pilot.press("q")

    assert run(odd, store, script_odd, size=(20, 6)).return_code == 0


def test_search_as_you_type_and_escape_restores(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        await pilot.press("space")
        origin = view.top
        await pilot.press("slash", *"第5篇")
        await pilot.pause()
        assert view.hits and view.top > origin  # shown while typing
        await pilot.press("escape")
        await pilot.pause()
        assert view.top == origin and view.hits == [] and app.reader.query_text == ""
        await pilot.press("slash", *"第5篇", "enter")
        await pilot.pause()
        assert view.hits and view.top > origin
        await pilot.press("slash", "backspace", "escape")
        await pilot.pause()
        assert view.hits and app.reader.query_text == "第5篇"

    run(make_issue(), store, script)


def test_back_returns_from_jumps(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        view = app.reader.view
        await pilot.press("space", "j")
        start = view.top
        await pilot.press("G")
        await pilot.press("backspace")
        assert view.top == start
        app.reader.go_to_article(4)
        await pilot.pause()
        await pilot.press("slash", *"第1篇第3段", "enter")
        await pilot.pause()
        await pilot.press("ctrl+o")
        assert view.top == view.layout_.article_lines[4]
        await pilot.press("ctrl+o")
        assert view.top == start
        await pilot.press("ctrl+o")  # nothing left: stays
        assert view.top == start

    run(make_issue(), store, script)


def test_any_textual_theme_works(store: StateStore) -> None:
    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        app.theme = "nord"
        await pilot.pause()
        assert app.reader.view.palette is not None
        assert all(s.cell_length for s in (app.reader.view.render_line(0),))
        await pilot.press("c")
        assert app.theme == "paper"

    run(make_issue(), store, script, theme="textual-light")


def test_titles_reach_the_status_line_and_contents_without_control_sequences(
    store: StateStore,
) -> None:
    """A C1 OSC 52 (a clipboard write) and a bidi override in a title and a column name
    are shown as symbols in the status line and the contents pane, never sent."""
    issue = make_issue()
    issue.sections[0].name = "特别\x9d52;c;ZXZpbA==\x9c关注"
    issue.sections[0].articles[0].title = "标题\x1b]52;c;eA==\x07\u202e反"

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        status = str(app.reader.query_one("#status").render())
        assert "标题" in status and "特别" in status
        await pilot.press("t")
        await pilot.pause()
        tree = app.reader.query_one("#toc")
        shown = status + "".join(str(node.label) for node in tree.root.children)
        shown += "".join(str(n.label) for c in tree.root.children for n in c.children)
        assert "标题" in shown
        assert not any(ch in shown for ch in "\x1b\x07\x9c\x9d\u202e")

    run(issue, store, script)


def test_help_scrolls_to_its_last_key_at_80x24(store: StateStore) -> None:
    """At 80×24 the keys are taller than the help box: the last ones were unreachable."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one(VerticalScroll)
        assert box.max_scroll_y > 0  # cut at this size: it must scroll
        await pilot.press("space", "space", "space")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y  # the last key, `mouse`, is in view

    run(make_issue(), store, script, size=(80, 24))


def test_small_words_of_the_search_and_the_palette(store: StateStore) -> None:
    """「1 match」, not 「1 matches」; `r` before any search says how to search instead of
    listing 「0 matches for」; the palette lists "Keys" once."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("r")
        await pilot.pause()
        assert not isinstance(app.screen, PickList)
        assert any("press /" in str(n.message) for n in app._notifications)
        app.reader.run_search("不是标记")  # printed once, in mixed_blocks
        await pilot.pause()
        assert any(str(n.message) == "1 match" for n in app._notifications)
        system = [command.title for command in app.get_system_commands(app.screen)]
        ours = [title for title, _, _ in app.palette_commands()]
        assert "Keys" not in system
        assert sum(title.startswith("Keys") for title in ours) == 1

    run(make_issue(extra=mixed_blocks()), store, script)


def test_a_palette_action_runs_its_binding(store: StateStore) -> None:
    """The palette's actions are the bindings' own: choosing one runs it where its key
    would (the app's, or the reading view's)."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        commands = {title: callback for title, _, callback in app.palette_commands()}
        theme = app.theme
        result = commands["Next theme (paper, night, sepia)"]()
        if inspect.isawaitable(result):
            await result
        await pilot.pause()
        assert app.theme != theme
        result = commands["End of the issue"]()  # a view's binding
        if inspect.isawaitable(result):
            await result
        await pilot.pause()
        assert app.reader.view.top > 0

    run(make_issue(), store, script)


def test_printed_pages_in_the_status_line_and_p_goes_to_one(store: StateStore) -> None:
    """Articles start on printed pages 1, 3, 5, 7…: the status line says which, and `p`
    asks for a page and opens the article it falls in (page 6 is in the one from 5)."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        assert "原刊第 1 页" in str(app.reader.query_one("#status").render())
        await pilot.press("p", "6", "enter")
        await pilot.pause()
        assert app.reader.view.layout_.article_at(app.reader.view.top) == 2
        assert "原刊第 5 页" in str(app.reader.query_one("#status").render())
        await pilot.press("colon", "escape")  # `:` too; Esc goes nowhere
        await pilot.pause()
        assert app.reader.view.layout_.article_at(app.reader.view.top) == 2

    run(make_issue(), store, script)


def test_the_article_a_printed_page_falls_in() -> None:
    articles = [Article(f"a{n}", "题", page=page) for n, page in enumerate([None, 3, 3, 8, 12])]
    assert [article_on_page(articles, p) for p in (1, 3, 4, 8, 11, 99)] == [1, 1, 1, 3, 3, 4]


def test_the_search_prompt_shows_what_is_typed(store: StateStore) -> None:
    """The prompt's input took Textual's tall focus border: one row high, it had no row
    left for text, and the query was typed blind at every size."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", "第", "3")
        await pilot.pause()
        prompt = app.screen.query_one(Input)
        assert prompt.has_focus
        assert prompt.content_region.height == 1
        assert prompt.value == "第3"

    for size in ((80, 24), (50, 20)):
        run(make_issue(), store, script, size=size)


def test_a_title_too_long_for_the_contents_pane_ends_in_an_ellipsis(store: StateStore) -> None:
    issue = make_issue()
    issue.sections[0].articles[0].title = "钱塘新区" * 12  # far wider than the pane

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("t")
        await pilot.pause()
        tree = app.reader.query_one("#toc", Tree)
        rows = ["".join(s.text for s in tree.render_line(y)) for y in range(tree.size.height)]
        long = [row.rstrip() for row in rows if "钱塘新区钱塘新区" in row]
        assert long and long[0].endswith("…"), long
        assert all(cell_width(row) <= tree.size.width for row in rows)

    run(issue, store, script, size=(80, 24))


def _luminance(color: Color) -> float:
    """WCAG 2 relative luminance."""
    assert color.triplet is not None
    channels = [c / 255 for c in color.triplet]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_the_contents_pane_guides_stand_out_in_every_theme(store: StateStore) -> None:
    """The tree's guide lines were #dfdfdf on #eaeaea (grey on grey, ratio 1.1): they must
    reach WCAG's 3:1 for graphics against the pane."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("t")
        tree = app.reader.query_one("#toc", Tree)
        for theme in ("paper", "night", "sepia"):
            app.theme = theme
            await pilot.pause()
            guides = tree.get_component_rich_style("tree--guides")
            assert guides.color is not None and guides.bgcolor is not None
            light, dark = sorted((_luminance(guides.color), _luminance(guides.bgcolor)))
            assert (dark + 0.05) / (light + 0.05) >= 3, theme

    run(make_issue(), store, script)


def test_keys_typed_at_once_after_slash_all_reach_the_query(store: StateStore) -> None:
    """`/2022` arriving in one burst (fast typing, a paste, tmux): the prompt had to mount
    and take the focus first, and the keys that came meanwhile went to the page."""

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        burst = [("slash", "/"), ("2", "2"), ("0", "0"), ("slash", "/"), ("2", "2")]
        for key, character in burst:
            app.post_message(events.Key(key, character))
        await pilot.pause(0.3)
        assert app.reader.search_bar.value == "20/2"  # a `/` inside the query is part of it
        await pilot.press("escape", "question_mark", "slash")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)  # `/` in a dialog opens no prompt
        assert not app.reader.search_bar.display

    run(make_issue(), store, script)


def test_ctrl_r_searches_a_regular_expression_and_says_when_it_is_none(
    store: StateStore,
) -> None:
    issue = make_issue(articles=2, paragraphs=2)

    async def script(app: ReaderApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", "ctrl+r", *"第[01]篇")
        await pilot.pause()
        assert (
            app.reader.search_bar.regex
            and "regular expression" in app.reader.search_bar.placeholder
        )
        texts = {app.reader.paras[h.para].text[h.start : h.end] for h in app.reader.view.hits}
        assert texts == {"第0篇", "第1篇"}
        await pilot.press("enter")
        await pilot.pause()
        assert "re/第[01]篇" in str(app.reader.query_one("#status").render())
        await pilot.press("slash", "ctrl+a", "backspace", "(")
        await pilot.pause()
        assert app.reader.view.hits == []
        await pilot.press("enter")
        await pilot.pause()
        assert any("Not a regular expression" in n.message for n in app._notifications)
        await pilot.press("slash", "ctrl+r", "ctrl+a", "backspace", *"第[01]篇")
        await pilot.pause()
        assert not app.reader.search_bar.regex and app.reader.view.hits == []  # plain text again

    run(issue, store, script)


def test_the_page_is_styled_by_its_component_classes(store: StateStore) -> None:
    """The reading view's looks are component classes: a theme gives them their colours,
    and a stylesheet rule can change one."""

    class Restyled(ReaderApp):
        CSS = "ReaderView > .reader-view--title { color: #ff0000; text-style: underline; }"

    app = Restyled(make_issue(), store=store)

    async def main() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            title = app.reader.view.palette.kinds[Kind.TITLE]
            assert title.color is not None and title.color.triplet is not None
            assert title.color.triplet.hex == "#ff0000" and title.underline
            before = app.reader.view.palette.base.bgcolor
            await pilot.press("c")  # another theme: the styles are read again
            await pilot.pause()
            assert app.reader.view.palette.base.bgcolor != before

    asyncio.run(main())
