"""Magazine designs for the corpus: HTML + CSS for WeasyPrint, and what each one prints.

Each design turns an Issue (gold structure + parsed body) into a PDF and reports the page
furniture it printed (running heads and feet, cover lines, TOC lines), so that the gold
derivation can list it under "absent" after checking the extraction kept it.

  a  A4, two columns; cover; running head "潮涌钱塘 · 2020年第5期"; one folio a page;
     column label above each title, subtitle under it, byline "文/记者 …" under that.
  b  A5, one column; printed TOC (目录) with dotted leaders; kicker above the title;
     running head "产业前沿 | 13" on rectos and "12 | 潮涌钱塘 2020年7月号" on versos;
     byline at the end in brackets.
  c  Landscape spreads, three columns; English cover; titles across all columns;
     pull quotes, grey photo boxes with captions; running foot
     "QIANTANG MAGAZINE  NO.5  2020" and a folio pair on every spread.

  d  B5, one column; cover with the issue but no month; each article's title block floats in
     the right third (column name, subtitle in a coloured band, title in large type over
     2-3 lines); lead paragraph ends in the byline "■ 记者 …" or "文 | …"; drop caps;
     numbered captions "图1 …"; sidebars boxed under a "延伸阅读" tab; head
     "QIANTANG 潮涌钱塘" on versos, the column name on rectos; folio "— 12 —" at the foot.
  e  News digest, 215 × 285 mm; contents page with page numbers first ("08 …") in two
     columns; columns run on without page breaks; kicker (subtitle) line over a headline;
     briefs in a three-cell grid; byline in brackets at the end of the last paragraph;
     running foot "2020年7月 第5期 · 潮涌钱塘" and an outer folio.

d and e were the first held-out set; they joined the corpus at parser commit 2d38570.

  h  Tabloid weekly (A3), five columns, a page (版) a column: masthead with the date and
     weekday "2020年7月15日 星期三"; head with that date, the page name (the column, or 要闻)
     and the folio "第3版"; headlines over three columns (the page's first across all five),
     deck under them; the credit opens the first paragraph ("本刊讯（记者 … 通讯员 …）…");
     grey photo boxes, captions ending "汪株焱 摄" or "（资料图片）"; briefs run in
     ("【标题】正文") in a boxed "简讯" in three columns.
  i  Literary, 170 × 240 mm, one wide column with a right margin for pull quotes; contents
     as a table (栏目, 页码, 篇名, 作者) under the issue in Chinese numerals ("二〇二〇年
     第五期"); every article on a new page, centred title, "——" subtitle, author "□ 记者 …";
     section numbers "01" "02" over subheads, a "＊　＊　＊" break in long articles without;
     "责任编辑：周舟" closing each article; head "潮涌钱塘 · 栏目" on rectos only; folio at
     the outer foot.

h and i were added to the development set at parser commit 3699a77.

Held-out designs (corpus/heldout, never tuned on):

  f  16开 (185 × 260 mm), one body column with a side column on the left for each article's
     head (the column name set one character a line, title, standfirst, byline "本刊记者 …"
     or "… / 文"); captions "▲ …"; briefs as a run-in list under "简讯"; head
     "潮涌钱塘  2020.07", folio "P12"; the contents at the back, a standfirst under each entry.
  g  Square (210 × 210 mm), three columns; cover "NO.5 / 2020"; in longer articles the lead
     paragraph is set large ABOVE the title; subtitle after a dash; numbered subheads
     "一、"; byline at the very end, right-aligned ("撰文：…" / "记者：… 通讯员：…");
     captions "图 | …"; numbered briefs under "简讯"; head with the column name and
     "NO.5 / 2020", folio "·12·" centred at the foot.
Unseen designs (corpus/unseen, never read or tuned on; described in corpus/unseen/README.md):

  j  140 × 203 mm pocket digest, one column, no cover or contents.
  k  230 × 300 mm, four columns, contents on the cover.

Fresh designs (corpus/fresh, never read or tuned on; described in corpus/fresh/README.md):

  l  210 × 270 mm news weekly, two columns, cover story on the cover, no contents.
  m  190 × 255 mm, one column, a divider page with its own contents for every column.

Fresh2 designs (corpus/fresh2, never read or tuned on; described in corpus/fresh2/README.md):

  n  A4 monthly, a wide column beside a narrow one of briefs, no cover or contents.
  o  130 × 184 mm literary monthly, one column, contents, captions as footnotes.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PULL_QUOTE_MIN_CHARS = 12  # a pull quote is one sentence of 12-40 characters
PULL_QUOTE_MAX_CHARS = 40
PULL_QUOTE_MIN_PARAGRAPHS = 4  # shorter articles get no pull quote
COVER_BLURB_COUNT = 3
TOC_LEADER = "…" * 16  # printed dots, clipped to the leader cell (extractors still see them all)


@dataclass
class Item:
    """One article as typeset: structure from gold, blocks (type, text, date) from the parse."""

    title: str
    subtitle: str | None
    section: str | None
    names: list[str]
    credits: list[tuple[str, list[str]]]
    kind: str
    required: bool
    blocks: list[tuple[str, str, str | None]]


@dataclass
class Issue:
    """One sample issue ready to typeset."""

    key: str
    title: str
    number: int
    year: int
    month: int
    items: list[Item]


@dataclass
class Printed:
    """What a rendering printed besides the articles: checked against the extraction later."""

    pages: int = 0
    furniture: list[str] = field(default_factory=list)  # printed for certain
    maybe: list[str] = field(default_factory=list)  # printed on some page (e.g. "产业前沿 | 13")
    css: dict[str, str] = field(default_factory=dict)  # @@KEY@@ in the stylesheet → value


def refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """WeasyPrint must never fetch anything: every resource is inline."""
    raise ValueError(f"corpus designs fetch nothing (asked for {url})")


def esc(text: str) -> str:
    """HTML-escaped text."""
    return html.escape(text, quote=True)


def groups(items: list[Item]) -> Iterator[tuple[str | None, list[tuple[int, Item]]]]:
    """Consecutive items of one column (栏目), with their index in the issue."""
    current: list[tuple[int, Item]] = []
    name: str | None = None
    for i, item in enumerate(items):
        if current and item.section != name:
            yield name, current
            current = []
        name = item.section
        current.append((i, item))
    if current:
        yield name, current


def first_sentence(text: str) -> str | None:
    """A sentence short enough for a pull quote, or None."""
    for part in text.replace("！", "。").replace("？", "。").split("。"):
        part = part.strip()
        if PULL_QUOTE_MIN_CHARS <= len(part) <= PULL_QUOTE_MAX_CHARS:
            return part + "。"
    return None


@dataclass
class Design:
    """A design: its key, a one-line summary, what metadata it prints, and its extractors."""

    key: str
    summary: str
    prints: frozenset[str]
    extractors: tuple[str, ...]
    build: Callable[[Issue], tuple[str, Printed]]

    def render(self, issue: Issue, pdf: Path) -> Printed:
        """Typeset the issue into PDF and return the furniture it printed."""
        import weasyprint

        markup, printed = self.build(issue)
        css = (HERE / f"{self.key}.css").read_text(encoding="utf-8")
        for key, value in printed.css.items():
            css = css.replace(f"@@{key}@@", value.replace('"', '\\"'))
        doc = weasyprint.HTML(string=markup, url_fetcher=refuse_fetch, base_url=str(HERE)).render(
            stylesheets=[weasyprint.CSS(string=css, url_fetcher=refuse_fetch)]
        )
        printed.pages = len(doc.pages)
        anchor_page = {
            anchor: number
            for number, page in enumerate(doc.pages, start=1)
            for anchor in page.anchors
        }
        printed.furniture = [s.format_map(_Pages(anchor_page)) for s in printed.furniture]
        printed.maybe = [s for s in printed.maybe for s in _per_page(s, printed.pages)]
        doc.write_pdf(str(pdf))
        return printed


class _Pages(dict[str, str]):
    """format_map helper: "{art-3}" becomes the printed page of anchor art-3."""

    def __init__(self, pages: dict[str, int]) -> None:
        super().__init__()
        self.pages = pages

    def __missing__(self, key: str) -> str:
        return str(self.pages.get(key, ""))


def _per_page(template: str, pages: int) -> Iterator[str]:
    """A running head with a folio, "{n}", expanded for every page ("{N}": the page count)."""
    if "{n}" not in template:
        yield template
        return
    for n in range(1, pages + 1):
        yield template.replace("{n}", str(n)).replace("{N}", str(pages))


# ---------------------------------------------------------------- shared block markup


def photo_html(caption: str) -> str:
    """A grey photo box over CAPTION (already HTML): how every design but k sets a photo."""
    return (
        f'<figure class="photo"><div class="ph"></div><figcaption>{caption}</figcaption></figure>'
    )


def captioned_blocks(
    blocks: list[tuple[str, str, str | None]],
    caption: Callable[[str], str],
    subhead: Callable[[str, int], str] | None = None,
) -> str:
    """The blocks, each caption under a photo box as CAPTION words it (from the plain text,
    to HTML), each subhead as SUBHEAD labels it (from its text and how many came before)."""
    parts = []
    sub = 0
    for kind, text, date in blocks:
        if kind == "subheading" and subhead is not None:
            parts.append(f'<h3 class="sub">{esc(subhead(text, sub))}</h3>')
            sub += 1
        elif kind == "caption":
            parts.append(photo_html(caption(text)))
        else:
            parts.append(block_html(kind, text, date, photos=False))
    return "\n".join(parts)


def block_html(kind: str, text: str, date: str | None, *, photos: bool) -> str:
    """One parsed block as HTML; captions get a grey photo box where the design has photos."""
    t = esc(text)
    if kind == "subheading":
        return f'<h3 class="sub">{t}</h3>'
    if kind == "list_item":
        return f'<ul class="list"><li>{t}</li></ul>'
    if kind == "caption":
        return photo_html(t) if photos else f'<p class="caption">{t}</p>'
    if kind == "quote":
        return f"<blockquote>{t}</blockquote>"
    if kind == "table_row":
        return f'<p class="row">{t}</p>'
    if kind == "chronology_entry":
        d = f'<span class="date">{esc(date)}</span> ' if date else ""
        return f'<p class="chrono">{d}{t}</p>'
    return f"<p>{t}</p>"


def body_html(item: Item, *, photos: bool, pull_quotes: bool) -> str:
    """An item's blocks, with one pull quote for long articles in designs that use them."""
    parts = [block_html(k, t, d, photos=photos) for k, t, d in item.blocks]
    paragraphs = [i for i, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    if pull_quotes and item.kind == "article" and len(paragraphs) >= PULL_QUOTE_MIN_PARAGRAPHS:
        for i in paragraphs[1:]:
            quote = first_sentence(item.blocks[i][1])
            if quote:
                at = paragraphs[paragraphs.index(i) + 1] if i != paragraphs[-1] else i
                parts.insert(at, f'<aside class="pull">{esc(quote)}</aside>')
                break
    return "\n".join(parts)


def page_html(body: str, lang_title: str) -> str:
    """The HTML document around a body."""
    return (
        f'<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
        f"<title>{esc(lang_title)}</title></head><body>{body}</body></html>"
    )


def credit_line(credits: list[tuple[str, list[str]]], sep: str) -> str:
    """ "记者 汪株焱 通讯员 曲玉国 张钜栋" with the design's separator between role and names."""
    return "  ".join(f"{role}{sep}{' '.join(names)}" for role, names in credits)


# ---------------------------------------------------------------- design a


def build_a(issue: Issue) -> tuple[str, Printed]:
    """A4 two columns, cover, one running head for the issue, column label above each title."""
    head = f"潮涌钱塘 · {issue.year}年第{issue.number}期"
    cover_date = f"{issue.year}年第{issue.number}期 · {issue.month}月刊"
    leads = [it for it in issue.items if it.kind == "article" and it.section and it.required]
    blurbs = [it.title for it in leads[:COVER_BLURB_COUNT]]
    out = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        '<div class="en">QIANTANG</div>'
        f'<div class="date">{esc(cover_date)}</div>'
        + "".join(f'<p class="blurb">{esc(b)}</p>' for b in blurbs)
        + "</section>"
    ]
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        in_briefs = False
        for i, item in members:
            if item.kind == "brief" and not in_briefs:
                out.append('<div class="briefs">')
                in_briefs = True
            elif item.kind != "brief" and in_briefs:
                out.append("</div>")
                in_briefs = False
            cls = {"sidebar": "box", "brief": "brief", "front": "front"}.get(item.kind, "art")
            out.append(f'<article class="{cls}" id="art-{i}">')
            if name and item.kind in ("article", "chronology"):
                out.append(f'<p class="label">{esc(name)}</p>')
            tag = "h4" if item.kind in ("sidebar", "brief") else "h1"
            out.append(f"<{tag}>{esc(item.title)}</{tag}>")
            if item.subtitle:
                out.append(f'<p class="subtitle">{esc(item.subtitle)}</p>')
            if item.credits:
                line = credit_line(item.credits, " ").removeprefix("文 ")
                out.append(f'<p class="byline">文/{esc(line)}</p>')
            out.append(body_html(item, photos=True, pull_quotes=False))
            out.append("</article>")
        if in_briefs:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(furniture=[head, "QIANTANG", cover_date, *blurbs], css={"HEAD": head})
    return page_html("\n".join(out), head), printed


