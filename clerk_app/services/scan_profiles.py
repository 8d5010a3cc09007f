"""The scan profiles of this computer (a scanner belongs to a desk, not to the registry): a JSON
file in the user's config folder, written atomically. Three built-in profiles cover the usual
paper; the clerk saves their own by name, and the last one used is remembered."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import platformdirs

from clerk_app.atomic_files import write_atomically
from scanners.acquisition import ColourMode, PageSize, ScanProfile, ScanSource

FILE_NAME = "scan-profiles.json"
VERSION = 1

# Names are codes; the window shows them translated (ui/scan_texts.py).
BUILT_IN: tuple[ScanProfile, ...] = (
    ScanProfile(name="builtin.grey", mode=ColourMode.GREY, resolution=300),
    ScanProfile(name="builtin.text", mode=ColourMode.BLACK_WHITE, resolution=300),
    ScanProfile(name="builtin.colour", mode=ColourMode.COLOUR, resolution=300),
)


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("clerk-app", appauthor=False)) / FILE_NAME


def profile_from_dict(data: dict[str, Any]) -> ScanProfile:
    """A profile from its saved form; a value this version does not know falls back to the default."""
    default = ScanProfile()

    def pick(key: str, kind: type[Any], fallback: Any) -> Any:
        try:
            return kind(data[key])
        except (KeyError, TypeError, ValueError):
            return fallback

    try:
        return ScanProfile(
            name=str(data.get("name", ""))[:80], device=str(data.get("device", ""))[:300],
            source=pick("source", ScanSource, default.source), resolution=pick("resolution", int, default.resolution),
            mode=pick("mode", ColourMode, default.mode), page_size=pick("page_size", PageSize, default.page_size),
            remove_blank_pages=bool(data.get("remove_blank_pages", default.remove_blank_pages)),
            blank_threshold=pick("blank_threshold", float, default.blank_threshold),
        )
    except ValueError:  # out of range: the defaults, under the saved name
        return ScanProfile(name=str(data.get("name", ""))[:80])


class ScanProfileBook:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or damaged: start from the built-in ones
            return {}
        return data if isinstance(data, dict) else {}

    def profiles(self) -> list[ScanProfile]:
        """The built-in profiles, then the clerk's own (a saved one may replace a built-in one)."""
        saved = [profile_from_dict(item) for item in self._read().get("profiles", []) if isinstance(item, dict)]
        names = {profile.name for profile in saved}
        return [profile for profile in BUILT_IN if profile.name not in names] + saved

    def last_used(self) -> ScanProfile:
        data = self._read().get("last_used")
        return profile_from_dict(data) if isinstance(data, dict) else BUILT_IN[0]

    def save(self, profile: ScanProfile) -> None:
        """Adds the profile, or replaces the one of the same name."""
        if not profile.name.strip():
            raise ValueError("a saved profile needs a name")
        data = self._read()
        kept = [item for item in data.get("profiles", []) if isinstance(item, dict) and item.get("name") != profile.name]
        data["profiles"] = [*kept, _as_dict(profile)]
        self._write(data)

    def delete(self, name: str) -> None:
        data = self._read()
        data["profiles"] = [item for item in data.get("profiles", []) if isinstance(item, dict) and item.get("name") != name]
        self._write(data)

    def remember(self, profile: ScanProfile) -> None:
        data = self._read()
        data["last_used"] = _as_dict(profile)
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        data["version"] = VERSION
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1))


def _as_dict(profile: ScanProfile) -> dict[str, Any]:
    return {key: (value.value if hasattr(value, "value") else value) for key, value in asdict(profile).items()}
