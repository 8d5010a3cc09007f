"""The layout of the printed quarterly information: the official form is not in the seeds, so the
sections, their rows (by code) and order, the columns, titles overriding the built-in ones and the
signature block come from a template file (clerk_app/templates/quarterly_default.json by default; a
body passes its own). A bad template is refused with a code and the place of the problem, never a
traceback. The format is documented in docs/quarterly.md."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clerk_app.domain.quarterly import SECTION_COLUMNS, SECTION_ROWS
from clerk_app.errors import ClerkError

FORMAT = "clerk-app/quarterly-template"
VERSION = 1
DEFAULT_TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "quarterly_default.json"
LANGUAGES = frozenset({"kk", "ru", "en"})
SIGNATURE_CODES = ("head", "executor", "date", "text")
MAX_BYTES = 256 * 1024
MAX_TEXT = 500

Texts = Mapping[str, str]  # language -> text; an empty mapping: the built-in, translated text


@dataclass(frozen=True)
class TemplateSection:
    code: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    title: Texts
    row_titles: Mapping[str, Texts]


@dataclass(frozen=True)
class SignatureLine:
    code: str  # head (with the body's head's name), executor, date, text (the title alone)
    title: Texts


@dataclass(frozen=True)
class QuarterlyTemplate:
    name: str
    title: Texts
    sections: tuple[TemplateSection, ...]
    signature: tuple[SignatureLine, ...]
    source: str  # the file it came from, for messages


def text_in(texts: Texts, language: str, *, fallback_to_any: bool = False) -> str | None:
    """The template's own text for the language, or None: a language the template leaves out keeps
    the built-in translated text. ``fallback_to_any``: for a line with no built-in text (a signature
    line of its own), English, else any language the template gives."""
    own = texts.get(language)
    if own or not fallback_to_any:
        return own or None
    return texts.get("en") or next((t for t in texts.values() if t), None)


class _Problem(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


def load_template(path: Path | None = None) -> QuarterlyTemplate:
    """Raises ClerkError ``quarterly.template_unreadable`` (no such file, not UTF-8 JSON, too large)
    or ``quarterly.template_invalid`` (naming the place: ``sections[1].rows[3]``)."""
    source = Path(path) if path is not None else DEFAULT_TEMPLATE
    try:
        with source.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ClerkError(f"cannot read the template {source}: {exc.strerror or exc}",
                         code="quarterly.template_unreadable", params={"file": str(source)}) from None
    if len(raw) > MAX_BYTES:
        raise ClerkError(f"the template {source} is larger than {MAX_BYTES // 1024} KiB",
                         code="quarterly.template_unreadable", params={"file": str(source)})
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ClerkError(f"the template {source} is not JSON: {exc}", code="quarterly.template_unreadable",
                         params={"file": str(source)}) from None
    try:
        return parse_template(data, str(source))
    except _Problem as problem:
        raise ClerkError(f"the template {source} is wrong at {problem}", code="quarterly.template_invalid",
                         params={"file": str(source), "where": problem.where}) from None


def parse_template(data: Any, source: str = "<template>") -> QuarterlyTemplate:
    """Raises _Problem (load_template turns it into a ClerkError)."""
    if not isinstance(data, dict):
        raise _Problem("(top)", "the template must be a JSON object")
    _only(data, {"format", "version", "name", "title", "sections", "signature"}, "(top)")
    if data.get("format") != FORMAT:
        raise _Problem("format", f"must be {FORMAT!r}")
    if data.get("version") != VERSION:
        raise _Problem("version", f"this version of the program reads template version {VERSION}")
    name = data.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_TEXT:
        raise _Problem("name", "must be a short text")
    sections_data = data.get("sections")
    if not isinstance(sections_data, list) or not sections_data:
        raise _Problem("sections", "must be a non-empty list")
    sections = tuple(_section(s, f"sections[{i}]") for i, s in enumerate(sections_data))
    seen: set[str] = set()
    for i, section in enumerate(sections):
        if section.code in seen:
            raise _Problem(f"sections[{i}].code", f"the section {section.code!r} is listed twice")
        seen.add(section.code)
    signature_data = data.get("signature", [])
    if not isinstance(signature_data, list):
        raise _Problem("signature", "must be a list")
    signature = tuple(_signature(s, f"signature[{i}]") for i, s in enumerate(signature_data))
    return QuarterlyTemplate(name, _texts(data.get("title"), "title"), sections, signature, source)


def _only(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _Problem(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")


def _texts(value: Any, where: str) -> Texts:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Problem(where, 'must be an object of texts by language, e.g. {"kk": "...", "ru": "..."}')
    for language, text in value.items():
        if language not in LANGUAGES:
            raise _Problem(f"{where}.{language}", f"the language must be one of {', '.join(sorted(LANGUAGES))}")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            raise _Problem(f"{where}.{language}", f"must be a text of 1 to {MAX_TEXT} characters")
    return {k: v.strip() for k, v in value.items()}


def _codes(value: Any, known: tuple[str, ...], where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _Problem(where, f"must be a non-empty list of {what} codes")
    for i, code in enumerate(value):
        if code not in known:
            raise _Problem(f"{where}[{i}]", f"unknown {what} {code!r} (known: {', '.join(known)})")
    if len(set(value)) != len(value):
        raise _Problem(where, f"a {what} is listed twice")
    return tuple(value)


def _section(data: Any, where: str) -> TemplateSection:
    if not isinstance(data, dict):
        raise _Problem(where, "must be an object")
    _only(data, {"code", "title", "rows", "columns", "row_titles"}, where)
    code = data.get("code")
    if not isinstance(code, str) or code not in SECTION_ROWS:
        raise _Problem(f"{where}.code", f"unknown section {code!r} (known: {', '.join(SECTION_ROWS)})")
    rows = _codes(data.get("rows", list(SECTION_ROWS[code])), SECTION_ROWS[code], f"{where}.rows", "row")
    columns = _codes(data.get("columns", list(SECTION_COLUMNS[code])), SECTION_COLUMNS[code], f"{where}.columns",
                     "column")
    titles_data = data.get("row_titles", {})
    if not isinstance(titles_data, dict):
        raise _Problem(f"{where}.row_titles", "must be an object of texts by row code")
    row_titles = {}
    for row, texts in titles_data.items():
        if row not in SECTION_ROWS[code]:
            raise _Problem(f"{where}.row_titles.{row}", f"unknown row {row!r}")
        row_titles[row] = _texts(texts, f"{where}.row_titles.{row}")
    return TemplateSection(code, rows, columns, _texts(data.get("title"), f"{where}.title"), row_titles)


def _signature(data: Any, where: str) -> SignatureLine:
    if not isinstance(data, dict):
        raise _Problem(where, "must be an object")
    _only(data, {"code", "title"}, where)
    code = data.get("code")
    if code not in SIGNATURE_CODES:
        raise _Problem(f"{where}.code", f"unknown line {code!r} (known: {', '.join(SIGNATURE_CODES)})")
    title = _texts(data.get("title"), f"{where}.title")
    if code == "text" and not title:
        raise _Problem(f"{where}.title", "a text line needs its title")
    return SignatureLine(code, title)
