"""The reading screen: the contents pane, the page, the status line and the search
prompt of one issue, and the keys that work on it.

The issue can change under it once: a preview (`qtread.tui.preview`) is replaced by the
parsed issue when the background parse is done (`show_issue`). The place is saved on
change, every 15 s and on the way out (`save_state`, which the app calls last).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Tree
from textual.widgets.tree import TreeNode

from qtread.errors import QtreadError
from qtread.i18n import _
from qtread.model import Article, Issue
from qtread.render.outline import section_labels
from qtread.startup import started
from qtread.text.cjk import cell_width
from qtread.text.sanitize import visible, visible_label
from qtread.tui.layout import TITLE_PART, Para, build_paras
from qtread.tui.preview import PROCESS_BYTES, PendingParse, source_line
from qtread.tui.search import Hit, SearchIndex
from qtread.tui.state import (
    MAX_WIDTH,
    MIN_WIDTH,
    Bookmark,
    IssueState,
    Place,
    Settings,
    StateStore,
)
from qtread.tui.widgets.contents_tree import ContentsTree
from qtread.tui.widgets.reader_view import ReaderView
from qtread.tui.widgets.search_bar import SearchBar
from qtread.tui.widgets.status_line import StatusLine

WIDTH_STEP = 4  # two full-width characters
MAX_RESULTS = 1000  # rows in the results list; n/N still visit every hit

#: A palette entry: its title, its key, what it does.
Command = tuple[str, str, Callable[[], object]]


class ReaderScreen(Screen[None]):
    """One issue on screen, and its keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "toggle_toc", "show / hide the table of contents (Enter jumps)"),
        Binding("escape", "focus_reader", "from the table of contents back to the text"),
        # a priority binding: the screen runs it before it passes on the keys typed after
        # it, so none of them reaches the page while the prompt takes the focus
        Binding("slash", "search", "search the whole issue", priority=True),
        Binding("n", "next_hit", "next match"),
        Binding("N", "previous_hit", "previous match"),
        Binding("r", "results", "list of search results (Enter jumps)"),
        Binding("p,colon", "go_to_page", "go to a printed page of the issue"),
        Binding("m", "add_bookmark", "bookmark this place"),
        Binding("B,apostrophe", "bookmarks", "list of bookmarks (Enter jumps, d deletes)"),
        Binding("plus,equals_sign", "wider", "wider text column"),
        Binding("minus", "narrower", "narrower text column"),
        Binding("i", "toggle_indent", "first-line indent on / off"),
    ]

    def __init__(
        self,
        issue: Issue,
        *,
        store: StateStore,
        settings: Settings,
        start: Place | None = None,
        query: str = "",
        pending: PendingParse | None = None,
    ) -> None:
        """ISSUE, at START if given (else where it was left), with QUERY searched. With
        PENDING, ISSUE is a preview and the parse of PENDING runs in the background."""
        super().__init__()
        self.start = start
        self.start_query = query
        self.pending = pending
        self.store = store
        self.settings = settings
        self.state: IssueState = store.load_issue(issue.source.sha256)
        self._take(issue)
        self.query_text = ""
        self.search_problem = ""  # why the regular expression typed finds nothing
        self._toc_nodes: dict[int, TreeNode[int]] = {}
        self.view = ReaderView(
            self.paras,
            width=self.settings.width,
            indent=self.settings.indent,
            id="reader",
            progressive=True if pending is not None else None,  # a preview: its first screen
        )
        #: the contents pane, made and mounted the first time it is shown (it starts
        #: hidden, and a Tree of every article costs the first screen some 10 ms)
        self.toc: Tree[int] | None = self._build_toc() if settings.toc else None
        self.status = StatusLine(id="status")
        self.search_bar = SearchBar(id="search")
        self._search_origin = 0  # the row the page was at when `/` opened the prompt
        # what Esc puts back: the hits, the current one, the query
        self._search_before: tuple[list[Hit], int, str] = ([], 0, "")

    def _take(self, issue: Issue) -> None:
        """Make ISSUE the one read: its articles, its paras, the maps to them."""
        self.issue = issue
        self.articles = issue.articles
        self.paras: list[Para] = build_paras(issue)
        #: the paras of each (article, block): one, or the parts of a long paragraph
        self._parts: dict[tuple[int, int], list[int]] = {}
        for number, para in enumerate(self.paras):
            self._parts.setdefault((para.article, para.block), []).append(number)
        self._search_index: SearchIndex | None = None

    @property
    def search_index(self) -> SearchIndex:
        """Built in the background once the first page is up (`_index_paras`); a search
        before that builds it here."""
        if self._search_index is None:
            self._search_index = SearchIndex(self.paras)
        return self._search_index

    def _index_in_background(self) -> None:
        self.run_worker(self._index_paras, thread=True, exclusive=True, group="index")

    def _index_paras(self) -> None:
        """The search index of the paras shown, made in a thread (a 30 MB issue takes a
        second or two); kept only if they are still the ones shown."""
        paras = self.paras
        index = SearchIndex(paras)
        if self.paras is paras and self._search_index is None:
            self._search_index = index

    # -- building -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            if self.toc is not None:
                yield self.toc
            yield self.view
        yield self.status
        yield self.search_bar

    def _build_toc(self) -> Tree[int]:
        tree: Tree[int] = ContentsTree(Text(visible_label(self.issue.display_title)), id="toc")
        tree.show_root = False
        tree.guide_depth = 2
        self._fill_toc(tree)
        if self.settings.toc:
            tree.add_class("shown")
        return tree

    def _fill_toc(self, tree: Tree[int]) -> None:
        """A node per column, a leaf per article (the tree emptied first)."""
        tree.clear()
        self._toc_nodes.clear()
        index = 0
        pages = [str(article.page) for article in self.articles if article.page is not None]
        page_width = max(map(len, pages), default=0)
        # every column a node, the unnamed ones named as the contents and exports name them
        labels = section_labels(self.issue.sections)
        for section, name in zip(self.issue.sections, labels, strict=True):
            parent = tree.root
            if section.articles:
                parent = tree.root.add(
                    Text(visible_label(name), style="bold"), data=index, expand=True
                )
            for article in section.articles:
                # The printed page goes first: long titles are cut at the pane's edge.
                page = str(article.page) if article.page is not None else ""
                label = Text(f"{page:>{page_width}} " if page_width else "", style="dim")
                label.append(visible_label(article.title))
                self._toc_nodes[index] = parent.add_leaf(label, data=index)
                index += 1

    def on_mount(self) -> None:
        if self.pending is None:  # a preview knows no articles: the place waits for the parse
            self._open_at_place()
        self.view.focus()
        if self.pending is not None:  # once the first screen is up: it is not to wait
            self.call_after_refresh(self._parse_pending, self.pending)
        self.set_interval(15, self.save_state)
        self.call_after_refresh(self._index_in_background)
        # The issue's ~100 000 layout objects live as long as the app: keep them out of
        # the cyclic GC, whose full passes over them cost 50-80 ms (a visible hitch); and
        # the first screen is up: the collector runs again (qtread.startup)
        self.call_after_refresh(started)

    def _open_at_place(self) -> None:
        """Go where the issue is to open: START (a search hit), else where it was left."""
        if (place := self.start or self.state.place) is not None:
            para, offset = self._resolve(place)
            self.view.go_to(para, offset, remember=False)
            if self.start_query:  # opened at a search hit: every match marked, n / N go on
                self._mark_hits(self.start_query, (para, offset))

    # -- places -------------------------------------------------------------------------

    def place_at(self, row: int) -> Place:
        layout = self.view.layout_
        para_number, offset = layout.anchor(row)
        para = self.paras[para_number] if self.paras else None
        article = self.articles[para.article].id if para and self.articles else ""
        fraction = row / layout.estimated_lines
        block_offset = offset + (para.base if para else 0)
        return Place(article, para.block if para else 0, block_offset, round(fraction, 6))

    def _resolve(self, place: Place) -> tuple[int, int]:
        """The para and offset for a saved place; falls back to the saved fraction."""
        for number, article in enumerate(self.articles):
            if article.id == place.article:
                parts = self._parts.get((number, place.block))
                if parts is None:
                    return self._parts.get((number, TITLE_PART), [0])[0], 0
                # the part of a long paragraph the offset falls in
                part = next(
                    (n for n in reversed(parts) if self.paras[n].base <= place.offset), parts[0]
                )
                return part, place.offset - self.paras[part].base
        layout = self.view.layout_
        row = int(place.fraction * layout.estimated_lines)
        if row >= len(layout.lines):
            layout.extend(lines=row - len(layout.lines) + 1)
        return layout.anchor(min(row, max(len(layout.lines) - 1, 0)))

    def go_to_place(self, place: Place) -> None:
        self.view.go_to(*self._resolve(place))
        self.view.focus()

    def _parse_pending(self, pending: PendingParse) -> None:
        """Start the parse of the issue the preview shows (saying so, if it is a long one)."""
        if len(pending.data) >= PROCESS_BYTES:
            message = _("Parsing {size:.0f} MB: columns and titles come when it is done.")
            self.notify(message.format(size=len(pending.data) / 2**20), timeout=5)
        self.run_worker(self._parse_in_background(pending), exclusive=True, group="parse")

    async def _parse_in_background(self, pending: PendingParse) -> None:
        """Parse in a process of its own (the screen stays quick), then show the issue."""
        from qtread.tui.preview import parse_in_background

        try:
            issue = await parse_in_background(pending)
        except (QtreadError, RuntimeError) as error:  # the preview stays: it is all there is
            message = _("could not parse the issue: {reason}").format(reason=error)
            self.notify(visible_label(message), severity="error", markup=False, timeout=15)
            return
        self.show_issue(issue)

    def show_issue(self, issue: Issue) -> None:
        """Replace the preview with the parsed ISSUE, at the source line being read (or,
        if the reader has not moved, where the issue was left last time)."""
        view = self.view
        moved = view.top != 0
        line = 1
        if self.paras:
            para = self.paras[view.layout_.anchor(view.top)[0]]
            line = source_line(self.issue, para.article, para.block)
        self.pending = None
        self._take(issue)
        self.query_text = ""
        if self.toc is not None:
            self._fill_toc(self.toc)
        view.show_paras(self.paras, (self._para_at_line(line), 0))
        if not moved:
            self._open_at_place()
        self.update_status()
        self._index_in_background()

    def _para_at_line(self, line: int) -> int:
        """The last para that starts at or before source LINE."""
        found = 0
        for number, para in enumerate(self.paras):
            if source_line(self.issue, para.article, para.block) > line:
                break
            found = number
        return found

    def save_state(self, force: bool = False) -> None:
        """Save the place (if it moved) and bookmarks; `force` after a bookmark change.
        Not while a preview is shown: its places are not the issue's."""
        if not self.view.layout_.lines or self.pending is not None:
            return
        place = self.place_at(self.view.top)
        if place == self.state.place and not force:
            return
        self.state.place = place
        self.store.save_issue(self.issue.source.sha256, self.state, self.issue.source.name)
        for warning in self.store.warnings:
            self.notify(visible(warning), severity="warning", markup=False)
        self.store.warnings.clear()

    # -- status line --------------------------------------------------------------------

    def on_reader_view_moved(self, _: ReaderView.Moved) -> None:
        if not self.status.is_attached:
            return  # a late message while the app shuts down
        self.update_status()
        if self.toc is not None and self.toc.has_class("shown") and not self.toc.has_focus:
            node = self._toc_nodes.get(self.view.layout_.article_at(self.view.top))
            if node is not None:
                self.toc.move_cursor(node)

    def on_resize(self) -> None:
        self.call_after_refresh(self.update_status)

    def update_status(self) -> None:
        view = self.view
        layout = view.layout_
        status = self.status
        if not layout.lines or not self.articles:
            status.update(Text(" (empty issue)"))
            return
        top = view.top
        number = layout.article_at(top)
        article = self.articles[number]
        section = self.issue.section_of(article)
        start, end = layout.article_range(number)
        height = view.page_height
        pages = max(1, -(-(end - start) // height))
        page = min(pages, max(top - start, 0) // height + 1)
        total = layout.estimated_lines
        percent = min(100, round(100 * min(top + height, total) / total))
        printed = f"原刊第 {article.page} 页 · " if article.page is not None else ""
        right = f" {printed}页 {page}/{pages} · {percent}% "
        if view.hits:
            right = (
                f" {'re' if self.search_bar.regex else ''}/{visible_label(self.query_text)}"
                f" {view.current_hit + 1}/{len(view.hits)} ·" + right
            )
        left = Text(" ")
        if section is not None and section.name:
            left.append(visible_label(section.name), style="bold")
            left.append(" › ")
        left.append(visible_label(article.title))
        room = max(status.size.width - cell_width(right), 1)
        left.truncate(room, overflow="ellipsis", pad=True)
        status.update(Text.assemble(left, right))

    # -- table of contents --------------------------------------------------------------

    async def action_toggle_toc(self) -> None:
        toc = self.toc
        if toc is None:
            toc = self.toc = self._build_toc()
            await self.query_one("#panes").mount(toc, before=self.view)
        toc.toggle_class("shown")
        self.settings.toc = toc.has_class("shown")
        self.store.save_settings(self.settings)
        if self.settings.toc:
            node = self._toc_nodes.get(self.view.layout_.article_at(self.view.top))
            if node is not None:
                toc.move_cursor(node)
            toc.focus()
        else:
            self.view.focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected[int]) -> None:
        if event.node.data is not None:
            self.view.go_to_article(event.node.data)
            self.view.focus()

    def action_focus_reader(self) -> None:
        self.view.focus()

    def go_to_article(self, number: int) -> None:
        self.view.go_to_article(number)
        self.view.focus()

    def action_go_to_page(self) -> None:
        """Ask for a page as the magazine prints it, and open the article it falls in."""
        from qtread.tui.screens import PagePrompt

        if not any(article.page is not None for article in self.articles):
            self.notify("This issue prints no page numbers", severity="warning", timeout=2)
            return

        def chosen(page: int | None) -> None:
            if page is not None:
                self.go_to_article(article_on_page(self.articles, page))

        self.app.push_screen(PagePrompt(), chosen)

    # -- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        """Search as you type; Enter keeps the result, Esc puts everything back."""
        if self.focused is self.search_bar:
            # a `/` typed in the query is part of it: queued behind the keys before it
            self.search_bar.post_message(events.Key("slash", "/"))
            return
        if self.app.screen is not self:  # a `/` in a dialog or the palette is theirs
            raise SkipAction
        view = self.view
        self._search_origin = view.top
        self._search_before = (view.hits, view.current_hit, self.query_text)
        self.status.display = False  # the prompt takes the status line's row
        self.search_bar.open(self.query_text)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self.search_bar and self.search_bar.shown:
            self._search(event.value, self._search_origin, remember=False)

    def on_search_bar_kept(self, event: SearchBar.Kept) -> None:
        self._close_search_bar()
        self.view.remember(self._search_origin)
        self.run_search(event.query, self._search_origin)

    def on_search_bar_cancelled(self, _: SearchBar.Cancelled) -> None:
        hits, current, query = self._search_before
        self.query_text = query
        self.view.set_hits(hits, current)
        self.view.scroll_to_row(self._search_origin)
        self._close_search_bar()

    def _close_search_bar(self) -> None:
        self.status.display = True
        self.view.focus()
        self.update_status()

    def _hits_for(self, query: str) -> list[Hit]:
        """QUERY's matches: as text (folded), or as a regular expression when the search
        bar says so (an expression that is none finds nothing; `search_problem` says why)."""
        self.search_problem = ""
        if not self.search_bar.regex:
            return self.search_index.search(query)
        try:
            return self.search_index.search_regex(query)
        except re.error as error:
            self.search_problem = str(error)
            return []

    def on_search_bar_mode_changed(self, _event: SearchBar.ModeChanged) -> None:
        if self.search_bar.shown:
            self._search(self.search_bar.value, self._search_origin, remember=False)

    def _search(self, query: str, origin: int, *, remember: bool = True) -> None:
        """Highlight every match and show the first one at or after row `origin`."""
        self.query_text = query if self.search_bar.regex else query.strip()
        view = self.view
        hits = self._hits_for(self.query_text)
        view.set_hits(hits)
        if hits:
            para, offset = view.layout_.anchor(origin)
            first = bisect_left([(h.para, h.start) for h in hits], (para, offset))
            view.show_hit(first % len(hits), remember=remember)
        else:
            view.scroll_to_row(origin)

    def _mark_hits(self, query: str, place: tuple[int, int]) -> None:
        """Mark QUERY's matches, the current one the first at or after PLACE (para,
        offset), without moving the page."""
        self.query_text = query.strip()
        hits = self._hits_for(self.query_text)
        first = bisect_left([(h.para, h.start) for h in hits], place)
        self.view.set_hits(hits, first % len(hits) if hits else 0)

    def run_search(self, query: str, origin: int | None = None) -> None:
        self._search(query, self.view.top if origin is None else origin)
        hits = self.view.hits
        if hits:
            self.notify(_matches(len(hits)), timeout=2, markup=False)
        elif self.search_problem:
            message = f"Not a regular expression: {self.search_problem}"
            self.notify(visible_label(message), severity="warning", markup=False)
        elif self.query_text:
            self.notify(
                f"Not found: {visible_label(self.query_text)}", severity="warning", markup=False
            )

    def _step_hit(self, step: int) -> None:
        view = self.view
        if not view.hits:
            self.notify("No search: press /", severity="warning", timeout=2)
            return
        view.show_hit((view.current_hit + step) % len(view.hits))

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def action_results(self) -> None:
        from qtread.tui.screens import PickList

        if not self.query_text:
            self.notify("No search: press /", severity="warning", timeout=2)
            return
        hits = self.view.hits[:MAX_RESULTS]
        items = [self._hit_label(hit) for hit in hits]
        title = f"{_matches(len(self.view.hits))} for {visible(self.query_text)}"

        def chosen(number: int | None) -> None:
            if number is not None:
                self.view.show_hit(number)
                self.view.focus()

        self.app.push_screen(
            PickList(title, items, "No search results: press / to search."), chosen
        )

    def _hit_label(self, hit: Hit) -> Text:
        para = self.paras[hit.para]
        text = para.text
        label = Text(visible_label(self.articles[para.article].title), style="bold")
        label.append("  ")
        before = text[max(hit.start - 14, 0) : hit.start]
        label.append(("…" if hit.start > 14 else "") + before)
        label.append(text[hit.start : hit.end], style="reverse")
        label.append(text[hit.end : hit.end + 20] + ("…" if hit.end + 20 < len(text) else ""))
        return label

    # -- bookmarks ----------------------------------------------------------------------

    def action_add_bookmark(self) -> None:
        if self.pending is not None:
            self.notify(_("A bookmark can be set once the issue is parsed."), timeout=3)
            return
        top = self.view.top
        place = self.place_at(top)
        para_number, offset = self.view.layout_.anchor(top)
        snippet = self.paras[para_number].text[offset : offset + 24] if self.paras else ""
        number = self.view.layout_.article_at(top)
        title = visible_label(self.articles[number].title) if self.articles else ""
        label = f"{title} — {snippet}" if snippet else title
        created = datetime.now(UTC).isoformat(timespec="seconds")
        self.state.bookmarks.append(Bookmark(place, label, created))
        self.save_state(force=True)
        self.notify(f"Bookmarked: {label}", timeout=2, markup=False)

    def _bookmark_labels(self) -> list[Text]:
        return [
            Text.assemble((f"{round(mark.place.fraction * 100):>3}%  ", "dim"), mark.label)
            for mark in self.state.bookmarks
        ]

    def _delete_bookmark(self, number: int) -> list[Text]:
        if 0 <= number < len(self.state.bookmarks):
            del self.state.bookmarks[number]
            self.save_state(force=True)
        return self._bookmark_labels()

    def action_bookmarks(self) -> None:
        from qtread.tui.screens import BookmarkList

        def chosen(number: int | None) -> None:
            if number is not None and 0 <= number < len(self.state.bookmarks):
                self.go_to_place(self.state.bookmarks[number].place)

        self.app.push_screen(BookmarkList(self._bookmark_labels(), self._delete_bookmark), chosen)

    # -- width, indent, theme, help -----------------------------------------------------

    def _set_width(self, width: int) -> None:
        self.settings.width = max(MIN_WIDTH, min(MAX_WIDTH, width))
        self.view.set_width(self.settings.width)
        self.store.save_settings(self.settings)
        self.notify(f"Text column: {self.view.column} cells", timeout=1)

    def action_wider(self) -> None:
        self._set_width(self.view.column + WIDTH_STEP)

    def action_narrower(self) -> None:
        self._set_width(self.view.column - WIDTH_STEP)

    def action_toggle_indent(self) -> None:
        self.settings.indent = not self.settings.indent
        self.view.set_indent(self.settings.indent)
        self.store.save_settings(self.settings)

    # -- command palette ----------------------------------------------------------------

    def article_commands(self) -> Iterator[Command]:
        """One "go to article" for each article, for the command palette."""
        for number, article in enumerate(self.articles):
            title = visible_label(article.title)
            page = f" (p. {article.page})" if article.page is not None else ""
            yield (f"Go to article: {title}{page}", "", partial(self.go_to_article, number))


def _matches(count: int) -> str:
    """「1 match」, 「3 matches」."""
    return f"{count} match" if count == 1 else f"{count} matches"


def article_on_page(articles: list[Article], page: int) -> int:
    """The article printed page PAGE falls in: the first of those starting on the latest
    page at or before it (the issue's first placed article where none starts so early)."""
    placed = [(a.page, n) for n, a in enumerate(articles) if a.page is not None]
    before = [(start, n) for start, n in placed if start <= page]
    if not before:
        return min(placed)[1]
    latest = max(start for start, _ in before)
    return min(n for start, n in before if start == latest)
