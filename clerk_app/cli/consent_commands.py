"""``clerk-app pd consent ...``: the legal grounds for processing each natural person's data (R31-R34):
record a consent or an art. 9 case, link the signed form, withdraw, show a card's grounds, the
evidence of consent and the register of consent periods and transfers. Registered in the ``pd``
group (clerk_app/cli/audit_commands.py). See docs/cli.md and docs/personal-data.md."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from clerk_app.cli.arguments import iso_date
from clerk_app.domain.consent import (
    ConsentElements,
    ConsentMethod,
    ExceptionCase,
    Ground,
    GroundState,
    PersonGround,
)
from clerk_app.errors import ClerkError
from clerk_app.serialization import copy_to_json
from clerk_app.services.consent import HELD_FIELDS, ConsentService
from clerk_app.services.copies import CopyService
from clerk_app.services.setup import open_registry
from clerk_app.timeutil import astana_today, iso_astana

SubParsers = Any  # argparse's _SubParsersAction is private
YES_NO = {"yes": True, "no": False}
DATA_NAMES = {  # the list of data when --data is not given: the card fields held, in English
    "surname": "surname", "given_name": "name", "patronymic": "patronymic", "iin": "IIN", "address": "address",
    "phone": "phone", "email": "e-mail", "appeal_text": "the text of the appeal", "copies": "copies of the documents",
}
assert set(HELD_FIELDS) <= set(DATA_NAMES)


def _service(args: argparse.Namespace) -> ConsentService:
    store = open_registry(args.db, args.data_dir)
    return ConsentService(store, CopyService(store))


def _id(text: str) -> uuid.UUID:
    """A ground's or a copy's id (``pd consent show CARD`` and ``show CARD`` print them)."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id") from None


def ground_to_json(g: Ground, state: GroundState | None = None) -> dict[str, Any]:
    c, w = g.consent, g.withdrawal
    return {
        "id": str(g.id), "card_id": str(g.card_id), "position": g.position, "kind": g.kind.value,
        **({"state": state.value} if state is not None else {}),
        "subject_name": g.subject_name, "subject_iin": g.subject_iin,
        "consent": None if c is None else {
            "operator_name": c.operator_name, "operator_bin": c.operator_bin, "subject_name": c.subject_name,
            "valid_until": c.valid_until.isoformat() if c.valid_until else None, "term_text": c.term_text,
            "third_party_transfer": c.third_party_transfer, "cross_border": c.cross_border,
            "public_dissemination": c.public_dissemination, "data_list": c.data_list, "other": c.other,
        },
        "method": g.method.value if g.method else None, "given_on": g.given_on.isoformat() if g.given_on else None,
        "method_note": g.method_note, "form_copy_id": str(g.form_copy_id) if g.form_copy_id else None,
        "exception_case": g.exception_case.value if g.exception_case else None, "exception_note": g.exception_note,
        "taken_over_from": str(g.source_ground_id) if g.source_ground_id else None,
        "recorded_at": iso_astana(g.recorded_at), "recorded_by": g.recorded_by,
        "withdrawal": None if w is None else {
            "withdrawn_on": w.withdrawn_on.isoformat(), "method": w.method.value, "reason": w.reason,
            "refused": w.refused, "refusal_note": w.refusal_note, "recorded_at": iso_astana(w.recorded_at),
            "recorded_by": w.recorded_by,
        },
    }


def person_to_json(p: PersonGround) -> dict[str, Any]:
    return {"position": p.position, "name": p.name, "iin": p.iin, "state": p.state.value,
            "ground": ground_to_json(p.ground) if p.ground else None,
            "history": [ground_to_json(g) for g in p.history[1:]]}


def _position(service: ConsentService, card: str, position: int | None, actor: Any) -> int:
    """The natural person meant: the given position, or the card's only (first) natural person."""
    if position is not None:
        return position
    persons = service.grounds(card, actor).persons
    if not persons:
        raise ClerkError(f"card {card} has no natural person", code="consent.not_a_person")
    return persons[0].position


def _state(service: ConsentService, ground: Ground) -> GroundState:
    for person in service.grounds(str(ground.card_id)).persons:
        if person.ground is not None and person.ground.id == ground.id:
            return person.state
    return GroundState.NO_GROUND


