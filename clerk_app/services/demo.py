"""Demo registries: realistic bilingual cards, fast enough to build a 1,000,000-card store.

Cards are made in time order over a period ending now: incoming appeals from Kazakh- and
Russian-named people (some collective, some repeat appeals, some court matters) against many
respondents of every role, of all six kinds of cl. 5, and outgoing replies linked to them.
Numbers follow the journals' templates and the counters continue above them afterwards.

Speed matters (``demo --count 1000000`` for benchmarks), hence ``random()``-based picks (one C
call) instead of ``choice``/``randrange``, a pool of applicants (registries do see the same
people again) and ids made in batches.
"""

from __future__ import annotations

import bisect
import multiprocessing
import os
import random
import time
import uuid
import zlib
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, cast

from clerk_app.domain import identifiers
from clerk_app.domain.audit import AuditAction, AuditObject, AuditRecord
from clerk_app.domain.card_query import applicant_name_key
from clerk_app.domain.enums import (
    ActivityField,
    AppealForm,
    AppealKind,
    AppealType,
    Channel,
    Direction,
    PartyType,
    RespondentRole,
)
from clerk_app.domain.ids import new_id_hexes, new_ids
from clerk_app.domain.numbering import NumberTemplate
from clerk_app.services import audit, demo_control
from clerk_app.services import demo_data as words
from clerk_app.services.consent import WRITTEN_CONSENT_TERM
from clerk_app.services.context import Actor
from clerk_app.services.references import own_body_in
from clerk_app.timeutil import ASTANA, utc_now
from storage.bulk import (
    PreparedRows,
    deferred_indexes,
    enlarge_cache_for_bulk,
    insert_prepared,
    insert_rows,
    prepare_rows,
)
from storage.consent_models import PersonalDataGround
from storage.models import (
    Card,
    CardApplicant,
    CardControl,
    CardExecutor,
    ControlEvent,
    Respondent,
    StaffMember,
)
from storage.repositories import calendar as calendar_repo
from storage.repositories import deadline_rules as rule_repo
from storage.repositories import journals as journal_repo
from storage.repositories import references as reference_repo
from storage.repositories import respondents as respondent_repo
from storage.repositories import search as search_repo
from storage.repositories import settings as settings_repo
from storage.repositories.settings import STATION_CODE_KEY
from storage.store import Store

T = TypeVar("T")
CHUNK = 20_000
WORKERS = 2  # generator processes; they run at a lower priority so that the writer never waits for a core
CONSENT_SHARE = 0.9  # the invented appeals whose applicants signed the consent line
DEMO_OPERATOR_NAME = "«Тұтынушылар құқығын қорғау» қоғамдық бірлестігі (демо)"
DEFER_INDEXES_FROM = 50_000  # below this, rebuilding the indexes costs more than it saves


def _weighted(pairs: Sequence[tuple[T, int]]) -> list[T]:
    """A lookup table in which each value appears as often as its weight."""
    return [value for value, weight in pairs for _ in range(weight)]


KINDS = _weighted(
    [(AppealKind.PRETRIAL_SETTLEMENT.value, 50), (AppealKind.SELLER_CLAIM.value, 20),
     (AppealKind.STATE_MEASURES_SELLER.value, 10), (AppealKind.GAME_PRIZE_CLAIM.value, 5),
     (AppealKind.STATE_MEASURES_SETTLEMENT_BODY.value, 4), (AppealKind.PUBLIC_ASSOCIATION.value, 6),
     (AppealKind.OTHER.value, 5)]
)
CHANNELS = _weighted(
    [(Channel.PAPER_IN_PERSON.value, 40), (Channel.POST.value, 25), (Channel.EMAIL.value, 12),
     (Channel.NATIONAL_SYSTEM.value, 15), (Channel.FAX.value, 2), (Channel.COURIER.value, 3), (Channel.OTHER.value, 3)]
)
REPLY_CHANNELS = (Channel.POST.value, Channel.EMAIL.value, Channel.NATIONAL_SYSTEM.value)
FORMS = _weighted(
    [(AppealForm.WRITTEN.value, 80), (AppealForm.ELECTRONIC_DOCUMENT.value, 14), (AppealForm.ORAL.value, 5),
     (AppealForm.VIDEO.value, 1)]
)
TYPES = _weighted(
    [(AppealType.COMPLAINT.value, 55), (AppealType.STATEMENT.value, 35), (AppealType.REQUEST.value, 5),
     (AppealType.PROPOSAL.value, 3), (AppealType.RESPONSE.value, 2)]
)
ROLES = _weighted(
    [(RespondentRole.SELLER.value, 70), (RespondentRole.PERFORMER.value, 15), (RespondentRole.MANUFACTURER.value, 10),
     (RespondentRole.GAME_ORGANIZER.value, 5)]
)
_ACTIVITIES = tuple(ActivityField)


