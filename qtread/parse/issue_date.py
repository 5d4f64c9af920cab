"""The issue's year, month and number, from whatever form a cover or running head prints.

Magazines print the issue in many forms (`2020年第5期 · 7月刊`, `2021年1月号`, `总第8期`,
`ISSUE 05 · JUL 2020`, `NO.5 2020`, `Vol. 3 No. 8`, `2021.01`, `二〇二一年一月`), and
extractors letter-space the Latin ones (`J U L 2 0 2 0`). These forms belong to the
language, not to one magazine, so they live here rather than in the profile. The text of
an issue is full of other dates, so a reading only counts from where issue dates are
printed: the cover (before the first paragraph), the back cover, and running heads or
feet (a short line that recurs page after page). Each field is then voted on, and a tie
leaves it unknown: a wrong date is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from qtread.parse.lines import Line, last_filled
from qtread.text.cjk import ends_sentence, nfkc

FRONT_WINDOW = 150  # source lines: the cover and masthead are on the first pages
BACK_WINDOW = 25  # non-blank lines at the end that may be the back cover
CONTENT_MIN = 30  # characters in a paragraph no cover prints: the cover ends before it
LINE_MAX = 40  # characters (no spaces) in a line that prints the issue: a head is short
MIN_REPEATS = 3  # copies of a line (page numbers aside) that make it a running head or foot
SPACED_RUN_MIN = 3  # single characters set one space apart before they read as one word
_MONTHS_IN_YEAR = 12  # months in a year: a larger number read as the month is no month
_RIVALS = 2  # readings of a field compared for a tie: the two strongest

_MONTHS = {
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
    "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}  # fmt: skip
_HAN_DIGITS = dict(zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# ISSUE or NO as a word; NO. with its dot also where letter-spacing closed it up with
# the word before (Q I A N T A N G  N O . 5 → QIANTANGNO.5)
_NUMBER_WORD = r"(?:(?<![A-Z])(?:ISSUE|NO)\s*\.?|NO\s*\.)"
_CLAUSE = re.compile(r"[，。；！？,;!?]")  # clause marks: running text, never a cover line
_MARKUP = re.compile(r"[*_`#>]+")
_SPACED = re.compile(rf"(?<!\S)\S(?: \S){{{SPACED_RUN_MIN - 1},}}(?!\S)")
_FOLIO_PAIR = re.compile(r"^(\d{1,3})\s+(.*\S)\s+(\d{1,3})$")
_EDGE_FOLIO = re.compile(r"^\d{1,3}\s*[|｜]\s*|\s*[|｜]\s*\d{1,3}$")
_HAN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=\s*年)")
_HAN_SMALL = re.compile(r"(?<=[年第])\s*([一二三四五六七八九十]{1,3})(?=\s*[月期])")
_WEEKDAY = r"\s*[（(]?\s*(?:星期|周)[一二三四五六日天]"  # 星期三, （周三）
_DATED_HEAD = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日" + _WEEKDAY)
_SEPARATORS = re.compile(r"[\s·・•|｜/／\\\-—_:：.,()（）\[\]【】]+")
_WHITE_SPACE = re.compile(r"\s")

# (pattern, what it gives); each printed form once, most specific first. A match is
# blanked out before the next pattern runs, so `2021年第8期` is not read again as `第8期`.
_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2020年7月15日 星期三: a weekly's date; with the weekday it is the issue's, not news
        _YEAR + r"\s*年\s*(?P<month>\d{1,2})\s*月\s*\d{1,2}\s*日" + _WEEKDAY,
        # 2020年第5期, 2020 年 第 5 期, 2020 · 第5期
        _YEAR + r"\s*(?:年|[·・•|｜/／])\s*第\s*(?P<number>\d{1,3})\s*期",
        # 总第8期: the running count, the number when no other is printed
        r"总\s*第\s*(?P<total>\d{1,4})\s*期",
        # 2021年1月号, 2020年7月刊, 2021年1月 (not a day: 2021年1月5日)
        _YEAR + r"\s*年\s*(?P<month>\d{1,2})\s*月(?!\s*\d)",
        # 7月刊, 7月号
        r"(?<!\d)(?P<month>\d{1,2})\s*月\s*[刊号]",
        # 第8期
        r"第\s*(?P<number>\d{1,3})\s*期",
        # NO.5 2020, ISSUE 05 · 2020, NO.5 / 2020; a letter-spaced NO.82021 is number then year
        _NUMBER_WORD
        + r"\s*[:#]?\s*0*(?P<number>\d{1,3}?)\s*(?:[/|｜·・]\s*)?"
        + _YEAR
        + r"(?![\d./])",
        # 2020 NO.5, 2020 / NO.5
        r"(?<!\d)"
        + _YEAR
        + r"\s*(?:[/|｜·・]\s*)?"
        + _NUMBER_WORD
        + r"\s*0*(?P<number>\d{1,3})(?!\d)",
        # Vol. 3 No. 8, ISSUE 05, NO.8
        _NUMBER_WORD + r"\s*[:#]?\s*0*(?P<number>\d{1,3})(?!\d)",
        # JUL 2020, JAN. 2021, January 2021, JUL2020
        r"(?<![A-Z])(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s*,?\s*"
        + _YEAR
        + r"(?!\d)",
        # 2021.01, 2021/01, 2021-01, 2020\07 (not a day: 2020.6.3)
        r"(?<!\d)" + _YEAR + r"\s*[./／\\\-]\s*(?P<month>\d{1,2})(?!\s*[./／\\\-]?\s*\d)",
        # Vol.7, VOL 12, Volume 3: the volume, part of the issue line (read for nothing)
        r"(?<![A-Z])VOL(?:UME)?\s*\.?\s*\d{1,3}(?!\d)",
    )
)
# What every form holds: a digit, or a Han numeral before 年, 月 or 期 (a quick test first)
_MAYBE_DATE = re.compile(r"[0-9０-９]|[〇零一二三四五六七八九十]\s*[年月期]")
_ISSUE_MARK = re.compile(r"期|月[刊号]|ISSUE|NO|VOL", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """What one line says of the issue; None where it says nothing."""

    year: int | None = None
    month: int | None = None
    number: int | None = None
    total: int | None = None  # 总第N期: the count since the first issue


def plain(text: str) -> str:
    """TEXT as the patterns read it: full-width forms folded, markup and edge page numbers
    cut, letter-spaced runs (`J U L 2 0 2 0`) closed up, Han numerals in a date as digits."""
    text = nfkc(_MARKUP.sub("", text)).strip()
    if (pair := _FOLIO_PAIR.match(text)) and int(pair[3]) == int(pair[1]) + 1:
        text = pair[2]  # a spread's foot between its two page numbers
    text = _EDGE_FOLIO.sub("", text)
    text = _SPACED.sub(lambda m: m[0].replace(" ", ""), text)
    text = _HAN_YEAR.sub(lambda m: "".join(str(_HAN_DIGITS[ch]) for ch in m[0]), text)
    return _HAN_SMALL.sub(lambda m: str(_han_number(m[1])), text)


def _han_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23."""
    if "十" not in text:
        return _HAN_DIGITS[text[-1]]
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def read_line(text: str) -> tuple[Reading, str]:
    """What TEXT prints of the issue, and what is left of it once the dates are cut."""
    rest = plain(text)
    found: dict[str, int] = {}
    for form in _FORMS:
        for match in form.finditer(rest):
            groups = {k: v for k, v in match.groupdict().items() if v}
            if "mon" in groups:
                groups["month"] = str(_MONTHS[groups.pop("mon")[:3].upper()])
            values = {k: int(v) for k, v in groups.items()}
            clash = any(found.get(k, v) != v for k, v in values.items())
            if clash or not 1 <= values.get("month", 1) <= _MONTHS_IN_YEAR:
                continue
            found.update(values)
            rest = rest[: match.start()] + " " * len(match[0]) + rest[match.end() :]
    reading = Reading(
        found.get("year"), found.get("month"), found.get("number"), found.get("total")
    )
    return reading, rest


