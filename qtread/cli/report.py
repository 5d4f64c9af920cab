"""`qtread info`: what the parser made of one file, and what it left out.

`Report` gathers the facts (counts, the dropped-line ledger by reason, how many Han
characters of the source ended up in the model); `report_lines` and `report_rich` show
them. The Han count is the quick check that no text was lost: every Han character of
the source should be in the model or in the ledger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qtread.i18n import N_, _
from qtread.model import Article, Issue
from qtread.parse.confidence import DOUBTFUL
from qtread.text.cjk import is_han
from qtread.text.sanitize import printable

if TYPE_CHECKING:
    from rich.console import RenderableType


def han_counter(texts: Iterable[str | None]) -> Counter[str]:
    """How often each Han character occurs in TEXTS: the measure of text kept and lost."""
    every = Counter[str]()
    for text in texts:
        if text:
            every.update(text)  # counted in C; only the distinct characters are tested
    return Counter({ch: count for ch, count in every.items() if is_han(ch)})


def model_texts(issue: Issue) -> Iterator[str | None]:
    """Every piece of issue text the model holds outside the ledger."""
    meta = issue.metadata
    yield meta.title
    yield meta.title_en
    for role, names in meta.masthead.items():
        yield role
        yield from names
    for entry in issue.toc:
        yield from (entry.title, entry.subtitle, entry.column)
    for section in issue.sections:
        yield section.name
        for article in section.articles:
            yield from (article.title, article.subtitle)
            for byline in article.credits:
                yield byline.role
                yield from byline.names
            for block in article.blocks:
                yield from (block.text, block.date)


@dataclass(frozen=True, slots=True)
class Report:
    """The facts `qtread info` prints about one parsed issue, gathered once for both renderings."""

    issue: Issue
    han_source: Counter[str]
    han_model: Counter[str]
    han_dropped: Counter[str]
    articles_by_kind: Counter[str]
    blocks_by_type: Counter[str]
    dropped_by_reason: Counter[str]

    @classmethod
    def of(cls, issue: Issue, source_text: str) -> Report:
        """Facts about ISSUE; SOURCE_TEXT is the decoded file it was parsed from."""
        articles = issue.articles
        return cls(
            issue=issue,
            han_source=han_counter([source_text]),
            han_model=han_counter(model_texts(issue)),
            han_dropped=han_counter(d.text for d in issue.dropped),
            articles_by_kind=Counter(str(a.kind) for a in articles),
            blocks_by_type=Counter(str(b.type) for a in articles for b in a.blocks),
            dropped_by_reason=Counter(d.reason for d in issue.dropped),
        )

    def facts(self, say: Callable[[str], str] = str) -> list[tuple[str, str]]:
        """(label, value) pairs, in display order, their words through SAY: `str` keeps
        them English, as piped output (read by scripts) has them; `_` translates them."""
        issue, src, meta = self.issue, self.issue.source, self.issue.metadata
        unnamed = sum(1 for s in issue.sections if s.name is None)
        matched = sum(1 for e in issue.toc if e.article_id is not None)
        rows = [
            (N_("File"), src.name),
            (N_("Title"), issue.display_title),
            (N_("Issue"), _issue_label(meta.issue_number, meta.year, meta.month, say)),
            (N_("Shape"), str(src.shape)),
            (N_("Encoding"), src.encoding),
            (
                N_("Size"),
                say(N_("{size:,} bytes, {lines:,} lines")).format(size=src.size, lines=src.lines),
            ),
            ("SHA-256", src.sha256),
            (N_("Masthead"), say(N_("{count} roles")).format(count=len(meta.masthead))),
            (
                N_("TOC entries"),
                say(N_("{count} ({matched} matched to articles)")).format(
                    count=len(issue.toc), matched=matched
                ),
            ),
            (
                N_("Sections"),
                say(N_("{count} ({unnamed} without a name)")).format(
                    count=len(issue.sections), unnamed=unnamed
                ),
            ),
            (N_("Articles"), _breakdown(self.articles_by_kind)),
            (N_("Blocks"), _breakdown(self.blocks_by_type)),
            (N_("Han characters"), self._han_summary(say)),
            (N_("Doubtful"), _doubtful_summary(issue, say)),
            (N_("Warnings"), str(len(issue.warnings))),
            (N_("Dropped lines"), _breakdown(self.dropped_by_reason)),
            (N_("Punctuation"), _punctuation_summary(issue, say)),
        ]
        return [(say(label), printable(value)) for label, value in rows]

    @property
    def han_missing(self) -> int:
        """Han characters of the source found neither in the model nor in the ledger."""
        return (self.han_source - (self.han_model + self.han_dropped)).total()

    def _han_summary(self, say: Callable[[str], str]) -> str:
        template = say(
            N_(
                "{source:,} in source; {model:,} in model, "
                "{dropped:,} in dropped lines; {missing:,} missing"
            )
        )
        return template.format(
            source=self.han_source.total(),
            model=self.han_model.total(),
            dropped=self.han_dropped.total(),
            missing=self.han_missing,
        )


def _issue_label(
    number: int | None, year: int | None, month: int | None, say: Callable[[str], str]
) -> str:
    parts = []
    if number is not None:
        parts.append(say(N_("no. {number}")).format(number=number))
    if year is not None:
        parts.append(f"{year}-{month:02d}" if month is not None else str(year))
    return ", ".join(parts) or say(N_("unknown"))


def _breakdown(counts: Counter[str]) -> str:
    """「12: 9 article, 3 brief」, largest first."""
    total = sum(counts.values())
    if not total:
        return "0"
    parts = ", ".join(f"{n} {name}" for name, n in counts.most_common())
    return f"{total}: {parts}"


def _doubtful(issue: Issue) -> list[Article]:
    """Articles opened by evidence that is more often wrong than right."""
    return [
        article
        for article in issue.articles
        if article.confidence is not None and article.confidence < DOUBTFUL
    ]


def _doubtful_summary(issue: Issue, say: Callable[[str], str]) -> str:
    template = say(N_("{count} of {total} articles (confidence < {limit})"))
    return template.format(count=len(_doubtful(issue)), total=len(issue.articles), limit=DOUBTFUL)


def _doubtful_rows(issue: Issue) -> list[tuple[str, str, str, str]]:
    return [
        (
            "-" if article.span is None else str(article.span.first),
            f"{article.confidence:.2f}",
            printable(article.evidence),
            printable(article.title),
        )
        for article in _doubtful(issue)
    ]


def _warning_rows(issue: Issue) -> list[tuple[str, str]]:
    return [("-" if w.line is None else str(w.line), printable(w.message)) for w in issue.warnings]


def _dropped_rows(issue: Issue) -> list[tuple[str, str, str]]:
    return [(str(d.line), printable(d.reason), printable(d.text)) for d in issue.dropped]


def report_lines(report: Report, *, dropped: bool) -> list[str]:
    """Plain text for pipes: `label: value` lines, then warnings and (if asked) dropped lines."""
    facts = report.facts()
    width = max(len(label) for label, _ in facts)
    out = [f"{label + ':':<{width + 1}} {value}" for label, value in facts]
    doubtful = _doubtful_rows(report.issue)
    if doubtful:
        out += ["", "Doubtful articles (line, confidence, evidence, title):"]
        out += [f"  {line:>6}  {score}  [{why}]  {title}" for line, score, why, title in doubtful]
    warnings = _warning_rows(report.issue)
    if warnings:
        out += ["", "Warnings:"] + [f"  line {line}: {message}" for line, message in warnings]
    if dropped:
        out += ["", "Every dropped line:"]
        out += [
            f"  {line:>6}  [{reason}]  {text}" for line, reason, text in _dropped_rows(report.issue)
        ]
    return out


def report_rich(report: Report, *, dropped: bool) -> RenderableType:
    """For terminals: a key/value grid, then tables of warnings and dropped lines."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in report.facts(say=_):
        grid.add_row(label, Text(value))
    parts: list[RenderableType] = [grid]
    doubtful = _doubtful_rows(report.issue)
    if doubtful:
        table = Table(title=_("Doubtful articles"), title_justify="left", show_edge=False)
        table.add_column(_("Line"), justify="right", style="cyan")
        table.add_column(_("Confidence"), justify="right", style="yellow")
        table.add_column(_("Evidence"), no_wrap=True)
        table.add_column(_("Title"), overflow="fold")
        for line, score, why, title in doubtful:
            table.add_row(Text(line), Text(score), Text(why), Text(title))
        parts += [Text(), table]
    warnings = _warning_rows(report.issue)
    if warnings:
        table = Table(title=_("Warnings"), title_justify="left", show_edge=False)
        table.add_column(_("Line"), justify="right", style="cyan")
        table.add_column(_("Message"), overflow="fold")
        for line, message in warnings:
            table.add_row(Text(line), Text(message))
        parts += [Text(), table]
    if dropped:
        table = Table(title=_("Every dropped line"), title_justify="left", show_edge=False)
        table.add_column(_("Line"), justify="right", style="cyan")
        table.add_column(_("Reason"), style="yellow", no_wrap=True)
        table.add_column(_("Text"), overflow="fold")
        for line, reason, text in _dropped_rows(report.issue):
            table.add_row(Text(line), Text(reason), Text(text))
        parts += [Text(), table]
    return Group(*parts)


def _punctuation_summary(issue: Issue, say: Callable[[str], str]) -> str:
    """What `export --normalize-punct` changes in ISSUE, and whether export does it
    unasked (it does for the flowed OCR shape)."""
    from qtread.text.punctuation import normalize_issue, normalizes_by_default

    changes = normalize_issue(issue)[1]
    marks = ", ".join(f"{mark} {count:,}" for mark, count in changes.marks.most_common())
    template = say(
        N_(
            "{marks:,} half-width marks to full width ({detail}), "
            "{spaces:,} spaces out of Chinese words"
        )
    )
    summary = template.format(
        marks=sum(changes.marks.values()), detail=marks or "-", spaces=changes.spaces
    )
    when = (
        N_("export does this")
        if normalizes_by_default(issue)
        else N_("export does this with --normalize-punct")
    )
    return f"{summary}; {say(when)}"
