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

Fresh3 designs (corpus/fresh3, never read or tuned on; described in corpus/fresh3/README.md):

  p  225 × 297 mm city monthly, three columns, contents on the first page.
  q  182 × 235 mm journal, two columns, contents on the title page.

Fresh4 designs (corpus/fresh4, never read or tuned on; described in corpus/fresh4/README.md):

  r  210 × 280 mm feature monthly, two columns, a cover and a contents page.
  s  175 × 250 mm internal bulletin, one column beside a margin, the front piece first.

Fresh5 designs (corpus/fresh5, development data made to be studied; described in
corpus/fresh5/README.md):

  t  260 × 370 mm (8开) newspaper-format weekly, six columns, a front page with a contents grid.
  u  297 × 210 mm landscape monthly, four columns, columns named only in the contents and foot.
"""

from __future__ import annotations

import datetime
import html
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
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
CN_NUMERALS = "一二三四五六七八九十"  # subhead numbers ("一、", "（一）")
CONTENTS_KINDS = ("article", "front", "chronology")  # what a contents page lists; not boxes, briefs

Block = tuple[str, str, str | None]  # a parsed block: type, text, date
Credits = list[tuple[str, list[str]]]  # (role, names) in the order printed


@dataclass
class Item:
    """One article as typeset: structure from gold, blocks (type, text, date) from the parse."""

    title: str
    subtitle: str | None
    section: str | None
    names: list[str]
    credits: Credits
    kind: str
    required: bool
    blocks: list[Block]


Member = tuple[int, Item]  # an item and its index in the issue: its anchor is "art-INDEX"


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


def groups(items: list[Item]) -> Iterator[tuple[str | None, list[Member]]]:
    """Consecutive items of one column (栏目), with their index in the issue."""
    current: list[Member] = []
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


def blocks_html(
    blocks: list[Block],
    *,
    caption: Callable[[str], str] | None = esc,
    figure: Callable[[str], str] = photo_html,
    subhead: Callable[[str, int], str] | None = None,
    openers: Sequence[Callable[[str], str]] = (),
    inserts: Iterable[tuple[int, str]] = (),
    after: Iterable[str] = (),
) -> str:
    """The blocks as HTML, one loop for every design, which passes in only what it sets its own
    way: CAPTION words a caption (plain text to HTML; None sets a caption line and no photo)
    and FIGURE sets it; SUBHEAD labels a subhead from its text and how many came before;
    OPENERS set the first paragraphs, one each; INSERTS put markup before the block of that
    index, AFTER after the last."""
    parts: list[str] = []
    placed = list(inserts)
    sub = 0
    opened = 0
    for j, (kind, text, date) in enumerate(blocks):
        parts.extend(extra for at, extra in placed if at == j)
        if kind == "paragraph" and opened < len(openers):
            parts.append(openers[opened](text))
            opened += 1
        elif kind == "subheading" and subhead is not None:
            parts.append(f'<h3 class="sub">{esc(subhead(text, sub))}</h3>')
            sub += 1
        elif kind == "caption" and caption is not None:
            parts.append(figure(caption(text)))
        else:
            parts.append(block_html(kind, text, date, photos=False))
    parts.extend(after)
    return "\n".join(parts)


def numbered(form: str, unnumbered_unless: str = "") -> Callable[[str, int], str]:
    """A subhead label that puts the subhead's Chinese number into FORM ("{n}、{text}"), unless
    the text is numbered already (a numeral, a digit, or a character of UNNUMBERED_UNLESS
    first) or there are more subheads than numerals: a number must never be printed twice."""

    def label(text: str, sub: int) -> str:
        first = text[:1]
        if first in CN_NUMERALS + unnumbered_unless or first.isdigit() or sub >= len(CN_NUMERALS):
            return text
        return form.format(n=CN_NUMERALS[sub], text=text)

    return label


def run_in(blocks: list[Block]) -> tuple[str, str]:
    """A brief's first paragraph (HTML) to run in after its title, and the rest of its blocks
    as HTML: briefs set "标题　正文" on one line where the first block is a paragraph."""
    rest = list(blocks)
    first = esc(rest.pop(0)[1]) if rest and rest[0][0] == "paragraph" else ""
    return first, "".join(block_html(k, t, d, photos=False) for k, t, d in rest)


def pull_quote(item: Item, skip: int = 1) -> tuple[int, str] | None:
    """A long article's pull quote and the index of the block it is taken from: the first
    sentence short enough in a paragraph after the first SKIP. None for other kinds and for
    articles under PULL_QUOTE_MIN_PARAGRAPHS; one rule, so every design quotes alike."""
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    if item.kind != "article" or len(paragraphs) < PULL_QUOTE_MIN_PARAGRAPHS:
        return None
    for j in paragraphs[skip:]:
        quote = first_sentence(item.blocks[j][1])
        if quote:
            return j, quote
    return None


def pull_inserts(item: Item, marks: str = "") -> list[tuple[int, str]]:
    """The pull quote (in MARKS, "「」") as an insert for blocks_html: before the paragraph after
    the one it is taken from, so it follows the words it repeats (before the last paragraph
    itself when that is the one)."""
    found = pull_quote(item)
    if found is None:
        return []
    j, quote = found
    paragraphs = [p for p, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    at = paragraphs[paragraphs.index(j) + 1] if j != paragraphs[-1] else j
    return [(at, pull_html(quote, marks))]


def pull_html(quote: str, marks: str = "") -> str:
    """A pull quote's aside, the quote between the design's MARKS (open, close; or none)."""
    return f'<aside class="pull">{marks[:1]}{esc(quote)}{marks[1:]}</aside>'


def body_html(item: Item, *, photos: bool, pull_quotes: bool) -> str:
    """An item's blocks, with one pull quote for long articles in designs that use them."""
    inserts = pull_inserts(item) if pull_quotes else []
    return blocks_html(item.blocks, caption=esc if photos else None, inserts=inserts)


def page_html(body: str, lang_title: str) -> str:
    """The HTML document around a body."""
    return (
        f'<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
        f"<title>{esc(lang_title)}</title></head><body>{body}</body></html>"
    )


# ---------------------------------------------------------------- shared credits


def credit_parts(
    credits: Credits,
    form: str = "{role} {names}",
    *,
    roles: dict[str, str] | None = None,
    joiner: str = " ",
) -> list[str]:
    """Each role with its names in the design's FORM, the role as ROLES renames it ("记者" →
    "本刊记者"), the names joined by JOINER: the credit forms differ only in these."""
    roles = roles or {}
    return [
        form.format(role=roles.get(role, role), names=joiner.join(names)) for role, names in credits
    ]


def credit_line(
    credits: Credits,
    form: str = "{role} {names}",
    *,
    gap: str = "  ",
    roles: dict[str, str] | None = None,
    joiner: str = " ",
) -> str:
    """ "记者 汪株焱  通讯员 曲玉国 张钜栋": credit_parts with GAP between the roles."""
    return gap.join(credit_parts(credits, form, roles=roles, joiner=joiner))


def unroled(credits: Credits) -> list[str]:
    """Each role with its names, a bare 文 left out ("苏军 沈逸柔"): designs that print
    the role only where it says more than "wrote it"."""
    return [
        " ".join(names) if role == "文" else f"{role} {' '.join(names)}" for role, names in credits
    ]


def credited_names(credits: Credits) -> list[str]:
    """Every credited name, roles dropped, in order."""
    return [n for _, names in credits for n in names]


def written_only(credits: Credits) -> bool:
    """True when the only role is 文: designs word a lone writer's credit differently."""
    return all(role == "文" for role, _ in credits)


def photo_credit(credits: Credits, form: str, nobody: str) -> str:
    """Who took the photos: the first credited name in FORM ("{} 摄"), or NOBODY where no one is
    credited (a file photo)."""
    names = credited_names(credits)
    return form.format(names[0]) if names else nobody


# ---------------------------------------------------------------- shared page structure


class Wrap:
    """A wrapper around a run of items, opened before the first and closed after the last: the
    briefs' box, or the columns that boxes and briefs flow on in. Designs open and close it as
    items go by instead of keeping a flag of their own."""

    def __init__(self, out: list[str], start: str, end: str = "") -> None:
        self.out = out
        self.start = start
        self.end = end
        self.is_open = False

    def enter(self) -> bool:
        """Open the wrapper unless it is open; True when this call opened it."""
        if self.is_open:
            return False
        self.out.append(self.start)
        self.is_open = True
        return True

    def track(self, inside: bool) -> bool:
        """Open the wrapper for an item INSIDE its run, close it for one outside; True when this
        call opened it (the first item of a run)."""
        if inside:
            return self.enter()
        self.leave()
        return False

    def leave(self) -> None:
        """Close the wrapper if it is open (a wrapper with no END only stops being open)."""
        if self.is_open and self.end:
            self.out.append(self.end)
        self.is_open = False


def brief_runs(members: list[Member]) -> list[list[Member]]:
    """A column's items with each run of consecutive briefs together and every other item on
    its own, for designs that set a run of briefs as one block (grid, table, boxed list)."""
    runs: list[list[Member]] = []
    for i, it in members:
        if it.kind == "brief" and runs and runs[-1][0][1].kind == "brief":
            runs[-1].append((i, it))
        else:
            runs.append([(i, it)])
    return runs


def listed(members: list[Member]) -> list[Member]:
    """The items a contents page lists: articles, front matter, chronologies."""
    return [(i, it) for i, it in members if it.kind in CONTENTS_KINDS]


def contents(issue: Issue) -> Iterator[tuple[str | None, list[Member]]]:
    """Each column with items a contents page lists, and those items: a column of only boxes
    and briefs gets no entry."""
    for name, members in groups(issue.items):
        entries = listed(members)
        if entries:
            yield name, entries


def cover_leads(issue: Issue) -> list[Item]:
    """The articles a cover may name: required articles in a named column, in issue order."""
    return [it for it in issue.items if it.kind == "article" and it.section and it.required]


def kind_class(item: Item) -> str:
    """The article's class in designs a-c: box, brief, front or art."""
    return {"sidebar": "box", "brief": "brief", "front": "front"}.get(item.kind, "art")


def art_class(item: Item) -> str:
    """The class of a main item (not a box or brief): front matter is set apart from articles."""
    return "front" if item.kind == "front" else "art"


def column_section(string: str, value: str, cls: str = "column") -> str:
    """A column's section, handing VALUE to the running head through the CSS string STRING."""
    return f'<section class="{cls}" style="string-set: {string} &quot;{esc(value)}&quot;">'