def is_issue_line(text: str) -> bool:
    """A line that prints the issue and nothing else (`2020年第5期 · 7月刊`, `ISSUE 05 ·
    JUL 2020`, `2021年 第8期`, `JAN 2021`): a cover line or a running head, never text.
    A bare month (`2020年7月`) may head a chronology's entries, so it needs the issue's
    number or the month spelt out in letters. A date with its weekday (`2020年7月15日
    星期三`) is the head of a newspaper-like page, whatever else the line names."""
    if len(text) > LINE_MAX * 2 or not _MAYBE_DATE.search(text) or _CLAUSE.search(text):
        return False  # the cheap tests first: the furniture pass asks this of every line
    if _DATED_HEAD.search(text) and len(_SEPARATORS.sub("", text)) <= LINE_MAX:
        return True  # a weekly's head: the day's date and weekday, maybe the page's name
    squeezed = text.upper().replace(" ", "")
    spelt = any(month in squeezed for month in _MONTHS)
    if not (spelt or _ISSUE_MARK.search(text)):
        return False  # neither the issue's number nor a month in letters
    reading, rest = read_line(text)
    if _SEPARATORS.sub("", rest):
        return False
    return reading.number is not None or (reading.year is not None and spelt)


def read_issue(lines: list[Line], title_forms: tuple[str, ...]) -> Reading:
    """The issue's year, month and number, voted from the cover, back cover and running
    heads; a field the sources leave open or disagree on stays None."""
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for reading in _cover_readings(lines, title_forms) + _head_readings(lines):
        for key in ("year", "month", "number", "total"):
            if (value := getattr(reading, key)) is not None:
                votes[key][value] += 1
    won = {key: _winner(counter) for key, counter in votes.items()}
    number = won.get("number") or won.get("total")
    return Reading(won.get("year"), won.get("month"), number, won.get("total"))


