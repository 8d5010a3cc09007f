"""Every string the clerk can see has a finished Kazakh and Russian translation.

lupdate is run over ui/ into temporary copies of the committed .ts files: a tr() string added to the
code without a translation shows up there as "unfinished", and a string removed from the code as
"vanished". Either fails here, naming the strings. Fix: ``python -m ui.i18n_build --update``, then
translate the new entries in i18n/clerk_kk.ts and i18n/clerk_ru.ts.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui import i18n_build

PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_entries(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without <translation>"
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    translation="".join(translation.itertext()),
                    state=translation.get("type", ""),
                )
            )
    return entries


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Entry]]:
    """The committed catalogues, merged with the strings the code has now."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for ts in i18n_build.ts_files():
        assert ts.exists(), f"{ts} is missing: run python -m ui.i18n_build --update"
        copies.append(Path(shutil.copy(ts, folder / ts.name)))
    i18n_build.run_lupdate(copies, drop_obsolete=False)
    return {copy.name: read_entries(copy) for copy in copies}


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_every_string_of_the_code_is_translated(refreshed: dict[str, list[Entry]], language: str) -> None:
    entries = refreshed[f"clerk_{language}.ts"]
    assert entries, "lupdate found no strings at all"
    untranslated = [
        str(e) for e in entries if e.state == "unfinished" or (not e.state and not e.translation.strip())
    ]
    assert not untranslated, f"clerk_{language}.ts lacks translations for:\n  " + "\n  ".join(untranslated)


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_no_translation_is_left_for_a_string_the_code_lost(
    refreshed: dict[str, list[Entry]], language: str
) -> None:
    stale = [str(e) for e in refreshed[f"clerk_{language}.ts"] if e.state in ("vanished", "obsolete")]
    assert not stale, (
        f"clerk_{language}.ts has strings the code no longer uses (run python -m ui.i18n_build --update):\n  "
        + "\n  ".join(stale)
    )


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_the_committed_catalogue_is_up_to_date(refreshed: dict[str, list[Entry]], language: str) -> None:
    committed = {(e.context, e.source) for e in read_entries(i18n_build.I18N_DIR / f"clerk_{language}.ts")}
    current = {
        (e.context, e.source)
        for e in refreshed[f"clerk_{language}.ts"]
        if e.state not in ("vanished", "obsolete")
    }
    assert current - committed == set(), "new strings in the code: run python -m ui.i18n_build --update"
    assert committed - current == set(), "strings gone from the code: run python -m ui.i18n_build --update"


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    # "{0}" lost or renumbered in a translation would raise or show the wrong value at runtime.
    broken = [
        str(e)
        for e in read_entries(i18n_build.I18N_DIR / f"clerk_{language}.ts")
        if sorted(PLACEHOLDER.findall(e.source)) != sorted(PLACEHOLDER.findall(e.translation))
    ]
    assert not broken, "placeholders differ from the source:\n  " + "\n  ".join(broken)


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_menu_accelerators_are_kept(language: str) -> None:
    # A menu title without "&" cannot be opened with Alt+letter.
    missing = [
        str(e)
        for e in read_entries(i18n_build.I18N_DIR / f"clerk_{language}.ts")
        if "&" in e.source and "&" not in e.translation.replace("&amp;", "&")
    ]
    assert not missing, "accelerator '&' lost in:\n  " + "\n  ".join(missing)


def test_fill_translates_unfinished_entries_and_keeps_the_rest(tmp_path: Path) -> None:
    from ui.i18n_fill import fill

    ts = tmp_path / "clerk_kk.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="kk_KZ">\n<context>\n'
        "    <name>Form</name>\n"
        "    <message>\n        <source>Save</source>\n        <translation type=\"unfinished\"></translation>\n    </message>\n"
        "    <message>\n        <source>Clerk&apos;s note</source>\n        <translation>Ескерту</translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    wanted = {"Form": {"Save": {"kk": "Сақтау"}, "Clerk's note": {"kk": "Басқа"}}}
    changed, used = fill(ts, "kk", wanted, overwrite=False)
    text = ts.read_text(encoding="utf-8")
    assert changed == 1 and used == {("Form", "Save"), ("Form", "Clerk's note")}
    assert "<translation>Сақтау</translation>" in text and "unfinished" not in text
    assert "<translation>Ескерту</translation>" in text and "Clerk&apos;s note" in text  # kept as it was
