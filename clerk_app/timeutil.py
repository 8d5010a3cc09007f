"""Times are stored in UTC and shown in Astana time (Asia/Almaty zone: UTC+5 since 1 March 2024)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

ASTANA = ZoneInfo("Asia/Almaty")


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_astana(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: store and pass times with their zone")
    return moment.astimezone(ASTANA)


def astana_today() -> date:
    return utc_now().astimezone(ASTANA).date()


def iso_astana(moment: datetime) -> str:
    """ISO 8601 with the +05:00 offset, to the second, as the CLI and exports print it."""
    return to_astana(moment).isoformat(timespec="seconds")
