"""A magazine profile: what the parser knows about one magazine, read from its TOML.

qtread/magazines/qiantang.toml is the default; `load_profile_path` reads any other
file, so a second magazine needs a new TOML file and no code. A file that is not a
usable profile is refused on load with one line naming the file, key and problem.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from qtread.i18n import _
from qtread.parse.profile_toml import ProfileError, Reader

__all__ = ["DEFAULT", "Profile", "ProfileError", "load_profile", "load_profile_path"]

_COVER_LINE_MAX = 30  # characters (no spaces) in a cover line naming the magazine, at most


@dataclass(frozen=True)
class Profile:
    """A magazine's words and printed forms, compiled: every pass reads them from here."""

    title: str
    title_en: str
    title_forms: tuple[str, ...]
    cover: tuple[re.Pattern[str], ...]
    issue_line: re.Pattern[str]
    issue_back: re.Pattern[str]
    issue_word: re.Pattern[str]
    year_month: re.Pattern[str]
    masthead_groups: tuple[str, ...]
    masthead_labels: tuple[str, ...]
    masthead_verbatim: frozenset[str]  # labels whose value is kept whole (address, phone)
    running_header: re.Pattern[str]
    section_words: frozenset[str]
    folio: re.Pattern[str]
    label: re.Pattern[str]  # any of the layout labels: one pattern, tried once a line
    photo_subjects: tuple[str, ...]
    columns: tuple[str, ...]
    group_labels: frozenset[str]
    chronology_words: tuple[str, ...]
    kicker: re.Pattern[str]  # ·说服务·: group `label`
    front_labels: frozenset[str]  # 主编手记, 编辑部的话: the label over the front piece's title
    chronology_date: re.Pattern[str]  # ● 2020.5.1 text: groups `date`, `rest`
    toc_entry: re.Pattern[str]  # 12 / title: groups `page`, `title`
    toc_column: re.Pattern[str]  # ## 72 瞭望台: groups `page`, `name`
    toc_count: re.Pattern[str]  # 等 5 则: group `count`
    byline_roles: tuple[str, ...]  # the longest first, each prefixed form among them
    byline_role_prefixes: tuple[str, ...]  # 本报, 首席…: set before a reporter's role
    byline_suffixes: tuple[str, ...]
    byline_roles_after_name: tuple[str, ...]  # 林远 / 文: a role printed after the name
    byline_editors: tuple[str, ...]  # roles of the editor credited with the authors (编辑)
    news_lead: re.Pattern[str]  # 本刊讯 before （记者 …） opening a news lead
    byline_separator: re.Pattern[str]  # between a role and its names, or two names
    byline_brackets: tuple[str, ...]  # opening and closing bracket, two characters each
    byline_marks: str  # ornaments printed before a byline
    credit: re.Pattern[str]
    photo_credit: re.Pattern[str]  # a caption's credit (… 摄)
    person_role: re.Pattern[str]  # a job title anywhere in the text
    role_at_end: re.Pattern[str]  # …and at its end: the role is complete
    affiliation: re.Pattern[str]  # an employer or institution
    caption: re.Pattern[str]  # a photo's caption by its printed form (图1 …, ▲ …)
    numbered_subhead: re.Pattern[str]  # 一、… (一)…: a subheading, never an article's title

    def is_masthead_name(self, text: str) -> bool:
        """A line that prints only the magazine's name, in any of its forms (`潮涌钱塘`,
        `Q IANTANG 潮涌钱塘`), maybe with a column's name (`潮涌钱塘 · 特别策划`): inside
        the issue, a running head."""
        return (
            len(text) <= _MASTHEAD_LINE_MAX
            and self._name_letters.search(text) is not None  # the cheap test first
            and self._masthead_name.match(text) is not None
        )

    @cached_property
    def _name_letters(self) -> re.Pattern[str]:
        """Any letter one of the name's forms begins with, in either case."""
        letters = {c for form in self.title_forms for c in (form[0].upper(), form[0].lower())}
        return re.compile("[" + re.escape("".join(sorted(letters))) + "]")

    def without_name(self, text: str) -> str | None:
        """TEXT less the magazine's name in any of its forms (letter-spaced or not), and
        less the separator marks left at its edges; None where TEXT does not print it."""
        rest, found = self._name_form.subn(" ", text)
        return rest.strip(_NAME_SEPARATORS + " ") if found else None

    @cached_property
    def _name_form(self) -> re.Pattern[str]:
        forms = sorted(self.title_forms, key=len, reverse=True)
        return re.compile("|".join(r"\s*".join(map(re.escape, form)) for form in forms), re.I)

    def masthead_column(self, text: str) -> str | None:
        """The column a running head of the magazine's name prints (`潮涌钱塘 · 特别策划`
        → `特别策划`), if it prints one."""
        if not self.is_masthead_name(text):
            return None
        return named_column(re.sub(r"\s+", "", text), self.columns)

    @cached_property
    def _masthead_name(self) -> re.Pattern[str]:
        """One or more of the name's forms, letter-spaced or not, between separators, and
        at most one column name before or after them."""
        forms = sorted(self.title_forms, key=len, reverse=True)
        spaced = "|".join(r"\s*".join(map(re.escape, form)) for form in forms)
        between = rf"[\s{re.escape(_NAME_SEPARATORS)}]*"
        names = sorted(self.columns, key=len, reverse=True)
        column = "(?:" + "|".join(map(re.escape, names)) + ")" if names else "(?!)"
        return re.compile(
            rf"^{between}(?:{column}{between})?(?:(?:{spaced}){between})+(?:{column}{between})?$",
            re.IGNORECASE,
        )

    @cached_property
    def byline_role_set(self) -> frozenset[str]:
        """The byline roles as a set: a token is asked whether it is one many times."""
        return frozenset(self.byline_roles)

    @cached_property
    def byline_role_openings(self) -> frozenset[str]:
        """Every opening of a role of two letters or more, the whole too (`记`, `记者`,
        `通讯`): letters spaced out one a token may spell one (`记　者`)."""
        return frozenset(
            role[:end]
            for role in self.byline_roles
            if len(role) > 1
            for end in range(1, len(role) + 1)
        )

    @cached_property
    def role_then_separator(self) -> re.Pattern[str]:
        """A byline's role word followed by a separator or the end of the text: one
        pattern, built once (`classify.may_hold_byline` asks it of every chunk). The
        letters of a role may be spaced out (`记　者`, set as wide as `通讯员`)."""
        roles = self.byline_role_set
        prefixes = self.byline_role_prefixes
        # a prefixed role (`本报记者`) ends in its role (`记者`), which the pattern finds:
        # spelt out, each such form would cost compiling it a millisecond in ten, and an
        # optional prefix before every role the search, as it is asked of every chunk
        unprefixed = [
            role
            for role in self.byline_roles
            if not any(role.startswith(p) and role[len(p) :] in roles for p in prefixes)
        ]
        words = "|".join("[ \u3000]*".join(map(re.escape, role)) for role in unprefixed)
        return re.compile(f"(?:{words})(?=(?:{self.byline_separator.pattern})|$)")

    def is_cover_line(self, text: str) -> bool:
        """A line only a cover prints (the masthead, ISSUE…): never article text."""
        squeezed = re.sub(r"[\s*#]", "", text)
        if any(form in squeezed for form in self.title_forms) and len(squeezed) <= _COVER_LINE_MAX:
            return True
        plain = text.replace("*", "").strip("# ")
        return any(pattern.match(plain) for pattern in self.cover)


