"""Legal grounds for processing personal data (R31-R34, R53) on SQLite and PostgreSQL: consent and
art. 9 cases recorded, withdrawn and run out; forwarding and exports checked first; every write
audited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from clerk_app.domain.consent import (
    ConsentElements,
    ConsentMethod,
    ExceptionCase,
    GroundState,
    Purpose,
    ground_allows,
)
from clerk_app.domain.control import ControlResult
from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError, PermissionDeniedError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from clerk_app.timeutil import astana_today
from tests.factories import REAL_BINS, incoming, valid_iin

CLERK = Actor("clerk")
BOSS = Actor("boss")
IIN_A = valid_iin("850315", 3)
TODAY = astana_today()  # the services' today: Astana's date, a day ahead of UTC's each evening


def register(registry: Registry, *applicants: dict[str, object]) -> str:
    people = list(applicants) or [{"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан",
                                   "iin": IIN_A, "address": "Астана", "phone": "+7 701 123 45 67"}]
    return registry.registration.register_json(incoming(applicants=people), CLERK, confirm_duplicate=True).number


def elements(*, transfer: bool = True, until: date | None = TODAY + timedelta(days=365)) -> ConsentElements:
    return ConsentElements(
        operator_name="«Тұтынушылар қоғамы» ҚБ", operator_bin=REAL_BINS[1], subject_name="Әбдірахманов Ерлан",
        valid_until=until, term_text=None, third_party_transfer=transfer, cross_border=False,
        public_dissemination=False, data_list="тегі, аты, ЖСН, мекенжайы, телефоны",
    )


def consent(registry: Registry, number: str, position: int = 0, **kwargs: object):  # type: ignore[no-untyped-def]
    given = kwargs.pop("given_on", TODAY - timedelta(days=2))
    return registry.consent.record_consent(number, position, elements(**kwargs), ConsentMethod.IN_WRITING,  # type: ignore[arg-type]
                                           given, CLERK)


def forward(registry: Registry, number: str) -> None:
    registry.control.resolve(number, ControlResult.FORWARDED, BOSS, forwarded_to="Сауда министрлігі",
                             outgoing_number="15-Ш")


def last(registry: Registry):  # type: ignore[no-untyped-def]
    return registry.audit.entries(after_seq=0, limit=10_000)[-1]


def test_a_card_lists_its_natural_persons_without_a_ground(registry: Registry) -> None:
    legal = {"type": "legal_entity", "name": "«Алма» ЖШС", "bin": REAL_BINS[2]}
    person = {"type": "natural_person", "surname": "Сейітова", "given_name": "Айгүл", "iin": IIN_A}
    number = registry.registration.register_json(incoming(applicants=[legal, person], is_collective=True), CLERK).number
    grounds = registry.consent.grounds(number)
    assert [(p.position, p.name, p.state) for p in grounds.persons] == [(1, "Сейітова Айгүл", GroundState.NO_GROUND)]
    assert grounds.require_recorded  # the default of a store


def test_record_consent_and_its_audit_entry(registry: Registry) -> None:
    number = register(registry)
    ground = consent(registry, number)
    (person,) = registry.consent.grounds(number).persons
    assert person.state is GroundState.CONSENT and person.ground == ground and ground.subject_iin == IIN_A
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id) == ("create", "consent", str(ground.id))
    assert entry.details_dict["transfer"] is True and "Әбдірахманов" not in entry.details  # no PD values
    assert len(entry.subject_keys) == 1


def test_every_missing_element_is_named(registry: Registry) -> None:
    number = register(registry)
    empty = ConsentElements("", "123", "", None, None, False, False, False, "")
    with pytest.raises(ValidationError) as refused:
        registry.consent.record_consent(number, 0, empty, ConsentMethod.OTHER, TODAY, CLERK)
    fields = {i.field for i in refused.value.issues}
    assert fields == {"operator_name", "operator_bin", "subject_name", "valid_until", "data_list", "method_note"}
    with pytest.raises(ValidationError) as future:
        registry.consent.record_consent(number, 0, elements(), ConsentMethod.STATE_SERVICE, TODAY + timedelta(days=1), CLERK)
    assert future.value.issues[0].field == "given_on"
    with pytest.raises(ValidationError) as nobody:
        registry.consent.record_consent(number, 5, elements(), ConsentMethod.IN_WRITING, TODAY, CLERK)
    assert nobody.value.issues[0].code == "consent.not_a_person"


def test_an_expired_consent_allows_nothing(registry: Registry) -> None:
    number = register(registry)
    consent(registry, number, until=TODAY - timedelta(days=1), given_on=TODAY - timedelta(days=30))
    (person,) = registry.consent.grounds(number).persons
    assert person.state is GroundState.EXPIRED
    assert not any(ground_allows(person.ground, p, TODAY) for p in Purpose)
    with pytest.raises(ClerkError) as refused:
        forward(registry, number)
    assert refused.value.code == "pd.no_ground_for_transfer"


def test_forwarding_is_refused_without_a_ground_and_names_who(registry: Registry) -> None:
    number = register(registry)
    with pytest.raises(ClerkError) as refused:
        forward(registry, number)
    assert refused.value.code == "pd.no_ground_for_transfer"
    assert refused.value.params["persons"] == [{"position": 0, "name": "Әбдірахманов Ерлан", "state": "no_ground"}]
    assert registry.control.record(number).state.result is None  # nothing recorded


def test_forwarding_without_a_ground_when_the_setting_is_off(registry: Registry) -> None:
    number = register(registry)
    with pytest.raises(PermissionDeniedError):
        registry.consent.set_require_recorded(False, Actor("clerk", roles=frozenset({"clerk"})))  # type: ignore[arg-type]
    registry.consent.set_require_recorded(False, Actor("admin"))
    forward(registry, number)
    assert last(registry).details_dict["grounds"] == {"no_ground": 1}


def test_forwarding_with_consent_to_transfer_is_audited_as_a_transfer(registry: Registry) -> None:
    number = register(registry)
    consent(registry, number, transfer=True)
    forward(registry, number)
    entry = last(registry)
    assert (entry.action, entry.object_type) == ("transfer", "card")
    assert entry.details_dict["to"] == "Сауда министрлігі" and entry.details_dict["grounds"] == {"consent": 1}
    log = registry.consent.log(Actor("officer"))
    assert [(t.card_number, t.to) for t in log.transfers] == [(number, "Сауда министрлігі")]
    assert [(g.card_number, g.state) for g in log.grounds] == [(number, GroundState.CONSENT)]


def test_forwarding_is_refused_when_the_consent_says_no_transfer(registry: Registry) -> None:
    number = register(registry)
    consent(registry, number, transfer=False)
    with pytest.raises(ClerkError) as refused:
        forward(registry, number)
    assert refused.value.params["persons"][0]["state"] == "consent"


def test_withdrawal_stops_forwarding_and_exports(registry: Registry) -> None:
    number = register(registry)
    ground = consent(registry, number)
    with pytest.raises(PermissionDeniedError):  # the clerk records, the PD officer handles withdrawals
        registry.consent.withdraw(ground.id, TODAY, ConsentMethod.IN_WRITING,
                                  Actor("c", roles=frozenset({"clerk"})))  # type: ignore[arg-type]
    withdrawn = registry.consent.withdraw(ground.id, TODAY, ConsentMethod.IN_WRITING, Actor("officer"),
                                          reason="өтініш бойынша")
    assert withdrawn.withdrawn and registry.consent.grounds(number).persons[0].state is GroundState.WITHDRAWN
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.details_dict["refused"]) == ("change", "consent", False)
    with pytest.raises(ClerkError) as transfer:
        forward(registry, number)
    assert transfer.value.code == "pd.no_ground_for_transfer"
    with pytest.raises(ClerkError) as export:
        registry.consent.check_export(number)
    assert export.value.code == "pd.no_ground_for_export"
    with pytest.raises(ClerkError) as again:
        registry.consent.withdraw(ground.id, TODAY, ConsentMethod.IN_WRITING, Actor("officer"))
    assert again.value.code == "consent.already_withdrawn"


def test_a_refused_withdrawal_is_recorded_and_the_consent_stays(registry: Registry) -> None:
    number = register(registry)
    ground = consent(registry, number)
    with pytest.raises(ValidationError) as no_note:
        registry.consent.withdraw(ground.id, TODAY, ConsentMethod.OTHER, Actor("officer"), refused=True)
    assert no_note.value.issues[0].field == "refusal_note"
    kept = registry.consent.withdraw(ground.id, TODAY, ConsentMethod.OTHER, Actor("officer"), refused=True,
                                     refusal_note="шарт бойынша міндеттеме орындалмаған")
    assert kept.withdrawal is not None and kept.withdrawal.refused and not kept.withdrawn
    assert registry.consent.grounds(number).persons[0].state is GroundState.CONSENT
    forward(registry, number)  # still allowed


def test_an_art9_case_allows_forwarding_but_not_publication(registry: Registry) -> None:
    number = register(registry)
    with pytest.raises(ValidationError):  # "other laws" names the law
        registry.consent.record_exception(number, 0, ExceptionCase.OTHER_LAW, CLERK)
    ground = registry.consent.record_exception(number, 0, ExceptionCase.LAW_ENFORCEMENT, CLERK)
    assert not ground_allows(ground, Purpose.PUBLIC_DISSEMINATION, TODAY)
    assert registry.consent.grounds(number).persons[0].state is GroundState.EXCEPTION
    forward(registry, number)
    assert last(registry).details_dict["grounds"] == {"exception": 1}


def test_a_consent_is_offered_for_the_persons_other_card_and_falls_with_it(registry: Registry) -> None:
    first, second = register(registry), register(registry)
    source = consent(registry, first)
    (offer,) = registry.consent.offers(second, 0)
    assert offer.card_number == first and offer.ground.id == source.id
    taken = registry.consent.take_over(second, 0, source.id, CLERK)
    assert taken.source_ground_id == source.id
    registry.consent.withdraw(source.id, TODAY, ConsentMethod.STATE_SERVICE, Actor("officer"))
    assert registry.consent.grounds(second).persons[0].state is GroundState.WITHDRAWN
    assert registry.consent.offers(second, 0) == []


def test_the_signed_form_and_the_evidence(registry: Registry, tmp_path: Path) -> None:
    number = register(registry)
    ground = consent(registry, number)
    scan = tmp_path / "келісім.jpg"
    Image.new("L", (1240, 1754), "white").save(scan, "JPEG", dpi=(150, 150))
    linked = registry.consent.attach_form(ground.id, scan, CLERK)
    copies = registry.copies.copies(number)
    assert [c.role for c in copies] == [CopyRole.CONSENT] and linked.form_copy_id == copies[0].id
    again = registry.consent.attach_form(ground.id, scan, CLERK)  # the same file: linked as it is
    assert again.form_copy_id == copies[0].id and len(registry.copies.copies(number)) == 1
    other = register(registry)
    with pytest.raises(ValidationError):
        registry.consent.link_form(consent(registry, other).id, copies[0].id, CLERK)  # another card's copy

    evidence = registry.consent.evidence(ground.id, Actor("officer"))
    assert evidence.form is not None and evidence.form.id == copies[0].id
    assert str(copies[0].id) in evidence.text and "Transfer to third parties: yes" in evidence.text
    assert (last(registry).action, last(registry).object_type) == ("export", "consent")


def test_written_consents_at_registration(registry: Registry) -> None:
    registry.references.save_own_body({"name": "«Тұтынушылар қоғамы» ҚБ", "body_type": "consumer_association",
                                       "bin": REAL_BINS[1]})
    number = register(registry)
    d = registry.consent.defaults(number, 0)
    assert (d.operator_bin, d.subject_name) == (REAL_BINS[1], "Әбдірахманов Ерлан")
    assert {"surname", "iin", "address", "phone", "appeal_text"} <= set(d.held_fields) and "email" not in d.held_fields
    (ground,) = registry.consent.record_written_consents(number, CLERK)
    assert ground.consent is not None and ground.consent.third_party_transfer and ground.method is ConsentMethod.IN_WRITING
    assert "iin" in ground.consent.data_list


def test_the_registration_tick_records_the_consent_with_the_card(registry: Registry) -> None:
    people = [{"type": "natural_person", "surname": "Әбдірахманов", "given_name": "Ерлан", "iin": IIN_A},
              {"type": "legal_entity", "name": "«Арман» ЖШС", "bin": REAL_BINS[0]},
              {"type": "natural_person", "surname": "Сейітова", "given_name": "Гүлнар"}]
    draft = incoming(applicants=people, is_collective=True, written_consent=True)
    with pytest.raises(ValidationError) as refused:  # the consent names its operator: this body, not entered yet
        registry.registration.register_json(draft, CLERK, confirm_duplicate=True)
    assert [i.code for i in refused.value.issues] == ["consent.no_operator"]
    assert registry.cards.journal_page("incoming").rows == ()  # and no card without its consent
    registry.references.save_own_body({"name": "«Тұтынушылар қоғамы» ҚБ", "body_type": "consumer_association",
                                       "bin": REAL_BINS[1]})
    before = len(registry.audit.entries(after_seq=0, limit=10_000))
    card = registry.registration.register_json(draft, CLERK, confirm_duplicate=True)
    grounds = registry.consent.grounds(card.number)
    states = {p.position: p.state for p in grounds.persons}
    assert states == {0: GroundState.CONSENT, 2: GroundState.CONSENT}  # the persons, not the company
    forward(registry, card.number)  # the written consent allows the transfer
    entries = registry.audit.entries(after_seq=before, limit=10_000)
    assert [(e.action, e.object_type) for e in entries[:3]] == [("create", "card"), ("create", "consent"),
                                                                 ("create", "consent")]


def test_a_written_consent_needs_a_person_and_nothing_is_registered_without_it(registry: Registry) -> None:
    company = {"type": "legal_entity", "name": "«Арман» ЖШС", "bin": REAL_BINS[0]}
    with pytest.raises(ValidationError) as refused:
        registry.registration.register_json(incoming(applicants=[company], written_consent=True), CLERK)
    assert [i.code for i in refused.value.issues] == ["consent.no_natural_person"]
    assert registry.cards.journal_page("incoming").rows == ()


# --- blocking (R45), the setting's audit, one transaction each, the transfers' period (review fixes) ---


def test_a_blocked_persons_grounds_are_refused_to_a_clerk_and_open_to_the_officer(registry: Registry) -> None:
    from clerk_app.domain.accounts import Role

    clerk = Actor("clerk", frozenset({Role.CLERK}))
    officer = Actor("officer", frozenset({Role.PD_OFFICER, Role.CLERK}))
    first, second = register(registry), register(registry)
    source = consent(registry, first)
    registry.blocking.block(IIN_A, "the person disputes the accuracy of the data", officer)
    attempts = {
        "grounds": lambda: registry.consent.grounds(second, clerk),
        "defaults": lambda: registry.consent.defaults(second, 0, clerk),
        "offers": lambda: registry.consent.offers(second, 0, clerk),
        "record_consent": lambda: registry.consent.record_consent(
            second, 0, elements(), ConsentMethod.IN_WRITING, TODAY, clerk),
        "record_exception": lambda: registry.consent.record_exception(second, 0, ExceptionCase.LAW_ENFORCEMENT, clerk),
        "record_written_consents": lambda: registry.consent.record_written_consents(second, clerk),
        "take_over": lambda: registry.consent.take_over(second, 0, source.id, clerk),
    }
    for name, attempt in attempts.items():
        with pytest.raises(ClerkError) as refused:
            attempt()
        assert refused.value.code == "pd.blocked", name
    assert [p.name for p in registry.consent.grounds(second, officer).persons] == ["Әбдірахманов Ерлан"]
    assert registry.consent.take_over(second, 0, source.id, officer).source_ground_id == source.id
    registry.blocking.unblock(IIN_A, "the data were checked and are correct", officer)
    assert registry.consent.grounds(second, clerk).persons[0].state is GroundState.CONSENT


def test_turning_the_transfer_check_off_is_audited(registry: Registry) -> None:
    registry.consent.set_require_recorded(False, Actor("admin"))
    entry = last(registry)
    assert (entry.action, entry.object_type, entry.object_id, entry.user) == (
        "change", "settings", "pd_require_ground_for_transfer", "admin")
    assert entry.details_dict == {"from": True, "to": False}
    registry.consent.set_require_recorded(True, Actor("admin"))
    assert last(registry).details_dict == {"from": False, "to": True}


def test_a_form_that_cannot_be_linked_is_not_attached_either(registry: Registry, tmp_path: Path) -> None:
    """Attaching and linking are one transaction: an art. 9 case has no form, so nothing stays on the card."""
    number = register(registry)
    case = registry.consent.record_exception(number, 0, ExceptionCase.LAW_ENFORCEMENT, CLERK)
    scan = tmp_path / "form.jpg"
    Image.new("L", (1240, 1754), "white").save(scan, "JPEG", dpi=(150, 150))
    entries = len(registry.audit.entries(after_seq=0, limit=10_000))
    with pytest.raises(ClerkError) as refused:
        registry.consent.attach_form(case.id, scan, CLERK)
    assert refused.value.code == "consent.not_consent"
    assert registry.copies.copies(number) == []
    assert len(registry.audit.entries(after_seq=0, limit=10_000)) == entries


def test_a_withdrawn_consent_is_not_taken_over(registry: Registry) -> None:
    first, second = register(registry), register(registry)
    source = consent(registry, first)
    registry.consent.withdraw(source.id, TODAY, ConsentMethod.IN_WRITING, Actor("officer"))
    with pytest.raises(ClerkError) as refused:
        registry.consent.take_over(second, 0, source.id, CLERK)
    assert refused.value.code == "consent.not_in_force"
    assert registry.consent.grounds(second).persons[0].state is GroundState.NO_GROUND


def test_the_transfers_of_a_period_are_found_however_many_came_after(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The period is a condition of the query: the newest transfers (outside it) do not crowd it out."""
    from datetime import UTC, datetime

    from clerk_app.timeutil import to_astana
    from storage.repositories import audit as audit_repo

    then = datetime.now(UTC) - timedelta(days=40)
    monkeypatch.setattr(audit_repo, "utc_now", lambda: then)  # the first appeal is forwarded 40 days ago
    old = register(registry)
    consent(registry, old)
    forward(registry, old)
    monkeypatch.undo()
    for _ in range(2):
        recent = register(registry)
        consent(registry, recent)
        forward(registry, recent)
    day = to_astana(then).date()  # the Astana day of the old transfer
    log = registry.consent.log(Actor("officer"), since=day, until=day, limit=1)
    assert [t.card_number for t in log.transfers] == [old]
    assert len(registry.consent.log(Actor("officer"), since=TODAY - timedelta(days=1)).transfers) == 2
    assert len(registry.consent.log(Actor("officer"), limit=2).transfers) == 2


def test_a_blocked_person_is_not_offered_to_the_registration_form(registry: Registry) -> None:
    """known_applicant fills the form with a person's name, address and phone: not while they are
    blocked (as for an unknown IIN, and nothing recorded as viewed); the officer still sees them."""
    from clerk_app.domain.accounts import Role

    clerk = Actor("clerk", frozenset({Role.CLERK}))
    officer = Actor("officer", frozenset({Role.PD_OFFICER, Role.CLERK}))
    register(registry)
    assert registry.registration.known_applicant(IIN_A, actor=clerk) is not None
    registry.blocking.block(IIN_A, "the person disputes the accuracy of the data", officer)
    entries = len(registry.audit.entries(after_seq=0, limit=10_000))
    assert registry.registration.known_applicant(IIN_A, actor=clerk) is None
    assert len(registry.audit.entries(after_seq=0, limit=10_000)) == entries
    known = registry.registration.known_applicant(IIN_A, actor=officer)
    assert known is not None and known.surname == "Әбдірахманов" and known.phone