# ---------------------------------------------------------------- design b


def build_b(issue: Issue) -> tuple[str, Printed]:
    """A5 one column, TOC with leaders, kicker above title, byline at the end in brackets."""
    verso = f"潮涌钱塘 {issue.year}年{issue.month}月号"
    toc = [
        '<section class="toc"><h1 class="toc-h">目录 <span>CONTENTS</span></h1>'
        f'<p class="toc-issue">{esc(verso)}</p>'
    ]
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        if name:
            toc.append(f'<h2 class="toc-col">{esc(name)}</h2>')
        briefs = [(i, it) for i, it in members if it.kind == "brief"]
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        entries: list[tuple[int, str]] = []
        if briefs:
            entries.append((briefs[0][0], f"{briefs[0][1].title} 等 {len(briefs)} 则"))
        for i, it in listed:
            text = it.title + (f" —— {it.subtitle}" if it.subtitle else "")
            entries.append((i, text))
        entries.sort()
        for i, text in entries:
            toc.append(
                f'<table class="entry"><tr><td class="t">{esc(text)}</td>'
                f'<td class="dots">{TOC_LEADER}</td>'
                f'<td class="pg"><a href="#art-{i}"></a></td></tr></table>'
            )
            toc_lines.append(text + " …… {art-" + str(i) + "}")
    toc.append("</section>")
    out = toc
    for name, members in groups(issue.items):
        col = name or verso
        out.append(f'<section class="column" style="string-set: column &quot;{esc(col)}&quot;">')
        if name:
            out.append(f'<h2 class="opener">{esc(name)}</h2>')
        for i, item in members:
            cls = {"sidebar": "box", "brief": "brief", "front": "front"}.get(item.kind, "art")
            out.append(f'<article class="{cls}" id="art-{i}">')
            if item.subtitle and item.kind != "chronology":
                out.append(f'<p class="kicker">{esc(item.subtitle)}</p>')
            tag = "h4" if item.kind in ("sidebar", "brief") else "h1"
            out.append(f"<{tag}>{esc(item.title)}</{tag}>")
            if item.subtitle and item.kind == "chronology":
                out.append(f'<p class="kicker">{esc(item.subtitle)}</p>')
            out.append(body_html(item, photos=False, pull_quotes=False))
            if item.credits:
                out.append(f'<p class="byline-end">（{esc(credit_line(item.credits, " "))}）</p>')
            out.append("</article>")
        out.append("</section>")
    columns = sorted({it.section for it in issue.items if it.section})
    printed = Printed(
        furniture=[verso, "CONTENTS", *toc_lines],
        maybe=[f"{c} | {{n}}" for c in columns],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), verso), printed


# ---------------------------------------------------------------- design c


def build_c(issue: Issue) -> tuple[str, Printed]:
    """Landscape spreads in three columns, English cover and foot, pull quotes, photo boxes."""
    mon = MONTHS_EN[issue.month - 1]
    foot = f"QIANTANG MAGAZINE  NO.{issue.number}  {issue.year}"
    cover_line = f"ISSUE {issue.number:02d} · {mon} {issue.year}"
    out = [
        '<section class="cover"><div class="en">QIANTANG MAGAZINE</div>'
        '<div class="mast">潮涌钱塘</div>'
        f'<div class="date">{esc(cover_line)}</div></section>'
    ]
    heads = []
    for name, members in groups(issue.items):
        head = f"潮涌钱塘 · {name}" if name else "潮涌钱塘 · 本期"
        heads.append(head)
        out.append(f'<section class="column" style="string-set: head &quot;{esc(head)}&quot;">')
        if name:
            out.append(f'<h2 class="band">{esc(name)}</h2>')
        else:
            out.append('<div class="rule"></div>')  # a bare colour bar where no column is named
        # Titles run across the page above a three-column body. Each article's body is its
        # own multi-column box (WeasyPrint drops text when column-span is used inside a long
        # multi-column section); boxes and briefs flow on in the columns before them.
        in_cols = False
        for i, item in members:
            cls = {"sidebar": "box", "brief": "brief", "front": "front"}.get(item.kind, "art")
            spans = item.kind not in ("sidebar", "brief")
            head_html = [
                f'<h1 class="{cls}">{esc(item.title)}</h1>'
                if spans
                else f"<h4>{esc(item.title)}</h4>"
            ]
            if item.subtitle:
                head_html.append(f'<p class="deck">{esc(item.subtitle)}</p>')
            if item.credits:
                head_html.append(f'<p class="byline">{esc(credit_line(item.credits, "｜"))}</p>')
            if spans:
                if in_cols:
                    out.append("</div>")
                out.append(f'<div class="head" id="art-{i}">{"".join(head_html)}</div>')
                out.append('<div class="cols">')
                in_cols = True
                out.append(f'<article class="{cls}">')
            else:
                if not in_cols:
                    out.append('<div class="cols">')
                    in_cols = True
                out.append(f'<article class="{cls}" id="art-{i}">{"".join(head_html)}')
            if item.kind == "article" and not any(k == "caption" for k, _, _ in item.blocks):
                out.append('<figure class="photo"><div class="ph"></div></figure>')
            out.append(body_html(item, photos=True, pull_quotes=True))
            out.append("</article>")
        if in_cols:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(
        furniture=[foot, "QIANTANG MAGAZINE", cover_line, f"{mon} {issue.year}", *heads],
        css={"FOOT": foot, "MONTH": f"{mon} {issue.year}"},
    )
    return page_html("\n".join(out), foot), printed


# ---------------------------------------------------------------- design d (held out until 2d38570)

D_COVER_LINE_COUNT = 4
D_SIDEBAR_TAB = "延伸阅读"
D_TITLE_SIZES = ((26, "longer"), (16, "long"))  # titles over 26 / 16 letters are set smaller


def d_credit(credits: list[tuple[str, list[str]]]) -> str:
    """ "文 | 张三" when the only role is 文, else "■ 记者 张三 通讯员 李四"."""
    if all(role == "文" for role, _ in credits):
        return "文 | " + " ".join(n for _, names in credits for n in names)
    return "■ " + credit_line(credits, " ")


