"""Demo registries: valid, linked, bilingual data, and numbering that continues after them."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa

from clerk_app.domain.consent import GroundState
from clerk_app.domain.enums import AppealKind
from clerk_app.domain.identifiers import bin_problem, iin_or_bin_problem, iin_problem
from clerk_app.domain.ids import id_time_ms, new_id, new_ids
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from storage.bulk import insert_rows
from storage.consent_models import PersonalDataGround
from storage.models import Card, CardApplicant, Respondent
from tests.factories import incoming


def test_demo_cards_are_valid_and_linked(registry: Registry) -> None:
    report = registry.demo.generate(1200, seed=42, actor=Actor("demo"))
    assert report.cards == 1200 == registry.settings.card_count()
    with registry.store.read() as session:
        cards = session.scalars(sa.select(Card)).all()
        assert len({c.number for c in cards}) == 1200
        assert {c.kind for c in cards if c.direction == "incoming"} == {k.value for k in AppealKind}
        by_id = {c.id: c for c in cards}
        replies = [c for c in cards if c.answers_card_id]
        assert replies and all(by_id[c.answers_card_id].direction == "incoming" for c in replies)
        assert all(by_id[c.answers_card_id].registered_at <= c.registered_at for c in replies)
        assert any(c.repeat_of_card_id for c in cards) and any(c.is_court_matter for c in cards)
        applicants = session.scalars(sa.select(CardApplicant)).all()
        assert all(iin_problem(a.iin) is None for a in applicants if a.iin)
        assert all(bin_problem(a.bin) is None for a in applicants if a.bin)
        assert any("ә" in (a.surname or "") + (a.given_name or "") or "қ" in (a.patronymic or "") for a in applicants)
        assert any((a.surname or "").endswith("ова") for a in applicants)
        respondents = session.scalars(sa.select(Respondent)).all()
        assert all(iin_or_bin_problem(r.bin_or_iin) is None for r in respondents if r.bin_or_iin)
    every_card = {c.id for c in cards}
    assert all(a.card_id in every_card for a in applicants)
    # the invented applicants signed the consent line of their appeals (most of them): the demo forwards
    persons = [a for a in applicants if a.party_type == "natural_person" and by_id[a.card_id].direction == "incoming"]
    with registry.store.read() as session:
        grounds = session.scalars(sa.select(PersonalDataGround)).all()
    assert 0.8 * len(persons) < len(grounds) < len(persons)
    ground = grounds[0]
    person = next(p for p in registry.consent.grounds(str(ground.card_id)).persons if p.position == ground.position)
    assert person.state is GroundState.CONSENT and person.ground is not None and person.ground.consent is not None
    assert person.ground.consent.third_party_transfer and bin_problem(person.ground.consent.operator_bin) is None


def test_same_seed_same_registry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def summaries(name: str) -> list[tuple[str, str]]:
        registry = Registry.open(data_dir=tmp_path / name)
        registry.demo.generate(300, seed=9, actor=Actor("demo"))
        with registry.store.read() as session:
            rows = session.execute(sa.select(Card.number, Card.summary).order_by(Card.number)).all()
        registry.close()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    assert summaries("a") == summaries("b")


def test_registration_continues_above_demo_numbers(registry: Registry) -> None:
    registry.demo.generate(200, seed=1, actor=Actor("demo"))
    card = registry.registration.register_json(incoming(), Actor("clerk"))
    with registry.store.read() as session:
        highest = session.scalar(sa.select(sa.func.max(Card.serial)).where(Card.direction == "incoming", Card.year == card.registered_at.astimezone().year))
    assert card.number.split("-")[1].startswith(f"{highest:04d}")


def test_large_demo_defers_indexes_and_keeps_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    registry = Registry.open(data_dir=tmp_path / "big")
    registry.demo.generate(60_000, seed=2, actor=Actor("demo"))
    names = {index["name"] for index in sa.inspect(registry.store.engine).get_indexes("card")}
    assert {"ix_card_journal_id_registered_at", "ix_card_answers_card_id"} <= names
    assert registry.settings.card_count() == 60_000
    registry.close()


def test_bulk_rows_read_back_like_orm_rows(registry: Registry) -> None:
    """The SQLite fast path must store exactly what the ORM stores."""
    moment = datetime(2026, 3, 1, 7, 8, 9, 123456, tzinfo=UTC)
    journal_id = registry.settings  # noqa: F841 - keeps the journals created
    with registry.store.read() as session:
        journal = session.execute(sa.text("SELECT id FROM journal WHERE code = 'incoming'")).scalar_one()
    journal_uuid = journal if isinstance(journal, uuid.UUID) else uuid.UUID(hex=journal)
    base = {
        "journal_id": journal_uuid, "direction": "incoming", "year": 2026, "station_code": "Z",
        "registered_at": moment, "registered_by": "t", "received_on": date(2026, 3, 1), "channel": "post",
        "form": "written", "appeal_type": "complaint", "kind": "other", "is_collective": True,
        "respondent_id": None, "summary": "ә", "claimed_amount_tiyn": 1, "correspondent_number": None,
        "correspondent_date": None, "sheet_count": 1, "answers_card_id": None, "repeat_of_card_id": None,
        "is_court_matter": False, "notes": None, "version": 1, "updated_at": moment,
    }
    bulk_id, orm_id = new_id(), new_id()
    with registry.store.write() as session:
        insert_rows(session, Card, [{**base, "id": bulk_id, "number": "B-1", "serial": 1}])
        session.add(Card(**{**base, "id": orm_id, "number": "O-1", "serial": 2}))
    with registry.store.read() as session:
        bulk, orm = session.get(Card, bulk_id), session.get(Card, orm_id)
        assert bulk is not None and orm is not None
        columns = [c.name for c in Card.__table__.columns if c.name not in ("id", "number", "serial")]
        assert {c: getattr(bulk, c) for c in columns} == {c: getattr(orm, c) for c in columns}
        raw = session.execute(sa.text("SELECT registered_at, received_on, is_collective FROM card ORDER BY number")).all()
        assert raw[0] == raw[1]  # the same stored text, so keyset comparisons match


def test_uuid7_ids_increase_and_carry_time() -> None:
    single = [new_id() for _ in range(5000)]
    batch = new_ids(5000)
    later = new_id()
    assert single == sorted(single) and batch == sorted(batch) and batch[-1] < later
    assert all(i.version == 7 for i in single + batch)
    assert abs(id_time_ms(single[0]) - datetime.now(UTC).timestamp() * 1000) < 60_000
