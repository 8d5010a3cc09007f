"""The destruction act (R44) as a printed document: HTML laid out by QTextDocument in the bundled
DejaVu Sans (every Kazakh letter), written to PDF or shown in the print preview. The act names
records by registration number only; ui.printed_document prints it."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.retention import DestructionAct, DestructionScope, DestructionTrigger
from ui import formatting

CONTEXT = "DestructionAct"
TRIGGERS = {
    DestructionTrigger.RETENTION_EXPIRED: QT_TRANSLATE_NOOP("DestructionAct", "The retention period ran out"),
    DestructionTrigger.PURPOSE_ACHIEVED: QT_TRANSLATE_NOOP("DestructionAct", "The purpose of processing was achieved"),
    DestructionTrigger.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("DestructionAct", "The person withdrew consent"),
    DestructionTrigger.COURT_DECISION: QT_TRANSLATE_NOOP("DestructionAct", "A court decision in force"),
    DestructionTrigger.UNLAWFUL_PROCESSING: QT_TRANSLATE_NOOP("DestructionAct", "Unlawful processing was found"),
    DestructionTrigger.OTHER: QT_TRANSLATE_NOOP("DestructionAct", "Another case provided by law"),
}
SCOPES = {
    DestructionScope.CARD: QT_TRANSLATE_NOOP("DestructionAct", "personal data of the card destroyed"),
    DestructionScope.PERSON: QT_TRANSLATE_NOOP("DestructionAct", "the person erased from a collective card"),
    DestructionScope.MENTION: QT_TRANSLATE_NOOP("DestructionAct", "mentions of the person removed"),
    DestructionScope.INBOX: QT_TRANSLATE_NOOP("DestructionAct", "unfiled scan destroyed"),
}
WHAT = {
    "applicants": QT_TRANSLATE_NOOP("DestructionAct", "applicants"),
    "history": QT_TRANSLATE_NOOP("DestructionAct", "history entries"),
    "copies": QT_TRANSLATE_NOOP("DestructionAct", "electronic copies"),
    "pages": QT_TRANSLATE_NOOP("DestructionAct", "recognised pages"),
    "control_texts": QT_TRANSLATE_NOOP("DestructionAct", "control texts"),
    "text_redactions": QT_TRANSLATE_NOOP("DestructionAct", "words removed from the text"),
    "page_redactions": QT_TRANSLATE_NOOP("DestructionAct", "words removed from scans' text"),
    "pd_ground": QT_TRANSLATE_NOOP("DestructionAct", "consents and other grounds for processing"),
    "removed_from_control": QT_TRANSLATE_NOOP("DestructionAct", "removed from control"),
}


T = {
    "title": QT_TRANSLATE_NOOP("DestructionAct", "Act No. {0} on the destruction of personal data"),
    "date": QT_TRANSLATE_NOOP("DestructionAct", "Date:"),
    "station": QT_TRANSLATE_NOOP("DestructionAct", "Station:"),
    "ground": QT_TRANSLATE_NOOP("DestructionAct", "Ground:"),
    "basis": QT_TRANSLATE_NOOP("DestructionAct", "Basis:"),
    "records": QT_TRANSLATE_NOOP("DestructionAct", "Records destroyed:"),
    "number": QT_TRANSLATE_NOOP("DestructionAct", "Registration number"),
    "done": QT_TRANSLATE_NOOP("DestructionAct", "What was done"),
    "destroyed": QT_TRANSLATE_NOOP("DestructionAct", "Destroyed"),
    "review": QT_TRANSLATE_NOOP("DestructionAct", "Scans to review by hand"),
    "irreversible": QT_TRANSLATE_NOOP(
        "DestructionAct",
        "The data were destroyed irreversibly: removed from the tables, the search index, the recognised text "
        "and the stored files, and the freed space overwritten. Their removal from the central store is queued. "
        "The audit trail keeps the record of this destruction.",
    ),
    "commission": QT_TRANSLATE_NOOP("DestructionAct", "Commission / responsible person:"),
    "drawn_up": QT_TRANSLATE_NOOP("DestructionAct", "Drawn up by: {0}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _t(key: str) -> str:
    return html.escape(_tr(str(T[key])))


def trigger_label(trigger: DestructionTrigger) -> str:
    return _tr(str(TRIGGERS[trigger]))


def _what(counts: dict[str, int]) -> str:
    return ", ".join(f"{_tr(str(WHAT[k])) if k in WHAT else k}: {v}" for k, v in sorted(counts.items())) or "—"


def act_html(act: DestructionAct) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(item.reference)}</td><td>{e(_tr(str(SCOPES[item.scope])))}"
        + (f"<br/><i>{_t('review')}</i>" if item.review else "")
        + f"</td><td>{e(_what(dict(item.destroyed)))}</td></tr>"
        for i, item in enumerate(act.items, 1)
    )
    signatures = "".join(f"<p>{e(name)} &nbsp;&nbsp; ______________________</p>" for name in act.commission)
    basis = f"<p><b>{_t('basis')}</b> {e(act.basis)}</p>" if act.basis else ""
    return (
        f"<h2 align='center'>{e(_tr(str(T['title'])).format(act.number))}</h2>"
        f"<p><b>{_t('date')}</b> {e(formatting.date_time(act.created_at))} &nbsp; <b>{_t('station')}</b> "
        f"{e(act.station)}</p><p><b>{_t('ground')}</b> {e(trigger_label(act.trigger))}</p>{basis}"
        f"<p><b>{_t('records')}</b> {act.record_count}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr><th>№</th><th>{_t('number')}</th><th>{_t('done')}</th><th>{_t('destroyed')}</th></tr>{rows}</table>"
        f"<p>{_t('irreversible')}</p><p><b>{_t('commission')}</b></p>{signatures}"
        f"<p>{e(_tr(str(T['drawn_up'])).format(act.created_by))}</p>"
    )
