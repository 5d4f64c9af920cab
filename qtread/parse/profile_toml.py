"""Typed reads from a magazine profile's TOML, each failing with a one-line error.

A profile is written by hand, so every read names the file, the key and what is wrong
with it ("missing key", "wrong type", "regex does not compile", "regex lacks a named
group"): the person adding a magazine fixes the file without reading the parser.
"""

from __future__ import annotations

import re
from typing import Any

from qtread.errors import QtreadError
from qtread.i18n import _

Table = dict[str, Any]
_PAIR_CHARS = 2  # characters of an item of a list of pairs: an opening mark and its closing one


class ProfileError(QtreadError):
    """A magazine profile that cannot be used: `FILE: [section] key: what is wrong`."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        message = f"{source}: {where}: {problem}" if where else f"{source}: {problem}"
        super().__init__(" ".join(message.split()))  # one line, whatever the TOML error said
        self.source = source
        self.where = where
        self.problem = problem


class Reader:
    """One profile file's parsed TOML, read key by key with the checks each key needs."""

    __slots__ = ("data", "source")

    def __init__(self, data: Table, source: str) -> None:
        self.data = data
        self.source = source

    def has(self, section: str, key: str) -> bool:
        """Whether the file sets KEY (for the keys a profile may leave out)."""
        table = self.data.get(section)
        return isinstance(table, dict) and key in table

    def string(self, section: str, key: str) -> str:
        """A text value (a title, a name)."""
        value = self._value(section, key)
        if not isinstance(value, str):
            raise self._error(section, key, _wrong_type(_("a string"), value))
        return value

    def strings(self, section: str, key: str) -> tuple[str, ...]:
        """A list of words (column names, roles…), in the file's order."""
        value = self._value(section, key)
        if not isinstance(value, list):
            raise self._error(section, key, _wrong_type(_("a list of strings"), value))
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self._error(
                    section,
                    key,
                    _("wrong type: item {number} should be a string, got {kind}").format(
                        number=index + 1, kind=_kind(item)
                    ),
                )
        return tuple(value)

    def pattern(
        self, section: str, key: str, *, groups: tuple[str, ...] = (), flags: int = 0
    ) -> re.Pattern[str]:
        """A regular expression; GROUPS are the named groups the parser reads from it."""
        return self._compile(section, key, self.string(section, key), groups, flags)

    def patterns(
        self, section: str, key: str, *, groups: tuple[str, ...] = (), flags: int = 0
    ) -> tuple[re.Pattern[str], ...]:
        """A list of regular expressions, each checked like `pattern`."""
        return tuple(
            self._compile(section, f"{key}[{index}]", text, groups, flags)
            for index, text in enumerate(self.strings(section, key))
        )

    def words(self, section: str, key: str, *, end: bool = False) -> re.Pattern[str]:
        """One pattern finding any of a list of words (END: only at the end of the text)."""
        words = self.strings(section, key)
        if not words:
            raise self._error(section, key, _("empty list: give at least one word"))
        joined = "(?:" + "|".join(map(re.escape, words)) + ")" + ("$" if end else "")
        return self._compile(section, key, joined, (), 0)

    def separator(self, section: str, key: str) -> re.Pattern[str]:
        """One pattern splitting text at any of a list of marks or at white space."""
        marks = "|".join(map(re.escape, self.strings(section, key)))
        joined = rf"\s*(?:{marks})\s*|\s+" if marks else r"\s+"
        return self._compile(section, key, joined, (), 0)

    def pairs(self, section: str, key: str) -> tuple[str, ...]:
        """A list of two-character strings: an opening and a closing mark each."""
        values = self.strings(section, key)
        for index, value in enumerate(values):
            if len(value) != _PAIR_CHARS:
                problem = _("item {number} should be two characters, got {value!r}")
                raise self._error(section, key, problem.format(number=index + 1, value=value))
        return values

    def any_of(self, section: str, key: str) -> re.Pattern[str]:
        """One pattern matching any of a list of them, so a line is tried once, not N times."""
        joined = "|".join(f"(?:{p.pattern})" for p in self.patterns(section, key))
        return self._compile(section, key, joined, (), 0)

    def _compile(
        self, section: str, key: str, text: str, groups: tuple[str, ...], flags: int
    ) -> re.Pattern[str]:
        try:
            compiled = re.compile(text, flags)
        except re.error as error:
            problem = _("regex does not compile: {why}").format(why=error)
            raise self._error(section, key, problem) from None
        missing = [group for group in groups if group not in compiled.groupindex]
        if missing:
            names = ", ".join(f"(?P<{group}>…)" for group in missing)
            problem = _("regex lacks the named group {names}").format(names=names)
            raise self._error(section, key, problem)
        return compiled

    def _value(self, section: str, key: str) -> object:
        table = self.data.get(section)
        if table is None:
            raise ProfileError(self.source, f"[{section}]", _("missing table"))
        if not isinstance(table, dict):
            raise ProfileError(self.source, f"[{section}]", _wrong_type(_("a table"), table))
        if key not in table:
            raise self._error(section, key, _("missing key"))
        return table[key]

    def _error(self, section: str, key: str, problem: str) -> ProfileError:
        return ProfileError(self.source, f"[{section}] {key}", problem)


def _wrong_type(expected: str, value: object) -> str:
    return _("wrong type: expected {expected}, got {kind}").format(
        expected=expected, kind=_kind(value)
    )


def _kind(value: object) -> str:
    """How a TOML value reads to someone who wrote it: string, integer, list, table…"""
    kinds = {str: _("a string"), bool: _("a boolean"), int: _("an integer"), float: _("a float")}
    kinds |= {list: _("a list"), dict: _("a table")}
    return kinds.get(type(value), type(value).__name__)
