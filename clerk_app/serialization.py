"""The JSON shapes of the scripting interface (docs/cli.md) and of the edit history."""

from __future__ import annotations

from datetime import date
from typing import Any

from clerk_app.domain.cards import (
    Card,
    CardChange,
    CardDraft,
    CardRef,
    Journal,
    JournalRow,
    Respondent,
    SettlementBody,
    StaffMember,
)
from clerk_app.domain.control import ControlEvent, ControlState, ControlView
from clerk_app.domain.copies import ElectronicCopy, FileVerdict, InboxItem
from clerk_app.domain.drafts import applicant_to_json, respondent_to_json
from clerk_app.domain.money import from_tiyn
from clerk_app.domain.search import SearchHit
from clerk_app.timeutil import iso_astana


def _ref(ref: CardRef | None) -> dict[str, str] | None:
    return None if ref is None else {"id": str(ref.id), "number": ref.number}


def card_to_json(card: Card) -> dict[str, Any]:
    return {
        "id": str(card.id),
        "number": card.number,
        "direction": card.direction.value,
        "journal": card.journal,
        "registered_at": iso_astana(card.registered_at),
        "registered_by": card.registered_by,
        "station": card.station,
        "received_on": card.received_on.isoformat() if card.received_on else None,
        "channel": card.channel.value,
        "form": card.form.value,
        "type": card.type.value if card.type else None,
        "kind": card.kind.value if card.kind else None,
        "is_collective": card.is_collective,
        "applicants": [applicant_to_json(a) for a in card.applicants],
        "respondent": (
            {"id": str(card.respondent.id), **respondent_to_json(card.respondent)} if card.respondent else None
        ),
        "summary": card.summary,
        "claimed_amount": str(card.claimed_amount) if card.claimed_amount is not None else None,
        "correspondent_number": card.correspondent_number,
        "correspondent_date": card.correspondent_date.isoformat() if card.correspondent_date else None,
        "sheet_count": card.sheet_count,
        "answers": _ref(card.answers),
        "repeat_of": _ref(card.repeat_of),
        "replies": [_ref(r) for r in card.replies],
        "repeats": [_ref(r) for r in card.repeats],
        "is_court_matter": card.is_court_matter,
        "notes": card.notes,
        "version": card.version,
        "updated_at": iso_astana(card.updated_at),
    }


def journal_row_to_json(row: JournalRow) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "number": row.number,
        "direction": row.direction.value,
        "registered_at": iso_astana(row.registered_at),
        "channel": row.channel.value,
        "type": row.type.value if row.type else None,
        "kind": row.kind.value if row.kind else None,
        "correspondent": row.correspondent,
        "is_collective": row.is_collective,
        "respondent": row.respondent,
        "summary": row.summary,
        "claimed_amount": str(row.claimed_amount) if row.claimed_amount is not None else None,
        "is_court_matter": row.is_court_matter,
        "status": row.control_status.value if row.control_status else None,
        "due_on": _day(row.due_on),
    }


def change_to_json(change: CardChange) -> dict[str, Any]:
    return {
        "changed_at": iso_astana(change.changed_at),
        "changed_by": change.changed_by,
        "field": change.field,
        "old": change.old_value,
        "new": change.new_value,
    }


def journal_to_json(journal: Journal) -> dict[str, Any]:
    return {
        "code": journal.code,
        "direction": journal.direction.value,
        "index": journal.index,
        "number_template": journal.number_template,
        "title_kk": journal.title_kk,
        "title_ru": journal.title_ru,
    }


def _editable_shape(
    *, draft: CardDraft | None = None, card: Card | None = None
) -> dict[str, Any]:
    source: Any = draft if draft is not None else card
    assert source is not None
    return {
        "channel": source.channel.value,
        "form": source.form.value,
        "type": source.type.value if source.type else None,
        "kind": source.kind.value if source.kind else None,
        "is_collective": source.is_collective,
        "applicants": [applicant_to_json(a) for a in source.applicants],
        "respondent": respondent_to_json(source.respondent) if source.respondent else None,
        "summary": source.summary,
        "claimed_amount": str(source.claimed_amount) if source.claimed_amount is not None else None,
        "correspondent_number": source.correspondent_number,
        "correspondent_date": source.correspondent_date.isoformat() if source.correspondent_date else None,
        "received_on": source.received_on.isoformat() if source.received_on else None,
        "sheet_count": source.sheet_count,
        "is_court_matter": source.is_court_matter,
        "notes": source.notes,
    }


def card_editable_json(card: Card) -> dict[str, Any]:
    """The fields of a card that an edit may change, in the draft's JSON shape (links as numbers)."""
    data = _editable_shape(card=card)
    data["answers"] = card.answers.number if card.answers else None
    data["repeat_of"] = card.repeat_of.number if card.repeat_of else None
    return data


