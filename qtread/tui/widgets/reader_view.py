"""The reading pane: a Line-API widget that draws only the visible pre-wrapped lines.

Mounting one widget per paragraph makes a whole issue take seconds to appear; here the
issue is a list of `Line`s and `render_line` builds a `Strip` for the row asked for, from
plain segments (never markup, so text in the source is shown exactly as typed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from qtread.text.cjk import cell_width
from qtread.tui.layout import CENTRED, Kind, Layout, Line, Para, flow, text_chars
from qtread.tui.search import Hit
from qtread.tui.state import DEFAULT_WIDTH

MIN_COLUMN = 8
_LAYOUT_CACHE = 6  # widths kept, so +/- back and forth does not re-flow
#: Characters of text above which an issue is laid out in steps: the screen around the
#: reader's place at once, the rest between keys. A printed issue (~150,000 characters)
#: is laid out whole in some 40 ms; 20 MB of text would take seconds before a first screen.
PROGRESSIVE_CHARS = 1_000_000
#: Lines laid out before the first screen is drawn: a few screens' worth.
FIRST_LINES = 400
#: Lines laid out in each later step (~10-20 ms of work): keys are answered between steps.
STEP_LINES = 400
#: Seconds between two steps: a timer, not a callback, so that keys queued meanwhile are
#: handled first.
STEP_PAUSE_S = 0.002


#: The kinds of line drawn in a style of their own: each a component class of the view.
STYLED_KINDS = (
    Kind.SECTION,
    Kind.TITLE,
    Kind.SUBTITLE,
    Kind.BYLINE,
    Kind.SUBHEADING,
    Kind.CAPTION,
    Kind.QUOTE,
    Kind.RULE,
)


@dataclass(frozen=True, slots=True)
class Palette:
    """The rich styles the view draws with, read from its component classes (so a theme,
    or a `.tcss` rule, decides them)."""

    base: Style
    kinds: dict[Kind, Style]
    prefix: Style
    hit: Style
    current: Style

    @classmethod
    def of(cls, view: ReaderView) -> Palette:
        base = view.rich_style

        def component(name: str) -> Style:
            return view.get_component_rich_style(f"reader-view--{name}", partial=True)

        return cls(
            base=base,
            kinds={kind: base + component(kind.value) for kind in STYLED_KINDS},
            prefix=base + component("prefix"),
            hit=component("hit"),
            current=component("current-hit"),
        )


class ReaderView(ScrollView, can_focus=True, inherit_bindings=False):
    """The issue, as a column of pre-wrapped lines centred in the pane."""

    DEFAULT_CSS = """
    ReaderView {
        background: $background; color: $foreground; overflow-x: hidden; scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
    }
    ReaderView > .reader-view--section { color: $accent; }
    ReaderView > .reader-view--title { color: $accent; text-style: bold; }
    ReaderView > .reader-view--subtitle { color: $qtread-muted; text-style: italic; }
    ReaderView > .reader-view--byline { color: $qtread-muted; }
    ReaderView > .reader-view--subheading { text-style: bold; }
    ReaderView > .reader-view--caption { color: $qtread-muted; text-style: italic; }
    ReaderView > .reader-view--quote { color: $qtread-muted; text-style: italic; }
    ReaderView > .reader-view--rule { color: $qtread-rule; }
    ReaderView > .reader-view--prefix { color: $accent; }
    ReaderView > .reader-view--hit { background: $qtread-highlight; color: $foreground; }
    ReaderView > .reader-view--current-hit {
        background: $accent; color: $background; text-style: bold;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"reader-view--{kind.value}" for kind in STYLED_KINDS),
        "reader-view--prefix",
        "reader-view--hit",
        "reader-view--current-hit",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,pagedown,right,l", "next_page", "next screen", show=False),
        Binding("b,pageup,left,h", "previous_page", "previous screen", show=False),
        Binding("j,down", "line_down", "one line down", show=False),
        Binding("k,up", "line_up", "one line up", show=False),
        Binding("g,home", "start", "start of the issue", show=False),
        Binding("G,end", "end", "end of the issue", show=False),
        Binding("right_square_bracket", "next_article", "next article", show=False),
        Binding(
            "left_square_bracket",
            "previous_article",
            "previous article (first back to the start of this one)",
            show=False,
        ),
        Binding("backspace,ctrl+o", "back", "back to where you jumped from", show=False),
    ]

    class Moved(Message):
        """The top line changed (page turn, scroll, jump or re-flow)."""

    #: The column's width in cells, as chosen (the pane may show less): a change re-flows.
    text_width: reactive[int] = reactive(DEFAULT_WIDTH, init=False)
    #: First-line indent of body paragraphs: a change re-flows.
    indent: reactive[bool] = reactive(True, init=False)
    #: The search's matches, in reading order: a new list is marked on the page.
    hits: reactive[list[Hit]] = reactive(list, init=False, always_update=True)
    #: Which of them is the current one (-1: none): a change repaints.
    current_hit: reactive[int] = reactive(-1, init=False)

    def __init__(
        self,
        paras: list[Para],
        *,
        width: int,
        indent: bool,
        id: str | None = None,
        progressive: bool | None = None,
    ) -> None:
        """PARAS at WIDTH; PROGRESSIVE lays them out in steps (by default, a big issue)."""
        super().__init__(id=id)
        self.paras = paras
        self.set_reactive(ReaderView.text_width, width)  # no re-flow before there is a layout
        self.set_reactive(ReaderView.indent, indent)
        self._layouts: LRUCache[tuple[int, bool], Layout] = LRUCache(_LAYOUT_CACHE)
        if progressive is None:
            progressive = text_chars(paras) > PROGRESSIVE_CHARS
        self.progressive = progressive
        self._growing = False
        self.layout_ = self._layout_for(width)
        self._palette: Palette | None = None
        self._hits_by_para: dict[int, list[int]] = {}
        self._pending_anchor: tuple[int, int] | None = None
        self._jumps: list[tuple[int, int]] = []  # places left by a jump, newest last

    # -- layout -------------------------------------------------------------------------

    def _layout_for(self, width: int) -> Layout:
        key = (width, self.indent)
        layout = self._layouts.get(key)
        if layout is None:
            if self.progressive:  # the rest in steps, once the first screen is drawn
                layout = Layout.start(self.paras, width, self.indent, lines=FIRST_LINES)
            else:
                layout = flow(self.paras, width, self.indent)
            self._layouts.set(key, layout)
        return layout

    def _grow(self) -> None:
        """Lay out one more step of a layout made in steps, then let keys in."""
        layout = self.layout_
        if layout.complete:
            self._growing = False
            self.post_message(self.Moved())  # the status line's pages and percent are exact now
            return
        layout.extend(lines=STEP_LINES)
        self._update_virtual_size()
        self.set_timer(STEP_PAUSE_S, self._grow)

    def _keep_growing(self) -> None:
        if not self.layout_.complete and not self._growing:
            self._growing = True
            self.set_timer(STEP_PAUSE_S, self._grow)

    def _lay_out_rows(self, row: int) -> None:
        """Make sure the screen from ROW is laid out (a page turn past what is ready)."""
        missing = row + 2 * self.page_height - len(self.layout_.lines)
        if missing > 0 and not self.layout_.complete:
            self.layout_.extend(lines=missing + STEP_LINES)

    @property
    def column(self) -> int:
        """The text column actually used: the chosen width, or less in a narrow pane."""
        available = self.scrollable_content_region.width - 2
        if available <= 0:
            return self.text_width
        return max(MIN_COLUMN, min(self.text_width, available))

    @property
    def top(self) -> int:
        return round(self.scroll_y)

    def reflow(self) -> None:
        """Lay the issue out again for the current column, keeping the reader's place."""
        anchor = self._pending_anchor or self.layout_.anchor(self.top)
        self._pending_anchor = None
        self.layout_ = self._layout_for(self.column)
        self._update_virtual_size()
        self.scroll_to_row(self.layout_.line_of(*anchor))
        self._keep_growing()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(1, len(self.layout_.lines))

    def show_paras(self, paras: list[Para], anchor: tuple[int, int] = (0, 0)) -> None:
        """Show other paras (the parsed issue in place of its preview), at ANCHOR."""
        self.paras = paras
        self.progressive = text_chars(paras) > PROGRESSIVE_CHARS
        self._layouts.clear()
        self.set_hits([])
        self._jumps.clear()
        self._pending_anchor = anchor
        self.reflow()

    def watch_text_width(self) -> None:
        self.reflow()

    def watch_indent(self) -> None:
        self.reflow()

    def set_width(self, width: int) -> None:
        self.text_width = width

    def set_indent(self, indent: bool) -> None:
        self.indent = indent

    def go_to(self, para: int, offset: int = 0, *, remember: bool = True) -> None:
        """Show the line holding a place at the top (or once the pane has a size)."""
        if not self.size.height:
            self._pending_anchor = (para, offset)
            return
        self.scroll_to_row(self.layout_.line_of(para, offset), remember=remember)

    def go_to_article(self, article: int) -> None:
        self.layout_.extend_to_article(article)
        if 0 <= article < len(self.layout_.article_lines):
            self.scroll_to_row(self.layout_.article_lines[article], remember=True)

    def remember(self, row: int) -> None:
        """Note a place to come back to with `back` (before a jump away from it)."""
        anchor = self.layout_.anchor(row)
        if not self._jumps or self._jumps[-1] != anchor:
            self._jumps.append(anchor)
            del self._jumps[:-50]

    def action_back(self) -> None:
        if self._jumps:
            para, offset = self._jumps.pop()
            self.scroll_to_row(self.layout_.line_of(para, offset))

    def scroll_to_row(self, row: int, *, remember: bool = False) -> None:
        """Put `row` at the top; `remember` notes the current place first (for jumps)."""
        if remember and abs(row - self.top) > self.page_height:
            self.remember(self.top)
        self._lay_out_rows(row)
        self._update_virtual_size()
        limit = max(len(self.layout_.lines) - self.scrollable_content_region.height, 0)
        self.scroll_to(y=max(0, min(row, limit)), animate=False, immediate=True, force=True)
        self.refresh()
        self.post_message(self.Moved())

    def on_resize(self, event: events.Resize) -> None:
        self.reflow()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if round(old) != round(new):
            self.post_message(self.Moved())

    # -- actions --------------------------------------------------------------------------

    @property
    def page_height(self) -> int:
        return max(self.scrollable_content_region.height, 1)

    def action_next_page(self) -> None:
        self.scroll_to_row(self.top + self.page_height)

    def action_previous_page(self) -> None:
        self.scroll_to_row(self.top - self.page_height)

    def action_line_down(self) -> None:
        self.scroll_to_row(self.top + 1)

    def action_line_up(self) -> None:
        self.scroll_to_row(self.top - 1)

    def action_start(self) -> None:
        self.scroll_to_row(0, remember=True)

    def action_end(self) -> None:
        self.layout_.extend()  # the end is where everything is laid out
        self.scroll_to_row(len(self.layout_.lines), remember=True)

    def action_next_article(self) -> None:
        article = self.layout_.article_at(self.top)
        self.layout_.extend_to_article(article + 1)
        self.go_to_article(min(article + 1, len(self.layout_.article_lines) - 1))

    def action_previous_article(self) -> None:
        article = self.layout_.article_at(self.top)
        start, _ = self.layout_.article_range(article)
        self.go_to_article(article - 1 if self.top <= start else article)

    def on_click(self, event: events.Click) -> None:
        """Clicks in the outer quarters of the pane turn pages, like tapping a book's edge."""
        width = self.scrollable_content_region.width
        if event.x < width // 4:
            self.action_previous_page()
        elif event.x >= width - width // 4:
            self.action_next_page()

    # -- search highlights ----------------------------------------------------------------

    def set_hits(self, hits: list[Hit], current: int = -1) -> None:
        """Mark HITS on the page, CURRENT the current one."""
        self.hits = hits
        self.current_hit = current

    def watch_hits(self, hits: list[Hit]) -> None:
        self._hits_by_para = {}
        for number, hit in enumerate(hits):
            self._hits_by_para.setdefault(hit.para, []).append(number)
        self.refresh()

    def watch_current_hit(self) -> None:
        self.refresh()

    def show_hit(self, number: int, *, remember: bool = True) -> None:
        """Make a hit current and scroll to it unless it is already on screen."""
        self.current_hit = number
        hit = self.hits[number]
        row = self.layout_.line_of(hit.para, hit.start)
        if not self.top <= row < self.top + self.page_height:
            self.scroll_to_row(row - self.page_height // 3, remember=remember)
        self.post_message(self.Moved())

    # -- drawing --------------------------------------------------------------------------

    @property
    def palette(self) -> Palette:
        """The styles of the current theme (read again after each change of style)."""
        if self._palette is None:
            self._palette = Palette.of(self)
        return self._palette

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._palette = None  # a theme changed: the component classes have new styles
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        palette = self.palette
        row = y + self.top
        lines = self.layout_.lines
        base = palette.base
        if row >= len(lines) or width <= 0:
            return Strip.blank(width, base)
        line = lines[row]
        column = self.layout_.width
        margin = max((width - column) // 2, 0)
        return self._strip(line, margin, column, base).crop_extend(0, width, base)

    def _strip(self, line: Line, margin: int, column: int, base: Style) -> Strip:
        palette = self.palette
        style = palette.kinds.get(line.kind, base)
        if line.kind is Kind.RULE:
            rule = "─" * min(column, 12)
            pad = margin + (column - len(rule)) // 2
            return Strip([Segment(" " * pad, base), Segment(rule, style)])
        text = line.text.rstrip() if line.kind in CENTRED else line.text
        if line.kind in CENTRED:
            margin += max((column - cell_width(text)) // 2, 0)
        segments = [Segment(" " * margin, base)]
        if line.prefix:
            segments.append(Segment(line.prefix, palette.prefix))
        segments.extend(self._text_segments(line, text, style))
        return Strip(segments)

    def _text_segments(self, line: Line, text: str, style: Style) -> list[Segment]:
        """The line's text, cut where search hits begin and end."""
        numbers = self._hits_by_para.get(line.para) if line.para >= 0 else None
        if not numbers:
            return [Segment(text, style)]
        segments: list[Segment] = []
        cursor = 0
        for number in numbers:
            hit = self.hits[number]
            start = max(hit.start, line.start) - line.start
            end = min(hit.end, line.end) - line.start
            if end <= 0 or start >= len(text):
                continue
            mark = self.palette.current if number == self.current_hit else self.palette.hit
            if start > cursor:
                segments.append(Segment(text[cursor:start], style))
            segments.append(Segment(text[max(start, cursor) : end], style + mark))
            cursor = max(cursor, end)
        if cursor < len(text):
            segments.append(Segment(text[cursor:], style))
        return segments