@dataclass(frozen=True)
class DemoReport:
    cards: int
    incoming: int
    outgoing: int
    respondents: int
    seconds: float


class _Maker:
    """Random but reproducible pieces of cards (same seed, same registry)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.random = rng.random

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def iin(self) -> str:
        while True:
            born = date(1945, 1, 1) + timedelta(days=self.below(22_000))
            century_digit = (3 if born.year < 2000 else 5) + self.below(2)
            number = identifiers.complete(f"{born:%y%m%d}{century_digit}{self.below(10_000):04d}")
            if number:
                return number

    def bin(self) -> str:
        while True:
            number = identifiers.complete(
                f"{(95 + self.below(30)) % 100:02d}{1 + self.below(12):02d}4{self.pick('0001')}{self.below(100_000):05d}"
            )
            if number:
                return number

    def address(self) -> str:
        return f"{self.pick(words.CITIES)}, {self.pick(words.STREETS)}, {1 + self.below(200)}"

    def person(self) -> dict[str, Any]:
        female = self.random() < 0.55
        kazakh = self.random() < 0.6
        surname = self.pick(words.KAZAKH_SURNAMES_M if kazakh else words.RUSSIAN_SURNAMES_M)
        if female and surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        if kazakh:
            given = self.pick(words.KAZAKH_GIVEN_F if female else words.KAZAKH_GIVEN_M)
            patronymic = self.pick(words.KAZAKH_GIVEN_M) + ("қызы" if female else "ұлы")
        else:
            given = self.pick(words.RUSSIAN_GIVEN_F if female else words.RUSSIAN_GIVEN_M)
            patronymic = self.pick(words.RUSSIAN_PATRONYMIC_ROOTS) + ("на" if female else "ич")
        return {
            "party_type": PartyType.NATURAL_PERSON.value, "surname": surname, "given_name": given,
            "patronymic": patronymic, "iin": self.iin() if self.random() < 0.85 else None, "legal_name": None,
            "bin": None, "address": self.address(),
            "phone": f"+7 7{self.below(80):02d} {100 + self.below(900)} {10 + self.below(90)} {10 + self.below(90)}",
            "email": None, "name_key": applicant_name_key(surname, given, patronymic, None),
        }

    def association(self) -> dict[str, Any]:
        name = f"«{self.pick(words.COMPANY_ROOTS)}» тұтынушылар қоғамдық бірлестігі"
        return {
            "party_type": PartyType.LEGAL_ENTITY.value, "surname": None, "given_name": None, "patronymic": None,
            "iin": None, "legal_name": name, "bin": self.bin(), "address": self.address(), "phone": None,
            "email": "info@consumers.kz", "name_key": applicant_name_key(None, None, None, name),
        }

    def respondent(self, respondent_id: uuid.UUID, taken: set[str], names: set[str]) -> dict[str, Any]:
        while True:
            root, tail = self.pick(words.COMPANY_ROOTS), self.pick(words.COMPANY_TAILS)
            company = self.random() < 0.8  # the rest are individual entrepreneurs, known by their IIN
            form = self.pick(words.LEGAL_FORMS if company else words.ENTREPRENEUR_FORMS)
            name = f"«{root} {tail}{'' if self.random() < 0.5 else ' ' + str(2 + self.below(97))}» {form}"
            number = self.bin() if company else self.iin()
            if number not in taken and name.casefold() not in names:
                taken.add(number)
                names.add(name.casefold())
                break
        return {
            "id": respondent_id, "name": name, "name_key": respondent_repo.name_key(name), "role": self.pick(ROLES),
            "bin_or_iin": number, "address": self.address(),
            "website": f"{root.lower()}-{tail.lower()}.{self.pick(words.DOMAINS)}" if self.random() < 0.4 else None,
            # from the name, not the generator: the demo's other draws stay as they were
            "activity": _ACTIVITIES[zlib.crc32(name.encode()) % len(_ACTIVITIES)].value,
        }

    def complaint(self, russian: bool) -> str:
        i = self.below(len(words.PRODUCTS_KK))
        text = self.pick(words.COMPLAINTS_RU if russian else words.COMPLAINTS_KK)
        text = text.format(p=(words.PRODUCTS_RU if russian else words.PRODUCTS_KK)[i])
        return text[0].upper() + text[1:]


@dataclass(frozen=True)
class _ChunkPlan:
    """Everything a worker process needs to make one chunk of cards on its own (picklable)."""

    seed: int | None
    index: int
    dialect: str
    first_moment: datetime
    span: timedelta
    offsets: list[float]
    outgoing: list[bool]
    years: list[int]
    first_serials: dict[tuple[str, int], int]  # (direction, year) -> serial of the chunk's first card
    station: str
    user: str
    journals: dict[str, tuple[uuid.UUID, str, str]]  # direction -> (journal id, index, template)
    respondents: list[tuple[uuid.UUID, str, str | None]]  # id, name, BIN/IIN
    pool_size: int
    dues: demo_control.DueTable
    staff: list[uuid.UUID]  # executors the control histories assign
    operator: tuple[str, str]  # the body the demo consents name (name, BIN)


_people_cache: dict[tuple[int | None, int], list[dict[str, Any]]] = {}


def _people(seed: int | None, size: int) -> list[dict[str, Any]]:
    """The applicant pool, the same in every worker for the same seed (made once per process)."""
    key = (seed, size)
    if key not in _people_cache:
        maker = _Maker(random.Random(None if seed is None else seed * 7919 + 1))
        _people_cache.clear()
        _people_cache[key] = [maker.person() for _ in range(size)]
    return _people_cache[key]


@dataclass(frozen=True)
class _Chunk:
    tables: tuple[PreparedRows, ...]  # in the order they are inserted (cards before what refers to them)
    incoming: int
    outgoing: int


def _make_chunk(plan: _ChunkPlan) -> _Chunk:
    """Cards of one chunk, their applicants and control histories, prepared for the store's driver."""
    maker = _Maker(random.Random(None if plan.seed is None else plan.seed * 1_000_003 + plan.index))
    people = _people(plan.seed, plan.pool_size)
    renderers = {d: NumberTemplate(t).render for d, (_, _, t) in plan.journals.items()}
    serials = dict(plan.first_serials)
    make_ids = new_id_hexes if plan.dialect == "sqlite" else new_ids  # SQLite stores ids as hex text
    ids: list[Any] = make_ids(len(plan.offsets))
    awaiting_reply: deque[tuple[dict[str, Any], list[dict[str, Any]]]] = deque(maxlen=2000)
    recent: deque[tuple[uuid.UUID, list[dict[str, Any]], uuid.UUID | None]] = deque(maxlen=500)
    cards: list[dict[str, Any]] = []
    applicants: list[dict[str, Any]] = []
    controls: list[dict[str, Any]] = []
    executors: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    grounds: list[dict[str, Any]] = []
    outgoing_count = 0
    for card_id, offset, outgoing, year in zip(ids, plan.offsets, plan.outgoing, plan.years, strict=True):
        registered_at = plan.first_moment + plan.span * offset
        direction = OUTGOING if outgoing else INCOMING
        journal_id, index, _ = plan.journals[direction]
        serial = serials[(direction, year)]
        serials[(direction, year)] = serial + 1
        card = {
            "id": card_id, "journal_id": journal_id, "direction": direction,
            "number": renderers[direction](index=index, station=plan.station, serial=serial, year=year),
            "year": year, "serial": serial, "station_code": plan.station, "registered_at": registered_at,
            "registered_by": plan.user, "version": 1, "updated_at": registered_at, "answers_card_id": None,
            "repeat_of_card_id": None, "correspondent_number": None, "correspondent_date": None,
            "claimed_amount_tiyn": None, "sheet_count": 1 + maker.below(11),
            "is_court_matter": maker.random() < 0.01, "notes": None,
        }
        russian = maker.random() < 0.45
        if outgoing:
            outgoing_count += 1
            card.update(received_on=None, channel=maker.pick(REPLY_CHANNELS), form=AppealForm.WRITTEN.value, appeal_type=None)
            if awaiting_reply:  # a reply to an appeal, addressed to its applicants
                answered, parties = awaiting_reply.popleft()
                card.update(
                    answers_card_id=answered["id"], kind=answered["kind"], is_collective=answered["is_collective"],
                    respondent_id=answered["respondent_id"], summary=maker.pick(words.REPLIES_RU if russian else words.REPLIES_KK),
                )
            else:  # a letter to a respondent asking for its explanation
                addressee_id, name, number = maker.pick(plan.respondents)
                parties = [_respondent_as_addressee(name, number)]
                card.update(
                    kind=AppealKind.PRETRIAL_SETTLEMENT.value, is_collective=False, respondent_id=addressee_id,
                    summary=maker.pick(words.REQUESTS_RU if russian else words.REQUESTS_KK),
                )
        else:
            kind = maker.pick(KINDS)
            repeat = maker.pick(recent) if recent and maker.random() < 0.03 else None
            respondent_id: uuid.UUID | None
            if repeat is not None:
                card["repeat_of_card_id"], parties, respondent_id = repeat
            elif kind == AppealKind.PUBLIC_ASSOCIATION.value:
                parties, respondent_id = [maker.association()], maker.pick(plan.respondents)[0]
            else:
                size = 2 + maker.below(4) if maker.random() < 0.03 else 1
                parties = [maker.pick(people) for _ in range(size)]
                with_respondent = kind != AppealKind.OTHER.value or maker.random() < 0.5
                respondent_id = maker.pick(plan.respondents)[0] if with_respondent else None
            local_day = registered_at.astimezone(ASTANA).date()
            card.update(
                received_on=local_day, channel=maker.pick(CHANNELS), form=maker.pick(FORMS),
                appeal_type=maker.pick(TYPES), kind=kind, is_collective=len(parties) > 1,
                respondent_id=respondent_id, summary=maker.complaint(russian),
            )
            if maker.random() < 0.7:
                card["claimed_amount_tiyn"] = (5_000 + maker.below(2_000_000)) * 100
            if parties[0]["party_type"] == PartyType.LEGAL_ENTITY.value or maker.random() < 0.1:
                card["correspondent_number"] = f"{1 + maker.below(999)}-{1 + maker.below(99)}"
                card["correspondent_date"] = local_day - timedelta(days=1 + maker.below(9))
            if maker.random() < 0.8:
                awaiting_reply.append((card, parties))
            recent.append((card_id, parties, respondent_id))
            control, card_executors, card_events = demo_control.control_rows(
                maker.rng, card_id, kind, registered_at, local_day, plan.dues, plan.staff, plan.station, plan.user
            )
            controls.append(control)
            executors += card_executors
            events += card_events
        for position, party in enumerate(parties):
            applicants.append({**party, "card_id": card_id, "position": position, "registered_at": registered_at})
            if not outgoing and party["party_type"] == PartyType.NATURAL_PERSON.value and maker.random() < CONSENT_SHARE:
                grounds.append(_written_consent(make_ids(1)[0], card_id, position, party, card, plan))
        cards.append(card)
    tables = (
        prepare_rows(plan.dialect, Card, cards),
        prepare_rows(plan.dialect, CardApplicant, applicants),
        prepare_rows(plan.dialect, CardControl, controls),
        prepare_rows(plan.dialect, CardExecutor, executors),
        prepare_rows(plan.dialect, ControlEvent, events),
        prepare_rows(plan.dialect, PersonalDataGround, grounds),
    )
    return _Chunk(tables, len(cards) - outgoing_count, outgoing_count)