def _winner(counter: Counter[int]) -> int | None:
    ranked = counter.most_common(_RIVALS)
    if len(ranked) == _RIVALS and ranked[0][1] == ranked[1][1]:
        return None  # two readings as strong: unsure
    return ranked[0][0]


def _short(text: str) -> bool:
    if _CLAUSE.search(text):
        return False  # the cheap test first: most lines are running text
    squeezed = "".join(text.split())  # split's white space is the pattern's \s, split faster
    return 0 < len(squeezed) <= LINE_MAX


def _cover_readings(lines: list[Line], title_forms: tuple[str, ...]) -> list[Reading]:
    """Readings of the cover's and back cover's lines that print the issue: a line with
    an issue mark (期, 月刊, ISSUE, NO), naming the magazine, or holding a date alone."""
    front: list[Line] = []
    for line in lines[:FRONT_WINDOW]:
        if line.blank:
            continue
        if len(line.text) >= CONTENT_MIN and ends_sentence(line.text):
            break
        front.append(line)
    back: list[Line] = []
    for line in (lines[index] for index in last_filled(lines, BACK_WINDOW)):
        if len(line.text) >= CONTENT_MIN and ends_sentence(line.text):
            break  # the back cover follows the last paragraph
        back.append(line)
    seen: set[int] = set()
    readings = []
    for line in front + back:
        if line.number in seen or not _short(line.text):
            continue
        seen.add(line.number)
        reading, rest = read_line(line.text)
        if reading == Reading():
            continue
        squeezed = _WHITE_SPACE.sub("", plain(line.text)).upper()
        if (
            _ISSUE_MARK.search(plain(line.text))
            or any(form.upper() in squeezed for form in title_forms)
            or not _SEPARATORS.sub("", rest)
        ):
            readings.append(reading)
    return readings


def _head_readings(lines: list[Line]) -> list[Reading]:
    """One reading for each running head or foot that prints the issue: a short line
    that recurs, page numbers aside, on MIN_REPEATS pages. A date line in an article
    is printed once; a head is printed on every page."""
    dated = [  # one sweep of every line, for the few that may print a date
        line.text
        for line in lines
        if line.text and _short(line.text) and _MAYBE_DATE.search(line.text)
    ]
    groups = Counter("".join(plain(text).split()) for text in dated)
    readings = []
    for key, count in groups.items():
        if count < MIN_REPEATS:
            continue
        reading, _ = read_line(key)
        if reading.month is not None or reading.number is not None or reading.total is not None:
            readings.append(reading)
    return readings
