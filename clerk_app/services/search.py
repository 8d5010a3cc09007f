"""Full-text search over the cards and the recognised text of their copies (docs/search.md)."""

from __future__ import annotations

import dataclasses
import re
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from clerk_app.domain.accounts import Permission
from clerk_app.domain.audit import AuditAction
from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.search import (
    IndexCheck,
    ParsedQuery,
    RebuildReport,
    SearchHit,
    make_snippet,
    month_tokens,
    parse_query,
)
from clerk_app.errors import FieldIssue, QueryNotUnderstoodError, ValidationError
from clerk_app.services import audit
from clerk_app.services.blocking import masked
from clerk_app.services.context import Actor, require
from clerk_app.timeutil import astana_today, to_astana
from storage.bulk import enlarge_cache_for_bulk
from storage.repositories import blocking as blocking_repo
from storage.repositories import card_search
from storage.repositories import search as search_repo
from storage.store import Store

MAX_LIMIT = 1000
_MONTHS_THAT_NARROW = 36  # a longer date range passes most cards: the month tokens would not help
EXACT_NUMBER_RANK = 1000.0  # a registration number typed exactly: that card alone, above any ranking


def _filters(journal: str | None, status: str | None, date_from: date | None, date_to: date | None) -> CardQuery:
    try:
        control_status = ControlStatus(status) if status is not None else None
    except ValueError:
        choices = ", ".join(s.value for s in ControlStatus)
        raise ValidationError([FieldIssue("status", "field.bad_choice", f"must be one of: {choices}")]) from None
    return CardQuery(
        journal=journal, status=control_status, registered_from=date_from, registered_to=date_to
    ).checked()


def _combined(named: CardQuery, other: CardQuery | None) -> CardQuery:
    """The keyword criteria over the ``filters`` object's own (where both give one)."""
    if other is None:
        return named
    return dataclasses.replace(
        other,
        journal=named.journal or other.journal, status=named.status or other.status,
        registered_from=named.registered_from or other.registered_from,
        registered_to=named.registered_to or other.registered_to,
    ).checked()


@dataclass
class SearchService:
    store: Store

    def search(
        self, query: str, *, journal: str | None = None, status: str | None = None,
        date_from: date | None = None, date_to: date | None = None, filters: CardQuery | None = None,
        limit: int = 50, actor: Actor | None = None, audit_as: AuditAction = AuditAction.VIEW,
    ) -> list[SearchHit]:
        """Cards whose text or recognised pages match ``query``, best first (then newest first).
        Raises ``QueryNotUnderstoodError`` when the query has nothing to look for; any other input
        gives results or none. ``status`` filters on the control status (cards never put on control,
        outgoing letters among them, have none); dates are Astana calendar days, both included.
        ``filters``: any attribute criteria besides (the search screen's), applied in SQL as well.
        With an actor, a search that finds cards is recorded in the audit trail (``audit_as``)."""
        require(actor, Permission.SEARCH)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError([FieldIssue("limit", "field.out_of_range", f"must be between 1 and {MAX_LIMIT}")])
        filters = _combined(_filters(journal, status, date_from, date_to), filters)
        date_from, date_to = filters.registered_from, filters.registered_to
        with self.store.read() as session:
            conditions = card_search.conditions(session, filters, today=astana_today())
            number = query.strip()
            exact = (
                search_repo.card_by_number(session, number, conditions)
                if 0 < len(number) <= 100 and number.isprintable() else None  # no NUL or lone surrogate to SQL
            )
            if exact is not None:
                parsed = _parse_or_none(number)
                ranked = [search_repo.RawHit(exact[0], EXACT_NUMBER_RANK, 0, exact[1])]
            else:
                parsed = parse_query(query)
                months = self._months(session, date_from, date_to)
                ranked = search_repo.search(session, parsed, conditions, limit=limit, months=months)
            sources = search_repo.hit_sources(session, [(h.card_id, h.doc_id or None) for h in ranked])
            blocked = blocking_repo.blocked_cards(session, [h.card_id for h in ranked])
        hits: list[SearchHit] = []
        for hit in ranked:
            source = sources[hit.card_id]
            snippet = make_snippet(source.text, parsed) if parsed else make_snippet(source.text, _NOTHING)
            hits.append(SearchHit(
                card_id=hit.card_id, number=source.number, registered_at=hit.registered_at, summary=source.summary,
                snippet=snippet, source=source.source, sha256=source.sha256, page_index=source.page_index,
                rank=hit.score,
            ))
            if hit.card_id in blocked:  # R45: the person's name may be what matched
                hits[-1] = masked(hits[-1])
        if actor is not None and hits:  # results hold personal data: recorded (R36), never the words
            with self.store.write() as session:
                audit.record_search_in(
                    session, actor, audit_as, search="full_text", card_ids=[h.card_id for h in hits],
                    searched=(*re.findall(r"(?<!\d)\d{12}(?!\d)", query), filters.applicant_iin, filters.respondent_bin),
                    details={"words": len(query.split())},
                )
        return hits

    @staticmethod
    def _months(session: Session, date_from: date | None, date_to: date | None) -> tuple[str, ...]:
        """The month tokens a date filter allows, when they are few enough to narrow the match."""
        if date_from is None and date_to is None:
            return ()
        if date_from is None:
            first = search_repo.first_registration(session)
            if first is None:
                return ()
            date_from = to_astana(first).date()
        months = month_tokens(date_from, date_to or astana_today())
        return months if 0 < len(months) <= _MONTHS_THAT_NARROW else ()

    def rebuild(self) -> RebuildReport:
        """The whole index made again from the cards and the recognised pages (one transaction)."""
        started = time.perf_counter()
        with self.store.write() as session:
            enlarge_cache_for_bulk(session)
            cards, pages, documents = search_repo.rebuild_documents(session.connection())
        return RebuildReport(cards=cards, pages=pages, documents=documents, seconds=time.perf_counter() - started)

    def check(self) -> IndexCheck:
        """Every card and recognised page has its documents, none is left over, and the backend's
        index agrees with them (FTS5 integrity-check on SQLite)."""
        with self.store.write() as session:  # FTS5's check is an INSERT command: it needs the write lock
            counts = search_repo.check(session.connection())
        problems = [
            message
            for count, message in (
                (counts.cards_missing, f"{counts.cards_missing} cards have no index document"),
                (counts.pages_missing, f"{counts.pages_missing} recognised pages have no index document"),
                (counts.pages_stale, f"{counts.pages_stale} index documents belong to no recognised page of a copy"),
            )
            if count
        ]
        if counts.engine_problem:
            problems.append(counts.engine_problem)
        return IndexCheck(
            ok=not problems, documents=counts.documents, expected_documents=counts.cards + counts.page_keys,
            problems=tuple(problems),
        )


_NOTHING = ParsedQuery(())


def _parse_or_none(text: str) -> ParsedQuery | None:
    try:
        return parse_query(text)
    except QueryNotUnderstoodError:
        return None