def _written_consent(
    ground_id: Any, card_id: Any, position: int, party: dict[str, Any], card: dict[str, Any], plan: _ChunkPlan
) -> dict[str, Any]:
    """The consent line the invented applicant signed in their paper appeal (as the registration
    form's tick records it: clerk_app.services.consent.written_consents_in)."""
    name = " ".join(filter(None, (party["surname"], party["given_name"], party["patronymic"])))
    return {
        "id": ground_id, "card_id": card_id, "position": position, "subject_name": name, "subject_iin": party["iin"],
        "kind": "consent", "operator_name": plan.operator[0], "operator_bin": plan.operator[1], "valid_until": None,
        "term_text": WRITTEN_CONSENT_TERM, "third_party_transfer": True, "cross_border": False,
        "public_dissemination": False, "data_list": "surname, given name, patronymic, iin, address, phone, appeal text",
        "other": None, "method": "in_writing", "given_on": card["received_on"], "method_note": None,
        "form_copy_id": None, "source_ground_id": None, "exception_case": None, "exception_note": None,
        "recorded_at": card["registered_at"], "recorded_by": plan.user, "withdrawn_on": None,
        "withdrawal_method": None, "withdrawal_reason": None, "withdrawal_refused": False,
        "withdrawal_refusal_note": None, "withdrawal_recorded_at": None, "withdrawal_recorded_by": None,
    }


