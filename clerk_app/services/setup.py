"""Creating a store and the settings that belong to it (station code, number templates)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from clerk_app.domain.accounts import Permission
from clerk_app.domain.cards import Journal
from clerk_app.domain.numbering import DEFAULT_STATION_CODE, NumberTemplate, check_station_code
from clerk_app.errors import FieldIssue, NotFoundError, NumberingError, ValidationError
from clerk_app.services.context import Actor, require
from clerk_app.services.control import ControlService
from clerk_app.timeutil import astana_today
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

    def set_station_code(self, code: str, *, actor: Actor | None = None) -> None:
        require(actor, Permission.SETTINGS)
        code = check_station_code(code.strip().upper())
        with self.store.write() as session:
            settings_repo.set_setting(session, STATION_CODE_KEY, code)

    def journals(self) -> list[Journal]:
        with self.store.read() as session:
            return journal_repo.list_journals(session)

    def set_number_template(self, journal_code: str, *, index: str, template: str, actor: Actor | None = None) -> None:
        require(actor, Permission.SETTINGS)
        NumberTemplate(template)  # validates
        with self.store.write() as session:
            if journal_repo.journal_by_code(session, journal_code) is None:
                raise NotFoundError(f"no journal {journal_code!r}", code="journal.unknown")
            journal_repo.update_journal_template(session, journal_code, index=index.strip(), template=template)

    def card_count(self) -> int:
        with self.store.read() as session:
            return card_repo.count_cards(session)

    # --- the settings screen: station and journals, read and saved as one ------------------------

    def numbering(self) -> NumberingSettings:
        """The station code, the journals and this year's counters: all the settings screen needs
        to preview the next number of every journal without asking the store at each keystroke."""
        year = astana_today().year
        with self.store.read() as session:
            return NumberingSettings(
                station_code=str(settings_repo.get_setting(session, STATION_CODE_KEY, DEFAULT_STATION_CODE)),
                year=year,
                journals=tuple(journal_repo.list_journals(session)),
                last_serials=journal_repo.last_serials(session, year),
            )

    def save_numbering(
        self, station_code: str, journals: Mapping[str, JournalNumbering], *, actor: Actor | None = None
    ) -> NumberingSettings:
        """The station code and the journals' indexes and templates, checked all together (every
        problem named by its field) and saved in one transaction."""
        require(actor, Permission.SETTINGS)
        code, numbering = check_numbering(station_code, journals)
        with self.store.write() as session:
            for journal_code in numbering:
                if journal_repo.journal_by_code(session, journal_code) is None:
                    raise NotFoundError(f"no journal {journal_code!r}", code="journal.unknown")
            stored = {j.code: JournalNumbering(j.index, j.number_template) for j in journal_repo.list_journals(session)}
            _refuse_clashes(stored | numbering, code)  # journals left as they are count too
            settings_repo.set_setting(session, STATION_CODE_KEY, code)
            for journal_code, entry in numbering.items():
                journal_repo.update_journal_template(session, journal_code, index=entry.index, template=entry.template)
        return self.numbering()


@dataclass(frozen=True)
class JournalNumbering:
    index: str
    template: str


@dataclass(frozen=True)
class NumberingSettings:
    station_code: str
    year: int  # this year in Astana: the counters restart every year
    journals: tuple[Journal, ...]
    last_serials: Mapping[tuple[str, str], int]  # (journal code, station) -> the last serial of the year

    def next_serial(self, journal_code: str, station: str) -> int:
        return self.last_serials.get((journal_code, station), 0) + 1

    def next_number(self, journal_code: str, *, station: str, index: str, template: str) -> str:
        """The number the next card of the journal would get with these (unsaved) settings; raises
        NumberingError for a bad template."""
        return NumberTemplate(template).render(
            index=index, station=station, serial=self.next_serial(journal_code, station), year=self.year
        )


MAX_INDEX_LENGTH = 20  # journal.index_code


def check_numbering(
    station_code: str, journals: Mapping[str, JournalNumbering]
) -> tuple[str, dict[str, JournalNumbering]]:
    """The cleaned station code and journal settings, or a ValidationError naming every bad field
    (``station_code``, ``journals.<code>.index``, ``journals.<code>.template``)."""
    issues: list[FieldIssue] = []
    code = station_code.strip().upper()
    try:
        check_station_code(code)
    except NumberingError as exc:
        issues.append(FieldIssue("station_code", exc.code, exc.message))
    cleaned: dict[str, JournalNumbering] = {}
    for journal_code, entry in journals.items():
        index, template = entry.index.strip(), entry.template.strip()
        if not index:
            issues.append(FieldIssue(f"journals.{journal_code}.index", "field.required", "is required"))
        elif len(index) > MAX_INDEX_LENGTH or any(not ch.isprintable() or ch in "{}" for ch in index):
            issues.append(FieldIssue(f"journals.{journal_code}.index", "numbering.bad_index",
                                     f"is 1 to {MAX_INDEX_LENGTH} printable characters without braces"))
        try:
            NumberTemplate(template)
        except NumberingError as exc:
            issues.append(FieldIssue(f"journals.{journal_code}.template", exc.code, exc.message))
        cleaned[journal_code] = JournalNumbering(index, template)
    if issues:
        raise ValidationError(issues)
    _refuse_clashes(cleaned, code)
    return code, cleaned


def _refuse_clashes(journals: Mapping[str, JournalNumbering], station: str) -> None:
    """Journals whose numbers would be those of another journal (the same index and template):
    the store would refuse their cards as collisions, so the settings are refused first."""
    year = astana_today().year
    seen: dict[tuple[str, ...], str] = {}
    clashes: list[str] = []
    for journal_code, entry in journals.items():
        template = NumberTemplate(entry.template)
        key = tuple(template.render(index=entry.index, station=station, serial=s, year=year) for s in (1, 12, 345))
        if key in seen:
            clashes.append(journal_code)
        else:
            seen[key] = journal_code
    if clashes:
        raise ValidationError(
            [FieldIssue(f"journals.{c}.index", "numbering.journals_clash", "gives the numbers of another journal")
             for c in clashes]
        )