def para(cls: str, text: str | None) -> list[str]:
    """A paragraph of class CLS with TEXT, or nothing where there is no text (most designs
    print a subtitle or credit only where the item has one)."""
    return [f'<p class="{cls}">{esc(text)}</p>'] if text else []


def credit_para(cls: str, item: Item, form: Callable[[Credits], str]) -> list[str]:
    """The item's credits as the design FORMs them, in a paragraph of class CLS; nothing where
    nobody is credited."""
    return [f'<p class="{cls}">{esc(form(item.credits))}</p>'] if item.credits else []


def kicker_title(item: Item, title: str) -> list[str]:
    """TITLE (HTML) with the subtitle as a kicker over it; a chronology's subtitle (its span of
    dates) follows the title instead."""
    kicker = para("kicker", item.subtitle)
    if item.kind == "chronology":
        return [title, *kicker]
    return [*kicker, title]


def page_ref(i: int, spec: str = "") -> str:
    """The placeholder a furniture line uses for the page of art-I ("{art-3}"), filled in by
    Design.render once the pages are known; SPEC formats it (":0>2" → "08")."""
    return "{art-" + str(i) + spec + "}"


def page_link(i: int, cls: str = "") -> str:
    """An empty link to art-I, where the stylesheet prints the target's page number."""
    attr = f' class="{cls}"' if cls else ""
    return f'<a{attr} href="#art-{i}"></a>'


def box_html(i: int, item: Item, head: str, body: Sequence[str]) -> list[str]:
    """A sidebar box: HEAD (tab and title, HTML) in the opening line, the subtitle, BODY (the
    blocks and, in some designs, the credit) and the close."""
    return [
        f'<article class="box" id="art-{i}">{head}',
        *para("boxsub", item.subtitle),
        *body,
        "</article>",
    ]


def named_columns(issue: Issue) -> list[str]:
    """The issue's column names, sorted: heads that name the column print each one somewhere."""
    return sorted({it.section for it in issue.items if it.section})


# ---------------------------------------------------------------- design a


def a_byline(credits: Credits) -> str:
    """ "文/记者 汪株焱  通讯员 曲玉国": a lone 文 is not said twice ("文/苏军")."""
    return "文/" + credit_line(credits).removeprefix("文 ")


def build_a(issue: Issue) -> tuple[str, Printed]:
    """A4 two columns, cover, one running head for the issue, column label above each title."""
    head = f"潮涌钱塘 · {issue.year}年第{issue.number}期"
    cover_date = f"{issue.year}年第{issue.number}期 · {issue.month}月刊"
    blurbs = [it.title for it in cover_leads(issue)[:COVER_BLURB_COUNT]]
    out = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        '<div class="en">QIANTANG</div>'
        f'<div class="date">{esc(cover_date)}</div>'
        + "".join(f'<p class="blurb">{esc(b)}</p>' for b in blurbs)
        + "</section>"
    ]
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        briefs = Wrap(out, '<div class="briefs">', "</div>")
        for i, item in members:
            briefs.track(item.kind == "brief")
            out.append(f'<article class="{kind_class(item)}" id="art-{i}">')
            if name and item.kind in ("article", "chronology"):
                out.append(f'<p class="label">{esc(name)}</p>')
            tag = "h4" if item.kind in ("sidebar", "brief") else "h1"
            out.append(f"<{tag}>{esc(item.title)}</{tag}>")
            out += para("subtitle", item.subtitle)
            out += credit_para("byline", item, a_byline)
            out.append(body_html(item, photos=True, pull_quotes=False))
            out.append("</article>")
        briefs.leave()
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
        entries: list[tuple[int, str]] = []
        if briefs:
            entries.append((briefs[0][0], f"{briefs[0][1].title} 等 {len(briefs)} 则"))
        for i, it in listed(members):
            text = it.title + (f" —— {it.subtitle}" if it.subtitle else "")
            entries.append((i, text))
        entries.sort()
        for i, text in entries:
            toc.append(
                f'<table class="entry"><tr><td class="t">{esc(text)}</td>'
                f'<td class="dots">{TOC_LEADER}</td>'
                f'<td class="pg">{page_link(i)}</td></tr></table>'
            )
            toc_lines.append(f"{text} …… {page_ref(i)}")
    toc.append("</section>")
    out = toc
    for name, members in groups(issue.items):
        out.append(column_section("column", name or verso))
        if name:
            out.append(f'<h2 class="opener">{esc(name)}</h2>')
        for i, item in members:
            out.append(f'<article class="{kind_class(item)}" id="art-{i}">')
            tag = "h4" if item.kind in ("sidebar", "brief") else "h1"
            out += kicker_title(item, f"<{tag}>{esc(item.title)}</{tag}>")
            out.append(body_html(item, photos=False, pull_quotes=False))
            out += credit_para("byline-end", item, lambda c: f"（{credit_line(c)}）")
            out.append("</article>")
        out.append("</section>")
    printed = Printed(
        furniture=[verso, "CONTENTS", *toc_lines],
        maybe=[f"{c} | {{n}}" for c in named_columns(issue)],
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
        out.append(column_section("head", head))
        if name:
            out.append(f'<h2 class="band">{esc(name)}</h2>')
        else:
            out.append('<div class="rule"></div>')  # a bare colour bar where no column is named
        # Titles run across the page above a three-column body. Each article's body is its
        # own multi-column box (WeasyPrint drops text when column-span is used inside a long
        # multi-column section); boxes and briefs flow on in the columns before them.
        cols = Wrap(out, '<div class="cols">', "</div>")
        for i, item in members:
            cls = kind_class(item)
            spans = item.kind not in ("sidebar", "brief")
            head_html = [
                f'<h1 class="{cls}">{esc(item.title)}</h1>'
                if spans
                else f"<h4>{esc(item.title)}</h4>",
                *para("deck", item.subtitle),
                *credit_para("byline", item, lambda c: credit_line(c, "{role}｜{names}")),
            ]
            if spans:
                cols.leave()
                out.append(f'<div class="head" id="art-{i}">{"".join(head_html)}</div>')
                cols.enter()
                out.append(f'<article class="{cls}">')
            else:
                cols.enter()
                out.append(f'<article class="{cls}" id="art-{i}">{"".join(head_html)}')
            if item.kind == "article" and not any(k == "caption" for k, _, _ in item.blocks):
                out.append('<figure class="photo"><div class="ph"></div></figure>')
            out.append(body_html(item, photos=True, pull_quotes=True))
            out.append("</article>")
        cols.leave()
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


def d_credit(credits: Credits) -> str:
    """ "文 | 张三" when the only role is 文, else "■ 记者 张三 通讯员 李四"."""
    if written_only(credits):
        return "文 | " + " ".join(credited_names(credits))
    return "■ " + credit_line(credits)


def d_body(item: Item) -> str:
    """Lead paragraph (ending in the byline), a drop cap on the next one, numbered figures."""
    openers: tuple[Callable[[str], str], ...] = ()
    if item.kind in ("article", "front"):
        credit = (
            f' <span class="credit">{esc(d_credit(item.credits))}</span>' if item.credits else ""
        )
        openers = (
            lambda text: f'<p class="lead">{esc(text)}{credit}</p>',
            # the first letter as its own floated box (WeasyPrint cannot float ::first-letter)
            lambda text: (
                f'<p class="drop"><span class="dc">{esc(text[0])}</span>{esc(text[1:])}</p>'
            ),
        )
    has_lead = bool(openers) and any(k == "paragraph" for k, _, _ in item.blocks)
    figures = itertools.count(1)
    return blocks_html(
        item.blocks,
        caption=lambda text: f"图{next(figures)} {esc(text)}",
        openers=openers,
        # no paragraph to carry the byline: a line of its own
        after=[] if has_lead else credit_para("credit-line", item, d_credit),
    )


def build_d(issue: Issue) -> tuple[str, Printed]:
    """B5 one column, title blocks in the right third, lead paragraph with the byline."""
    verso = "QIANTANG 潮涌钱塘"
    cover_issue = f"{issue.year}年 第{issue.number}期"
    cover_lines = [f"{it.section}｜{it.title}" for it in cover_leads(issue)[:D_COVER_LINE_COUNT]]
    out = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        '<div class="en">QIANTANG</div>'
        f'<div class="issue">{esc(cover_issue)}</div>'
        '<div class="lines">'
        + "".join(f'<p class="cl">{esc(c)}</p>' for c in cover_lines)
        + "</div></section>"
    ]
    for name, members in groups(issue.items):
        out.append(column_section("column", name or "潮涌钱塘"))
        briefs = Wrap(out, '<div class="briefs">', "</div>")
        first = True
        for i, item in members:
            if briefs.track(item.kind == "brief") and name:
                out.append(f'<p class="colname">{esc(name)}</p>')
                first = False
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
                out += para("boxsub", item.subtitle)
                out.append(d_body(item))
                out.append("</article>")
                continue
            # the block is one inline-block inside the float, so it is never split over pages
            cls = art_class(item)
            out.append(f'<article class="{cls}" id="art-{i}"><div class="tblock"><div class="in">')
            if item.kind == "front":
                out.append('<p class="colname">卷首语</p>')
            elif name and first:
                out.append(f'<p class="colname">{esc(name)}</p>')
            first = False
            out += para("band", item.subtitle)
            size = next((c for n, c in D_TITLE_SIZES if len(item.title) > n), "")
            out.append(f'<h1 class="{size}">{esc(item.title)}</h1></div></div>')
            out.append(d_body(item))
            out.append("</article>")
        briefs.leave()
        out.append("</section>")
    columns = named_columns(issue)  # the recto heads
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
    if not item.credits:
        return blocks_html(item.blocks)
    credit = f"（{esc(credit_line(item.credits))}）"
    if item.blocks and item.blocks[-1][0] == "paragraph":
        return blocks_html(item.blocks).removesuffix("</p>") + f"{credit}</p>"
    return blocks_html(item.blocks, after=[f'<p class="credit-end">{credit}</p>'])


def e_grid(briefs: list[Member]) -> str:
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
    for name, entries in contents(issue):
        if name:
            toc.append(f'<p class="toc-col">{esc(name)}</p>')
        for i, it in entries:
            toc.append(f'<p class="toc-e">{page_link(i)}<span class="t">{esc(it.title)}</span></p>')
            toc_lines.append(f"{page_ref(i, ':0>2')} {it.title}")
    toc.append("</div></section>")
    out = toc
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        if name:
            out.append(f'<h2 class="tab"><span>{esc(name)}</span></h2>')
        else:
            out.append('<div class="rule"></div>')
        # consecutive briefs share a grid, in reading order with the rest
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                out.append(e_grid(run))
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                out += box_html(i, item, f"<h4>{esc(item.title)}</h4>", [e_body(item)])
                continue
            out.append(f'<article class="{art_class(item)}" id="art-{i}">')
            out += kicker_title(item, f"<h1>{esc(item.title)}</h1>")
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


