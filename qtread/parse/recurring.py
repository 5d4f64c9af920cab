"""Page furniture learned from the document itself: what recurs at the page edges.

A magazine prints the same running head, foot and folio on every page, with only the
page number changing (`12 | 刊名 2020年7月号`, `刊名 2020年7月号 | 13`). Whatever form a
design or an extractor gives them, they share three marks no article line has together:
their digit-free form recurs on many pages; they sit at a page's edge (next to a page
break, or next to other furniture); and their page numbers, alone on a line or at one
end of the head, increase through the file. The profile's patterns only know the forms
the samples print; this pass finds the others.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from qtread.parse.lines import Line
from qtread.parse.profile import named_column

MIN_REPEATS = 3  # occurrences (pages) before a line's digit-free form counts as a running head
MAX_HEAD_LETTERS = 40  # letters of a head's digit-free form: a running head is short
_MIN_HEAD_LETTERS = 2  # letters of a head's digit-free form, at least: one alone names nothing
MANY_REPEATS = 10  # occurrences that make a short line furniture wherever it sits (no article
# line, byline or title is printed on ten pages; a running head is, also where the extractor
# moved it away from the page's edge)
MIN_HEAD_GAP = 30  # median source lines between a head's pages: field labels of a list or a
# table (`内容` / `完成情况` item after item) recur as often, but a few lines apart
MIN_EVIDENCE_SHARE = 0.5  # share of a form's occurrences that must sit where furniture sits
MIN_RISING_SHARE = 0.8  # share of a form's successive page numbers that must increase
MIN_FOLIO_RUN = 4  # lone page numbers in an increasing run before they count as folios
MAX_FOLIO_STEP = 4  # pages between successive folios (full-page photos print none)
MIN_PAGE_LINES = 8  # source lines a page holds, at least, between successive lone folios
# (per page they step over: a column of page numbers in a TOC rises faster than that)
FOLIO_OUTLIER = 3  # times the typical lines a page, at most, between the run's first (or
# last) folio and the next: farther, it is a number printed elsewhere (a TOC's page)
MAX_HEAD_WORDS = 6  # space-separated words of a running head, at most
_MIN_HEAD_WORDS = 2  # words of a head whose end word varies, at least: that word and the rest
MAX_VARIANT_LETTERS = 8  # letters of the word a head's variants differ in (a column name)
FOLIO_WINDOW = 64  # earlier lone numbers a folio's predecessor is looked for among (speed)

_MARKUP = re.compile(r"[*_`]+|^#{1,6}\s*")
_LIST_MARK = re.compile(r"^[-*+]\s+")  # a Markdown list item's mark
_SENTENCE = re.compile(r"[，。；！？、]")  # a clause mark: running text, never a head
# A page number alone on a line, bare or in the rules and dots a design sets it in
# (`12`, `— 12 —`, `-12-`, `·12·`, `P12`, `第12页`).
_LONE_NUMBER = re.compile(r"^(?:[Pp]\.?|第)?[\s\-—–~·・•_|｜]*(\d{1,3})[\s\-—–~·・•_|｜]*[页版]?$")
MAX_FOLIO_CHARS = 12  # characters of a decorated folio line (`— 123 —` is 7), at most
_LEAD_NUMBER = re.compile(r"^(\d{1,3})(?:\s+|\s*[|｜]\s*)(?=\D)")
_TRAIL_NUMBER = re.compile(r"(?<=\D)(?:\s+|\s*[|｜]\s*)(\d{1,3})$")
_EDGE_MARKS = "|｜·・•-—_:：/ "
#: A page number beside a one-word label, behind a rule (`产业前沿 | 5`, `12 | 聚焦钱塘`).
_LABELLED_FOLIO = re.compile(
    r"^(?:\d{1,3}\s*[|｜]\s*[^\W\d_]{2,8}|[^\W\d_]{2,8}\s*[|｜]\s*\d{1,3})$"
)
#: Lines apart, at most, of two lines of one form stacked as a list's (a contents page's).
_STACKED = 2
_DIGITS_AND_SPACES = re.compile(r"[\d\s]+")


@dataclass(slots=True)
class Learned:
    """Lines found to be furniture (index → reason) and the column a head names."""

    reasons: dict[int, str] = field(default_factory=dict)
    #: index → column named by a head that closes its page: the page read so far is
    #: that column's
    closing: dict[int, str] = field(default_factory=dict)
    #: index → column named by a head that opens its page: the text after it is that
    #: column's, but not the article it breaks into (begun on an earlier page)
    opening: dict[int, str] = field(default_factory=dict)


def learn_furniture(
    lines: list[Line],
    known: set[int],
    columns: tuple[str, ...],
    roles: tuple[str, ...] = (),
    credits: Callable[[str], bool] = lambda _: False,
) -> Learned:
    """Running heads, feet and folios this document repeats page after page.

    KNOWN: indices the profile already named furniture (they count as neighbours);
    COLUMNS: the magazine's column names, remembered where a head prints one; ROLES: the
    byline roles, which a layout that stacks its credits prints alone on a line over the
    names (`记者` / `汪株焱`), article after article: as often as a head, but never one;
    CREDITS tells a byline that credits authors (`记者 汪株焱`), which a staff writer's
    articles repeat as often as a head (but not on every page, as a foot credits the
    page's editor)."""
    plain = [_plain(line.text) if line.text else "" for line in lines]
    filled = [index for index, text in enumerate(plain) if text]  # what the sweeps below read
    groups = _recurring_forms(plain, filled, roles, credits)
    numbers = [i for i in filled if _is_lone_number(plain[i])]
    folios = _folio_run(numbers, plain, [line.number for line in lines])
    likely = known | set(folios) | {i for found in groups.values() for i in found}
    likely.update(numbers)
    edges = _edges(lines, likely)
    out = Learned({i: "folio" for i in folios})
    later = _take_placed_heads(out, groups, columns, edges, plain)
    _take_heads_by_company(out, later, lines, known, columns, edges, plain)
    _take_head_variants(out, lines, known, columns, edges, plain, filled)
    _take_repeated_numbers(out, lines, known, plain, filled)
    _take_folios_by_heads(out, lines, known, edges, plain)
    return out


def _recurring_forms(
    plain: list[str],
    filled: list[int],
    roles: tuple[str, ...],
    credits: Callable[[str], bool],
) -> dict[str, list[int]]:
    """The lines with text (at FILLED) grouped by their digit-free form, where the form
    recurs as a running head does: `MIN_REPEATS` times or more, and no byline role (a
    stacked credit's) nor, under `MANY_REPEATS` times, a byline crediting authors (a
    staff writer's articles repeat it)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index in filled:
        if key := head_key(plain[index]):
            groups[key].append(index)
    return {
        key: found
        for key, found in groups.items()
        if len(found) >= MIN_REPEATS
        and key not in roles
        and not (len(found) < MANY_REPEATS and credits(_LIST_MARK.sub("", plain[found[0]])))
    }


def _take_placed_heads(
    out: Learned,
    groups: dict[str, list[int]],
    columns: tuple[str, ...],
    edges: dict[int, str],
    plain: list[str],
) -> dict[str, list[int]]:
    """Take into OUT the recurring forms (GROUPS) that sit where heads sit, or print
    rising page numbers, often enough to be heads; the others come back for a second
    look (a head the extractor moved from the page's edge sits beside other furniture)."""
    later: dict[str, list[int]] = {}
    for key, found in groups.items():
        numbered = _numbered(found, plain)
        if key in columns:
            # A column's name alone is its label (the segmenter reads the column from
            # it); only with a page number is it that column's running head.
            if numbered:
                _take(out, numbered, key, columns, edges, plain)
            continue
        chosen = _by_position(found, edges) | numbered
        if len(chosen) >= MIN_EVIDENCE_SHARE * len(found):
            _take(out, chosen, key, columns, edges, plain)
        else:
            later[key] = found
    return later


def _take_heads_by_company(
    out: Learned,
    later: dict[str, list[int]],
    lines: list[Line],
    known: set[int],
    columns: tuple[str, ...],
    edges: dict[int, str],
    plain: list[str],
) -> None:
    """A second look: a head printed beside a folio or a foot found above (no page break
    in the text, no number of its own) is furniture by that company."""
    furniture = known | set(out.reasons)
    for key, found in later.items():
        if len(found) >= MANY_REPEATS and _median_gap(found, lines) >= MIN_HEAD_GAP:
            chosen = set(found)
        else:
            chosen = {i for i in found if _beside(i, lines, furniture)}
        if len(chosen) >= MIN_EVIDENCE_SHARE * len(found):
            _take(out, chosen, key, columns, edges, plain)


def _take_head_variants(
    out: Learned,
    lines: list[Line],
    known: set[int],
    columns: tuple[str, ...],
    edges: dict[int, str],
    plain: list[str],
    filled: list[int],
) -> None:
    """One head in several variants (`特别策划 NO.5 / 2020`, `聚焦钱塘 NO.5 / 2020`): the
    column or section word changes, the numbered part stays; or only the label before a
    page number does (`_labelled_folios`)."""
    furniture = known | set(out.reasons)
    for found in _head_families(plain, filled, furniture).values():
        if _median_gap(found, lines) >= MIN_HEAD_GAP:
            _take(out, set(found), "", columns, edges, plain)
    labelled = set(_labelled_folios(lines, plain, filled)) - furniture
    _take(out, labelled, "", columns, edges, plain)


def _labelled_folios(lines: list[Line], plain: list[str], filled: list[int]) -> list[int]:
    """Heads of one form, a label and the page number behind a rule, whose label changes
    with the column (`特别策划 | 9`, `产业前沿 | 5`): together they recur as a head does and
    their numbers rise, though a short column prints its own once or twice, too few for
    its form to recur alone. A contents page's lines of that form stand one under the
    other, and are left to it. FILLED: the indexes of the lines with text."""
    found = [i for i in filled if _LABELLED_FOLIO.match(plain[i])]
    if len(found) < MANY_REPEATS or _median_gap(found, lines) < MIN_HEAD_GAP:
        return []
    if not rising([number for i in found if (number := page_number(plain[i])) is not None]):
        return []
    return [
        index
        for before, index, after in zip([None, *found[:-1]], found, [*found[1:], None], strict=True)
        if (before is None or index - before > _STACKED)
        and (after is None or after - index > _STACKED)
    ]


def _take_repeated_numbers(
    out: Learned, lines: list[Line], known: set[int], plain: list[str], filled: list[int]
) -> None:
    """The same number alone on a line page after page, beside a head or foot (the year
    a foot prints on a line of its own: `NO.5` / `2020`), is part of it: no text prints
    one number alone ten times."""
    furniture = known | set(out.reasons)
    for found in _repeated_numbers(plain, filled).values():
        chosen = {i for i in found if i not in furniture and _beside(i, lines, furniture)}
        if len(chosen) >= MIN_EVIDENCE_SHARE * len(found):
            out.reasons.update(dict.fromkeys(chosen, "running header (repeated number)"))


def _take_folios_by_heads(
    out: Learned, lines: list[Line], known: set[int], edges: dict[int, str], plain: list[str]
) -> None:
    """A lone number at a page's edge right beside a head is that page's folio, also
    where the pages are too short or too few to make a run of folios; not beside a head
    that prints the page's number itself (`4 | 潮涌钱塘 2020年7月号`): there it is the
    page's last line of text, a contents page's last page number."""
    furniture = known | set(out.reasons)
    for index in edges:
        if index in furniture or not _is_lone_number(plain[index]):
            continue
        head = _furniture_beside(index, lines, furniture)
        if head is not None and page_number(plain[head]) is None:  # else the head has one
            out.reasons[index] = "folio"


def _head_families(
    plain: list[str], filled: list[int], furniture: set[int]
) -> dict[str, list[int]]:
    """Lines not yet furniture grouped by what stays when the word at one end is taken
    away, where that rest carries a number and `MANY_REPEATS` lines share it: a running
    head that names the column or section of its page. The number keeps bylines out
    (`记者 …` recurs with a name that changes, and no number). FILLED: the indexes of
    the lines with text."""
    families: dict[str, list[int]] = defaultdict(list)
    for index in filled:
        text = plain[index]
        if " " not in text or index in furniture or _SENTENCE.search(text):
            continue  # the cheap test first: this runs on every line
        words = text.split()
        if not _MIN_HEAD_WORDS <= len(words) <= MAX_HEAD_WORDS:
            continue
        for side, word, rest in (("<", words[0], words[1:]), (">", words[-1], words[:-1])):
            if len(word) > MAX_VARIANT_LETTERS or not any(map(str.isdigit, "".join(rest))):
                continue
            if key := head_key(" ".join(rest)):
                families[side + key].append(index)
    return {key: found for key, found in families.items() if len(found) >= MANY_REPEATS}


def _repeated_numbers(plain: list[str], filled: list[int]) -> dict[str, list[int]]:
    """Lines of digits alone (among those with text, at FILLED) grouped by the number,
    where a number is printed alone `MANY_REPEATS` times or more."""
    found: dict[str, list[int]] = defaultdict(list)
    for index in filled:
        if plain[index].isdigit():
            found[plain[index]].append(index)
    return {text: where for text, where in found.items() if len(where) >= MANY_REPEATS}


def _median_gap(found: list[int], lines: list[Line]) -> int:
    """Median source lines between successive occurrences: a page's worth for a head."""
    gaps = sorted(lines[b].number - lines[a].number for a, b in pairwise(found))
    return gaps[len(gaps) // 2] if gaps else 0


def _plain(text: str) -> str:
    """TEXT without Markdown's emphasis and heading marks (most lines carry none: the
    test is cheaper than the substitution, and this runs on every line of the file)."""
    if not text or (text[0] != "#" and "*" not in text and "_" not in text and "`" not in text):
        return text.strip()
    return _MARKUP.sub("", text).strip()


def head_key(text: str) -> str:
    """A line's digit-free form, without spaces or the rules and dots around it: what
    stays the same from one page's head to the next. Empty for lines no head looks like."""
    if _SENTENCE.search(text):
        return ""
    key = _DIGITS_AND_SPACES.sub("", text).strip(_EDGE_MARKS)
    if len(key) > MAX_HEAD_LETTERS or sum(map(str.isalpha, key)) < _MIN_HEAD_LETTERS:
        return ""
    return key


def _take(
    out: Learned,
    chosen: set[int],
    key: str,
    columns: tuple[str, ...],
    edges: dict[int, str],
    plain: list[str],
) -> None:
    """Record CHOSEN as running heads, and the column each names (in KEY, or else in its
    own line's PLAIN text, as a head in variants names its page's). A head that closes
    its page names the text read so far; one that opens a page may break into the last
    article of the column before, so it names only the text after it."""
    for index in sorted(chosen):
        out.reasons[index] = "running header (repeated on many pages)"
        if named := named_column(key or plain[index], columns):
            if edges.get(index) == "end":
                out.closing[index] = named
            else:
                out.opening[index] = named


def _numbered(found: list[int], plain: list[str]) -> set[int]:
    """Occurrences that print a page number at one end, when those numbers increase
    through the file (a list number or a year does not)."""
    numbers = {index: page_number(plain[index]) for index in found}
    printed = {index: number for index, number in numbers.items() if number is not None}
    return set(printed) if rising(list(printed.values())) else set()


def page_number(text: str) -> int | None:
    """The page number a head prints at one end (`12 | …`, `… 13`), if it prints one."""
    match = _LEAD_NUMBER.search(text) or _TRAIL_NUMBER.search(text)
    return int(match.group(1)) if match else None


def rising(numbers: list[int]) -> bool:
    """Page numbers, MIN_REPEATS or more, that increase through the file (a list's
    numbers or a year do not)."""
    if len(numbers) < MIN_REPEATS:
        return False
    steps = list(pairwise(numbers))
    return sum(b > a for a, b in steps) >= MIN_RISING_SHARE * len(steps)


def _by_position(found: list[int], edges: dict[int, str]) -> set[int]:
    """Occurrences at the edge (page start or page end) where most of them sit: a head
    is printed in one place, so a title that opens a page elsewhere is not one."""
    sides = Counter(edges[i] for i in found if i in edges)
    if not sides:
        return set()
    side = sides.most_common(1)[0][0]
    return {i for i in found if edges.get(i) == side}


def _edges(lines: list[Line], likely: set[int]) -> dict[int, str]:
    """Lines at a page start or page end, reached from the break through other lines
    that may be furniture too (a folio under the head): index → "start" or "end"."""
    starts = _page_starts(lines)
    edges: dict[int, str] = {}
    for start in sorted(starts | {0, len(lines)}):  # the file's ends are pages' edges too
        index = start
        while index < len(lines) and (lines[index].blank or index in likely):
            if not lines[index].blank:
                edges.setdefault(index, "start")
            index += 1
            if index in starts:
                break
        index = start - 1
        while index >= 0 and (lines[index].blank or index in likely):
            if not lines[index].blank:
                edges[index] = "end"
            if index in starts:
                break
            index -= 1
    return edges


def _page_starts(lines: list[Line]) -> set[int]:
    """Lines that open a printed page: a lead space (a form feed) on the line itself or
    on the blank line before it, as unwrap reads them."""
    starts: set[int] = set()
    marker = False
    for index, line in enumerate(lines):
        if not line.text:  # blank (the property costs a call on every line)
            marker = marker or line.lead_space
            continue
        if (marker or line.lead_space) and index > 0:
            starts.add(index)
        marker = False
    return starts


def _beside(index: int, lines: list[Line], furniture: set[int]) -> bool:
    """Whether the nearest text line above or below INDEX is furniture."""
    return _furniture_beside(index, lines, furniture) is not None


def _furniture_beside(index: int, lines: list[Line], furniture: set[int]) -> int | None:
    """The nearest text line above or below INDEX, if it is furniture (above first)."""
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and lines[other].blank and other not in furniture:
            other += step
        if other in furniture:
            return other
    return None


def _is_lone_number(text: str) -> bool:
    """A line that is only a number of one to three digits (the length test first: this
    runs on every line)."""
    return 0 < len(text) <= MAX_FOLIO_CHARS and _LONE_NUMBER.match(text) is not None


def _folio_value(text: str) -> int:
    """The page number a lone-number line prints."""
    match = _LONE_NUMBER.match(text)
    return int(match.group(1)) if match else -1


def _folio_run(indices: list[int], plain: list[str], numbers: list[int]) -> list[int]:
    """The longest run of lone page numbers (at INDICES) that rises a page or a few at a
    time, a page's worth of lines apart: folios. Photo numbers and list items sit too
    close. Distances are in source lines (NUMBERS), not list positions: a pass may have
    set blank lines between the source's."""
    lone = [(i, _folio_value(plain[i])) for i in indices]
    best: list[int] = []
    before: list[int] = []
    for k, (index, value) in enumerate(lone):
        best.append(1)
        before.append(-1)
        for j in range(max(0, k - FOLIO_WINDOW), k):
            other, previous = lone[j]
            if (
                0 < value - previous <= MAX_FOLIO_STEP
                and numbers[index] - numbers[other] >= MIN_PAGE_LINES * (value - previous)
                and best[j] + 1 > best[k]
            ):
                best[k], before[k] = best[j] + 1, j
    if not best or max(best) < MIN_FOLIO_RUN:
        return []
    k = best.index(max(best))
    run = []
    while k >= 0:
        run.append(lone[k][0])
        k = before[k]
    return _trimmed(run[::-1], plain, numbers)


def _trimmed(run: list[int], plain: list[str], numbers: list[int]) -> list[int]:
    """RUN without a first or last member far from the rest: a page number printed in
    the TOC, or on a back page, that happens to precede or follow the folios."""

    def per_page(a: int, b: int) -> float:
        pages = max(1, _folio_value(plain[b]) - _folio_value(plain[a]))
        return (numbers[b] - numbers[a]) / pages

    steps = sorted(per_page(a, b) for a, b in pairwise(run))
    if len(steps) < MIN_FOLIO_RUN:
        return run
    typical = steps[len(steps) // 2]
    if per_page(run[0], run[1]) > FOLIO_OUTLIER * typical:
        run = run[1:]
    if per_page(run[-2], run[-1]) > FOLIO_OUTLIER * typical:
        run = run[:-1]
    return run
