"""The issue's required proof (R44): after a person is destroyed, their IIN and name are nowhere in
the unencrypted store's raw bytes (the database file, its -wal and -shm, the blob files), in any
form the store writes them (UTF-8, UTF-16, folded for search, spelt as a name key, a suffix left by
FTS5's prefix compression). On PostgreSQL: no row holds them in any text column. Before the
destruction the same search finds them, so the check can fail."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from clerk_app.domain.card_query import applicant_name_key
from clerk_app.domain.enums import CopyRole
from clerk_app.domain.retention import DestructionScope
from clerk_app.domain.text_folding import fold
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from tests.factories import incoming, valid_iin
from tests.fake_recognition import recognise_in_process

SURNAME, GIVEN, PATRONYMIC = "Жанболатова", "Айгерім", "Серікқызы"
IIN = valid_iin("950315", 4)
OTHER_IIN = valid_iin("880101", 3)
STREET = "Сейфуллин"  # her address
ACTOR = Actor("pd_officer")


def her(**extra: object) -> dict[str, object]:
    return {"type": "natural_person", "surname": SURNAME, "given_name": GIVEN, "patronymic": PATRONYMIC, "iin": IIN,
            "address": "Алматы, Сейфуллин к-сі, 7", "phone": "+7 705 111 22 33", "email": "aigerim.zh@example.kz",
            **extra}


def other() -> dict[str, object]:
    return {"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан", "iin": OTHER_IIN}


def scan(tmp_path: Path, name: str, shade: int) -> Path:
    path = tmp_path / name
    Image.new("L", (600, 800), shade).save(path, "JPEG", dpi=(150, 150))
    return path


def populate(registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    clerk = Actor("clerk")

    def register(data: dict[str, object], actor: Actor) -> object:
        return registry.registration.register_json(data, actor, confirm_duplicate=True)

    own = register(incoming(applicants=[her()], summary=f"{SURNAME} {GIVEN} {PATRONYMIC} ақша қайтаруды сұрайды",
                            notes=f"ЖСН {IIN}, телефон арқылы хабарласты"), clerk).number
    collective = register(incoming(applicants=[her(), other()], is_collective=True,
                                   summary=f"{SURNAME.upper()} және Әбдірахманов ұжымдық шағым"), clerk).number
    mention = register(incoming(applicants=[other()], summary=f"Куәгер: ИИН {IIN}"), clerk).number
    reply = registry.registration.register_reply(own, {"channel": "post", "form": "written",
                                                       "summary": "Жауап хат"}, clerk,
                                                 confirm_duplicate=True).number
    # edits: the history keeps her old values
    registry.cards.edit(own, {"applicants": [her(address="Астана, Абай даңғылы, 1", phone="+7 701 999 00 11")]}, clerk)
    registry.cards.edit(collective, {"notes": f"{SURNAME} қосымша құжат әкелді"}, clerk)
    registry.cards.edit(collective, {"applicants": [other(), her()]}, clerk)  # reordered: her address in the history
    # scans whose recognised text names her
    pages = recognise_in_process(monkeypatch, [f"Өтініш. {SURNAME} {GIVEN} {PATRONYMIC}, ЖСН {IIN}"])
    registry.copies.attach(own, [scan(tmp_path, f"{SURNAME}_арыз.jpg", 255)], CopyRole.APPEAL, clerk)
    registry.ocr.run_pending()
    pages[:] = [f"Ұжымдық шағым: Әбдірахманов Ерлан, {SURNAME} {GIVEN}"]
    registry.copies.attach(collective, [scan(tmp_path, "ujymdyq.jpg", 200)], CopyRole.APPEAL, clerk)
    registry.ocr.run_pending()
    # she is in the search index (and a search was made)
    assert {h.number for h in registry.search.search(SURNAME)} >= {own, collective}
    assert {h.number for h in registry.search.search(IIN)} >= {own, collective, mention}
    if registry.store.is_sqlite:  # as in a store used for years: her tokens in one large merged segment of
        with registry.store.engine.begin() as conn:  # the index (as a rebuild leaves it), in the database file
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        with registry.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"own": own, "collective": collective, "mention": mention, "reply": reply}


def words() -> list[str]:
    return [IIN, SURNAME, SURNAME.upper(), fold(SURNAME), GIVEN, fold(GIVEN), PATRONYMIC,
            applicant_name_key(SURNAME, GIVEN, PATRONYMIC, None) or "", fold(SURNAME)[2:], IIN[3:],
            STREET, "705 111 22 33", "aigerim.zh"]


def needles() -> list[bytes]:
    found = []
    for word in words():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(word.encode(encoding))
    return found


def raw_files(data_dir: Path) -> list[Path]:
    files = [p for p in data_dir.rglob("*") if p.is_file() and p.suffix != ".log"]
    assert any(p.name == "registry.sqlite3" for p in files)
    return files


def hits(data_dir: Path) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {}
    for path in raw_files(data_dir):
        data = path.read_bytes()
        present = [n for n in needles() if n in data]
        if present:
            found[str(path.relative_to(data_dir))] = present
    return found


def pg_rows_holding(registry: Registry, words: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, word) for every text column of the schema that holds a word."""
    found = []
    with registry.store.engine.connect() as conn:
        columns = conn.execute(sa.text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND data_type IN ('text', 'character varying', 'tsvector', 'json', 'jsonb')"
        )).all()
        for table, column in columns:
            for word in words:
                count = conn.execute(sa.text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :w'),
                                     {"w": f"%{word}%"}).scalar()
                if count:
                    found.append((table, column, word))
    return found