def _record(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("record", help="record a person's consent with its eight elements (art. 8(4))")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--position", type=int, help="the applicant's position on the card, from 0 (default: the first natural person)")
    parser.add_argument("--operator", help="1) the operator's name (default: this registry's body)")
    parser.add_argument("--operator-bin", help="1) the operator's BIN (IIN) (default: this registry's body)")
    parser.add_argument("--subject", help="2) the subject's full name (default: as on the card)")
    parser.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="3) the last day the consent is valid")
    parser.add_argument("--term", help="3) the period in words, when the form gives no date")
    parser.add_argument("--transfer", choices=YES_NO, required=True, help="4) transfer to third parties allowed")
    parser.add_argument("--cross-border", choices=YES_NO, default="no", help="5) cross-border transfer (default no)")
    parser.add_argument("--public", choices=YES_NO, default="no", help="6) dissemination in public sources (default no)")
    parser.add_argument("--data", help="7) the list of data (default: the fields the card holds)")
    parser.add_argument("--other", help="8) other information")
    parser.add_argument("--method", choices=[m.value for m in ConsentMethod], default=ConsentMethod.IN_WRITING.value,
                        help="how it was given (default in_writing)")
    parser.add_argument("--given-on", type=iso_date, metavar="YYYY-MM-DD", help="the day it was given (default today)")
    parser.add_argument("--method-note", help="the service's consent reference, or how another method is confirmed")
    parser.add_argument("--form-copy", type=_id, metavar="COPY_ID", help="the signed form: a copy of the card")
    parser.add_argument("--take-over", type=_id, metavar="GROUND_ID",
                        help="record the same person's consent given with another card instead (elements as there)")

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        position = _position(service, args.card, args.position, args.actor)
        if args.take_over is not None:
            ground = service.take_over(args.card, position, args.take_over, args.actor)
            return ground_to_json(ground, _state(service, ground))
        d = service.defaults(args.card, position, args.actor)
        data = args.data if args.data is not None else ", ".join(DATA_NAMES[f] for f in d.held_fields)
        elements = ConsentElements(
            operator_name=args.operator if args.operator is not None else d.operator_name,
            operator_bin=args.operator_bin if args.operator_bin is not None else d.operator_bin,
            subject_name=args.subject if args.subject is not None else d.subject_name,
            valid_until=args.until, term_text=args.term, third_party_transfer=YES_NO[args.transfer],
            cross_border=YES_NO[args.cross_border], public_dissemination=YES_NO[args.public], data_list=data,
            other=args.other,
        )
        ground = service.record_consent(
            args.card, position, elements, ConsentMethod(args.method), args.given_on or astana_today(), args.actor,
            method_note=args.method_note, form_copy_id=args.form_copy,
        )
        return ground_to_json(ground, _state(service, ground))

    parser.set_defaults(handler=run)


