"""Key/value settings kept in the store (shared by every user of the store, later synced)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import StoreSetting

STATION_CODE_KEY = "station_code"
CONTROL_BACKFILLED_KEY = "control_backfilled"  # cards registered before control existed were put on it


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    value = session.scalar(select(StoreSetting.value).where(StoreSetting.key == key))
    return default if value is None else json.loads(value)


def station_code(session: Session) -> str:
    return str(get_setting(session, STATION_CODE_KEY))


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(StoreSetting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(StoreSetting(key=key, value=encoded))
    else:
        row.value = encoded


def all_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(StoreSetting))}