def destroy(registry: Registry) -> object:
    preview = registry.destruction.preview_subject(IIN, ACTOR)
    return registry.destruction.destroy_subject(
        IIN, trigger="consent_withdrawn", commission=["Сапарова Д.К., PD officer"], basis="Application of 2026-02-01",
        confirm_count=preview.count, actor=ACTOR,
    )


def test_sqlite_raw_bytes_hold_nothing_of_her(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    registry = Registry.open(data_dir=data_dir)
    try:
        numbers = populate(registry, tmp_path, monkeypatch)
        before = hits(data_dir)
        assert set(before["registry.sqlite3"]) >= {w.encode() for w in words()}  # every form the store writes
        outcome = destroy(registry)
        scopes = {i.reference: i.scope for i in outcome.act.items}  # type: ignore[attr-defined]
        assert scopes == {numbers["own"]: DestructionScope.CARD, numbers["reply"]: DestructionScope.CARD,
                          numbers["collective"]: DestructionScope.PERSON, numbers["mention"]: DestructionScope.MENTION}
        assert outcome.cleanup.complete  # type: ignore[attr-defined]
        # the registry goes on: the other person is still found, she is not
        assert numbers["collective"] in {h.number for h in registry.search.search("Әбдірахманов")}
        assert registry.search.search(SURNAME) == [] and registry.search.search(IIN) == []
        assert hits(data_dir) == {}  # while the store is open
    finally:
        registry.close()
    assert hits(data_dir) == {}


def test_postgresql_rows_hold_nothing_of_her(
    pg_schema: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import PG_URL, _schema

    with _schema(f"{pg_schema}_raw") as schema:
        registry = Registry.open(PG_URL, tmp_path / "data", pg_schema=schema)
        try:
            populate(registry, tmp_path, monkeypatch)
            words = [IIN, SURNAME, fold(SURNAME), GIVEN, fold(GIVEN), PATRONYMIC,
                     applicant_name_key(SURNAME, GIVEN, PATRONYMIC, None) or "", STREET, "705 111 22 33", "aigerim.zh"]
            assert pg_rows_holding(registry, words)  # the check sees them before
            outcome = destroy(registry)
            assert "card_applicant" in outcome.cleanup.vacuumed  # type: ignore[attr-defined]
            assert pg_rows_holding(registry, words) == []
        finally:
            registry.close()
        blobs = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
        assert all(IIN.encode() not in p.read_bytes() for p in blobs)
