"""Command palette (ctrl+p): the reader's actions and "go to article" for every article."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

if TYPE_CHECKING:
    from qtread.tui.app import ReaderApp


class ReaderCommands(Provider):
    """Fuzzy-matches the commands the app lists in `ReaderApp.palette_commands`."""

    @property
    def reader(self) -> ReaderApp:
        return cast("ReaderApp", self.app)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, keys, callback in self.reader.palette_commands():
            score = matcher.match(title)
            if score > 0:
                # highlight() parses markup: escape, so a "[b]" in a title stays literal.
                display = matcher.highlight(escape(title))
                yield Hit(score, display, callback, text=title, help=keys or None)

    async def discover(self) -> Hits:
        for title, keys, callback in self.reader.palette_commands():
            if not title.startswith("Go to article"):
                yield DiscoveryHit(Content(title), callback, text=title, help=keys or None)
