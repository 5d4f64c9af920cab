"""Markdown export: the outline as headings, the text escaped so that nothing in it
(a stray `#`, `![x](file:///…)`, `<script>`) becomes Markdown or HTML when rendered."""

from __future__ import annotations

import re

from qtread.model import BlockType
from qtread.render.html import IssueView
from qtread.render.text import clean, label

_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Backslash-escape what Markdown or inline HTML could act on: inline marks anywhere,
    block marks (`#`, `>`, `-`, `1.`) at the start of the text."""
    text = _INLINE.sub(r"\\\1", clean(text).replace("\n", " "))
    match = _LINE_START.match(text)
    if match is None:
        return text
    mark = match.group(2)
    if mark[0].isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"{match.group(1)}\\{text[match.end(1) :]}"


def to_markdown(view: IssueView) -> str:
    meta = view.meta
    out = [f"# {escape(meta.title)}", ""]
    if meta.date_label:
        out += [escape(meta.date_label), ""]
    for section in view.outline:
        out += [f"## {escape(section.label)}", ""]
        for item in section.articles:
            article = item.article
            out += [f"### {escape(item.title)}", ""]
            if article.subtitle:
                out += [f"*{escape(label(article.subtitle))}*", ""]
            for byline in article.credits:
                names = "　".join(escape(label(name)) for name in byline.names)
                out += [f"{escape(label(byline.role))}　{names}".strip(), ""]
            for block in article.blocks:
                text = escape(block.text)
                if out[-1].startswith("- ") and block.type is not BlockType.LIST_ITEM:
                    out.append("")
                if block.type is BlockType.SUBHEADING:
                    out += [f"#### {text}", ""]
                elif block.type is BlockType.LIST_ITEM:
                    out += [f"- {text}"]
                elif block.type is BlockType.QUOTE:
                    out += [f"> {text}", ""]
                elif block.type is BlockType.CHRONOLOGY and block.date:
                    out += [f"**{escape(block.date)}**　{text}", ""]
                else:
                    out += [text, ""]
            if out[-1] != "":
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
