"""Markdown export: the outline as headings, the text escaped so that nothing in it
(a stray `#`, `![x](file:///…)`, `<script>`) becomes Markdown or HTML when rendered."""

from __future__ import annotations

from qtread.model import BlockType
from qtread.render.html import IssueView
from qtread.render.text import label
from qtread.text.cjk import has_own_list_mark
from qtread.text.credits import credit_text
from qtread.text.sanitize import markdown_escape


def to_markdown(view: IssueView) -> str:
    """The issue as Markdown: columns and articles as headings, every piece of text escaped."""
    meta = view.meta
    out = [f"# {markdown_escape(meta.title)}", ""]
    if meta.date_label:
        out += [markdown_escape(meta.date_label), ""]
    for section in view.outline:
        out += [f"## {markdown_escape(section.label)}", ""]
        for item in section.articles:
            article = item.article
            out += [f"### {markdown_escape(item.title)}", ""]
            if article.subtitle:
                out += [f"*{markdown_escape(label(article.subtitle))}*", ""]
            for byline in article.credits:
                out += [markdown_escape(label(credit_text(byline))), ""]
            for block in article.blocks:
                text = markdown_escape(block.text)
                if out[-1].startswith("- ") and block.type is not BlockType.LIST_ITEM:
                    out.append("")
                if block.type is BlockType.SUBHEADING:
                    out += [f"#### {text}", ""]
                elif block.type is BlockType.LIST_ITEM and has_own_list_mark(block.text):
                    out += [text, ""]  # `◆ …` as printed: a `- ` would add a second mark
                elif block.type is BlockType.LIST_ITEM:
                    out += [f"- {text}"]
                elif block.type is BlockType.QUOTE:
                    out += [f"> {text}", ""]
                elif block.type is BlockType.CHRONOLOGY and block.date:
                    out += [f"**{markdown_escape(block.date)}**　{text}", ""]
                else:
                    out += [text, ""]
            if out[-1] != "":
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
