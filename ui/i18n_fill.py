"""Fills untranslated entries of i18n/*.ts from a JSON file (translations written apart from the
catalogues, e.g. by several people at once, then merged in one step).

    python -m ui.i18n_build --update             # new strings appear as unfinished entries
    python -m ui.i18n_fill translations.json     # fills them
    python -m ui.i18n_build                      # .qm

The JSON maps context -> source text -> {"kk": "...", "ru": "..."}. Entries that are already
translated are left alone unless ``--overwrite``; sources not in the catalogues are reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ui.i18n_build import I18N_DIR, LANGUAGES

_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(ts: Path, language: str, translations: dict[str, dict[str, dict[str, str]]], *, overwrite: bool) -> tuple[int, set[tuple[str, str]]]:
    """Fills one catalogue; returns how many entries changed and which (context, source) were used."""
    tree = ET.parse(ts)
    changed, used = 0, set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        wanted = translations.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if source not in wanted or language not in wanted[source]:
                continue
            used.add((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") != "unfinished" and translation.text and not overwrite:
                continue
            translation.attrib.pop("type", None)
            translation.text = wanted[source][language]
            changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("'", "&apos;")  # as lupdate writes it
    ts.write_text(_HEADER + body + "\n", encoding="utf-8")
    return changed, used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n_fill", description=__doc__.splitlines()[0])
    parser.add_argument("json_files", nargs="+", type=Path)
    parser.add_argument("--overwrite", action="store_true", help="replace existing translations too")
    args = parser.parse_args(argv)
    translations: dict[str, Any] = {}
    for path in args.json_files:
        for context, entries in json.loads(path.read_text(encoding="utf-8")).items():
            translations.setdefault(context, {}).update(entries)
    unused = {(c, s) for c, entries in translations.items() for s in entries}
    for language in LANGUAGES:
        changed, used = fill(I18N_DIR / f"clerk_{language}.ts", language, translations, overwrite=args.overwrite)
        unused -= used
        print(f"{language}: {changed} entries filled")
    for context, source in sorted(unused):
        print(f"not in the catalogues (run ui.i18n_build --update first?): {context}: {source}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
