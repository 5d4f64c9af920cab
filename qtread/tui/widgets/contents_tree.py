"""The contents pane: the issue's columns and articles, each with its printed page."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode


class ContentsTree(Tree[int]):
    """The contents pane: a title too long for the pane ends in an ellipsis, so that a
    cut title reads as cut (Tree crops it at the edge, mid-character)."""

    def render_label(self, node: TreeNode[int], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        indent = max(depth - 1, 0) * self.guide_depth  # the hidden root draws no guide
        room = self.scrollable_content_region.width - indent
        if room > 1 and label.cell_len > room:
            label.truncate(room, overflow="ellipsis")
        return label
