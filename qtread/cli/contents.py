"""`qtread toc` output: one issue's outline as plain text, Markdown, CSV, JSON or a Rich table.

Each renderer takes already parsed issues, so the command decides what to do with files
that failed. Every string from the issue goes through `printable` (or JSON escaping):
an issue file must not be able to send control sequences to the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from qtread.i18n import _
from qtread.model import Article, Issue, Section
from qtread.render.outline import section_labels
from qtread.serialize import toc_to_dict
from qtread.text.cjk import DECK_DASHES
from qtread.text.credits import CREDITS_FOR_SCRIPTS, credits_text
from qtread.text.sanitize import csv_table, json_document, markdown_escape, printable

if TYPE_CHECKING:
    from rich.console import RenderableType


CSV_COLUMNS = (
    "file",
    "issue",
    "year",
    "month",
    "number",
    "section",
    "id",
    "kind",
    "page",
    "title",
    "subtitle",
    "bylines",
    "first_line",
    "last_line",
)


def _entries(issue: Issue) -> Iterator[tuple[Section, Article]]:
    for section in issue.sections:
        for article in section.articles:
            yield section, article


def bylines(article: Article) -> str:
    """「记者 张三、李四 / 通讯员 王五」: each credit as printed, roles kept."""
    return printable(credits_text(article.credits, CREDITS_FOR_SCRIPTS))


def heading(issue: Issue) -> str:
    """The issue's title and the file it came from, one line."""
    title, name = printable(issue.display_title), printable(issue.source.name)
    return title if title == name else f"{title} ({name})"


def _page(article: Article) -> str:
    return str(article.page) if article.page is not None else "-"


def _text_one(issue: Issue) -> list[str]:
    out = [heading(issue)]
    if not issue.sections:
        out.append("  (no articles found)")
    for section, name in zip(issue.sections, section_labels(issue.sections), strict=True):
        out.append("")
        out.append(printable(name))
        for article in section.articles:
            line = f"{_page(article):>5}  {printable(article.title)}"
            if article.subtitle:
                line += _after_title(printable(article.subtitle))
            if credit := bylines(article):
                line += f"  [{credit}]"
            out.append(line)
    return out


def _after_title(subtitle: str) -> str:
    """SUBTITLE set after its title on one line: behind a dash, or behind the dash it
    was printed with (`——副题`), never two."""
    return f" {subtitle}" if subtitle.startswith(DECK_DASHES) else f" — {subtitle}"


def toc_text(issues: Sequence[Issue]) -> str:
    """Plain text for pipes: a heading per issue, a line per column, a line per article."""
    blocks = ["\n".join(_text_one(issue)) for issue in issues]
    return "\n\n".join(blocks) + "\n"


def _markdown_one(issue: Issue) -> list[str]:
    out = [
        f"# {markdown_escape(issue.display_title)}",
        "",
        f"File: `{printable(issue.source.name)}`",
    ]
    for section, name in zip(issue.sections, section_labels(issue.sections), strict=True):
        out += ["", f"## {markdown_escape(name)}", ""]
        for article in section.articles:
            item = f"- **{markdown_escape(article.title)}**"
            if article.subtitle:
                item += _after_title(markdown_escape(article.subtitle))
            if article.page is not None:
                item += f" · p. {article.page}"
            if credit := bylines(article):
                item += f" · {markdown_escape(credit)}"
            out.append(item)
    return out


def toc_markdown(issues: Sequence[Issue]) -> str:
    """Markdown: a level-1 heading per issue, level-2 per column, a list item per article."""
    return "\n\n".join("\n".join(_markdown_one(issue)) for issue in issues) + "\n"


def toc_csv(issues: Sequence[Issue]) -> str:
    """One table for all issues, an article a row; the issue's columns come first (file,
    title, year, month, number), so a year of issues sorts and filters as one table."""
    rows = []
    for issue in issues:
        metadata = issue.metadata
        known = (metadata.year, metadata.month, metadata.issue_number)
        issue_cells = [
            issue.source.name,
            issue.display_title,
            *("" if value is None else value for value in known),
        ]
        for section, article in _entries(issue):
            span = article.span
            rows.append(
                [
                    *issue_cells,
                    section.name or "",
                    article.id,
                    str(article.kind),
                    "" if article.page is None else article.page,
                    article.title,
                    article.subtitle or "",
                    credits_text(article.credits, CREDITS_FOR_SCRIPTS),
                    "" if span is None else span.first,
                    "" if span is None else span.last,
                ]
            )
    return csv_table(CSV_COLUMNS, rows)


def toc_json(issues: Sequence[Issue], *, as_list: bool) -> str:
    """The `qtread.toc/1` document (docs/toc.schema.json), or a list of them."""
    documents = [toc_to_dict(issue) for issue in issues]
    data = documents if as_list else documents[0]
    return json_document(data)


def toc_rich(issue: Issue) -> RenderableType:
    """For terminals: a table of page, title and byline, with a row per column name."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(heading(issue), style="bold"),
        show_edge=False,
        pad_edge=False,
        expand=False,
    )
    table.add_column(_("Page"), justify="right", style="cyan", no_wrap=True)
    table.add_column(_("Title"), overflow="fold")
    table.add_column(_("Byline"), style="dim", overflow="fold")
    for section, name in zip(issue.sections, section_labels(issue.sections), strict=True):
        table.add_row("", Text(printable(name), style="bold magenta"), "")
        for article in section.articles:
            title = Text(printable(article.title))
            if article.subtitle:
                title.append(f"\n{printable(article.subtitle)}", style="italic")
            table.add_row(Text(_page(article)), title, Text(bylines(article)))
        table.add_section()
    if not issue.sections:
        return Group(table, Text(_("(no articles found)"), style="yellow"))
    return table