def _respondent_as_addressee(name: str, number: str | None) -> dict[str, Any]:
    company = number is not None and identifiers.is_bin_shaped(number)
    return {
        "party_type": PartyType.LEGAL_ENTITY.value, "surname": None, "given_name": None, "patronymic": None,
        "iin": None, "legal_name": name, "bin": number if company else None, "address": None, "phone": None,
        "email": None, "name_key": applicant_name_key(None, None, None, name),
    }


INCOMING, OUTGOING = Direction.INCOMING.value, Direction.OUTGOING.value


@dataclass
class DemoService:
    store: Store

    def generate(self, count: int, *, seed: int | None = None, actor: Actor) -> DemoReport:
        """Adds ``count`` cards. Chunks are made by worker processes (both cores) while this process
        writes the previous ones, each chunk in its own transaction with the counters above it."""
        started = time.perf_counter()
        maker = _Maker(random.Random(seed))
        with self.store.read() as session:
            station = str(settings_repo.get_setting(session, STATION_CODE_KEY))
            journals: dict[str, tuple[uuid.UUID, str, str]] = {}
            for direction in Direction:
                row = journal_repo.default_journal_row(session, direction)
                assert row is not None, "open_registry() creates the default journals"
                journals[direction.value] = (row.id, row.index_code, row.number_template)
            taken_numbers, taken_names = respondent_repo.existing_respondent_keys(session)
            rules = rule_repo.all_rules(session)
            calendar = calendar_repo.working_calendar(session)
            staff = [s.id for s in reference_repo.list_staff(session)]
            own = own_body_in(session)
        demo_bin = _Maker(random.Random(DEMO_OPERATOR_NAME)).bin()  # the same invented body on every load
        operator = (own.body.name, own.body.bin or demo_bin) if own is not None else (DEMO_OPERATOR_NAME, demo_bin)
        respondent_rows = [
            maker.respondent(rid, taken_numbers, taken_names) for rid in new_ids(max(20, min(5000, count // 40)))
        ]
        now = utc_now()
        span = timedelta(days=max(30, min(730, count // 80)))
        first_moment = now - span
        offsets = sorted(maker.random() for _ in range(count))
        year_bounds = _year_bounds(first_moment, span, now)
        serials: dict[tuple[str, int], int] = {}
        pool_size = max(50, min(100_000, count // 3))
        respondent_refs = [(r["id"], r["name"], r["bin_or_iin"]) for r in respondent_rows]
        staff_rows = [] if staff else [
            {"id": staff_id, "full_name": name, "position": position, "is_active": True}
            for staff_id, (name, position) in zip(new_ids(len(demo_control.STAFF)), demo_control.STAFF, strict=True)
        ]
        staff = staff or [cast(uuid.UUID, row["id"]) for row in staff_rows]
        dues = demo_control.DueTable.build(
            first_moment.astimezone(ASTANA).date(), now, rules, calendar
        )

        def plans() -> Iterator[_ChunkPlan]:
            """Made lazily, so that workers start on the first chunk while the rest are planned.
            Advances ``serials`` to the last serial used by the chunks planned so far."""
            for index, start in enumerate(range(0, count, CHUNK)):
                chunk_offsets = offsets[start : start + CHUNK]
                # the first cards of a chunk are incoming, so that its replies have appeals to answer
                outgoing = [i >= 20 and maker.random() < 0.3 for i in range(len(chunk_offsets))]
                years = [year_bounds[1][bisect.bisect_right(year_bounds[0], o)] for o in chunk_offsets]
                first: dict[tuple[str, int], int] = {}
                for is_out, year in zip(outgoing, years, strict=True):
                    key = (OUTGOING if is_out else INCOMING, year)
                    if key not in serials:
                        serials[key] = self._last_serial(journals[key[0]][0], year, station)
                    serials[key] += 1
                    first.setdefault(key, serials[key])
                yield _ChunkPlan(
                    seed=seed, index=index, dialect=self.store.dialect, first_moment=first_moment, span=span,
                    offsets=chunk_offsets, outgoing=outgoing, years=years, first_serials=first, station=station,
                    user=actor.user, journals=journals, respondents=respondent_refs, pool_size=pool_size,
                    dues=dues, staff=staff, operator=operator,
                )

        incoming_total = outgoing_total = 0
        # One operation, one transaction: a demo load that fails or is killed leaves nothing behind.
        with self.store.write() as session:
            enlarge_cache_for_bulk(session)
            with deferred_indexes(session, [Card, CardApplicant, CardControl, CardExecutor, ControlEvent] if count >= DEFER_INDEXES_FROM else []):
                insert_rows(session, Respondent, respondent_rows)
                insert_rows(session, StaffMember, staff_rows)
                for chunk in _run_plans(plans(), several=count > CHUNK):
                    for table in chunk.tables:
                        insert_prepared(session, table)
                    incoming_total += chunk.incoming
                    outgoing_total += chunk.outgoing
                for (direction_code, year), serial in serials.items():
                    journal_repo.raise_serial_floor(session, journals[direction_code][0], year, station, serial)
            search_repo.index_unindexed_cards(session.connection())  # full-text documents, in bulk
            # invented people: one entry for the whole load, not one per card (docs/audit.md)
            audit.record_in(session, actor, AuditRecord(
                AuditAction.CREATE, AuditObject.DEMO, None, frozenset(), {"cards": count, "seed": seed}
            ))
        return DemoReport(
            cards=count, incoming=incoming_total, outgoing=outgoing_total,
            respondents=len(respondent_rows), seconds=time.perf_counter() - started,
        )

    def _last_serial(self, journal_id: uuid.UUID, year: int, station: str) -> int:
        with self.store.read() as session:
            return journal_repo.last_serial(session, journal_id, year, station)


def _run_plans(plans: Iterator[_ChunkPlan], *, several: bool) -> Iterator[_Chunk]:
    """Every chunk once, in no particular order (they are independent: serials are pre-assigned).

    Worker processes make chunks a few ahead; when none is ready, the writer makes the next chunk
    itself instead of waiting, so neither core idles."""
    if not several:
        yield from map(_make_chunk, plans)
        return
    ahead = 2 * WORKERS  # bounded: memory stays flat whatever the count
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context, initializer=_lower_priority) as pool:
        pending: deque[Future[_Chunk]] = deque()
        remaining = iter(plans)
        exhausted = False
        while True:
            while not exhausted and len(pending) < ahead:
                plan = next(remaining, None)
                if plan is None:
                    exhausted = True
                else:
                    pending.append(pool.submit(_make_chunk, plan))
            if not pending:
                return
            if pending[0].done() or exhausted:
                yield pending.popleft().result()
                continue
            plan = next(remaining, None)
            if plan is None:
                exhausted = True
            else:
                yield _make_chunk(plan)


def _lower_priority() -> None:
    if hasattr(os, "nice"):  # POSIX; on Windows the workers keep normal priority
        os.nice(10)


def _year_bounds(first: datetime, span: timedelta, last: datetime) -> tuple[list[float], list[int]]:
    """Where, as fractions of the span, each Astana-time year begins (numbering restarts on 1 January):
    the year of offset ``o`` is ``years[bisect_right(bounds, o)]``."""
    first_year, last_year = first.astimezone(ASTANA).year, last.astimezone(ASTANA).year
    bounds = [(datetime(y, 1, 1, tzinfo=ASTANA) - first) / span for y in range(first_year + 1, last_year + 1)]
    return bounds, list(range(first_year, last_year + 1))
