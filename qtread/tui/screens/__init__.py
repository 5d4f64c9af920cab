"""The reader's dialogs, each a modal screen over the page: the help, the page prompt,
the lists of search results and of bookmarks. Their look is in `../reader.tcss`."""

from qtread.tui.screens.help import HelpScreen
from qtread.tui.screens.lists import BookmarkList, PickList
from qtread.tui.screens.page_prompt import PagePrompt

__all__ = ["BookmarkList", "HelpScreen", "PagePrompt", "PickList"]
