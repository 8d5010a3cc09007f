"""Registration number templates: the index/serial/year tradition with a station code inside.

A template is literal text with placeholders:

``{index}``        the journal's nomenclature index, e.g. ``01``
``{station}``      the code of the workstation that issued the number, e.g. ``A``
``{serial}``       the serial within journal, year and station; ``{serial:4}`` pads it to 4 digits
``{year}``/``{yy}`` the year of registration (Astana time), four or two digits

Numbers never collide across stations that register offline because the serial is counted per
(journal, year, station) and every template must contain ``{station}``, ``{serial}`` and the year:
see docs/numbering.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from clerk_app.errors import NumberingError

_PLACEHOLDER = re.compile(r"\{([a-z]+)(?::(\d{1,2}))?\}")
_KNOWN = {"index", "station", "serial", "year", "yy"}
STATION_CODE = re.compile(r"^[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,8}$")
DEFAULT_TEMPLATE = "{index}/{station}-{serial:4}/{yy}"
DEFAULT_STATION_CODE = "A"


@dataclass(frozen=True)
class NumberTemplate:
    text: str

    def __post_init__(self) -> None:
        found = {m.group(1) for m in _PLACEHOLDER.finditer(self.text)}
        unknown = found - _KNOWN
        if unknown:
            raise NumberingError(
                f"unknown placeholder {{{sorted(unknown)[0]}}} in the number template", code="numbering.unknown_placeholder"
            )
        stray = _PLACEHOLDER.sub("", self.text)
        if "{" in stray or "}" in stray:
            raise NumberingError("unbalanced braces in the number template", code="numbering.bad_template")
        missing = [p for p in ("serial", "station") if p not in found]
        if not found & {"year", "yy"}:
            missing.append("year")
        if missing:
            raise NumberingError(
                "the number template must contain {" + "}, {".join(missing) + "} so that numbers stay unique",
                code="numbering.template_not_unique",
            )
        if len(self.text) > 60:
            raise NumberingError("the number template is too long", code="numbering.bad_template")

    @cached_property
    def _format(self) -> str:
        """The template as a ``str.format`` pattern (compiled once: demo loads render millions)."""

        def convert(match: re.Match[str]) -> str:
            name, width = match.group(1), match.group(2)
            if name == "serial":
                return f"{{serial:0{int(width)}d}}" if width else "{serial}"
            return {"year": "{year:04d}", "yy": "{yy:02d}"}.get(name, f"{{{name}}}")

        literal = _PLACEHOLDER.split(self.text)[::3]  # the text between placeholders
        escaped = [part.replace("{", "{{").replace("}", "}}") for part in literal]
        converted = [convert(m) for m in _PLACEHOLDER.finditer(self.text)]
        return "".join(p + c for p, c in zip(escaped, converted + [""], strict=True))

    def render(self, *, index: str, station: str, serial: int, year: int) -> str:
        return self._format.format(index=index, station=station, serial=serial, year=year, yy=year % 100)


def check_station_code(code: str) -> str:
    if not STATION_CODE.match(code):
        raise NumberingError(
            "a station code is 1 to 8 capital letters or digits", code="numbering.bad_station_code"
        )
    return code