def _exception(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("exception", help="record an art. 9 case: processing without consent")
    parser.add_argument("card", help="registration number or id")
    parser.add_argument("--position", type=int, help="the applicant's position (default: the first natural person)")
    parser.add_argument("--case", required=True, choices=[c.value for c in ExceptionCase],
                        help="art9.1 law enforcement, courts, administrative offences; art9.4 a treaty; art9.5 protecting "
                             "rights when consent cannot be had; art9.8 a legal duty unfulfilled; art9.10 another law")
    parser.add_argument("--note", help="the law and article (required for art9.10)")

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        position = _position(service, args.card, args.position, args.actor)
        ground = service.record_exception(args.card, position, ExceptionCase(args.case), args.actor, note=args.note)
        return ground_to_json(ground, _state(service, ground))

    parser.set_defaults(handler=run)


def _form(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("form", help="the scanned signed consent form: link a copy of the card, or attach a file")
    parser.add_argument("ground", type=_id, help="the consent's id")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--copy", type=_id, metavar="COPY_ID", help="an electronic copy of the same card")
    source.add_argument("--file", type=Path, metavar="FILE", help="a scan (PDF, TIFF, JPEG), attached with role consent")

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        try:
            if args.copy is not None:
                ground = service.link_form(args.ground, args.copy, args.actor)
            else:
                ground = service.attach_form(args.ground, args.file, args.actor)
        finally:
            service.copies.close()
        return ground_to_json(ground)

    parser.set_defaults(handler=run)


def _withdraw(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("withdraw", help="record the withdrawal of a consent (art. 8(2))")
    parser.add_argument("ground", type=_id, help="the consent's id")
    parser.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="the day it was withdrawn (default today)")
    parser.add_argument("--method", choices=[m.value for m in ConsentMethod], required=True, help="how it was withdrawn")
    parser.add_argument("--reason", help="the person's reason, if given")
    parser.add_argument("--refused", action="store_true",
                        help="the law rules the withdrawal out: recorded, the consent stays in force")
    parser.add_argument("--refusal-note", help="with --refused: the law, or the obligation not yet fulfilled")

    def run(args: argparse.Namespace) -> Any:
        ground = _service(args).withdraw(
            args.ground, args.on or astana_today(), ConsentMethod(args.method), args.actor, reason=args.reason,
            refused=args.refused, refusal_note=args.refusal_note,
        )
        return ground_to_json(ground)

    parser.set_defaults(handler=run)


def _show(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("show", help="each natural person of a card with their ground and its state")
    parser.add_argument("card", help="registration number or id")

    def run(args: argparse.Namespace) -> Any:
        found = _service(args).grounds(args.card, args.actor)
        return {"card_id": str(found.card_id), "number": found.number, "require_recorded": found.require_recorded,
                "persons": [person_to_json(p) for p in found.persons]}

    parser.set_defaults(handler=run)


def _evidence(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("evidence", help="the evidence of consent (R32): the ground, its text, the form's copy")
    parser.add_argument("ground", type=_id, help="the ground's id")

    def run(args: argparse.Namespace) -> Any:
        evidence = _service(args).evidence(args.ground, args.actor)
        return {"card_number": evidence.card_number, "state": evidence.state.value,
                "ground": ground_to_json(evidence.ground),
                "form": copy_to_json(evidence.form) if evidence.form else None, "text": evidence.text}

    parser.set_defaults(handler=run)


def _log(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("log", help="R34: consent periods, art. 9 cases, withdrawals and transfers to third parties")
    parser.add_argument("--from", dest="since", type=iso_date, metavar="YYYY-MM-DD", help="from this day")
    parser.add_argument("--to", dest="until", type=iso_date, metavar="YYYY-MM-DD", help="to this day")
    parser.add_argument("--limit", type=int, default=1000, help="at most this many of each (default 1000)")

    def run(args: argparse.Namespace) -> Any:
        log = _service(args).log(args.actor, since=args.since, until=args.until, limit=args.limit)
        return {
            "grounds": [{"card_number": e.card_number, **ground_to_json(e.ground, e.state)} for e in log.grounds],
            "transfers": [{"audit_seq": t.seq, "occurred_at": iso_astana(t.occurred_at), "user": t.user,
                           "card_number": t.card_number, "to": t.to, "outgoing_number": t.outgoing_number}
                          for t in log.transfers],
        }

    parser.set_defaults(handler=run)


def _require(pd_consent: SubParsers) -> None:
    parser = pd_consent.add_parser("require-ground", help="whether forwarding needs a ground recorded for everyone (default on)")
    parser.add_argument("value", choices=["on", "off"], nargs="?", help="set it; without a value, print it")

    def run(args: argparse.Namespace) -> Any:
        service = _service(args)
        if args.value is not None:
            service.set_require_recorded(args.value == "on", args.actor)
        return {"require_ground_for_transfer": service.require_recorded()}

    parser.set_defaults(handler=run)


def register(pd_sub: SubParsers) -> None:
    """``pd consent ACTION``."""
    parser = pd_sub.add_parser("consent", help="legal grounds for processing: consent, art. 9 cases, withdrawal, R34 log")
    actions = parser.add_subparsers(dest="consent_action", metavar="ACTION", required=True, parser_class=type(parser))
    for add in (_record, _exception, _form, _withdraw, _show, _evidence, _log, _require):
        add(actions)