def draft_editable_json(draft: CardDraft) -> dict[str, Any]:
    data = _editable_shape(draft=draft)
    data["answers"] = draft.answers
    data["repeat_of"] = draft.repeat_of
    return data


def reference_to_json(entry: SettlementBody | StaffMember | Respondent) -> dict[str, Any]:
    if isinstance(entry, Respondent):
        return {"id": str(entry.id), **respondent_to_json(entry)}
    data = {key: getattr(entry, key) for key in entry.__dataclass_fields__}
    data["id"] = str(entry.id)
    if isinstance(entry, SettlementBody):
        data["body_type"] = entry.body_type.value
    return data


def verdict_to_json(verdict: FileVerdict) -> dict[str, Any]:
    """One line of ``check-files``."""
    return {
        "path": verdict.path,
        "accepted": verdict.accepted,
        "format": verdict.format,
        "pages": verdict.pages,
        "sha256": verdict.sha256,
        "code": verdict.code,
        "reason": verdict.reason,
    }


def copy_to_json(copy: ElectronicCopy) -> dict[str, Any]:
    return {
        "id": str(copy.id),
        "role": copy.role.value,
        "sha256": copy.sha256,
        "format": copy.format,
        "pages": copy.page_count,
        "page_sizes": [
            {"width_px": p.width_px, "height_px": p.height_px, "dpi_x": p.dpi_x, "dpi_y": p.dpi_y} for p in copy.pages
        ],
        "size_bytes": copy.size_bytes,
        "original_name": copy.original_name,
        "added_by": copy.added_by,
        "added_at": iso_astana(copy.added_at),
        "details": copy.details,
    }


def inbox_item_to_json(item: InboxItem) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "sha256": item.sha256,
        "format": item.format,
        "pages": item.page_count,
        "size_bytes": item.size_bytes,
        "original_name": item.original_name,
        "source": item.source,
        "received_at": iso_astana(item.received_at),
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def control_state_to_json(state: ControlState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {
        "status": state.status.value, "on_control": state.is_open, "due_on": _day(state.due_on),
        "first_due_on": _day(state.first_due_on), "notice_due_on": _day(state.notice_due_on),
        "rule": state.rule_code, "resolution": state.resolution, "result": state.result.value if state.result else None,
        "executors": [str(e) for e in state.executors],
        "reply_id": str(state.reply_card_id) if state.reply_card_id else None,
        "closed_at": iso_astana(state.closed_at) if state.closed_at else None,
        "refusal_reason": state.refusal_reason.value if state.refusal_reason else None,
        "recovered_amount": str(from_tiyn(state.recovered_amount_tiyn)) if state.recovered_amount_tiyn is not None else None,
        "resolved_at": iso_astana(state.resolved_at) if state.resolved_at else None,
    }


def control_event_to_json(event: ControlEvent) -> dict[str, Any]:
    data: dict[str, Any] = {"event": event.event.value, "at": iso_astana(event.occurred_at), "by": event.actor}
    optional = {
        "executors": [str(e) for e in event.executors] or None, "resolution": event.resolution,
        "due_on": _day(event.due_on), "notice_due_on": _day(event.notice_due_on), "reason": event.reason,
        "result": event.result.value if event.result else None,
        "refusal_reason": event.refusal_reason.value if event.refusal_reason else None,
        "forwarded_to": event.forwarded_to, "outgoing_number": event.outgoing_number,
        "reply_id": str(event.reply_card_id) if event.reply_card_id else None, "rule": event.rule_code,
        "recovered_amount": str(from_tiyn(event.recovered_amount_tiyn)) if event.recovered_amount_tiyn is not None else None,
    }
    data.update({k: v for k, v in optional.items() if v is not None})
    return data


def control_view_to_json(view: ControlView) -> dict[str, Any]:
    return {
        "id": str(view.card_id), "number": view.number, "registered_at": iso_astana(view.registered_at),
        "kind": view.kind, "summary": view.summary, "correspondent": view.correspondent,
        "status": view.status.value, "due_on": _day(view.due_on), "days_left": view.days_left,
        "days_overdue": view.days_overdue, "executors": list(view.executors),
    }


def search_hit_to_json(hit: SearchHit) -> dict[str, Any]:
    """A full-text hit: ``highlights`` are [start, end) character offsets into ``snippet``; ``page``
    counts from 1; ``rank`` only orders hits (its scale depends on the backend)."""
    return {
        "id": str(hit.card_id),
        "number": hit.number,
        "registered_at": iso_astana(hit.registered_at),
        "summary": hit.summary,
        "snippet": hit.snippet.text,
        "highlights": [[start, end] for start, end in hit.snippet.highlights],
        "source": hit.source,
        "sha256": hit.sha256,
        "page": hit.page_index + 1 if hit.page_index is not None else None,
        "rank": hit.rank,
    }