def d_body(item: Item) -> str:
    """Lead paragraph (ending in the byline), a drop cap on the next one, numbered figures."""
    parts = []
    lead_done = False
    drop_done = False
    figure = 0
    for kind, text, date in item.blocks:
        if kind == "paragraph" and not lead_done and item.kind in ("article", "front"):
            lead_done = True
            credit = (
                f' <span class="credit">{esc(d_credit(item.credits))}</span>'
                if item.credits
                else ""
            )
            parts.append(f'<p class="lead">{esc(text)}{credit}</p>')
            continue
        if kind == "paragraph" and lead_done and not drop_done:
            drop_done = True
            # the first letter as its own floated box (WeasyPrint cannot float ::first-letter)
            parts.append(
                f'<p class="drop"><span class="dc">{esc(text[0])}</span>{esc(text[1:])}</p>'
            )
            continue
        if kind == "caption":
            figure += 1
            parts.append(photo_html(f"图{figure} {esc(text)}"))
            continue
        parts.append(block_html(kind, text, date, photos=False))
    if item.credits and not lead_done:  # no paragraph to carry it: a line of its own
        parts.append(f'<p class="credit-line">{esc(d_credit(item.credits))}</p>')
    return "\n".join(parts)


def build_d(issue: Issue) -> tuple[str, Printed]:
    """B5 one column, title blocks in the right third, lead paragraph with the byline."""
    verso = "QIANTANG 潮涌钱塘"
    cover_issue = f"{issue.year}年 第{issue.number}期"
    leads = [it for it in issue.items if it.kind == "article" and it.section and it.required]
    cover_lines = [f"{it.section}｜{it.title}" for it in leads[:D_COVER_LINE_COUNT]]
    out = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        '<div class="en">QIANTANG</div>'
        f'<div class="issue">{esc(cover_issue)}</div>'
        '<div class="lines">'
        + "".join(f'<p class="cl">{esc(c)}</p>' for c in cover_lines)
        + "</div></section>"
    ]
    for name, members in groups(issue.items):
        col = name or "潮涌钱塘"
        out.append(f'<section class="column" style="string-set: column &quot;{esc(col)}&quot;">')
        in_briefs = False
        first = True
        for i, item in members:
            if item.kind == "brief" and not in_briefs:
                out.append('<div class="briefs">')
                if name:
                    out.append(f'<p class="colname">{esc(name)}</p>')
                    first = False
                in_briefs = True
            elif item.kind != "brief" and in_briefs:
                out.append("</div>")
                in_briefs = False
            if item.kind == "brief":
                out.append(f'<article class="brief" id="art-{i}">')
                out.append(f"<h4>【{esc(item.title)}】</h4>")
                out.append(body_html(item, photos=False, pull_quotes=False))
                out.append("</article>")
                continue
            if item.kind == "sidebar":
                out.append(f'<article class="box" id="art-{i}">')
                out.append(f'<p class="tab">{D_SIDEBAR_TAB}</p>')
                out.append(f"<h4>{esc(item.title)}</h4>")
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(d_body(item))
                out.append("</article>")
                continue
            cls = "front" if item.kind == "front" else "art"
            # the block is one inline-block inside the float, so it is never split over pages
            out.append(f'<article class="{cls}" id="art-{i}"><div class="tblock"><div class="in">')
            if item.kind == "front":
                out.append('<p class="colname">卷首语</p>')
            elif name and first:
                out.append(f'<p class="colname">{esc(name)}</p>')
            first = False
            if item.subtitle:
                out.append(f'<p class="band">{esc(item.subtitle)}</p>')
            size = next((c for n, c in D_TITLE_SIZES if len(item.title) > n), "")
            out.append(f'<h1 class="{size}">{esc(item.title)}</h1></div></div>')
            out.append(d_body(item))
            out.append("</article>")
        if in_briefs:
            out.append("</div>")
        out.append("</section>")
    columns = sorted({it.section for it in issue.items if it.section})  # the recto heads
    printed = Printed(
        furniture=[verso, "QIANTANG", cover_issue, *cover_lines, D_SIDEBAR_TAB, *columns],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), verso), printed


# ---------------------------------------------------------------- design e (held out until 2d38570)

E_GRID_CELLS = 3  # briefs a row of the grid
E_TOC_HEAD = "本期导读"


def e_body(item: Item) -> str:
    """The blocks, the byline in brackets closing the last paragraph (or on a line after)."""
    parts = [block_html(k, t, d, photos=True) for k, t, d in item.blocks]
    if item.credits:
        credit = f"（{esc(credit_line(item.credits, ' '))}）"
        if item.blocks and item.blocks[-1][0] == "paragraph":
            parts[-1] = parts[-1].removesuffix("</p>") + f"{credit}</p>"
        else:
            parts.append(f'<p class="credit-end">{credit}</p>')
    return "\n".join(parts)