def named_column(text: str, columns: tuple[str, ...]) -> str | None:
    """The longest of COLUMNS that TEXT (spaces removed) names, if any: what a running
    head or a column band prints."""
    return max((c for c in columns if c in text), key=len, default=None)


_NAME_SEPARATORS = "·・•|｜-—_/:："  # set between the forms of a name in a running head
_MASTHEAD_LINE_MAX = 40  # characters in a line printing only the magazine's name, at most
DEFAULT = "qiantang"  # the magazine qtread was written for


@cache
def load_profile(name: str = DEFAULT) -> Profile:
    """A profile shipped with qtread (qtread/magazines/NAME.toml); loaded once a run."""
    resource = resources.files("qtread.magazines").joinpath(f"{name}.toml")
    return _load(resource.read_text("utf-8"), str(resource))


def load_profile_path(path: str | Path) -> Profile:
    """The profile in the TOML file at PATH: another magazine is only a new file."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else _("not UTF-8 text")
        problem = _("cannot read: {why}").format(why=reason)
        raise ProfileError(str(path), "", problem) from None
    return _load(text, str(path))


@cache
def profile_at(path: Path | None) -> Profile:
    """The profile at PATH, or the default for None, read and compiled once a process:
    for what parses many files with one profile (a batch's workers, the library's)."""
    return load_profile() if path is None else load_profile_path(path)


def _load(text: str, source: str) -> Profile:
    """Parse and check a profile's TOML; SOURCE names the file in every error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(source, "", _("not valid TOML: {why}").format(why=error)) from None
    toml = Reader(data, source)
    return Profile(
        title=toml.string("magazine", "title"),
        title_en=toml.string("magazine", "title_en"),
        title_forms=toml.strings("magazine", "title_forms"),
        cover=toml.patterns("cover", "patterns", flags=re.IGNORECASE),
        issue_line=toml.pattern(
            "cover", "issue_line", groups=("year", "month", "number"), flags=re.IGNORECASE
        ),
        issue_back=toml.pattern(
            "cover", "issue_back", groups=("year", "month", "number"), flags=re.IGNORECASE
        ),
        issue_word=toml.pattern("cover", "issue_word", flags=re.IGNORECASE),
        year_month=toml.pattern("cover", "year_month", groups=("year", "month")),
        masthead_groups=toml.strings("masthead", "groups"),
        masthead_labels=tuple(sorted(toml.strings("masthead", "labels"), key=len, reverse=True)),
        masthead_verbatim=frozenset(toml.strings("masthead", "verbatim_labels")),
        running_header=toml.pattern("furniture", "running_header", groups=("column",)),
        section_words=frozenset(toml.strings("furniture", "section_words")),
        folio=toml.pattern("furniture", "folio", groups=("a", "b")),
        label=toml.any_of("furniture", "labels"),
        photo_subjects=toml.strings("furniture", "photo_subjects"),
        columns=toml.strings("columns", "names"),
        group_labels=frozenset(toml.strings("columns", "group_labels")),
        chronology_words=toml.strings("columns", "chronology_words"),
        kicker=toml.pattern("columns", "kicker", groups=("label",)),
        front_labels=frozenset(_optional_strings(toml, "columns", "front_labels")),
        chronology_date=toml.pattern("columns", "chronology_date", groups=("date", "rest")),
        toc_entry=toml.pattern("toc", "entry", groups=("page", "title")),
        toc_column=toml.pattern("toc", "column", groups=("page", "name")),
        toc_count=toml.pattern("toc", "count", groups=("count",)),
        byline_roles=_roles(toml),
        byline_role_prefixes=_optional_strings(toml, "bylines", "role_prefixes"),
        byline_suffixes=toml.strings("bylines", "suffixes"),
        byline_roles_after_name=_optional_strings(toml, "bylines", "roles_after_name"),
        byline_editors=_optional_strings(toml, "bylines", "editors"),
        news_lead=(
            toml.pattern("bylines", "news_lead") if toml.has("bylines", "news_lead") else _NEVER
        ),
        byline_separator=toml.separator("bylines", "separators"),
        byline_brackets=toml.pairs("bylines", "brackets"),
        byline_marks="".join(toml.strings("bylines", "marks")),
        credit=toml.pattern("bylines", "credit", groups=("role", "names")),
        photo_credit=toml.pattern("bylines", "photo_credit"),
        person_role=toml.words("people", "roles"),
        role_at_end=toml.words("people", "roles", end=True),
        affiliation=toml.words("people", "affiliations"),
        caption=_optional_any_of(toml, "captions", "patterns"),
        numbered_subhead=_optional_any_of(toml, "subheads", "numbered"),
    )


_NEVER = re.compile(r"(?!)")  # what a key left out of a profile matches: nothing


def _roles(toml: Reader) -> tuple[str, ...]:
    """The byline roles, the longest first: those listed, and each of `prefixed` behind
    each of `role_prefixes` (本报 + 记者, 首席 + 记者, 融媒体 + 记者…), as a press names
    its reporters however the profile's issues did."""
    roles = set(toml.strings("bylines", "roles"))
    prefixes = _optional_strings(toml, "bylines", "role_prefixes")
    prefixed = _optional_strings(toml, "bylines", "prefixed")
    roles.update(prefix + role for prefix in prefixes for role in prefixed)
    return tuple(sorted(roles, key=lambda role: (-len(role), role)))


def _optional_strings(toml: Reader, section: str, key: str) -> tuple[str, ...]:
    """A list of words a profile may leave out (then none)."""
    return toml.strings(section, key) if toml.has(section, key) else ()


def _optional_any_of(toml: Reader, section: str, key: str) -> re.Pattern[str]:
    """A list of patterns a profile may leave out (then one that matches nothing)."""
    return toml.any_of(section, key) if toml.has(section, key) else _NEVER
