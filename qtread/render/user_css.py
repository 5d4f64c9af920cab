"""A reader's own stylesheet (`export --css FILE`), laid over the theme in every output.

It is read once, before the batch, and refused if it would load anything: an EPUB must
not name a remote resource, and the PDF fetches nothing (see `export.pdf`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from qtread.errors import InputError
from qtread.i18n import _
from qtread.paths import read_given
from qtread.text.sanitize import display_name

#: A stylesheet is a few kilobytes; a bigger file is the wrong file.
MAX_STYLESHEET_BYTES = 1 << 20
#: CSS functions that name something to load.
_LOADING_FUNCTIONS = frozenset({"url", "src", "image-set", "-webkit-image-set"})


def read_user_css(path: Path) -> str:
    """The stylesheet at PATH, ready to append; InputError naming it when it cannot be
    read, is not UTF-8 CSS, or loads a resource (`url()`, `@import`)."""
    import tinycss2  # type: ignore[import-untyped]  # WeasyPrint's CSS parser

    name = display_name(path)
    data = read_given(path, MAX_STYLESHEET_BYTES, _("the stylesheet is over 1 MiB"))
    try:
        css = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, _("a stylesheet must be UTF-8")) from None
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    for node in _walk(rules):
        if node.type == "error":
            raise InputError(name, _("not CSS: {reason}").format(reason=node.message))
        if _loads(node):
            reason = _("a stylesheet for qtread may not load anything (url(), @import)")
            raise InputError(name, reason)
    # inlined in an HTML <style>, "</" would end it: "\/" is the same "/" to CSS
    return css.replace("</", "<\\/")


def _loads(node: Any) -> bool:
    """Whether NODE names something to fetch."""
    if node.type == "url":
        return True
    if node.type == "function":
        return str(node.lower_name) in _LOADING_FUNCTIONS
    return node.type == "at-rule" and str(node.lower_at_keyword) == "import"


def _walk(nodes: Iterable[Any]) -> Iterator[Any]:
    """Every node of a tinycss2 tree, depth first."""
    for node in nodes:
        yield node
        for child in ("prelude", "content", "arguments"):
            inner = getattr(node, child, None)
            if isinstance(inner, list):
                yield from _walk(inner)
