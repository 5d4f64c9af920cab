"""Messages in the reader's language: Chinese where the locale asks for it, English else.

The language is the locale's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, read in that
order by `gettext`, so `LANG=zh_CN.UTF-8` gives Chinese and `LC_ALL=C` English), or
`QTREAD_LANG` where it is set (`QTREAD_LANG=zh_CN`, `QTREAD_LANG=en`). The catalogue is
`qtread/locale/<lang>/LC_MESSAGES/qtread.po`, compiled to the `.mo` beside it by
`make catalogs`.

`use_language()` also makes qtread's catalogue the process's default text domain, so the
command line's own words (typer's "Options", click's "Missing argument …") are looked up
there too; it runs once, in `qtread.entry`, before typer is imported (typer translates its
panel titles at import). A program that only imports the parser keeps its own domain.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

DOMAIN = "qtread"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: Overrides the locale for qtread alone; `en` (or any language without a catalogue)
#: gives English.
LANGUAGE_OVERRIDE = "QTREAD_LANG"

gettext.bindtextdomain(DOMAIN, LOCALE_DIR)


def _(message: str) -> str:
    """MESSAGE in the reader's language (itself where no translation exists)."""
    return gettext.dgettext(DOMAIN, message)


def N_(message: str) -> str:
    """MESSAGE unchanged, marked for the catalogue: for tables of words translated where
    they are used (`_(what)`), since a table is built before the language is chosen."""
    return message


def use_language() -> None:
    """Choose the language for this run of the command line (see the module's doc)."""
    override = os.environ.get(LANGUAGE_OVERRIDE)
    if override:
        # the variable gettext reads first: typer's and click's lookups, and export's
        # worker processes, which inherit it, all follow
        os.environ["LANGUAGE"] = override
    gettext.textdomain(DOMAIN)
