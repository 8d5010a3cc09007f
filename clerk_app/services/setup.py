"""Creating a store and the settings that belong to it (station code, number templates)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clerk_app.domain.cards import Journal
from clerk_app.domain.numbering import DEFAULT_STATION_CODE, NumberTemplate, check_station_code
from clerk_app.errors import NotFoundError
from clerk_app.services.context import Actor
from clerk_app.services.control import ControlService
from storage.repositories import cards as card_repo
from storage.repositories import deadline_rules as rule_repo
from storage.repositories import journals as journal_repo
from storage.repositories import settings as settings_repo
from storage.repositories.settings import CONTROL_BACKFILLED_KEY, STATION_CODE_KEY
from storage.store import Store, open_store

UPGRADE_ACTOR = "clerk-app upgrade"  # who put pre-existing cards on control


def open_registry(db_url: str | None = None, data_dir: Path | None = None, *, pg_schema: str | None = None) -> Store:
    """Opens the store, creating or upgrading it and seeding the default journals."""
    store = open_store(db_url, data_dir, pg_schema=pg_schema)
    with store.write() as session:
        journal_repo.ensure_default_journals(session)
        rule_repo.ensure_defaults(session)
        if settings_repo.get_setting(session, STATION_CODE_KEY) is None:
            settings_repo.set_setting(session, STATION_CODE_KEY, DEFAULT_STATION_CODE)
        backfilled = settings_repo.get_setting(session, CONTROL_BACKFILLED_KEY)
    if not backfilled:
        ControlService(store).put_untracked_on_control(Actor(UPGRADE_ACTOR))
        with store.write() as session:
            settings_repo.set_setting(session, CONTROL_BACKFILLED_KEY, True)
    return store


@dataclass
class StoreSettingsService:
    store: Store

    def station_code(self) -> str:
        with self.store.read() as session:
            return str(settings_repo.get_setting(session, STATION_CODE_KEY, DEFAULT_STATION_CODE))

    def set_station_code(self, code: str) -> None:
        code = check_station_code(code.strip().upper())
        with self.store.write() as session:
            settings_repo.set_setting(session, STATION_CODE_KEY, code)

    def journals(self) -> list[Journal]:
        with self.store.read() as session:
            return journal_repo.list_journals(session)

    def set_number_template(self, journal_code: str, *, index: str, template: str) -> None:
        NumberTemplate(template)  # validates
        with self.store.write() as session:
            if journal_repo.journal_by_code(session, journal_code) is None:
                raise NotFoundError(f"no journal {journal_code!r}", code="journal.unknown")
            journal_repo.update_journal_template(session, journal_code, index=index.strip(), template=template)

    def card_count(self) -> int:
        with self.store.read() as session:
            return card_repo.count_cards(session)
