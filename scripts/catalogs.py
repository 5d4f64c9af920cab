"""Keep the message catalogues in step with the code: extract, merge, compile.

    .venv/bin/python scripts/catalogs.py          # what `make catalogs` runs
    .venv/bin/python scripts/catalogs.py --check  # exit 1 if anything is out of date

Messages are what qtread marks with `_()` or `N_()`, and the words of typer (and the
click it vendors) that qtread's users see: usage errors and help panels, which typer looks
up in the same text domain once `qtread.i18n.use_language` has run. New messages are
added to every `qtread/locale/*/LC_MESSAGES/qtread.po` untranslated, messages gone from
the code are dropped, and each catalogue is compiled to the `.mo` gettext reads.
--check changes nothing: it fails if a catalogue lacks a message qtread marks, or if a
`.mo` is not what its `.po` compiles to (so CI catches a catalogue left behind).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import typer
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "qtread" / "locale"
DOMAIN = "qtread"
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
METHODS = [("**.py", "python")]


def template() -> Catalog:
    """Every message of qtread and of typer, with where it comes from."""
    catalog = Catalog(project="qtread", domain=DOMAIN)
    for package in (ROOT / "qtread", Path(typer.__file__).parent):
        for filename, line, message, comments, _context in extract_from_dir(
            package, METHODS, keywords=KEYWORDS, strip_comment_tags=True
        ):
            location = f"{package.name}/{filename}"
            catalog.add(message, locations=[(location, line)], auto_comments=comments)
    return catalog


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def ours(catalog: Catalog) -> set[str]:
    """The messages qtread itself marks (typer's may stay English)."""
    return {
        str(message.id)
        for message in catalog
        if message.id and any(path.startswith("qtread/") for path, _ in message.locations)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args()
    pot = template()
    stale: list[str] = []
    for po_path in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po_path.open("rb") as stream:
            catalog = read_po(stream, locale=po_path.parts[-3])
        missing = sorted(ours(pot) - {str(m.id) for m in catalog if m.string})
        mo_path = po_path.with_suffix(".mo")
        if args.check:
            stale += [f"{po_path.relative_to(ROOT)}: untranslated: {m!r}" for m in missing]
            if not mo_path.exists() or mo_path.read_bytes() != compiled(catalog):
                stale.append(f"{mo_path.relative_to(ROOT)}: not compiled from its .po")
            continue
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po_path.open("wb") as stream:
            write_po(stream, catalog, width=100, omit_header=False, sort_output=False)
        mo_path.write_bytes(compiled(catalog))
        print(f"{po_path.relative_to(ROOT)}: {len(missing)} of qtread's messages untranslated")
    for line in stale:
        print(line, file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
