"""The open registry: one store and the services over it (the composition the UI and CLI use)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clerk_app.services.accounts import AccountService
from clerk_app.services.audit import AuditService
from clerk_app.services.backup import BackupService
from clerk_app.services.blocking import BlockingService
from clerk_app.services.breaches import BreachService
from clerk_app.services.calendar import CalendarService
from clerk_app.services.cards import CardService
from clerk_app.services.consent import ConsentService
from clerk_app.services.control import ControlService
from clerk_app.services.copies import CopyService
from clerk_app.services.deadline_rules import DeadlineRuleService
from clerk_app.services.demo import DemoService
from clerk_app.services.destruction import DestructionService
from clerk_app.services.encryption import EncryptionService
from clerk_app.services.ocr import OcrService
from clerk_app.services.references import ReferenceService
from clerk_app.services.registration import RegistrationService
from clerk_app.services.retention import RetentionService
from clerk_app.services.search import SearchService
from clerk_app.services.setup import StoreSettingsService, open_registry
from clerk_app.services.statistics_export import StatisticsExportService
from clerk_app.services.sync import SyncService
from storage.store import Store, default_data_dir

DEMO_SUBDIR = "demo"


def demo_data_dir(data_dir: Path | None = None) -> Path:
    """The demo registry lives beside the real one, never inside its database."""
    return (data_dir or default_data_dir()) / DEMO_SUBDIR


@dataclass
class Registry:
    store: Store
    cards: CardService = field(init=False)
    registration: RegistrationService = field(init=False)
    settings: StoreSettingsService = field(init=False)
    demo: DemoService = field(init=False)
    references: ReferenceService = field(init=False)
    copies: CopyService = field(init=False)
    ocr: OcrService = field(init=False)
    control: ControlService = field(init=False)
    search: SearchService = field(init=False)
    deadline_rules: DeadlineRuleService = field(init=False)
    calendar: CalendarService = field(init=False)
    accounts: AccountService = field(init=False)
    audit: AuditService = field(init=False)
    backup: BackupService = field(init=False)
    breaches: BreachService = field(init=False)
    statistics: StatisticsExportService = field(init=False)
    encryption: EncryptionService = field(init=False)
    consent: ConsentService = field(init=False)
    retention: RetentionService = field(init=False)
    destruction: DestructionService = field(init=False)
    blocking: BlockingService = field(init=False)
    sync: SyncService = field(init=False)

    def __post_init__(self) -> None:
        self.cards = CardService(self.store)
        self.registration = RegistrationService(self.store)
        self.settings = StoreSettingsService(self.store)
        self.demo = DemoService(self.store)
        self.references = ReferenceService(self.store)
        self.copies = CopyService(self.store)
        self.ocr = OcrService(self.store, self.copies.blobs.root)
        self.control = ControlService(self.store)
        self.search = SearchService(self.store)
        self.deadline_rules = DeadlineRuleService(self.store)
        self.calendar = CalendarService(self.store)
        self.accounts = AccountService(self.store)
        self.audit = AuditService(self.store)
        self.backup = BackupService(self.store)
        self.breaches = BreachService(self.store)
        self.statistics = StatisticsExportService(self.store)
        self.encryption = EncryptionService(self.store)
        self.consent = ConsentService(self.store, self.copies)
        self.retention = RetentionService(self.store)
        self.destruction = DestructionService(self.store, self.copies.blobs)
        self.blocking = BlockingService(self.store)
        self.sync = SyncService(self.store, self.copies.blobs)

    @classmethod
    def open(cls, db_url: str | None = None, data_dir: Path | None = None, *, pg_schema: str | None = None) -> Registry:
        return cls(open_registry(db_url, data_dir, pg_schema=pg_schema))

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def location(self) -> str:
        """Where the store is, for the title bar and the About box (passwords hidden)."""
        return self.store.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.copies.close()
        self.store.close()


__all__ = ["Registry", "default_data_dir", "demo_data_dir"]