def h_credit(credits: Credits) -> str:
    """ "记者 汪株焱 通讯员 曲玉国 张钜栋" (a bare 文 is left out: "苏军 沈逸柔")."""
    return " ".join(unroled(credits))


def h_body(item: Item) -> str:
    """News lead with the credit in brackets, photo boxes with "… 摄", bold subheads."""
    openers: tuple[Callable[[str], str], ...] = ()
    if item.credits and item.kind == "article":
        credit = f"{H_NEWS_LEAD}（{h_credit(item.credits)}）"
        openers = (lambda text: f'<p class="lead"><b>{esc(credit)}</b>{esc(text)}</p>',)
    shooter = photo_credit(item.credits, "{} 摄", H_FILE_PHOTO)
    return blocks_html(
        item.blocks, caption=lambda text: f"{esc(text)} {esc(shooter)}", openers=openers
    )


def h_brief(i: int, item: Item) -> str:
    """A brief run in: "【标题】正文" on one line, further blocks after it."""
    first, rest = run_in(item.blocks)
    title = f'<p class="runin"><b>【{esc(item.title)}】</b>{first}</p>' if item.blocks else ""
    return f'<div class="brief" id="art-{i}">{title}{rest}</div>'


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
        out.append(
            column_section("page", name or H_DEFAULT_PAGE, "page first" if n == 0 else "page")
        )
        lead = True
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                out.append(f'<div class="briefs"><h2 class="bhead">{H_BRIEFS_HEAD}</h2>')
                out.append('<div class="bcols">')
                out.extend(h_brief(j, it) for j, it in run)
                out.append("</div></div>")
                continue
            i, item = run[0]
            wide = "wide" if lead or item.kind == "front" else "span3"
            lead = False
            out.append(f'<article class="story" id="art-{i}"><div class="head {wide}">')
            if item.kind == "front":
                out.append('<p class="label">本刊评论</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            out += para("deck", item.subtitle)
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


def i_author(credits: Credits) -> str:
    """ "□ 记者 汪株焱 通讯员 曲玉国" (a bare 文 is left out: "□ 苏军 沈逸柔")."""
    return "□ " + "  ".join(unroled(credits))


def i_body(item: Item) -> str:
    """Numbered sections "01" before subheads, or a ＊＊＊ break half way; a margin quote."""
    paragraphs = [j for j, (k, _, _) in enumerate(item.blocks) if k == "paragraph"]
    subheads = [j for j, (k, _, _) in enumerate(item.blocks) if k == "subheading"]
    inserts = []
    if not subheads and item.kind == "article" and len(paragraphs) >= I_BREAK_MIN_PARAGRAPHS:
        inserts.append((paragraphs[len(paragraphs) // 2], f'<p class="break">{I_BREAK}</p>'))
    quote = pull_quote(item, skip=2)  # a margin quote from the third paragraph on, beside it
    if quote is not None:
        inserts.append((quote[0], f'<aside class="margin">{esc(quote[1])}</aside>'))
    inserts += [(j, f'<p class="secno">{n:02d}</p>') for n, j in enumerate(subheads, start=1)]
    return blocks_html(item.blocks, inserts=inserts)


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
    for name, entries in contents(issue):
        for n, (i, it) in enumerate(entries):
            col = (name or "卷首") if n == 0 else ""
            author = " ".join(it.names)
            toc.append(
                f'<tr><td class="col">{esc(col)}</td><td class="pg">{page_link(i)}</td>'
                f'<td class="t">{esc(it.title)}</td><td class="au">{esc(author)}</td></tr>'
            )
            toc_lines.append(" ".join(s for s in (col, page_ref(i), it.title) if s))
    toc.append("</tbody></table></section>")
    out = toc
    heads = []
    for name, members in groups(issue.items):
        head = f"潮涌钱塘 · {name or '卷首'}"
        heads.append(head)
        out.append(column_section("head", head))
        briefs = Wrap(out, '<div class="briefs"><p class="btitle">短　讯</p>', "</div>")
        for i, item in members:
            briefs.track(item.kind == "brief")
            if item.kind == "brief":
                out.append(f'<div class="brief" id="art-{i}"><h4>◎ {esc(item.title)}</h4>')
                out.append(i_body(item))
                out.append("</div>")
                continue
            out.append(f'<article class="{art_class(item)}" id="art-{i}">')
            if item.kind == "front":
                out.append('<p class="label">卷首语</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            out += para("sub", item.subtitle and f"——{item.subtitle}")
            out += credit_para("author", item, i_author)
            out.append(i_body(item))
            if item.kind == "article":
                out.append(f'<p class="editor">{I_EDITOR}</p>')
            out.append("</article>")
        briefs.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[issue_line, I_EDITOR, *heads, *toc_lines],
        css={},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design f (held out)

F_TOC_HEAD = "本期目录"
F_BRIEFS_HEAD = "简讯"
F_ROLES = {"记者": "本刊记者"}  # the role as design f prints it


def f_credit(credits: Credits) -> str:
    """ "本刊记者 张三  通讯员 李四", or "张三 / 文" when the only role is 文."""
    if written_only(credits):
        return " ".join(credited_names(credits)) + " / 文"
    return credit_line(credits, roles=F_ROLES)


def f_blocks(item: Item) -> str:
    """The blocks, captions under a grey box with a "▲" in front."""
    return blocks_html(item.blocks, caption=lambda text: f"▲ {esc(text)}")


def f_brief(i: int, item: Item) -> str:
    """A brief as a list entry, its title run in before the first paragraph."""
    first, rest = run_in(item.blocks)
    return f'<li class="brief" id="art-{i}"><p><b>{esc(item.title)}</b>　{first}</p>{rest}</li>'


def build_f(issue: Issue) -> tuple[str, Printed]:
    """16开, side-column heads left of one body column, run-in briefs, contents at the back."""
    head = f"潮涌钱塘  {issue.year}.{issue.month:02d}"
    out: list[str] = []
    toc = [f'<section class="toc"><h2 class="toc-h">{F_TOC_HEAD}</h2>']
    toc_lines: list[str] = []
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        entries = listed(members)
        if entries:
            toc.append(f'<p class="toc-col">{esc(name or "本期")}</p>')
        for i, it in entries:
            toc.append(
                f'<p class="toc-t"><span class="t">{esc(it.title)}</span>{page_link(i, "pg")}</p>'
            )
            toc += para("toc-s", it.subtitle)
            toc_lines.append(f"{it.title} P{page_ref(i)}")
        first = True
        briefs = Wrap(
            out, f'<div class="briefs"><h2 class="bh">{F_BRIEFS_HEAD}</h2><ul>', "</ul></div>"
        )
        for i, item in members:
            briefs.track(item.kind == "brief")
            if item.kind == "brief":
                out.append(f_brief(i, item))
                continue
            if item.kind == "sidebar":
                body = [f_blocks(item), *credit_para("credit-box", item, f_credit)]
                out += box_html(i, item, f"<h4>{esc(item.title)}</h4>", body)
                continue
            out.append(f'<article class="{art_class(item)}" id="art-{i}"><div class="side">')
            label = "卷首语" if item.kind == "front" else (name if first else None)
            if label:
                out.append(f'<p class="vcol">{"<br>".join(esc(ch) for ch in label)}</p>')
            first = False
            out.append(f"<h1>{esc(item.title)}</h1>")
            out += para("stand", item.subtitle)
            out += credit_para("byline", item, f_credit)
            out.append(f'</div><div class="main">{f_blocks(item)}</div></article>')
        briefs.leave()
        out.append("</section>")
    toc.append("</section>")
    out += toc
    printed = Printed(furniture=[head, F_TOC_HEAD, *toc_lines], css={"HEAD": head})
    return page_html("\n".join(out), head), printed


# ---------------------------------------------------------------- design g (held out)

G_LEAD_MIN_PARAGRAPHS = 3  # articles with this many paragraphs open with the lead set large
G_SLOGAN = "聚焦钱塘 · 服务发展"
G_BRIEFS_HEAD = "简讯"
G_ROLES = {"文": "撰文"}  # the role as design g prints it


def g_credit(credits: Credits) -> str:
    """ "撰文：张三" when the only role is 文, else "记者：张三　通讯员：李四 王五"."""
    return credit_line(credits, "{role}：{names}", gap="　", roles=G_ROLES)


def g_blocks(blocks: list[Block]) -> str:
    """The blocks with numbered subheads ("一、…") and "图 | …" captions under grey boxes."""
    return blocks_html(
        blocks, caption=lambda text: f"图 | {esc(text)}", subhead=numbered("{n}、{text}")
    )


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
        out.append(column_section("column", col))
        # each article's head runs across the page above its own three-column body; boxes and
        # briefs flow on in the columns before them (no column-span inside a long flow)
        cols = Wrap(out, '<div class="cols">', "</div>")
        n_brief = 0
        for i, item in members:
            if item.kind in ("sidebar", "brief"):
                cols.enter()
                if item.kind == "brief":
                    if n_brief == 0:
                        out.append(f'<h2 class="bh">{G_BRIEFS_HEAD}</h2>')
                    n_brief += 1
                    out.append(
                        f'<article class="brief" id="art-{i}"><h4>{n_brief}. {esc(item.title)}</h4>'
                    )
                else:
                    out.append(f'<article class="box" id="art-{i}"><h4>{esc(item.title)}</h4>')
                    out += para("boxsub", item.subtitle)
                out.append(g_blocks(item.blocks))
                out += credit_para("sign", item, g_credit)
                out.append("</article>")
                continue
            n_brief = 0
            cols.leave()
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
            cls = art_class(item)
            head = [
                f'<div class="head {cls}" id="art-{i}">',
                *para("lead", lead),
                f"<h1>{esc(item.title)}</h1>",
                *para("sub-t", item.subtitle and f"——{item.subtitle}"),
                "</div>",
            ]
            out.append("".join(head))
            cols.enter()
            out.append(f'<article class="{cls}">{g_blocks(blocks)}')
            out += credit_para("sign", item, g_credit)
            out.append("</article>")
        cols.leave()
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


def j_credit(credits: Credits) -> str:
    """Roles and names spaced with ideographic spaces; "作者" when the only role is 文."""
    if written_only(credits):
        return "作者" + J_GAP + J_GAP.join(credited_names(credits))
    form = "{role}" + J_GAP + "{names}"
    return credit_line(credits, form, gap=J_GAP * 2, roles=J_ROLES, joiner=J_GAP)


def j_blocks(item: Item) -> str:
    """The blocks; captions under a grey box with "［图］" in front."""
    return blocks_html(item.blocks, caption=lambda text: f"［图］{esc(text)}")


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
                tab = f'<p class="tab">{J_LINK_TAB}</p><h4>{esc(item.title)}</h4>'
                out += box_html(i, item, tab, [j_blocks(item)])
                continue
            out.append(f'<article class="{art_class(item)}" id="art-{i}">')
            if item.kind == "front":
                out.append(f'<p class="flabel">{J_FRONT_LABEL}</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            out += para("subt", item.subtitle)
            out += credit_para("byline", item, j_credit)
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


def k_credit(credits: Credits) -> str:
    """Names before the role in brackets: "汪株焱（本刊记者）　曲玉国 张钜栋（通讯员）"."""
    return credit_line(credits, "{names}（{role}）", gap="　", roles=K_ROLES)


def k_title(title: str) -> str:
    """A long title with a space is broken there onto two lines, as big headlines are."""
    if len(title) > K_BREAK_TITLE_CHARS and " " in title.strip():
        first, rest = title.strip().split(" ", 1)
        return f"{esc(first)}<br>{esc(rest)}"
    return esc(title)


def k_photo(caption: str) -> str:
    """A photo box with its caption (HTML) above it, not under it as in the other designs."""
    return (
        f'<figure class="photo"><figcaption>{caption}</figcaption><div class="ph"></div></figure>'
    )


def k_blocks(item: Item, *, lead: bool) -> str:
    """Bold lead paragraph, "◆" subheads, captions above their photo box, 「」 pull quotes."""
    return blocks_html(
        item.blocks,
        figure=k_photo,
        subhead=lambda text, _: f"◆ {text}",
        openers=[lambda text: f'<p class="lead">{esc(text)}</p>'] if lead else [],
        inserts=pull_inserts(item, "「」"),
    )


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
    for name, entries in contents(issue):
        cover.append(f'<tr><td class="col" colspan="3">{esc(name or K_FRONT_HEAD)}</td></tr>')
        for i, it in entries:
            author = f"{it.names[0]}等" if len(it.names) > 1 else "".join(it.names)
            cover.append(
                f'<tr><td class="t">{esc(it.title)}</td><td class="au">{esc(author)}</td>'
                f'<td class="pg">{page_link(i)}</td></tr>'
            )
            toc_lines.append(f"{it.title} {author} {page_ref(i)}")
    cover.append("</table></section>")
    out = cover
    heads = []
    for name, members in groups(issue.items):
        head = f"—— {name or K_FRONT_HEAD} ——"
        heads.append(head)
        out.append(column_section("head", head))
        cols = Wrap(out, '<div class="cols">', "</div>")
        briefs = Wrap(out, f'<h2 class="bhead">{K_BRIEFS_HEAD}</h2>')
        for i, item in members:
            if item.kind == "brief":
                cols.enter()
                briefs.enter()
                first, rest = run_in(item.blocks)
                out.append(
                    f'<article class="brief" id="art-{i}"><p class="runin">'
                    f"<b>{esc(item.title)}：</b>{first}</p>{rest}</article>"
                )
                continue
            briefs.leave()
            if item.kind == "sidebar":
                cols.enter()
                body = [k_blocks(item, lead=False), *credit_para("sign", item, k_credit)]
                out += box_html(i, item, f"<h4>▍{esc(item.title)}</h4>", body)
                continue
            cols.leave()
            cls = art_class(item)
            out.append(f'<div class="head {cls}" id="art-{i}"><h1>{k_title(item.title)}</h1>')
            out += para("subt", item.subtitle)
            out.append("</div>")
            cols.enter()
            out.append(f'<article class="{cls}">{k_blocks(item, lead=item.kind == "article")}')
            out += credit_para("sign", item, k_credit)
            out.append("</article>")
        cols.leave()
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


def l_credit(credits: Credits) -> str:
    """Role, a slash, the names joined with 、: "本刊记者／汪株焱　通讯员／曲玉国、张钜栋"."""
    return credit_line(credits, "{role}／{names}", gap="　", roles=L_ROLES, joiner="、")


def l_blocks(item: Item) -> str:
    """Plain subheads, captions closed by the photographer ("（汪株焱／摄）"), “” pull quotes."""
    shot = photo_credit(item.credits, "（{}／摄）", L_NO_CREDIT_PHOTO)
    return blocks_html(
        item.blocks,
        caption=lambda text: f"{esc(text)}{esc(shot)}",
        inserts=pull_inserts(item, "“”"),
    )


def build_l(issue: Issue) -> tuple[str, Printed]:
    """News weekly: cover story on the cover, thumb tabs, byline between title and standfirst."""
    issue_line = l_issue_line(issue)
    leads = cover_leads(issue)
    story, more = (leads[0], leads[1 : 1 + L_COVER_MORE_COUNT]) if leads else (None, [])
    cover = [
        '<section class="cover"><div class="mast">潮涌钱塘</div>'
        f'<div class="latin">{L_MAST_LATIN}</div><div class="issue">{esc(issue_line)}</div>'
    ]
    cover_lines: list[str] = []
    if story is not None:
        cover.append(f'<p class="cs-label">{L_COVER_STORY}</p><p class="cs">{esc(story.title)}</p>')
        cover_lines.append(story.title)
        cover += para("cs-sub", story.subtitle)
    if more:
        cover.append(f'<p class="more-label">{L_COVER_MORE}</p>')
        cover.extend(f'<p class="more">▶ {esc(it.title)}</p>' for it in more)
        cover_lines.extend(f"▶ {it.title}" for it in more)
    cover.append("</section>")
    out = cover
    for name, members in groups(issue.items):
        out.append(column_section("tab", name or ""))
        cols = Wrap(out, '<div class="cols">', "</div>")
        briefs = Wrap(out, f'<h2 class="bhead">{L_BRIEFS_HEAD}</h2>')
        for i, item in members:
            if item.kind == "brief":
                cols.enter()
                briefs.enter()
                out.append(
                    f'<article class="brief" id="art-{i}"><h4>{esc(item.title)}</h4>'
                    f"{l_blocks(item)}</article>"
                )
                continue
            briefs.leave()
            if item.kind == "sidebar":
                cols.enter()
                body = [*credit_para("byline", item, l_credit), l_blocks(item)]
                out += box_html(i, item, f"<h4>◇ {esc(item.title)}</h4>", body)
                continue
            cols.leave()
            cls = art_class(item)
            out.append(f'<div class="head {cls}" id="art-{i}">')
            if item.kind == "front":
                out.append(f'<p class="flabel">{L_FRONT_LABEL}</p>')
            out.append(f"<h1>{esc(item.title)}</h1>")
            out += credit_para("byline", item, l_credit)
            out += para("stand", item.subtitle)
            out.append("</div>")
            cols.enter()
            out.append(f'<article class="{cls}">{l_blocks(item)}</article>')
        cols.leave()
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


def m_volume(issue: Issue) -> str:
    """ "Vol.6 No.5": the volume counts years since the first."""
    return f"Vol.{issue.year - M_FOUNDED + 1} No.{issue.number}"


def m_credit(credits: Credits, *, editor: bool) -> str:
    """ "记者丨汪株焱 · 通讯员丨曲玉国 张钜栋 · 编辑丨陈默" (the editor on articles)."""
    parts = credit_parts(credits, "{role}丨{names}")
    if editor:
        parts.append(M_EDITOR)
    return " · ".join(parts)


def m_blocks(blocks: list[Block]) -> str:
    """Subheads numbered "（一）", captions under their photo with "↑" in front."""
    return blocks_html(
        blocks, caption=lambda text: f"↑ {esc(text)}", subhead=numbered("（{n}）{text}", "（(")
    )


def m_brief_rows(run: list[Member]) -> str:
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
        entries = listed(members)
        divider = ""
        if name and entries:
            part += 1
            rows = "".join(
                f'<tr><td class="t">{esc(it.title)}</td><td class="pg">{page_link(i)}</td></tr>'
                for i, it in entries
            )
            divider = (
                f'<div class="divider"><p class="part">PART {part:02d}</p>'
                f'<h2 class="colname">{esc(name)}</h2><table class="mini">{rows}</table></div>'
            )
            furniture.append(f"PART {part:02d}")
            furniture.extend(f"{it.title} {page_ref(i)}" for i, it in entries)
        out.append(
            column_section("head", name or "潮涌钱塘", "column opens" if divider else "column")
        )
        out.append(divider)
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                out.append(f'<h2 class="bhead">{M_BRIEFS_HEAD}</h2>{m_brief_rows(run)}')
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                tag = f'<p class="tag">{M_SIDEBAR_TAG}</p><h4>{esc(item.title)}</h4>'
                byline = credit_para("byline", item, lambda c: m_credit(c, editor=False))
                out += box_html(i, item, tag, [m_blocks(item.blocks), *byline])
                continue
            out.append(f'<article class="{art_class(item)}" id="art-{i}">')
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

Unit = tuple[Member | None, list[Member]]


def n_credit(credits: Credits) -> str:
    """ "撰文｜苏军 沈逸柔" or "记者｜汪株焱　通讯员｜曲玉国 张钜栋": role, a bar, the names."""
    return credit_line(credits, "{role}｜{names}", gap="　", roles=N_ROLES)


def n_quote(item: Item) -> str | None:
    """The pull quote design n sets in the narrow column beside a longer article, or None."""
    found = pull_quote(item)
    return None if found is None else found[1]


def n_blocks(item: Item) -> str:
    """The blocks; subheads marked by a bar (CSS only), captions "△ …" under their photo box."""
    return blocks_html(item.blocks, caption=lambda text: f"△ {esc(text)}")


def n_units(members: list[Member]) -> list[Unit]:
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


def n_side(quote: str | None, side: list[Member]) -> str:
    """The narrow column of one row: the pull quote, then boxed sidebars and "快讯" briefs."""
    parts = [pull_html(quote, "〝〞")] if quote else []
    briefs = Wrap(parts, f'<h3 class="bhead">{N_BRIEFS_HEAD}</h3>')
    for i, item in side:
        briefs.track(item.kind == "brief")
        if item.kind == "brief":
            parts.append(f'<div class="brief" id="art-{i}"><h4>{esc(item.title)}</h4>')
        else:
            parts.append(
                f'<div class="box" id="art-{i}"><p class="tab">{N_SIDEBAR_TAB}</p>'
                f"<h4>{esc(item.title)}</h4>"
            )
        parts += para("boxsub", item.subtitle)
        parts.append(n_blocks(item))
        parts += credit_para("sign", item, n_credit)
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
        out.append(column_section("column", col))
        if name:
            out.append(f'<h2 class="secbar">{esc(name)}</h2>')
        for main, side in n_units(members):
            if main is None:
                # briefs that open a column, beside no article: three narrow columns across
                out.append(f'<div class="strip">{n_side(None, side)}</div>')
                continue
            i, item = main
            head = [f'<div class="head {art_class(item)}" id="art-{i}">']
            if item.kind == "front":
                head.append(f'<p class="kicker">{N_FRONT_LABEL}</p>')
            head += para("kicker", item.subtitle)
            head.append(f"<h1>{esc(item.title)}</h1></div>")
            out.append("".join(head))
            body = "\n".join([n_blocks(item), *credit_para("sign", item, n_credit)])
            out.append(
                f'<table class="grid"><tr><td class="main">{body}</td>'
                f'<td class="side">{n_side(n_quote(item), side)}</td></tr></table>'
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


def o_issue_line(issue: Issue) -> str:
    """ "2020年07月号": the month a literary monthly is dated by (it prints no issue number)."""
    return f"{issue.year}年{issue.month:02d}月号"


def o_names(credits: Credits) -> str:
    """ "（汪株焱　曲玉国　张钜栋）": names only, no roles, in brackets."""
    return "（" + "　".join(credited_names(credits)) + "）"


def o_footnote(caption: str) -> str:
    """A caption as a footnote: its call ("图3") sits in the photo box, CAPTION (HTML) at the
    foot of the page."""
    return f'<figure class="photo"><div class="ph"><span class="fn">{caption}</span></div></figure>'


def o_blocks(item: Item) -> str:
    """Subheads numbered "一、", captions as footnotes ("图3 … 图/汪株焱"), 『』 pull quotes."""
    shot = photo_credit(item.credits, "图/{}", O_FILE_PHOTO)
    return blocks_html(
        item.blocks,
        caption=lambda text: f"{esc(text)}　{esc(shot)}",
        figure=o_footnote,
        subhead=numbered("{n}、{text}"),
        inserts=pull_inserts(item, "『』"),
    )


def build_o(issue: Issue) -> tuple[str, Printed]:
    """Small literary monthly: contents (目次), centred heads under 【栏目】, names in brackets."""
    issue_line = o_issue_line(issue)
    verso = f"潮涌钱塘　{issue_line}"
    toc = [
        f'<section class="toc"><div class="mast">潮涌钱塘</div><p class="tag">{O_TAGLINE}</p>'
        f'<p class="issue">{esc(issue_line)}</p><h2 class="toc-h">{O_CONTENTS_HEAD}</h2>'
    ]
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        if name:
            toc.append(f'<p class="toc-col">【{esc(name)}】</p>')
        for i, it in entries:
            author = "　".join(it.names)
            sep = "　·　" if author else ""
            toc.append(
                f'<div class="toc-e"><p class="t">{esc(it.title)}</p><p class="m">{esc(author)}'
                f"{sep}{page_link(i)}</p></div>"
            )
            if author:
                toc_lines.append(f"{author}{sep}{page_ref(i)}")
    toc.append("</section>")
    out = toc
    for name, members in groups(issue.items):
        out.append('<section class="column">')
        briefs = Wrap(out, f'<div class="briefs"><h2 class="bhead">{O_BRIEFS_HEAD}</h2>', "</div>")
        for i, item in members:
            briefs.track(item.kind == "brief")
            if item.kind == "brief":
                out.append(f'<div class="brief"><h4 id="art-{i}">○ {esc(item.title)}</h4>')
            elif item.kind == "sidebar":
                out.append(
                    f'<div class="box"><p class="label">{O_SIDEBAR_LABEL}</p>'
                    f'<h4 id="art-{i}">{esc(item.title)}</h4>'
                )
            else:
                out.append(f'<article class="{art_class(item)}">')
                label = O_FRONT_LABEL if item.kind == "front" else name
                if label:
                    out.append(f'<p class="col">【{esc(label)}】</p>')
                # the anchor on the title, not the article: WeasyPrint lists an anchor on
                # every page its box reaches, and Design.render keeps the last
                out.append(f'<h1 id="art-{i}">{esc(item.title)}</h1>')
            out += credit_para("names", item, o_names)
            out += para("subt", item.subtitle)
            out.append(o_blocks(item))
            out.append("</article>" if item.kind not in ("brief", "sidebar") else "</div>")
        briefs.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[verso, O_TAGLINE, O_CONTENTS_HEAD, O_BRIEFS_HEAD, O_SIDEBAR_LABEL, *toc_lines],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), verso), printed


# ---------------------------------------------------------------- design p (fresh3)

P_ROLES = {"文": "撰稿"}  # roles as design p prints them
P_PUBLISHER = "钱塘新区融媒体中心　编印"
P_CONTENTS_HEAD = "本期内容"
P_FRONT_LABEL = "编辑部的话"
P_SIDEBAR_TAB = "小贴士"
P_BRIEFS_HEAD = "新区播报"
P_FILE_PHOTO = "资料图"  # the credit of photos in articles with nobody credited
P_QUOTE_MARK = "“"  # the large opening mark set over a pull quote


def p_issue_line(issue: Issue) -> str:
    """ "第05期　2020.07": the issue number padded to two digits, then year and month."""
    return f"第{issue.number:02d}期　{issue.year}.{issue.month:02d}"


def p_credit_stack(credits: Credits) -> str:
    """The credits as a stack beside the title: each role a small label over its names."""
    return "".join(
        f'<p class="role">{esc(P_ROLES.get(role, role))}</p>'
        f'<p class="who">{esc("　".join(names))}</p>'
        for role, names in credits
    )


def p_sign(credits: Credits) -> str:
    """ "—— 汪株焱　通讯员 曲玉国": a box's or brief's credit, a bare 文 left out."""
    return "—— " + "　".join(unroled(credits))


def p_caption(text: str, shot: str) -> str:
    """ "图为…　摄影／汪株焱": the caption opened by 图为 (unless it says 图 already)."""
    lead = "" if text.startswith("图") else "图为"
    return f"{lead}{esc(text)}　{esc(shot)}"


def p_blocks(item: Item) -> str:
    """Subheads between middle dots, "图为…" captions with the photographer, pull quotes under a
    large opening mark."""
    shot = photo_credit(item.credits, "摄影／{}", P_FILE_PHOTO)
    mark = f'<aside class="pull"><span class="qm">{P_QUOTE_MARK}</span>'
    inserts = [
        (at, aside.replace('<aside class="pull">', mark)) for at, aside in pull_inserts(item)
    ]
    return blocks_html(
        item.blocks,
        caption=lambda text: p_caption(text, shot),
        subhead=lambda text, _: f"· {text} ·",
        inserts=inserts,
    )


def build_p(issue: Issue) -> tuple[str, Printed]:
    """225 × 297 mm city monthly: contents first, heads with a run-on subtitle beside stacked
    credits, three body columns, "PAGE 12" folios."""
    issue_line = p_issue_line(issue)
    verso = f"潮涌钱塘　{issue.year}.{issue.month:02d}"
    toc = [
        '<section class="toc"><div class="mast">潮涌钱塘</div>'
        f'<p class="issue">{esc(issue_line)}</p><p class="pub">{P_PUBLISHER}</p>'
        f'<h2 class="toc-h">{P_CONTENTS_HEAD}</h2><div class="toc-cols">'
    ]
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        if name:
            toc.append(f'<p class="toc-col">{esc(name)}</p>')
        for i, it in entries:
            toc.append(
                f'<div class="toc-e">{page_link(i, "pg")}<p class="t">{esc(it.title)}</p>'
                + "".join(para("s", it.subtitle))
                + "</div>"
            )
            toc_lines.append(f"{page_ref(i, ':0>2')} {it.title}")
    toc.append("</div></section>")
    out = toc
    columns: list[str] = []
    number = 0
    for name, members in groups(issue.items):
        col = name or "潮涌钱塘"
        columns.append(col)
        out.append(column_section("column", col))
        if name:
            number += 1
            out.append(f'<h2 class="colhead"><span class="num">{number:02d}</span>{esc(name)}</h2>')
        cols = Wrap(out, '<div class="cols">', "</div>")
        briefs = Wrap(out, f'<h3 class="bhead">{P_BRIEFS_HEAD}</h3>')
        for i, item in members:
            if item.kind in ("sidebar", "brief"):
                cols.enter()
                sign = credit_para("sign", item, p_sign)
                briefs.track(item.kind == "brief")
                if item.kind == "brief":
                    out.append(f'<article class="brief" id="art-{i}"><h4>▷ {esc(item.title)}</h4>')
                    out += para("boxsub", item.subtitle)
                    out += [p_blocks(item), *sign, "</article>"]
                else:
                    head = f'<p class="tab">{P_SIDEBAR_TAB}</p><h4>{esc(item.title)}</h4>'
                    out += box_html(i, item, head, [p_blocks(item), *sign])
                continue
            briefs.leave()
            cols.leave()
            cls = art_class(item)
            # the subtitle runs on after the title, smaller, behind a dash
            title = [f'<h1><span class="t">{esc(item.title)}</span>']
            if item.subtitle:
                title.append(f' <span class="deck">——{esc(item.subtitle)}</span>')
            title.append("</h1>")
            label = f'<p class="flabel">{P_FRONT_LABEL}</p>' if item.kind == "front" else ""
            stack = p_credit_stack(item.credits) if item.credits else ""
            out.append(
                f'<table class="head {cls}" id="art-{i}"><tr><td class="tt">{label}'
                f'{"".join(title)}</td><td class="cr">{stack}</td></tr></table>'
            )
            cols.enter()
            out.append(f'<article class="{cls}">{p_blocks(item)}</article>')
        briefs.leave()
        cols.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[
            issue_line,
            P_PUBLISHER,
            P_CONTENTS_HEAD,
            P_FRONT_LABEL,
            P_SIDEBAR_TAB,
            P_BRIEFS_HEAD,
            verso,
            *toc_lines,
        ],
        maybe=["PAGE {n}"],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design q (fresh3)

Q_CONTENTS_HEAD = "目次"
Q_FRONT_LABEL = "主编絮语"
Q_ABSTRACT_LABEL = "【提要】"
Q_SIDEBAR_LABEL = "【链接】"
Q_BRIEFS_HEAD = "信息窗"
Q_ROLE_WORDS = {"记者": "本刊记者", "通讯员": "本刊通讯员"}  # 文 says nothing more


def q_issue_line(issue: Issue) -> str:
    """ "2020年 第5期（7月号）"."""
    return f"{issue.year}年 第{issue.number}期（{issue.month}月号）"


def q_note(credits: Credits) -> str:
    """The author note at the foot of the first page: "作者：汪株焱，本刊记者；曲玉国、张钜栋，
    本刊通讯员。" (a bare 文 adds nothing: "作者：苏军、沈逸柔。")."""
    parts = []
    for role, names in credits:
        word = Q_ROLE_WORDS.get(role, "" if role == "文" else role)
        parts.append("、".join(names) + (f"，{word}" if word else ""))
    return "作者：" + "；".join(parts) + "。"


def q_subhead(text: str, sub: int) -> str:
    """ "1　小标题": journal subheads numbered in Arabic digits, unless numbered already."""
    first = text[:1]
    if first.isdigit() or first in CN_NUMERALS or first in "（(":
        return text
    return f"{sub + 1}　{text}"


def q_blocks(item: Item) -> str:
    """Subheads "1　…", captions "图 1　…" under their photo box, no pull quotes."""
    figures = itertools.count(1)
    return blocks_html(
        item.blocks, caption=lambda text: f"图 {next(figures)}　{esc(text)}", subhead=q_subhead
    )


def q_brief(i: int, item: Item) -> str:
    """A brief run in after its title and a dash ("标题——正文"), names in brackets closing it."""
    first, rest = run_in(item.blocks)
    names = "　".join(credited_names(item.credits))
    tail = f'<p class="bsign">（{esc(names)}）</p>' if names else ""
    return (
        f'<div class="brief" id="art-{i}"><p class="runin"><b>{esc(item.title)}</b>——{first}</p>'
        f"{rest}{tail}</div>"
    )


def build_q(issue: Issue) -> tuple[str, Printed]:
    """182 × 235 mm journal: title page with contents, centred heads, author notes as footnotes,
    an abstract-like 提要, two body columns, bare folios at the top."""
    issue_line = q_issue_line(issue)
    verso = f"《潮涌钱塘》{issue.year}年第{issue.number}期"
    toc = [
        '<section class="toc"><div class="mast">潮涌钱塘</div><p class="freq">（月刊）</p>'
        f'<p class="issue">{esc(issue_line)}</p><h2 class="toc-h">{Q_CONTENTS_HEAD}</h2>'
    ]
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        if name:
            toc.append(f'<p class="toc-col">［{esc(name)}］</p>')
        for i, it in entries:
            who = f"（{'　'.join(it.names)}）" if it.names else ""
            toc.append(
                f'<p class="toc-e">{page_link(i, "pg")}<span class="t">{esc(it.title)}'
                f"{esc(who)}</span></p>"
            )
            toc_lines.append(f"{page_ref(i)} {it.title}{who}")
    toc.append("</section>")
    out = toc
    columns: list[str] = []
    for name, members in groups(issue.items):
        col = name or "潮涌钱塘"
        columns.append(col)
        out.append(column_section("column", col))
        if name:
            out.append(f'<p class="colname">［{esc(name)}］</p>')
        cols = Wrap(out, '<div class="cols">', "</div>")
        briefs = Wrap(out, f'<h3 class="bhead">{Q_BRIEFS_HEAD}</h3>')
        for i, item in members:
            if item.kind == "brief":
                cols.enter()
                briefs.enter()
                out.append(q_brief(i, item))
                continue
            briefs.leave()
            if item.kind == "sidebar":
                cols.enter()
                head = f"<h4>{Q_SIDEBAR_LABEL}{esc(item.title)}</h4>"
                names = "　".join(credited_names(item.credits))
                sign = [f'<p class="bsign">（{esc(names)}）</p>'] if names else []
                out += box_html(i, item, head, [q_blocks(item), *sign])
                continue
            cols.leave()
            cls = art_class(item)
            head = [f'<div class="head {cls}" id="art-{i}">']
            if item.kind == "front":
                head.append(f'<p class="flabel">{Q_FRONT_LABEL}</p>')
            head.append(f"<h1>{esc(item.title)}</h1>")
            if item.credits:
                names = "　".join(credited_names(item.credits))
                note = f'<span class="fn">{esc(q_note(item.credits))}</span>'
                head.append(f'<p class="names">{esc(names)}{note}</p>')
            if item.subtitle:
                head.append(
                    f'<p class="abstract"><b>{Q_ABSTRACT_LABEL}</b>{esc(item.subtitle)}</p>'
                )
            head.append("</div>")
            out.append("".join(head))
            cols.enter()
            out.append(f'<article class="{cls}">{q_blocks(item)}</article>')
        briefs.leave()
        cols.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[issue_line, verso, Q_CONTENTS_HEAD, Q_FRONT_LABEL, Q_BRIEFS_HEAD, *toc_lines],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), verso), printed


# ---------------------------------------------------------------- design r (fresh4)

R_CONTENTS_HEAD = "阅读导航"
R_FRONT_LABEL = "主编视点"
R_BRIEFS_HEAD = "要闻集萃"
R_SIDEBAR_TAB = "知识链接"
R_FILE_PHOTO = "资料图片"  # the credit of photos in articles with nobody credited
R_REPORTING = ("记者", "通讯员")  # the roles a news credit closes with 报道
R_REPORTED = "报道"
R_NO_COLUMN = "潮涌钱塘"  # the recto foot where the issue names no column
# each column's fixed English name, printed beside it in the contents and the recto foot and
# over the opener's title, as bilingual magazines do; a column not listed has none
R_COLUMN_LATIN = {
    "特别策划": "SPECIAL REPORT",
    "聚焦钱塘": "FOCUS",
    "企业之星": "ENTERPRISE",
    "瞭望台": "OUTLOOK",
    "他山之石": "PERSPECTIVE",
    "民生频道": "COMMUNITY",
    "产业前沿": "INDUSTRY",
    "论坛纵横": "FORUM",
    "图说钱塘": "PICTURES",
    "大事记": "CHRONICLE",
}


def r_issue_line(issue: Issue) -> str:
    """ "2020/07　第5期": the month as a slash date, then the issue number."""
    return f"{issue.year}/{issue.month:02d}　第{issue.number}期"


def r_column(name: str | None) -> str:
    """ "特别策划　SPECIAL REPORT": a column's name with its English one, where it has one."""
    if not name:
        return R_NO_COLUMN
    latin = R_COLUMN_LATIN.get(name)
    return f"{name}　{latin}" if latin else name


def r_credit(credits: Credits) -> str:
    """ "记者 汪株焱　通讯员 曲玉国 张钜栋 报道": the reporters' credit closed by 报道, as news
    pages print it (a role that names its own verb closes with that: "记者 徐歆婷 整理报道");
    other roles after it ("摄影 陈浩杰"), a bare 文 as "文／苏军 沈逸柔"."""
    reporting: Credits = []
    others: list[str] = []
    verb = R_REPORTED
    for role, names in credits:
        word, _, own = role.partition(" ")
        if word in R_REPORTING:
            reporting.append((word, names))
            verb = own or verb
        else:
            form = "文／{names}" if word == "文" else "{role} {names}"
            others += credit_parts([(word, names)], form)
    parts = credit_parts(reporting)
    if parts:
        parts[-1] += f" {verb}"
    return "　".join(parts + others)


def r_blocks(item: Item, *, credit: bool) -> str:
    """The body: the CREDIT line first where it is asked for, "■" subheads, captions closed by
    the photographer in brackets ("（摄影：汪株焱）"), pull quotes between rules (CSS)."""
    shot = photo_credit(item.credits, "摄影：{}", R_FILE_PHOTO)
    first = credit_para("credit", item, r_credit) if credit else []
    return blocks_html(
        item.blocks,
        caption=lambda text: f"{esc(text)}（{esc(shot)}）",
        subhead=lambda text, _: f"■ {text}",
        inserts=[(0, html) for html in first] + pull_inserts(item),
    )


def r_head(i: int, item: Item, name: str | None, *, opener: bool) -> str:
    """An article's head across the page: beside a photo box for a column's opener (its English
    name over the title), else under a short thick rule; the subtitle as a deck under the title."""
    cls = art_class(item)
    label = f'<p class="flabel">{R_FRONT_LABEL}</p>' if item.kind == "front" else ""
    latin = R_COLUMN_LATIN.get(name or "") if opener else None
    text = "".join(
        [
            label,
            *para("latin", latin),
            f"<h1>{esc(item.title)}</h1>",
            *para("deck", item.subtitle),
        ]
    )
    if opener:
        return (
            f'<div class="head opener {cls}" id="art-{i}"><div class="ph"></div>'
            f'<div class="tb">{text}</div></div>'
        )
    return f'<div class="head {cls}" id="art-{i}">{text}</div>'


def build_r(issue: Issue) -> tuple[str, Printed]:
    """210 × 280 mm feature monthly: a photo cover, a contents page under bilingual column names,
    column openers titled beside a photo, "记者 … 报道" credits opening the body, two columns,
    feet with the folio beside the issue or the bilingual column name."""
    issue_line = r_issue_line(issue)
    verso = f"潮涌钱塘　{issue.year}/{issue.month:02d}"
    leads = [it.title for it in cover_leads(issue)[:COVER_BLURB_COUNT]]
    out = [
        f'<section class="cover"><p class="issue">{esc(issue_line)}</p>'
        '<div class="mast">潮涌钱塘</div><div class="ph"></div>'
        + "".join(f'<p class="cl">{esc(t)}</p>' for t in leads)
        + "</section>"
    ]
    toc = [f'<section class="toc"><h2 class="toc-h">{R_CONTENTS_HEAD}</h2>']
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        toc.append(f'<p class="toc-col">{esc(r_column(name) if name else R_FRONT_LABEL)}</p>')
        for i, it in entries:
            toc.append(
                f'<div class="toc-e"><p class="t">{esc(it.title)}{page_link(i, "pg")}</p>'
                + "".join(para("s", it.subtitle))
                + "</div>"
            )
            toc_lines.append(f"{it.title} {page_ref(i)}")
    toc.append("</section>")
    out += toc
    columns: list[str] = []
    for name, members in groups(issue.items):
        col = r_column(name)
        columns.append(col)
        out.append(column_section("column", col))
        cols = Wrap(out, '<div class="cols">', "</div>")
        opened = False
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                cols.leave()
                out.append(f'<div class="briefs"><h2 class="bhead">{R_BRIEFS_HEAD}</h2>')
                for i, it in run:
                    out.append(f'<div class="brief" id="art-{i}"><h4>● {esc(it.title)}</h4>')
                    out += [r_blocks(it, credit=False), *credit_para("sign", it, r_credit)]
                    out.append("</div>")
                out.append("</div>")
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                cols.enter()
                head = f'<p class="tab">{R_SIDEBAR_TAB}</p><h4>{esc(item.title)}</h4>'
                out += box_html(i, item, head, [r_blocks(item, credit=True)])
                continue
            cols.leave()
            opener = bool(name) and not opened and item.kind == "article"
            opened = opened or opener
            out.append(r_head(i, item, name, opener=opener))
            cols.enter()
            body = r_blocks(item, credit=True)
            out.append(f'<article class="{art_class(item)}">{body}</article>')
        cols.leave()
        out.append("</section>")
    latins = sorted({R_COLUMN_LATIN[c] for c in named_columns(issue) if c in R_COLUMN_LATIN})
    printed = Printed(
        furniture=[issue_line, *leads, R_CONTENTS_HEAD, R_BRIEFS_HEAD, *latins, *toc_lines],
        maybe=[f"{{n}}　{verso}"] + [f"{c}　{{n}}" for c in sorted(set(columns))],
        css={"VERSO": verso},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {issue_line}"), printed


# ---------------------------------------------------------------- design s (fresh4)

S_INTERNAL = "内部资料　免费交流"
S_FRONT_LABEL = "卷首言"
S_CONTENTS_HEAD = "本期导览"
S_BRIEFS_HEAD = "信息快递"
S_SIDEBAR_TAB = "背景资料"
S_ISSUE_DAY = 20  # the colophon's date of publication: the 20th of the issue's month
S_EDITOR = "主　编：林一帆"
S_PUBLISHER = "编　印：《潮涌钱塘》编辑部"
S_PERMIT = "准印证号：浙A（2020）0517"
# a credit's role as the bulletin prints it: writers all "撰稿"; an "整理报道" is "整理"
S_ROLE_WORDS = {"记者": "撰稿", "通讯员": "撰稿", "文": "撰稿", "记者 整理报道": "整理"}


def s_issue_line(issue: Issue) -> str:
    """ "2020年第5期": year and issue; the month is printed only as the colophon's date."""
    return f"{issue.year}年第{issue.number}期"


def s_colophon(issue: Issue) -> list[str]:
    """The colophon an internal bulletin prints on its first page: publisher, editor, permit
    number and the date it went out ("出版日期：2020年7月20日")."""
    date = f"出版日期：{issue.year}年{issue.month}月{S_ISSUE_DAY}日"
    return [S_PUBLISHER, S_EDITOR, S_PERMIT, date]


def s_credit(credits: Credits) -> str:
    """ "（撰稿：汪株焱　曲玉国　张钜栋　摄影：陈浩杰）": the names under each printed role,
    roles merged where the bulletin words them alike, all in one pair of brackets."""
    merged: dict[str, list[str]] = {}
    for role, names in credits:
        merged.setdefault(S_ROLE_WORDS.get(role, role), []).extend(names)
    return "（" + credit_line(list(merged.items()), "{role}：{names}", gap="　", joiner="　") + "）"


def s_blocks(item: Item) -> str:
    """The body: subheads, captions ("▶ …", set above their photo box) and “” pull quotes
    float into the left margin (CSS); the credit closes it, right-aligned."""
    return blocks_html(
        item.blocks,
        caption=lambda text: f"▶ {esc(text)}",
        figure=k_photo,
        inserts=pull_inserts(item, "“”"),
        after=credit_para("credit", item, s_credit),
    )


def s_article(i: int, item: Item) -> list[str]:
    """A main item: its head across page and margin (the title white in a band, the subtitle
    under it right-aligned after a dash, "——副题"), then its body beside the margin."""
    cls = art_class(item)
    label = f'<p class="flabel">{S_FRONT_LABEL}</p>' if item.kind == "front" else ""
    deck = para("deck", item.subtitle and f"——{item.subtitle}")
    return [
        f'<div class="head {cls}" id="art-{i}">{label}<h1>{esc(item.title)}</h1>{"".join(deck)}'
        "</div>",
        f'<article class="{cls}">{s_blocks(item)}</article>',
    ]


def build_s(issue: Issue) -> tuple[str, Printed]:
    """175 × 250 mm internal bulletin: the front piece first, under the masthead and beside the
    colophon; contents after it; one column beside a margin of sideheads, captions and quotes;
    titles in a band; credits in brackets at the end; "第12页" feet."""
    issue_line = s_issue_line(issue)
    foot = f"潮涌钱塘　{issue_line}"
    colophon = s_colophon(issue)
    # the front pieces that open the issue come before the contents, as bulletins set them
    front = {
        i for i, _ in itertools.takewhile(lambda m: m[1].kind == "front", enumerate(issue.items))
    }
    out = [
        '<header class="mast"><div class="name">潮涌钱塘</div>'
        f'<p class="issue">{esc(issue_line)}</p><p class="internal">{S_INTERNAL}</p>'
        '<div class="colophon">'
        + "".join(f"<p>{esc(line)}</p>" for line in colophon)
        + "</div></header>"
    ]
    for i in sorted(front):
        out += s_article(i, issue.items[i])
    toc = [f'<section class="toc"><h2 class="toc-h">{S_CONTENTS_HEAD}</h2><table class="toc">']
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        for n, (i, it) in enumerate(entries):
            # the column's dark cell runs down beside its entries, named on the first only
            col = esc(name or S_FRONT_LABEL) if n == 0 else ""
            who = "　".join(it.names)
            toc.append(
                f'<tr><td class="col">{col}</td><td class="t">{esc(it.title)}'
                f'<span class="au">{esc(who)}</span></td><td class="pg">{page_link(i)}</td></tr>'
            )
            toc_lines.append(f"{it.title} {page_ref(i)}")  # the names sit under the title
    toc.append("</table></section>")
    out += toc
    for name, members in groups(issue.items):
        members = [(i, it) for i, it in members if i not in front]
        if not members:
            continue
        out.append(column_section("column", name or "潮涌钱塘"))
        if name:
            out.append(f'<h2 class="colhead">{esc(name)}</h2>')
        briefs = Wrap(out, f'<div class="briefs"><h2 class="bhead">{S_BRIEFS_HEAD}</h2>', "</div>")
        number = 0
        for i, item in members:
            briefs.track(item.kind == "brief")
            if item.kind == "brief":
                number += 1
                out.append(
                    f'<div class="brief" id="art-{i}"><h4><span class="no">{number:02d}</span>'
                    f"{esc(item.title)}</h4>{s_blocks(item)}</div>"
                )
                continue
            number = 0
            if item.kind == "sidebar":
                head = f'<p class="tab">{S_SIDEBAR_TAB}</p><h4>{esc(item.title)}</h4>'
                out += box_html(i, item, head, [s_blocks(item)])
                continue
            out += s_article(i, item)
        briefs.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[foot, S_INTERNAL, *colophon, S_CONTENTS_HEAD, S_BRIEFS_HEAD, *toc_lines],
        maybe=["第{n}页"],
        css={"FOOT": foot},
    )
    return page_html("\n".join(out), foot), printed


# ---------------------------------------------------------------- design t (fresh5)

T_DAY = 16  # the weekly's date: the 16th of the issue's month (no weekday printed)
T_PUBLISHER = "主办：钱塘新区融媒体中心"
T_CONTENTS_HEAD = "导读"
T_FRONT_LABEL = "钱塘时评"  # the front piece, as a weekly's front-page commentary
T_BRIEFS_HEAD = "资讯广角"
T_SIDEBAR_TAB = "相关阅读"
T_FILE_PHOTO = "（资料图）"  # the credit of photos in articles with nobody credited
T_SECTION = "A"  # the weekly's one lettered section (叠): its pages are A01, A02, …
T_STANDFIRST_MIN_PARAGRAPHS = 4  # articles this long open with a standfirst: their first paragraph
T_GRID_CELLS = 3  # columns (栏目) a row of the front page's contents grid
T_ROLES = {"记者": "融媒体记者"}  # the role as design t prints it, with its press's word
# each column's English name, printed before its Chinese one in the band that opens the column
T_COLUMN_LATIN = {
    "特别策划": "COVER STORY",
    "聚焦钱塘": "FOCUS",
    "企业之星": "STARS",
    "瞭望台": "OBSERVATION",
    "他山之石": "REFERENCE",
    "民生频道": "LIVELIHOOD",
    "产业前沿": "FRONTIER",
    "论坛纵横": "FORUM",
    "图说钱塘": "PHOTOS",
    "大事记": "EVENTS",
}


def t_date(issue: Issue) -> str:
    """ "2020年7月16日": the weekly's date, on the front page and in every head."""
    return f"{issue.year}年{issue.month}月{T_DAY}日"


def t_credit(credits: Credits) -> str:
    """ "融媒体记者 汪株焱　通讯员 曲玉国 张钜栋": each role with its press's word, a role that
    names its own verb after the names ("融媒体记者 徐歆婷 整理"); a lone writer as
    "□ 文 苏军 沈逸柔"."""
    if written_only(credits):
        return "□ 文 " + " ".join(credited_names(credits))
    parts = []
    for role, names in credits:
        word, _, verb = role.partition(" ")
        text = f"{T_ROLES.get(word, word)} {' '.join(names)}"
        parts.append(f"{text} {verb.removesuffix('报道')}" if verb else text)
    return "　".join(parts)


def t_shot(credits: Credits) -> str:
    """Who took the photos, closing a caption: the photographer ("陈浩杰 摄"), else the first
    credited reporter with the press's word ("融媒体记者 汪株焱 摄"), else a file photo."""
    for role, names in credits:
        if role == "摄影":
            return f"{names[0]} 摄"
    if not credits:
        return T_FILE_PHOTO
    word, names = credits[0][0].split(" ")[0], credits[0][1]
    return f"{names[0]} 摄" if word == "文" else f"{T_ROLES.get(word, word)} {names[0]} 摄"


def t_standfirst(item: Item) -> tuple[str | None, list[Block]]:
    """A long article's first paragraph, set as its standfirst, and the blocks left for the body;
    (None, all blocks) for shorter articles and other kinds."""
    paragraphs = sum(1 for k, _, _ in item.blocks if k == "paragraph")
    first = item.blocks[0] if item.blocks else None
    if (
        item.kind == "article"
        and paragraphs >= T_STANDFIRST_MIN_PARAGRAPHS
        and first is not None
        and first[0] == "paragraph"
    ):
        return first[1], item.blocks[1:]
    return None, item.blocks


def t_blocks(item: Item, blocks: list[Block]) -> str:
    """The body: plain subheads in a band (CSS), captions closed by the photographer."""
    shot = t_shot(item.credits)
    return blocks_html(blocks, caption=lambda text: f"{esc(text)}　{esc(shot)}")


def t_story(i: int, item: Item) -> list[str]:
    """A main item across the page: the subtitle as a kicker over the headline (a chronology's
    after it), the standfirst, the credit after the standfirst, then the six-column body."""
    cls = art_class(item)
    label = [f'<p class="flabel">{T_FRONT_LABEL}</p>'] if item.kind == "front" else []
    head = kicker_title(item, f"<h1>{esc(item.title)}</h1>")
    standfirst, body = t_standfirst(item)
    return [
        f'<div class="head {cls}" id="art-{i}">',
        *label,
        *head,
        *para("standfirst", standfirst),
        *credit_para("credit", item, t_credit),
        "</div>",
        f'<div class="cols"><article class="{cls}">{t_blocks(item, body)}</article></div>',
    ]


def t_grid(issue: Issue) -> tuple[str, list[str]]:
    """The front page's contents as a grid of cells, a column's name over its titles, each title
    with its page ("A05"); and the contents lines as printed."""
    cells: list[str] = []
    lines: list[str] = []
    for name, entries in contents(issue):
        rows = []
        for i, it in entries:
            rows.append(f'<p class="e">{esc(it.title)} {page_link(i, "pg")}</p>')
            lines.append(f"{it.title} {T_SECTION}{page_ref(i, ':0>2')}")
        cells.append(f'<td><p class="gcol">{esc(name or T_FRONT_LABEL)}</p>{"".join(rows)}</td>')
    cells += ["<td></td>"] * (-len(cells) % T_GRID_CELLS)
    rows_html = "".join(
        "<tr>" + "".join(cells[r : r + T_GRID_CELLS]) + "</tr>"
        for r in range(0, len(cells), T_GRID_CELLS)
    )
    grid = (
        f'<section class="toc"><h2 class="toc-h">{T_CONTENTS_HEAD}</h2>'
        f'<table class="grid">{rows_html}</table></section>'
    )
    return grid, lines


def build_t(issue: Issue) -> tuple[str, Printed]:
    """260 × 370 mm (8开) newspaper-format weekly in six columns: a front page with the masthead,
    a contents grid and the commentary; a bilingual band opening every column; kickers over
    the headlines, standfirsts, "融媒体记者 …" credits after them; "A03" folios in the head."""
    date = t_date(issue)
    issue_line = f"第{issue.number}期"
    head = f"潮涌钱塘　{date}"
    grid, toc_lines = t_grid(issue)
    out = [
        '<header class="mast"><div class="name">潮涌钱塘</div><div class="meta">'
        f"<p>{esc(issue_line)}</p><p>{esc(date)}</p><p>{T_PUBLISHER}</p></div></header>",
        grid,
    ]
    bands: list[str] = []
    for name, members in groups(issue.items):
        out.append(f'<section class="{"column" if name else "front-page"}">')
        if name:
            latin = T_COLUMN_LATIN.get(name)
            en = f'<span class="en">{latin}</span> ' if latin else ""
            out.append(f'<h2 class="band">{en}<span class="zh">{esc(name)}</span></h2>')
            if latin:
                bands.append(f"{latin} {name}")
        cols = Wrap(out, '<div class="cols">', "</div>")
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                cols.leave()
                out.append(f'<div class="briefs"><h2 class="bhead">{T_BRIEFS_HEAD}</h2>')
                out.append('<div class="bcols">')
                for i, it in run:
                    out.append(
                        f'<div class="brief" id="art-{i}"><h4>{esc(it.title)}</h4>'
                        f"{t_blocks(it, it.blocks)}{''.join(credit_para('sign', it, t_credit))}"
                        "</div>"
                    )
                out.append("</div></div>")
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                cols.enter()
                tab = f'<p class="tab">{T_SIDEBAR_TAB}</p><h4>{esc(item.title)}</h4>'
                body = [t_blocks(item, item.blocks), *credit_para("sign", item, t_credit)]
                out += box_html(i, item, tab, body)
                continue
            cols.leave()
            out += t_story(i, item)
        cols.leave()
        out.append("</section>")
    printed = Printed(
        furniture=[head, T_PUBLISHER, T_BRIEFS_HEAD, *bands, *toc_lines],
        css={"HEAD": head},
    )
    return page_html("\n".join(out), f"潮涌钱塘 {date}"), printed


# ---------------------------------------------------------------- design u (fresh5)

U_CONTENTS_HEAD = "目录"
U_FRONT_LABEL = "主编说"
U_BRIEFS_HEAD = "钱塘速递"
U_SIDEBAR_TAB = "知识卡片"
U_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
U_WRITERS = ("记者", "通讯员", "文")  # roles the magazine credits alike, as writers: "文 / …"
U_ROLE_WORDS = {"摄影": "图", "记者 整理报道": "整理"}  # the other roles as it words them


def u_issue_line(issue: Issue) -> str:
    """ "第5期　2020年七月号": the month in Chinese numerals, as a monthly names its number."""
    return f"第{issue.number}期　{issue.year}年{U_MONTHS[issue.month - 1]}月号"


def u_credit(credits: Credits) -> str:
    """ "文 / 汪株焱 曲玉国 张钜栋　图 / 陈浩杰": every writer's name under 文 (reporters and
    correspondents alike), the photographer under 图, an "整理报道" as 整理."""
    merged: dict[str, list[str]] = {}
    for role, names in credits:
        word = "文" if role in U_WRITERS else U_ROLE_WORDS.get(role, role)
        merged.setdefault(word, []).extend(names)
    return credit_line(list(merged.items()), "{role} / {names}", gap="　")


def u_caption(text: str) -> str:
    """ "上图：…" under the photo box (a caption that names its picture already is left as is)."""
    return esc(text) if text.startswith(("图", "上图")) else f"上图：{esc(text)}"


def u_blocks(item: Item) -> str:
    """The body: "【小标题】" subheads, "上图：" captions, the credit closing it, right-aligned."""
    return blocks_html(
        item.blocks,
        caption=u_caption,
        subhead=lambda text, _: f"【{text}】",
        after=credit_para("credit", item, u_credit),
    )


def u_story(i: int, item: Item, number: int) -> str:
    """A main item in its own four-column box, the head at the top of the first column: the
    item's number in its column ("01") over the title, the subtitle under it; the front piece
    under its label instead of a number."""
    cls = art_class(item)
    top = (
        f'<p class="flabel">{U_FRONT_LABEL}</p>'
        if item.kind == "front"
        else f'<p class="no">{number:02d}</p>'
    )
    sub = "".join(para("subt", item.subtitle))
    return (
        f'<article class="{cls}" id="art-{i}"><div class="head">{top}<h1>{esc(item.title)}</h1>'
        f"{sub}</div>{u_blocks(item)}</article>"
    )


def build_u(issue: Issue) -> tuple[str, Printed]:
    """297 × 210 mm landscape monthly in four columns: a contents page with the column after each
    title; columns run on, named only in the foot; each item's head at the top of its first
    column under its number; "文 / …" credits closing the articles; "12 / 64" folios."""
    issue_line = u_issue_line(issue)
    foot = f"潮涌钱塘　{issue_line}"
    out = [
        '<section class="toc"><header class="mast"><div class="name">潮涌钱塘</div>'
        f'<p class="issue">{esc(issue_line)}</p></header>'
        f'<h2 class="toc-h">{U_CONTENTS_HEAD}</h2><div class="entries">'
    ]
    toc_lines: list[str] = []
    for name, entries in contents(issue):
        col = name or U_FRONT_LABEL
        for i, it in entries:
            out.append(
                f'<p class="e">{page_link(i, "pg")}<span class="t">{esc(it.title)}</span>'
                f'<span class="col">{esc(col)}</span></p>'
            )
            # the page is floated right: extractors that read floats first put it before
            toc_lines.append(f"{it.title} {col}")
    out.append("</div></section>")
    for name, members in groups(issue.items):
        out.append(column_section("column", name or ""))
        number = 0
        for run in brief_runs(members):
            if run[0][1].kind == "brief":
                out.append(f'<h2 class="bhead">{U_BRIEFS_HEAD}</h2><div class="briefs">')
                for i, it in run:
                    out.append(
                        f'<div class="brief" id="art-{i}"><h4>★ {esc(it.title)}</h4>'
                        f"{u_blocks(it)}</div>"
                    )
                out.append("</div>")
                continue
            i, item = run[0]
            if item.kind == "sidebar":
                tab = f'<p class="tab">{U_SIDEBAR_TAB}</p><h4>{esc(item.title)}</h4>'
                out += box_html(i, item, tab, [u_blocks(item)])
                continue
            if item.kind != "front":
                number += 1
            out.append(u_story(i, item, number))
        out.append("</section>")
    printed = Printed(
        furniture=[foot, U_CONTENTS_HEAD, U_BRIEFS_HEAD, *toc_lines],
        maybe=["{n} / {N}", *named_columns(issue)],
        css={"FOOT": foot},
    )
    return page_html("\n".join(out), foot), printed


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

# The fresh3 designs: made into corpus/fresh3 by `make_corpus.py --set fresh3`, scored by
# `make fidelity`, never read or tuned on (corpus/fresh3/README.md).
FRESH3_DESIGNS: list[Design] = [
    Design(
        key="p",
        summary="225 x 297 mm city monthly, contents first, stacked credits, three columns",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("mupdfseg", "pdfiumrects", "plumloose"),
        build=build_p,
    ),
    Design(
        key="q",
        summary="182 x 235 mm journal, contents on the title page, author notes, two columns",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("mdwords", "bboxflow", "minerflow"),
        build=build_q,
    ),
]

# The fresh4 designs: made into corpus/fresh4 by `make_corpus.py --set fresh4`, scored by
# `make fidelity`, never read or tuned on (corpus/fresh4/README.md).
FRESH4_DESIGNS: list[Design] = [
    Design(
        key="r",
        summary="210 x 280 mm feature monthly, two columns, openers titled beside a photo",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("text", "md", "pdfminer"),
        build=build_r,
    ),
    Design(
        key="s",
        summary="175 x 250 mm internal bulletin, one column beside a margin, front piece first",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("layout", "plumber", "mupdf"),
        build=build_s,
    ),
]

# The fresh5 designs: made into corpus/fresh5 by `make_corpus.py --set fresh5`, scored by
# `make fidelity`; development data, made to be studied (corpus/fresh5/README.md).
FRESH5_DESIGNS: list[Design] = [
    Design(
        key="t",
        summary="260 x 370 mm newspaper-format weekly, six columns, contents grid, kicker heads",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("text", "pypdf", "mupdflay"),
        build=build_t,
    ),
    Design(
        key="u",
        summary="297 x 210 mm landscape monthly, four columns, column names only in the foot",
        prints=frozenset({"title", "issue_number", "year", "month"}),
        extractors=("raw", "plumber", "pdfiumcli"),
        build=build_u,
    ),
]