def e_grid(briefs: list[tuple[int, Item]]) -> str:
    """A run of briefs as a grid, E_GRID_CELLS a row, row by row."""
    out = ['<table class="grid">']
    for r in range(0, len(briefs), E_GRID_CELLS):
        cells = briefs[r : r + E_GRID_CELLS]
        out.append("<tr>")
        out.extend(f'<td id="art-{i}"><h4>{esc(it.title)}</h4>{e_body(it)}</td>' for i, it in cells)
        out.extend("<td></td>" for _ in range(E_GRID_CELLS - len(cells)))
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def build_e(issue: Issue) -> tuple[str, Printed]:
    """News digest: contents with page numbers first, kicker + headline, brief grids."""
    foot = f"{issue.year}年{issue.month}月 第{issue.number}期 · 潮涌钱塘"
    motto = "钱塘新区 · 月度要闻摘编"
    toc = [
        '<section class="toc"><div class="mast">潮涌钱塘</div>'
        f'<p class="motto">{esc(motto)}</p><h1 class="toc-h">{E_TOC_HEAD}</h1>'
        '<div class="toc-cols">'
    ]
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        if not listed:
            continue
        if name:
            toc.append(f'<p class="toc-col">{esc(name)}</p>')
        for i, it in listed:
            toc.append(
                f'<p class="toc-e"><a href="#art-{i}"></a>'
                f'<span class="t">{esc(it.title)}</span></p>'
            )
            toc_lines.append("{art-" + str(i) + ":0>2} " + it.title)
    toc.append("</div></section>")
    out = toc
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        if name:
            out.append(f'<h2 class="tab"><span>{esc(name)}</span></h2>')
        else:
            out.append('<div class="rule"></div>')
        # consecutive briefs share a grid, in reading order with the rest
        runs: list[list[tuple[int, Item]]] = []
        for i, it in members:
            if it.kind == "brief" and runs and runs[-1][0][1].kind == "brief":
                runs[-1].append((i, it))
            else:
                runs.append([(i, it)])
        for run in runs:
            if run[0][1].kind == "brief":
                out.append(e_grid(run))
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                out.append(f'<article class="box" id="art-{i}"><h4>{esc(item.title)}</h4>')
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(e_body(item))
                out.append("</article>")
                continue
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<article class="{cls}" id="art-{i}">')
            if item.subtitle and item.kind != "chronology":
                out.append(f'<p class="kicker">{esc(item.subtitle)}</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle and item.kind == "chronology":
                out.append(f'<p class="kicker">{esc(item.subtitle)}</p>')
            out.append(f'<div class="cols">{e_body(item)}</div>')
            out.append("</article>")
        out.append("</section>")
    printed = Printed(
        furniture=[foot, motto, E_TOC_HEAD, *toc_lines],
        css={"FOOT": foot},
    )
    return page_html("\n".join(out), foot), printed


# ---------------------------------------------------------------- design h

H_BRIEFS_HEAD = "简讯"
H_NEWS_LEAD = "本刊讯"  # opens the first paragraph: "本刊讯（记者 … 通讯员 …）…"
H_DEFAULT_PAGE = "要闻"  # page name where the issue names no column
H_LEAD_DAY = 15  # the weekly's date: the 15th of the issue's month
H_FILE_PHOTO = "（资料图片）"  # captions of articles with nobody credited
WEEKDAYS = "一二三四五六日"


def h_date(issue: Issue) -> str:
    """ "2020年7月15日 星期三": the date and weekday the weekly prints."""
    day = datetime.date(issue.year, issue.month, H_LEAD_DAY)
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def h_credit(credits: list[tuple[str, list[str]]]) -> str:
    """ "记者 汪株焱 通讯员 曲玉国 张钜栋" (a bare 文 is left out: "苏军 沈逸柔")."""
    return " ".join(
        " ".join(names) if role == "文" else f"{role} {' '.join(names)}" for role, names in credits
    )


def h_body(item: Item) -> str:
    """News lead with the credit in brackets, photo boxes with "… 摄", bold subheads."""
    parts = []
    lead_done = False
    names = [n for _, ns in item.credits for n in ns]
    shooter = f"{names[0]} 摄" if names else H_FILE_PHOTO
    for kind, text, date in item.blocks:
        if kind == "paragraph" and not lead_done and item.credits and item.kind == "article":
            lead_done = True
            credit = f"{H_NEWS_LEAD}（{h_credit(item.credits)}）"
            parts.append(f'<p class="lead"><b>{esc(credit)}</b>{esc(text)}</p>')
            continue
        if kind == "caption":
            parts.append(photo_html(f"{esc(text)} {esc(shooter)}"))
            continue
        parts.append(block_html(kind, text, date, photos=False))
    return "\n".join(parts)


def h_brief(i: int, item: Item) -> str:
    """A brief run in: "【标题】正文" on one line, further blocks after it."""
    out = [f'<div class="brief" id="art-{i}">']
    first = True
    for kind, text, date in item.blocks:
        if first and kind == "paragraph":
            out.append(f'<p class="runin"><b>【{esc(item.title)}】</b>{esc(text)}</p>')
            first = False
            continue
        if first:
            out.append(f'<p class="runin"><b>【{esc(item.title)}】</b></p>')
            first = False
        out.append(block_html(kind, text, date, photos=False))
    out.append("</div>")
    return "".join(out)


def build_h(issue: Issue) -> tuple[str, Printed]:
    """Tabloid weekly in five columns: a page (版) a column, headlines over three columns."""
    date = h_date(issue)
    issue_line = f"第{issue.number}期"
    out = [
        '<header class="mast"><div class="name">潮涌钱塘</div>'
        f'<div class="dateline"><span>{esc(date)}</span><span>{esc(issue_line)}</span>'
        "<span>钱塘新区主办</span></div></header>"
    ]
    for n, (name, members) in enumerate(groups(issue.items)):
        page = name or H_DEFAULT_PAGE
        cls = "page first" if n == 0 else "page"
        out.append(f'<section class="{cls}" style="string-set: page &quot;{esc(page)}&quot;">')
        lead = True
        k = 0
        while k < len(members):
            i, item = members[k]
            if item.kind == "brief":
                run = []
                while k < len(members) and members[k][1].kind == "brief":
                    run.append(members[k])
                    k += 1
                out.append(f'<div class="briefs"><h2 class="bhead">{H_BRIEFS_HEAD}</h2>')
                out.append('<div class="bcols">')
                out.extend(h_brief(j, it) for j, it in run)
                out.append("</div></div>")
                continue
            k += 1
            wide = "wide" if lead or item.kind == "front" else "span3"
            lead = False
            out.append(f'<article class="story" id="art-{i}"><div class="head {wide}">')
            if item.kind == "front":
                out.append('<p class="label">本刊评论</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle:
                out.append(f'<p class="deck">{esc(item.subtitle)}</p>')
            out.append("</div>")
            out.append(f'<div class="cols">{h_body(item)}</div></article>')
        out.append("</section>")
    page_names = sorted({name or H_DEFAULT_PAGE for name, _ in groups(issue.items)})
    printed = Printed(
        furniture=[date, "钱塘新区主办", *page_names],
        maybe=["第{n}版"],
        css={"DATE": date},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {date}"), printed


# ---------------------------------------------------------------- design i

I_EDITOR = "责任编辑：周舟"
I_BREAK = "＊　＊　＊"  # section break in articles without subheads
I_BREAK_MIN_PARAGRAPHS = 8  # articles this long get one break half way
I_NUMERALS = "〇一二三四五六七八九"


def i_numerals(n: int) -> str:
    """2020 → 二〇二〇: digits one by one, as on a literary title page."""
    return "".join(I_NUMERALS[int(d)] for d in str(n))


def i_issue_line(issue: Issue) -> str:
    """ "二〇二〇年 第五期": year and issue number in Chinese numerals (issues up to 19)."""
    n = issue.number
    number = I_NUMERALS[n] if n < 10 else "十" + (I_NUMERALS[n - 10] if n > 10 else "")
    return f"{i_numerals(issue.year)}年 第{number}期"


def i_author(credits: list[tuple[str, list[str]]]) -> str:
    """ "□ 记者 汪株焱 通讯员 曲玉国" (a bare 文 is left out: "□ 苏军 沈逸柔")."""
    parts = [" ".join(ns) if role == "文" else f"{role} {' '.join(ns)}" for role, ns in credits]
    return "□ " + "  ".join(parts)


def i_body(item: Item) -> str:
    """Numbered sections "01" before subheads, or a ＊＊＊ break half way; a margin quote."""
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    has_subs = any(k == "subheading" for k, _, _ in item.blocks)
    brk = None
    if not has_subs and item.kind == "article" and len(paragraphs) >= I_BREAK_MIN_PARAGRAPHS:
        brk = paragraphs[len(paragraphs) // 2]
    quote_at = None
    quote = None
    if item.kind == "article" and len(paragraphs) >= PULL_QUOTE_MIN_PARAGRAPHS:
        for j in paragraphs[2:]:
            quote = first_sentence(item.blocks[j][1])
            if quote:
                quote_at = j
                break
    parts = []
    section = 0
    for j, (kind, text, date) in enumerate(item.blocks):
        if j == brk:
            parts.append(f'<p class="break">{I_BREAK}</p>')
        if j == quote_at and quote:
            parts.append(f'<aside class="margin">{esc(quote)}</aside>')
        if kind == "subheading":
            section += 1
            parts.append(f'<p class="secno">{section:02d}</p>')
        parts.append(block_html(kind, text, date, photos=True))
    return "\n".join(parts)


def build_i(issue: Issue) -> tuple[str, Printed]:
    """Literary 170 × 240 mm: contents as a table, centred heads, numbered sections."""
    issue_line = i_issue_line(issue)
    toc = [
        '<section class="toc"><div class="mast">潮涌钱塘</div>'
        f'<p class="issue">{esc(issue_line)}</p><h1 class="toc-h">目　录</h1>'
        '<table class="contents"><thead><tr><th>栏目</th><th>页码</th><th>篇名</th>'
        "<th>作者</th></tr></thead><tbody>"
    ]
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        for n, (i, it) in enumerate(listed):
            col = (name or "卷首") if n == 0 else ""
            author = " ".join(it.names)
            toc.append(
                f'<tr><td class="col">{esc(col)}</td><td class="pg"><a href="#art-{i}"></a></td>'
                f'<td class="t">{esc(it.title)}</td><td class="au">{esc(author)}</td></tr>'
            )
            toc_lines.append(" ".join(s for s in (col, "{art-" + str(i) + "}", it.title) if s))
    toc.append("</tbody></table></section>")
    out = toc
    heads = []
    for name, members in groups(issue.items):
        head = f"潮涌钱塘 · {name or '卷首'}"
        heads.append(head)
        out.append(f'<section class="column" style="string-set: head &quot;{esc(head)}&quot;">')
        briefs_open = False
        for i, item in members:
            if item.kind == "brief":
                if not briefs_open:
                    out.append('<div class="briefs"><p class="btitle">短　讯</p>')
                    briefs_open = True
                out.append(f'<div class="brief" id="art-{i}"><h4>◎ {esc(item.title)}</h4>')
                out.append(i_body(item))
                out.append("</div>")
                continue
            if briefs_open:
                out.append("</div>")
                briefs_open = False
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<article class="{cls}" id="art-{i}">')
            if item.kind == "front":
                out.append('<p class="label">卷首语</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle:
                out.append(f'<p class="sub">——{esc(item.subtitle)}</p>')
            if item.credits:
                out.append(f'<p class="author">{esc(i_author(item.credits))}</p>')
            out.append(i_body(item))
            if item.kind == "article":
                out.append(f'<p class="editor">{I_EDITOR}</p>')
            out.append("</article>")
        if briefs_open:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(
        furniture=[issue_line, I_EDITOR, *heads, *toc_lines],
        css={},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design f (held out)

F_TOC_HEAD = "本期目录"
F_BRIEFS_HEAD = "简讯"


def f_credit(credits: list[tuple[str, list[str]]]) -> str:
    """ "本刊记者 张三  通讯员 李四", or "张三 / 文" when the only role is 文."""
    if all(role == "文" for role, _ in credits):
        return " ".join(n for _, names in credits for n in names) + " / 文"
    return "  ".join(
        f"{'本刊记者' if role == '记者' else role} {' '.join(names)}" for role, names in credits
    )


def f_blocks(item: Item) -> str:
    """The blocks, captions under a grey box with a "▲" in front."""
    return captioned_blocks(item.blocks, lambda text: f"▲ {esc(text)}")


def f_brief(i: int, item: Item) -> str:
    """A brief as a list entry, its title run in before the first paragraph."""
    blocks = list(item.blocks)
    run_in = ""
    if blocks and blocks[0][0] == "paragraph":
        run_in = esc(blocks.pop(0)[1])
    rest = "".join(block_html(k, t, d, photos=False) for k, t, d in blocks)
    return f'<li class="brief" id="art-{i}"><p><b>{esc(item.title)}</b>　{run_in}</p>{rest}</li>'


def build_f(issue: Issue) -> tuple[str, Printed]:
    """16开, side-column heads left of one body column, run-in briefs, contents at the back."""
    head = f"潮涌钱塘  {issue.year}.{issue.month:02d}"
    out: list[str] = []
    toc = [f'<section class="toc"><h2 class="toc-h">{F_TOC_HEAD}</h2>']
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        if listed:
            toc.append(f'<p class="toc-col">{esc(name or "本期")}</p>')
        for i, it in listed:
            toc.append(
                f'<p class="toc-t"><span class="t">{esc(it.title)}</span>'
                f'<a class="pg" href="#art-{i}"></a></p>'
            )
            if it.subtitle:
                toc.append(f'<p class="toc-s">{esc(it.subtitle)}</p>')
            toc_lines.append(it.title + " P{art-" + str(i) + "}")
        first = True
        in_briefs = False
        for i, item in members:
            if item.kind == "brief":
                if not in_briefs:
                    out.append(f'<div class="briefs"><h2 class="bh">{F_BRIEFS_HEAD}</h2><ul>')
                    in_briefs = True
                out.append(f_brief(i, item))
                continue
            if in_briefs:
                out.append("</ul></div>")
                in_briefs = False
            if item.kind == "sidebar":
                out.append(f'<article class="box" id="art-{i}"><h4>{esc(item.title)}</h4>')
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(f_blocks(item))
                if item.credits:
                    out.append(f'<p class="credit-box">{esc(f_credit(item.credits))}</p>')
                out.append("</article>")
                continue
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<article class="{cls}" id="art-{i}"><div class="side">')
            label = "卷首语" if item.kind == "front" else (name if first else None)
            if label:
                out.append(f'<p class="vcol">{"<br>".join(esc(ch) for ch in label)}</p>')
            first = False
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle:
                out.append(f'<p class="stand">{esc(item.subtitle)}</p>')
            if item.credits:
                out.append(f'<p class="byline">{esc(f_credit(item.credits))}</p>')
            out.append(f'</div><div class="main">{f_blocks(item)}</div></article>')
        if in_briefs:
            out.append("</ul></div>")
        out.append("</section>")
    toc.append("</section>")
    out += toc
    printed = Printed(furniture=[head, F_TOC_HEAD, *toc_lines], css={"HEAD": head})
    return page_html("\n".join(out), head), printed


# ---------------------------------------------------------------- design g (held out)

G_LEAD_MIN_PARAGRAPHS = 3  # articles with this many paragraphs open with the lead set large
G_NUMERALS = "一二三四五六七八九十"
G_SLOGAN = "聚焦钱塘 · 服务发展"
G_BRIEFS_HEAD = "简讯"


def g_credit(credits: list[tuple[str, list[str]]]) -> str:
    """ "撰文：张三" when the only role is 文, else "记者：张三　通讯员：李四 王五"."""
    return "　".join(
        f"{'撰文' if role == '文' else role}：{' '.join(names)}" for role, names in credits
    )


def g_blocks(blocks: list[tuple[str, str, str | None]]) -> str:
    """The blocks with numbered subheads ("一、…") and "图 | …" captions under grey boxes."""

    def numbered(text: str, sub: int) -> str:
        if text[:1] in G_NUMERALS or text[:1].isdigit() or sub >= len(G_NUMERALS):
            return text
        return f"{G_NUMERALS[sub]}、{text}"

    return captioned_blocks(blocks, lambda text: f"图 | {esc(text)}", numbered)


def build_g(issue: Issue) -> tuple[str, Printed]:
    """Square pages in three columns, lead above the title, byline at the end, numbered briefs."""
    issue_line = f"NO.{issue.number} / {issue.year}"
    out = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        f'<div class="no">{esc(issue_line)}</div>'
        f'<div class="slogan">{esc(G_SLOGAN)}</div></section>'
    ]
    heads = []
    for name, members in groups(issue.items):
        col = name or "潮涌钱塘"
        heads.append(col)
        out.append(f'<section class="column" style="string-set: column &quot;{esc(col)}&quot;">')
        # each article's head runs across the page above its own three-column body; boxes and
        # briefs flow on in the columns before them (no column-span inside a long flow)
        in_cols = False
        n_brief = 0
        for i, item in members:
            if item.kind in ("sidebar", "brief"):
                if not in_cols:
                    out.append('<div class="cols">')
                    in_cols = True
                if item.kind == "brief":
                    if n_brief == 0:
                        out.append(f'<h2 class="bh">{G_BRIEFS_HEAD}</h2>')
                    n_brief += 1
                    out.append(
                        f'<article class="brief" id="art-{i}"><h4>{n_brief}. {esc(item.title)}</h4>'
                    )
                else:
                    out.append(f'<article class="box" id="art-{i}"><h4>{esc(item.title)}</h4>')
                    if item.subtitle:
                        out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(g_blocks(item.blocks))
                if item.credits:
                    out.append(f'<p class="sign">{esc(g_credit(item.credits))}</p>')
                out.append("</article>")
                continue
            n_brief = 0
            if in_cols:
                out.append("</div>")
            blocks = list(item.blocks)
            paragraphs = sum(1 for k, _, _ in blocks if k == "paragraph")
            lead = None
            if (
                item.kind == "article"
                and blocks
                and blocks[0][0] == "paragraph"
                and paragraphs >= G_LEAD_MIN_PARAGRAPHS
            ):
                lead = blocks.pop(0)[1]
            cls = "front" if item.kind == "front" else "art"
            head = [f'<div class="head {cls}" id="art-{i}">']
            if lead:
                head.append(f'<p class="lead">{esc(lead)}</p>')
            head.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle:
                head.append(f'<p class="sub-t">——{esc(item.subtitle)}</p>')
            head.append("</div>")
            out.append("".join(head))
            out.append('<div class="cols">')
            in_cols = True
            out.append(f'<article class="{cls}">{g_blocks(blocks)}')
            if item.credits:
                out.append(f'<p class="sign">{esc(g_credit(item.credits))}</p>')
            out.append("</article>")
        if in_cols:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(
        furniture=[issue_line, G_SLOGAN, *sorted(set(heads))],
        css={"ISSUE": issue_line},
    )
    return page_html("\n".join(out), issue_line), printed


# ---------------------------------------------------------------- design j (unseen)

J_ROLES = {"记者": "本刊记者"}  # the role as design j prints it
J_FRONT_LABEL = "刊首语"
J_BRIEFS_HEAD = "资讯速递"
J_LINK_TAB = "相关链接"
J_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
J_GAP = "　"  # ideographic space


def j_credit(credits: list[tuple[str, list[str]]]) -> str:
    """Roles and names spaced with ideographic spaces; "作者" when the only role is 文."""
    if all(role == "文" for role, _ in credits):
        return "作者" + J_GAP + J_GAP.join(n for _, names in credits for n in names)
    return (J_GAP * 2).join(
        f"{J_ROLES.get(role, role)}{J_GAP}{J_GAP.join(names)}" for role, names in credits
    )


def j_blocks(item: Item) -> str:
    """The blocks; captions under a grey box with "［图］" in front."""
    return captioned_blocks(item.blocks, lambda text: f"［图］{esc(text)}")


def j_number(n: int) -> str:
    """A brief's number: a circled digit up to 20, then "(21)"."""
    return J_CIRCLED[n - 1] if n <= len(J_CIRCLED) else f"({n})"


def build_j(issue: Issue) -> tuple[str, Printed]:
    """Pocket digest: no cover, no contents, spaced column openers, page-of-total foot."""
    foot = f"潮涌钱塘{J_GAP}总第{issue.number}期"
    issue_line = f"总第{issue.number}期{J_GAP}{issue.year}年{issue.month}月出版"
    out = [
        '<header class="mast"><div class="name">潮涌钱塘</div>'
        f'<div class="issue">{esc(issue_line)}</div></header>'
    ]
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        if name:
            out.append(f'<h2 class="opener">{esc(J_GAP.join(name))}</h2>')
        n_brief = 0
        for i, item in members:
            if item.kind == "brief":
                if n_brief == 0:
                    out.append(f'<h2 class="bhead">{J_BRIEFS_HEAD}</h2>')
                n_brief += 1
                out.append(
                    f'<article class="brief" id="art-{i}">'
                    f"<h4>{j_number(n_brief)} {esc(item.title)}</h4>{j_blocks(item)}</article>"
                )
                continue
            n_brief = 0
            if item.kind == "sidebar":
                out.append(
                    f'<article class="box" id="art-{i}"><p class="tab">{J_LINK_TAB}</p>'
                    f"<h4>{esc(item.title)}</h4>"
                )
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(j_blocks(item))
                out.append("</article>")
                continue
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<article class="{cls}" id="art-{i}">')
            if item.kind == "front":
                out.append(f'<p class="flabel">{J_FRONT_LABEL}</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.subtitle:
                out.append(f'<p class="subt">{esc(item.subtitle)}</p>')
            if item.credits:
                out.append(f'<p class="byline">{esc(j_credit(item.credits))}</p>')
            out.append(j_blocks(item))
            out.append("</article>")
        out.append("</section>")
    printed = Printed(
        furniture=[foot, issue_line, J_BRIEFS_HEAD, J_LINK_TAB],
        maybe=[foot + J_GAP + "{n}/{N}"],
        css={"FOOT": foot + J_GAP},
    )
    return page_html("\n".join(out), foot), printed


# ---------------------------------------------------------------- design k (unseen)

K_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
K_CONTENTS_HEAD = "本期要目"
K_BRIEFS_HEAD = "要闻速览"
K_FRONT_HEAD = "卷首"
K_ROLES = {"记者": "本刊记者"}
K_BREAK_TITLE_CHARS = 12  # longer titles with a space are set over two lines at the space


def k_credit(credits: list[tuple[str, list[str]]]) -> str:
    """Names before the role in brackets: "汪株焱（本刊记者）　曲玉国 张钜栋（通讯员）"."""
    return "　".join(f"{' '.join(names)}（{K_ROLES.get(role, role)}）" for role, names in credits)


def k_title(title: str) -> str:
    """A long title with a space is broken there onto two lines, as big headlines are."""
    if len(title) > K_BREAK_TITLE_CHARS and " " in title.strip():
        first, rest = title.strip().split(" ", 1)
        return f"{esc(first)}<br>{esc(rest)}"
    return esc(title)


def k_blocks(item: Item, *, lead: bool) -> str:
    """Bold lead paragraph, "◆" subheads, captions above their photo box, 「」 pull quotes."""
    parts = []
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    quote_at, quote = None, None
    if item.kind == "article" and len(paragraphs) >= PULL_QUOTE_MIN_PARAGRAPHS:
        for j in paragraphs[1:]:
            quote = first_sentence(item.blocks[j][1])
            if quote:
                quote_at = paragraphs[paragraphs.index(j) + 1] if j != paragraphs[-1] else j
                break
    lead_done = not lead
    for j, (kind, text, date) in enumerate(item.blocks):
        if j == quote_at and quote:
            parts.append(f'<aside class="pull">「{esc(quote)}」</aside>')
        if kind == "paragraph" and not lead_done:
            lead_done = True
            parts.append(f'<p class="lead">{esc(text)}</p>')
        elif kind == "subheading":
            parts.append(f'<h3 class="sub">◆ {esc(text)}</h3>')
        elif kind == "caption":
            parts.append(
                f'<figure class="photo"><figcaption>{esc(text)}</figcaption>'
                '<div class="ph"></div></figure>'
            )
        else:
            parts.append(block_html(kind, text, date, photos=False))
    return "\n".join(parts)


def build_k(issue: Issue) -> tuple[str, Printed]:
    """230 × 300 mm, four columns; contents on the cover; heads "—— 栏目 ——"; credits at the end."""
    issue_line = f"{issue.year}年第{issue.number}期".translate(K_FULLWIDTH)
    foot = f"潮涌钱塘　{issue_line}"
    cover = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        f'<div class="issue">{esc(issue_line)}</div>'
        f'<h2 class="toc-h">{K_CONTENTS_HEAD}</h2><table class="toc">'
    ]
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        if not listed:
            continue
        cover.append(f'<tr><td class="col" colspan="3">{esc(name or K_FRONT_HEAD)}</td></tr>')
        for i, it in listed:
            author = f"{it.names[0]}等" if len(it.names) > 1 else "".join(it.names)
            cover.append(
                f'<tr><td class="t">{esc(it.title)}</td><td class="au">{esc(author)}</td>'
                f'<td class="pg"><a href="#art-{i}"></a></td></tr>'
            )
            toc_lines.append(f"{it.title} {author} " + "{art-" + str(i) + "}")
    cover.append("</table></section>")
    out = cover
    heads = []
    for name, members in groups(issue.items):
        head = f"—— {name or K_FRONT_HEAD} ——"
        heads.append(head)
        out.append(f'<section class="column" style="string-set: head &quot;{esc(head)}&quot;">')
        in_cols = False
        in_briefs = False
        for i, item in members:
            if item.kind in ("sidebar", "brief"):
                if not in_cols:
                    out.append('<div class="cols">')
                    in_cols = True
                if item.kind == "brief":
                    if not in_briefs:
                        out.append(f'<h2 class="bhead">{K_BRIEFS_HEAD}</h2>')
                        in_briefs = True
                    blocks = list(item.blocks)
                    run_in = ""
                    if blocks and blocks[0][0] == "paragraph":
                        run_in = esc(blocks.pop(0)[1])
                    rest = "".join(block_html(k, t, d, photos=False) for k, t, d in blocks)
                    out.append(
                        f'<article class="brief" id="art-{i}"><p class="runin">'
                        f"<b>{esc(item.title)}：</b>{run_in}</p>{rest}</article>"
                    )
                    continue
                in_briefs = False
                out.append(f'<article class="box" id="art-{i}"><h4>▍{esc(item.title)}</h4>')
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(k_blocks(item, lead=False))
                if item.credits:
                    out.append(f'<p class="sign">{esc(k_credit(item.credits))}</p>')
                out.append("</article>")
                continue
            in_briefs = False
            if in_cols:
                out.append("</div>")
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<div class="head {cls}" id="art-{i}"><h1>{k_title(item.title)}</h1>')
            if item.subtitle:
                out.append(f'<p class="subt">{esc(item.subtitle)}</p>')
            out.append("</div>")
            out.append('<div class="cols">')
            in_cols = True
            out.append(f'<article class="{cls}">{k_blocks(item, lead=item.kind == "article")}')
            if item.credits:
                out.append(f'<p class="sign">{esc(k_credit(item.credits))}</p>')
            out.append("</article>")
        if in_cols:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(
        furniture=[foot, issue_line, K_CONTENTS_HEAD, *sorted(set(heads)), *toc_lines],
        css={"FOOT": foot},
    )
    return page_html("\n".join(out), foot), printed


# ---------------------------------------------------------------- design l (fresh)

L_FOUNDED = 2015  # 总第N期 counts twelve issues a year from this year
L_ROLES = {"记者": "本刊记者", "文": "撰文"}  # roles as design l prints them
L_FRONT_LABEL = "主编手记"
L_COVER_STORY = "封面故事"
L_COVER_MORE = "本期看点"
L_COVER_MORE_COUNT = 2
L_BRIEFS_HEAD = "速读"
L_MAST_LATIN = "CHAOYONG QIANTANG"
L_NO_CREDIT_PHOTO = "（图片由受访单位提供）"


def l_issue_line(issue: Issue) -> str:
    """ "2020 · 第5期（总第65期）": year, issue number and the running total."""
    total = (issue.year - L_FOUNDED) * 12 + issue.number
    return f"{issue.year} · 第{issue.number}期（总第{total}期）"


def l_credit(credits: list[tuple[str, list[str]]]) -> str:
    """Role, a slash, the names joined with 、: "本刊记者／汪株焱　通讯员／曲玉国、张钜栋"."""
    return "　".join(f"{L_ROLES.get(role, role)}／{'、'.join(names)}" for role, names in credits)


def l_blocks(item: Item) -> str:
    """Plain subheads, captions closed by the photographer ("（汪株焱／摄）"), “” pull quotes."""
    names = [n for _, ns in item.credits for n in ns]
    shot = f"（{names[0]}／摄）" if names else L_NO_CREDIT_PHOTO
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    quote_at, quote = None, None
    if item.kind == "article" and len(paragraphs) >= PULL_QUOTE_MIN_PARAGRAPHS:
        for j in paragraphs[1:]:
            quote = first_sentence(item.blocks[j][1])
            if quote:
                quote_at = paragraphs[paragraphs.index(j) + 1] if j != paragraphs[-1] else j
                break
    parts = []
    for j, (kind, text, date) in enumerate(item.blocks):
        if j == quote_at and quote:
            parts.append(f'<aside class="pull">“{esc(quote)}”</aside>')
        if kind == "caption":
            parts.append(photo_html(f"{esc(text)}{esc(shot)}"))
        else:
            parts.append(block_html(kind, text, date, photos=False))
    return "\n".join(parts)


def build_l(issue: Issue) -> tuple[str, Printed]:
    """News weekly: cover story on the cover, thumb tabs, byline between title and standfirst."""
    issue_line = l_issue_line(issue)
    leads = [it for it in issue.items if it.kind == "article" and it.section and it.required]
    story, more = (leads[0], leads[1 : 1 + L_COVER_MORE_COUNT]) if leads else (None, [])
    cover = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        f'<div class="latin">{L_MAST_LATIN}</div><div class="issue">{esc(issue_line)}</div>'
    ]
    cover_lines: list[str] = []
    if story is not None:
        cover.append(f'<p class="cs-label">{L_COVER_STORY}</p><p class="cs">{esc(story.title)}</p>')
        cover_lines.append(story.title)
        if story.subtitle:
            cover.append(f'<p class="cs-sub">{esc(story.subtitle)}</p>')
    if more:
        cover.append(f'<p class="more-label">{L_COVER_MORE}</p>')
        cover.extend(f'<p class="more">▶ {esc(it.title)}</p>' for it in more)
        cover_lines.extend(f"▶ {it.title}" for it in more)
    cover.append("</section>")
    out = cover
    for name, members in groups(issue.items):
        tab = esc(name or "")
        out.append(f'<section class="column" style="string-set: tab &quot;{tab}&quot;">')
        in_cols = False
        in_briefs = False
        for i, item in members:
            if item.kind in ("sidebar", "brief"):
                if not in_cols:
                    out.append('<div class="cols">')
                    in_cols = True
                if item.kind == "brief":
                    if not in_briefs:
                        out.append(f'<h2 class="bhead">{L_BRIEFS_HEAD}</h2>')
                        in_briefs = True
                    out.append(
                        f'<article class="brief" id="art-{i}"><h4>{esc(item.title)}</h4>'
                        f"{l_blocks(item)}</article>"
                    )
                    continue
                in_briefs = False
                out.append(f'<article class="box" id="art-{i}"><h4>◇ {esc(item.title)}</h4>')
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                if item.credits:
                    out.append(f'<p class="byline">{esc(l_credit(item.credits))}</p>')
                out.append(l_blocks(item))
                out.append("</article>")
                continue
            in_briefs = False
            if in_cols:
                out.append("</div>")
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<div class="head {cls}" id="art-{i}">')
            if item.kind == "front":
                out.append(f'<p class="flabel">{L_FRONT_LABEL}</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            if item.credits:
                out.append(f'<p class="byline">{esc(l_credit(item.credits))}</p>')
            if item.subtitle:
                out.append(f'<p class="stand">{esc(item.subtitle)}</p>')
            out.append("</div>")
            out.append('<div class="cols">')
            in_cols = True
            out.append(f'<article class="{cls}">{l_blocks(item)}</article>')
        if in_cols:
            out.append("</div>")
        out.append("</section>")
    recto = issue_line
    verso = f"潮涌钱塘　{L_MAST_LATIN}"
    printed = Printed(
        furniture=[
            issue_line,
            L_MAST_LATIN,
            verso,
            L_COVER_STORY,
            L_COVER_MORE,
            L_FRONT_LABEL,
            *cover_lines,
        ],
        css={"VERSO": verso, "RECTO": recto},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design m (fresh)

M_FOUNDED = 2015  # volume 1 was this year's
MONTHS_EN_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun."]
MONTHS_EN_DOT += ["Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
M_EDITOR = "编辑丨陈默"
M_FRONT_LABEL = "开卷"
M_SIDEBAR_TAG = "背景"
M_BRIEFS_HEAD = "动态"
M_NUMERALS = "一二三四五六七八九十"


def m_volume(issue: Issue) -> str:
    """ "Vol.6 No.5": the volume counts years since the first."""
    return f"Vol.{issue.year - M_FOUNDED + 1} No.{issue.number}"


def m_credit(credits: list[tuple[str, list[str]]], *, editor: bool) -> str:
    """ "记者丨汪株焱 · 通讯员丨曲玉国 张钜栋 · 编辑丨陈默" (the editor on articles)."""
    parts = [f"{role}丨{' '.join(names)}" for role, names in credits]
    if editor:
        parts.append(M_EDITOR)
    return " · ".join(parts)


def m_blocks(blocks: list[tuple[str, str, str | None]]) -> str:
    """Subheads numbered "（一）", captions under their photo with "↑" in front."""

    def numbered(text: str, sub: int) -> str:
        if text[:1] in M_NUMERALS or text[:1] in "（(" or text[:1].isdigit():
            return text
        return text if sub >= len(M_NUMERALS) else f"（{M_NUMERALS[sub]}）{text}"

    return captioned_blocks(blocks, lambda text: f"↑ {esc(text)}", numbered)


def m_brief_rows(run: list[tuple[int, Item]]) -> str:
    """Briefs as a ruled table: the title in the left cell, the text in the right."""
    rows = [
        f'<tr id="art-{i}"><th>{esc(it.title)}</th><td>{m_blocks(it.blocks)}</td></tr>'
        for i, it in run
    ]
    return f'<table class="briefs">{"".join(rows)}</table>'


def build_m(issue: Issue) -> tuple[str, Printed]:
    """One column; a divider page with its own contents for every column; decked headlines."""
    volume = m_volume(issue)
    month = f"{MONTHS_EN_DOT[issue.month - 1]} {issue.year}"
    mast_line = f"{volume} · {month}"
    verso = f"潮涌钱塘丨{volume}"
    out = [
        f'<header class="mast"><div class="name">潮涌钱塘</div>'
        f'<div class="vol">{esc(mast_line)}</div></header>'
    ]
    furniture = [mast_line, verso, month]
    part = 0
    for name, members in groups(issue.items):
        head = name or "潮涌钱塘"
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        divider = ""
        if name and listed:
            part += 1
            entries = "".join(
                f'<tr><td class="t">{esc(it.title)}</td>'
                f'<td class="pg"><a href="#art-{i}"></a></td></tr>'
                for i, it in listed
            )
            divider = (
                f'<div class="divider"><p class="part">PART {part:02d}</p>'
                f'<h2 class="colname">{esc(name)}</h2><table class="mini">{entries}</table></div>'
            )
            furniture.append(f"PART {part:02d}")
            furniture.extend(it.title + " {art-" + str(i) + "}" for i, it in listed)
        opener = " opens" if divider else ""
        out.append(
            f'<section class="column{opener}" style="string-set: head &quot;{esc(head)}&quot;">'
        )
        out.append(divider)
        k = 0
        while k < len(members):
            i, item = members[k]
            if item.kind == "brief":
                run = []
                while k < len(members) and members[k][1].kind == "brief":
                    run.append(members[k])
                    k += 1
                out.append(f'<h2 class="bhead">{M_BRIEFS_HEAD}</h2>{m_brief_rows(run)}')
                continue
            k += 1
            if item.kind == "sidebar":
                out.append(
                    f'<article class="box" id="art-{i}"><p class="tag">{M_SIDEBAR_TAG}</p>'
                    f"<h4>{esc(item.title)}</h4>"
                )
                if item.subtitle:
                    out.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
                out.append(m_blocks(item.blocks))
                if item.credits:
                    out.append(f'<p class="byline">{esc(m_credit(item.credits, editor=False))}</p>')
                out.append("</article>")
                continue
            cls = "front" if item.kind == "front" else "art"
            out.append(f'<article class="{cls}" id="art-{i}">')
            if item.kind == "front":
                out.append(f'<p class="flabel">{M_FRONT_LABEL}</p>')
            out.append(f'<h1><span class="t">{esc(item.title)}</span>')
            if item.subtitle:
                out.append(f'<br><span class="deck">{esc(item.subtitle)}</span>')
            out.append("</h1>")
            editor = item.kind == "article"
            if item.credits or editor:
                out.append(f'<p class="byline">{esc(m_credit(item.credits, editor=editor))}</p>')
            out.append(m_blocks(item.blocks))
            out.append("</article>")
        out.append("</section>")
    printed = Printed(
        furniture=furniture,
        css={"VERSO": verso, "MONTH": month},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {mast_line}"), printed


# ---------------------------------------------------------------- design n (fresh2)

N_LATIN = "THE QIANTANG TIDE"
MONTHS_EN_FULL = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY"]
MONTHS_EN_FULL += ["AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"]
N_ROLES = {"文": "撰文"}  # roles as design n prints them
N_FRONT_LABEL = "编者的话"
N_BRIEFS_HEAD = "快讯"
N_SIDEBAR_TAB = "知多点"
N_NO_COLUMN = "潮涌钱塘"  # the recto head where the issue names no column

Unit = tuple[tuple[int, Item] | None, list[tuple[int, Item]]]


def n_credit(credits: list[tuple[str, list[str]]]) -> str:
    """ "撰文｜苏军 沈逸柔" or "记者｜汪株焱　通讯员｜曲玉国 张钜栋": role, a bar, the names."""
    return "　".join(f"{N_ROLES.get(role, role)}｜{' '.join(names)}" for role, names in credits)


def n_quote(item: Item) -> str | None:
    """The pull quote design n sets in the narrow column beside a longer article, or None."""
    paragraphs = [text for kind, text, _ in item.blocks if kind == "paragraph"]
    if item.kind != "article" or len(paragraphs) < PULL_QUOTE_MIN_PARAGRAPHS:
        return None
    return next((q for q in map(first_sentence, paragraphs[1:]) if q), None)


def n_blocks(item: Item) -> str:
    """The blocks; subheads marked by a bar (CSS only), captions "△ …" under their photo box."""
    return captioned_blocks(item.blocks, lambda text: f"△ {esc(text)}")


def n_units(members: list[tuple[int, Item]]) -> list[Unit]:
    """A column's items as rows of the grid: a main item (None before the first) and what the
    narrow column beside it carries (the sidebars and briefs that follow it)."""
    units: list[Unit] = []
    for i, item in members:
        if item.kind in ("sidebar", "brief"):
            if not units:
                units.append((None, []))
            units[-1][1].append((i, item))
        else:
            units.append(((i, item), []))
    return units


def n_side(quote: str | None, side: list[tuple[int, Item]]) -> str:
    """The narrow column of one row: the pull quote, then boxed sidebars and "快讯" briefs."""
    parts = [f'<aside class="pull">〝{esc(quote)}〞</aside>'] if quote else []
    in_briefs = False
    for i, item in side:
        if item.kind == "brief":
            if not in_briefs:
                parts.append(f'<h3 class="bhead">{N_BRIEFS_HEAD}</h3>')
                in_briefs = True
            parts.append(f'<div class="brief" id="art-{i}"><h4>{esc(item.title)}</h4>')
        else:
            in_briefs = False
            parts.append(
                f'<div class="box" id="art-{i}"><p class="tab">{N_SIDEBAR_TAB}</p>'
                f"<h4>{esc(item.title)}</h4>"
            )
        if item.subtitle:
            parts.append(f'<p class="boxsub">{esc(item.subtitle)}</p>')
        parts.append(n_blocks(item))
        if item.credits:
            parts.append(f'<p class="sign">{esc(n_credit(item.credits))}</p>')
        parts.append("</div>")
    return "\n".join(parts)


def build_n(issue: Issue) -> tuple[str, Printed]:
    """A4 business monthly: a wide and a narrow column, kicker bands, credits at the end."""
    month = f"{MONTHS_EN_FULL[issue.month - 1]} {issue.year}"
    issue_line = f"{issue.year}年{issue.month}月　第{issue.number}期"
    latin_line = f"{month} · NO.{issue.number:02d}"
    out = [
        '<header class="mast"><div class="name">潮涌钱塘</div><div class="meta">'
        f'<p class="latin">{N_LATIN}</p><p class="issue">{esc(issue_line)}</p>'
        f'<p class="en">{esc(latin_line)}</p></div></header>'
    ]
    columns: list[str] = []
    for name, members in groups(issue.items):
        col = name or N_NO_COLUMN
        columns.append(col)
        out.append(f'<section class="column" style="string-set: column &quot;{esc(col)}&quot;">')
        if name:
            out.append(f'<h2 class="secbar">{esc(name)}</h2>')
        for main, side in n_units(members):
            if main is None:
                # briefs that open a column, beside no article: three narrow columns across
                out.append(f'<div class="strip">{n_side(None, side)}</div>')
                continue
            i, item = main
            cls = "front" if item.kind == "front" else "art"
            head = [f'<div class="head {cls}" id="art-{i}">']
            if item.kind == "front":
                head.append(f'<p class="kicker">{N_FRONT_LABEL}</p>')
            if item.subtitle:
                head.append(f'<p class="kicker">{esc(item.subtitle)}</p>')
            head.append(f"<h1>{esc(item.title)}</h1></div>")
            out.append("".join(head))
            quote = n_quote(item)
            body = n_blocks(item)
            if item.credits:
                body += f'\n<p class="sign">{esc(n_credit(item.credits))}</p>'
            out.append(
                f'<table class="grid"><tr><td class="main">{body}</td>'
                f'<td class="side">{n_side(quote, side)}</td></tr></table>'
            )
        out.append("</section>")
    printed = Printed(
        furniture=[N_LATIN, issue_line, latin_line, N_FRONT_LABEL, N_BRIEFS_HEAD, N_SIDEBAR_TAB],
        maybe=["P.{n}　" + N_LATIN] + [f"{c}　P.{{n}}" for c in sorted(set(columns))],
        css={"LATIN": N_LATIN},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design o (fresh2)

O_CONTENTS_HEAD = "目　次"
O_TAGLINE = "城市 · 人文 · 生活"
O_FRONT_LABEL = "编者寄语"
O_BRIEFS_HEAD = "短　波"
O_SIDEBAR_LABEL = "附　记"
O_FILE_PHOTO = "图/本刊资料"  # the credit of photos in articles with nobody credited
O_NUMERALS = "一二三四五六七八九十"


def o_issue_line(issue: Issue) -> str:
    """ "2020年07月号": the month a literary monthly is dated by (it prints no issue number)."""
    return f"{issue.year}年{issue.month:02d}月号"


def o_names(credits: list[tuple[str, list[str]]]) -> str:
    """ "（汪株焱　曲玉国　张钜栋）": names only, no roles, in brackets."""
    return "（" + "　".join(n for _, names in credits for n in names) + "）"


def o_blocks(item: Item) -> str:
    """Subheads numbered "一、", captions as footnotes ("图3 … 图/汪株焱"), 『』 pull quotes."""
    names = [n for _, ns in item.credits for n in ns]
    shot = f"图/{names[0]}" if names else O_FILE_PHOTO
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    quote_at, quote = None, None
    if item.kind == "article" and len(paragraphs) >= PULL_QUOTE_MIN_PARAGRAPHS:
        for j in paragraphs[1:]:
            quote = first_sentence(item.blocks[j][1])
            if quote:
                quote_at = paragraphs[paragraphs.index(j) + 1] if j != paragraphs[-1] else j
                break
    parts = []
    sub = 0
    for j, (kind, text, date) in enumerate(item.blocks):
        if j == quote_at and quote:
            parts.append(f'<aside class="pull">『{esc(quote)}』</aside>')
        if kind == "subheading":
            numbered = text[:1] in O_NUMERALS or text[:1].isdigit() or sub >= len(O_NUMERALS)
            label = text if numbered else f"{O_NUMERALS[sub]}、{text}"
            parts.append(f'<h3 class="sub">{esc(label)}</h3>')
            sub += 1
        elif kind == "caption":
            # the caption is a footnote: its call ("图3") sits in the photo box, its text at the
            # foot of the page
            parts.append(
                f'<figure class="photo"><div class="ph"><span class="fn">{esc(text)}　'
                f"{esc(shot)}</span></div></figure>"
            )
        else:
            parts.append(block_html(kind, text, date, photos=False))
    return "\n".join(parts)


def build_o(issue: Issue) -> tuple[str, Printed]:
    """Small literary monthly: contents (目次), centred heads under 【栏目】, names in brackets."""
    issue_line = o_issue_line(issue)
    verso = f"潮涌钱塘　{issue_line}"
    toc = [
        f'<section class="toc"><div class="mast">潮涌钱塘</div><p class="tag">{O_TAGLINE}</p>'
        f'<p class="issue">{esc(issue_line)}</p><h2 class="toc-h">{O_CONTENTS_HEAD}</h2>'
    ]
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        listed = [(i, it) for i, it in members if it.kind in ("article", "front", "chronology")]
        if not listed:
            continue
        if name:
            toc.append(f'<p class="toc-col">【{esc(name)}】</p>')
        for i, it in listed:
            author = "　".join(it.names)
            sep = "　·　" if author else ""
            toc.append(
                f'<div class="toc-e"><p class="t">{esc(it.title)}</p><p class="m">{esc(author)}'
                f'{sep}<a href="#art-{i}"></a></p></div>'
            )
            if author:
                toc_lines.append(f"{author}{sep}" + "{art-" + str(i) + "}")
    toc.append("</section>")
    out = toc
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        in_briefs = False
        for i, item in members:
            if item.kind == "brief":
                if not in_briefs:
                    out.append(f'<div class="briefs"><h2 class="bhead">{O_BRIEFS_HEAD}</h2>')
                    in_briefs = True
                out.append(f'<div class="brief"><h4 id="art-{i}">○ {esc(item.title)}</h4>')
            else:
                if in_briefs:
                    out.append("</div>")
                    in_briefs = False
                if item.kind == "sidebar":
                    out.append(
                        f'<div class="box"><p class="label">{O_SIDEBAR_LABEL}</p>'
                        f'<h4 id="art-{i}">{esc(item.title)}</h4>'
                    )
                else:
                    cls = "front" if item.kind == "front" else "art"
                    out.append(f'<article class="{cls}">')
                    label = O_FRONT_LABEL if item.kind == "front" else name
                    if label:
                        out.append(f'<p class="col">【{esc(label)}】</p>')
                    # the anchor on the title, not the article: WeasyPrint lists an anchor on
                    # every page its box reaches, and Design.render keeps the last
                    out.append(f'<h1 id="art-{i}">{esc(item.title)}</h1>')
            if item.credits:
                out.append(f'<p class="names">{esc(o_names(item.credits))}</p>')
            if item.subtitle:
                out.append(f'<p class="subt">{esc(item.subtitle)}</p>')
            out.append(o_blocks(item))
            out.append("</article>" if item.kind not in ("brief", "sidebar") else "</div>")
        if in_briefs:
            out.append("</div>")
        out.append("</section>")
    printed = Printed(
        furniture=[verso, O_TAGLINE, O_CONTENTS_HEAD, O_BRIEFS_HEAD, O_SIDEBAR_LABEL, *toc_lines],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), verso), printed


DESIGNS: list[Design] = [
    Design(
        key="a",
        summary="A4, two columns, cover, running head with issue number, single folios",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("raw", "plumber", "text"),
        build=build_a,
    ),
    Design(
        key="b",
        summary="A5, one column, TOC with leaders, column name and folio in the running head",
        prints=frozenset({"title", "year", "month"}),
        extractors=("raw", "plumber", "text"),
        build=build_b,
    ),
    Design(
        key="c",
        summary="landscape spreads, three columns, pull quotes, photo boxes, English foot",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("raw", "md", "text"),
        build=build_c,
    ),
    # d and e were held out until parser commit 2d38570 (corpus/README.md)
    Design(
        key="d",
        summary="B5, one column, title block in the right third, byline ending the lead, drop caps",
        prints=frozenset({"title", "issue_number", "year"}),
        extractors=("text", "layout", "pdfminer"),
        build=build_d,
    ),
    Design(
        key="e",
        summary="news digest, two-column contents with page numbers first, brief grids, date foot",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("mupdf", "pdfminer", "text"),
        build=build_e,
    ),
    # h and i joined the development set at parser commit 3699a77 (corpus/README.md)
    Design(
        key="h",
        summary="tabloid weekly, five columns, credit in brackets opening the lead, run-in briefs",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("raw", "mupdf", "pdfminer"),
        build=build_h,
    ),
    Design(
        key="i",
        summary="170 x 240 mm literary, contents table, centred heads, numbered sections",
        prints=frozenset({"title", "issue_number", "year"}),
        extractors=("md", "mupdf", "layout"),
        build=build_i,
    ),
]

# The held-out designs: made into corpus/heldout by `make_corpus.py --set heldout`, scored
# by `make fidelity`, and never read or tuned on (corpus/heldout/README.md).
HELDOUT_DESIGNS: list[Design] = [
    Design(
        key="f",
        summary="16开, side-column heads, one body column, run-in briefs, contents at the back",
        prints=frozenset({"title", "year", "month"}),
        extractors=("raw", "plumblay", "blocks"),
        build=build_f,
    ),
    Design(
        key="g",
        summary="square pages, three columns, lead above the title, byline at the end, ·12· folios",
        prints=frozenset({"title", "issue_number", "year"}),
        extractors=("layout", "md", "minerpos"),
        build=build_g,
    ),
]

# The unseen designs: made into corpus/unseen by `make_corpus.py --set unseen`, scored by
# `make fidelity`, never read or tuned on (corpus/unseen/README.md).
UNSEEN_DESIGNS: list[Design] = [
    Design(
        key="j",
        summary="140 x 203 mm pocket digest, one column, no cover or contents, page-of-total foot",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("pdfium", "pypdf", "minerwide"),
        build=build_j,
    ),
    Design(
        key="k",
        summary="230 x 300 mm, four columns, contents on the cover, credits closing articles",
        prints=frozenset({"title", "issue_number", "year"}),
        extractors=("pypdflay", "plumflow", "minerwide"),
        build=build_k,
    ),
]

# The fresh designs: made into corpus/fresh by `make_corpus.py --set fresh`, scored by
# `make fidelity`, never read or tuned on (corpus/fresh/README.md).
FRESH_DESIGNS: list[Design] = [
    Design(
        key="l",
        summary="210 x 270 mm news weekly, two columns, cover story, thumb tabs, no contents",
        prints=frozenset({"title", "issue_number", "year"}),
        extractors=("mupdfsort", "minervert", "fixed"),
        build=build_l,
    ),
    Design(
        key="m",
        summary="190 x 255 mm, one column, divider pages with contents, decked headlines",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("colsp", "plumtol", "mdflat"),
        build=build_m,
    ),
]

# The fresh2 designs: made into corpus/fresh2 by `make_corpus.py --set fresh2`, scored by
# `make fidelity`, never read or tuned on (corpus/fresh2/README.md).
FRESH2_DESIGNS: list[Design] = [
    Design(
        key="n",
        summary="A4, a wide column and a narrow one of briefs, kicker bands, credits at the end",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("blocksflow", "plumsimple", "plumwide"),
        build=build_n,
    ),
    Design(
        key="o",
        summary="130 x 184 mm literary monthly, one column, centred heads, footnoted captions",
        prints=frozenset({"title", "year", "month"}),
        extractors=("mdpages", "minertight", "pypdfflat"),
        build=build_o,
    ),
]
