"""The data of the card sheet, the receipt and the stamp labels (both backends)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clerk_app.domain.accounts import Role
from clerk_app.domain.audit import AuditAction
from clerk_app.domain.control import ControlEventType
from clerk_app.domain.stamp_code import StampCode, decode_stamp
from clerk_app.errors import ClerkError, NotFoundError, PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.services.slips import SlipService
from clerk_app.timeutil import astana_today, to_astana
from tests.factories import REAL_BINS, incoming

CLERK = Actor("clerk")


@pytest.fixture
def slips(registry: Registry) -> SlipService:
    registry.references.save_own_body({
        "name": "«Адал сауда» тұтынушылар қоғамы", "body_type": "consumer_association", "bin": REAL_BINS[2],
        "address": "Астана, Бейбітшілік к-сі, 4",
    })
    return SlipService(registry.store)


def test_the_receipt_names_body_number_time_clerk_and_due_date(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(channel="paper_in_person"), CLERK)
    receipt = slips.receipt(card.number, CLERK)
    assert receipt.number == card.number and receipt.card_id == card.id
    assert receipt.body is not None and receipt.body.body.name == "«Адал сауда» тұтынушылар қоғамы"
    assert receipt.body.body.bin == REAL_BINS[2]
    assert receipt.registered_at == card.registered_at
    assert receipt.received_by == "clerk" and receipt.received_by_name == "clerk"  # no account: the login
    assert receipt.applicants == ("Әбдірахманов Ерлан Қайратұлы",)
    due = registry.control.record(card.number).state
    assert due is not None and receipt.due_on == due.due_on and receipt.due_on is not None
    assert receipt.due_on > to_astana(card.registered_at).date()
    assert decode_stamp(receipt.qr_payload) == StampCode(card.id, card.number)
    # by id as well as by number
    assert slips.receipt(str(card.id), CLERK).number == card.number


def test_the_receipt_shows_the_accounts_name(registry: Registry, slips: SlipService) -> None:
    accounts = registry.accounts
    accounts.create_first_administrator("admin", "Админ Админов", "admin-pass-2026")
    admin = accounts.authenticate("admin", "admin-pass-2026")
    accounts.acknowledge(admin)
    accounts.create(admin, "aigul", "Айгүл Серікқызы", "aigul-pass-2026", [Role.CLERK])
    aigul = accounts.authenticate("aigul", "aigul-pass-2026")
    accounts.acknowledge(aigul)
    card = registry.registration.register_json(incoming(channel="paper_in_person"), aigul)
    receipt = slips.receipt(card.number, aigul)
    assert (receipt.received_by, receipt.received_by_name) == ("aigul", "Айгүл Серікқызы")


def test_printing_a_receipt_or_a_card_is_recorded_and_a_label_is_not(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    before = len(registry.audit.entries(limit=1000))
    slips.receipt(card.number, CLERK)
    slips.card_sheet(card.number, CLERK)
    slips.stamp_labels([card.number], actor=CLERK)
    entries = registry.audit.entries(limit=1000)[before:]
    assert [(e.action, e.object_id, e.details_dict) for e in entries] == [
        (AuditAction.PRINT.value, str(card.id), {"number": card.number, "document": "receipt"}),
        (AuditAction.PRINT.value, str(card.id), {"number": card.number, "document": "card_sheet"}),
    ]
    assert entries[0].subject_keys  # the applicant and the respondent, as keyed hashes


def test_the_card_sheet_holds_every_field_and_the_whole_history(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    staff = registry.references.add_staff_member({"full_name": "Жанар Исаева"}).id
    registry.control.assign(card.number, [staff], "Қарау / Рассмотреть", Actor("boss"))
    registry.cards.edit(card.number, {"channel": "email"}, CLERK)
    registry.control.extend(card.number, astana_today() + timedelta(days=60), "Сараптама / Экспертиза", Actor("boss"))

    sheet = slips.card_sheet(card.number, CLERK)
    assert sheet.card == registry.cards.get(card.number)
    assert sheet.journal is not None and sheet.journal.code == card.journal
    assert sheet.body is not None
    assert [e.event for e in sheet.events] == [
        ControlEventType.REGISTERED, ControlEventType.ASSIGNED, ControlEventType.EXTENDED,
    ]
    assert [e.actor for e in sheet.events] == ["clerk", "boss", "boss"]
    assert [(c.field, c.old_value, c.new_value, c.changed_by) for c in sheet.changes] == [
        ("channel", "post", "email", "clerk"),
    ]
    assert sheet.staff_names[staff] == "Жанар Исаева"
    assert sheet.control is not None and sheet.control.due_on == astana_today() + timedelta(days=60)
    assert sheet.copies == ()
    assert decode_stamp(sheet.qr_payload) == StampCode(card.id, card.number)


def test_a_reply_named_by_an_event_is_shown_by_its_number(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    reply = registry.registration.register_reply(
        card.number, {"channel": "post", "form": "written", "summary": "Жауап / Ответ"}, CLERK
    )
    sheet = slips.card_sheet(card.number, CLERK)
    assert sheet.card.replies[0].number == reply.number
    outgoing = slips.card_sheet(reply.number, CLERK)
    assert outgoing.control is None and outgoing.events == ()


def test_stamp_labels_follow_the_order_given(registry: Registry, slips: SlipService) -> None:
    first = registry.registration.register_json(incoming(), CLERK)
    second = registry.registration.register_json(incoming(summary="Екінші / Второе"), CLERK, confirm_duplicate=True)
    labels = slips.stamp_labels([second.number, str(first.id), second.number], actor=CLERK)
    assert [label.number for label in labels] == [second.number, first.number, second.number]
    assert labels[0].body_name == "«Адал сауда» тұтынушылар қоғамы"
    assert labels[1].registered_on == to_astana(first.registered_at).date()
    assert [decode_stamp(label.qr_payload) for label in labels][1] == StampCode(first.id, first.number)


def test_refusals(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    reply = registry.registration.register_reply(
        card.number, {"channel": "post", "form": "written", "summary": "Жауап / Ответ"}, CLERK
    )
    with pytest.raises(NotFoundError) as missing:
        slips.receipt("01/A-9999/99", CLERK)
    assert missing.value.code == "card.not_found"
    with pytest.raises(ValidationError) as outgoing:
        slips.receipt(reply.number, CLERK)
    assert outgoing.value.issues[0].code == "slips.not_incoming"
    with pytest.raises(ValidationError) as none:
        slips.stamp_labels([], actor=CLERK)
    assert none.value.issues[0].code == "slips.no_cards"
    administrator = Actor("root", roles=frozenset({Role.ADMINISTRATOR}))  # R27: no appeal content
    for attempt in (lambda: slips.receipt(card.number, administrator),
                    lambda: slips.card_sheet(card.number, administrator),
                    lambda: slips.stamp_labels([card.number], actor=administrator)):
        with pytest.raises(PermissionDeniedError):
            attempt()


def test_a_card_of_a_blocked_person_is_not_printed(registry: Registry, slips: SlipService) -> None:
    card = registry.registration.register_json(incoming(), CLERK)
    iin = card.applicants[0].iin
    assert iin is not None
    registry.blocking.block(iin, "Субъектінің өтініші / Заявление субъекта", Actor("officer"))
    clerk = Actor("clerk", roles=frozenset({Role.CLERK}))
    with pytest.raises(ClerkError) as blocked:
        slips.receipt(card.number, clerk)
    assert blocked.value.code == "pd.blocked"


def test_a_card_whose_consent_was_withdrawn_is_not_written_out(registry: Registry, slips: SlipService) -> None:
    """R53: as `show` and every export refuse it, the card sheet and the receipt are refused, and
    nothing is recorded as printed; the stamp label, without personal data, still prints."""
    from clerk_app.domain.consent import ConsentMethod
    from tests.core.test_consent import consent, register

    number = register(registry)
    ground = consent(registry, number)
    registry.consent.withdraw(ground.id, astana_today(), ConsentMethod.IN_WRITING, Actor("officer"))
    printed_before = [e for e in registry.audit.entries(after_seq=0, limit=10_000) if e.action == "print"]
    for read in (slips.card_sheet, slips.receipt):
        with pytest.raises(ClerkError) as refused:
            read(number, Actor("clerk"))
        assert refused.value.code == "pd.no_ground_for_export"
    assert [e for e in registry.audit.entries(after_seq=0, limit=10_000) if e.action == "print"] == printed_before
    assert [label.number for label in slips.stamp_labels([number], actor=Actor("clerk"))] == [number]
