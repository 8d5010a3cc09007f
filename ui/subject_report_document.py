"""The subject-access report (R37, R48, R49) as the person reads it: in the interface's language
(Kazakh or Russian), laid out as HTML for the screen, the printer and PDF. The core's report holds
the facts; the words are here, so that a Kazakh-speaking applicant does not get an English extract."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.audit import AuditEntry, AuditObject, SubjectReport
from ui import formatting

CONTEXT = "SubjectReport"

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("SubjectReport", "registered"),
    "change": QT_TRANSLATE_NOOP("SubjectReport", "changed"),
    "view": QT_TRANSLATE_NOOP("SubjectReport", "viewed"),
    "print": QT_TRANSLATE_NOOP("SubjectReport", "printed"),
    "export": QT_TRANSLATE_NOOP("SubjectReport", "written out"),
    "transfer": QT_TRANSLATE_NOOP("SubjectReport", "transferred to a third party"),
    "block": QT_TRANSLATE_NOOP("SubjectReport", "blocked"),
    "unblock": QT_TRANSLATE_NOOP("SubjectReport", "unblocked"),
    "destroy": QT_TRANSLATE_NOOP("SubjectReport", "destroyed"),
    "restore": QT_TRANSLATE_NOOP("SubjectReport", "restored from a backup"),
}
OBJECTS = {
    AuditObject.CARD: QT_TRANSLATE_NOOP("SubjectReport", "registration card"),
    AuditObject.COPY: QT_TRANSLATE_NOOP("SubjectReport", "electronic copy of the papers"),
    AuditObject.PERSON: QT_TRANSLATE_NOOP("SubjectReport", "the person's data"),
    AuditObject.SEARCH: QT_TRANSLATE_NOOP("SubjectReport", "search results"),
    AuditObject.JOURNAL: QT_TRANSLATE_NOOP("SubjectReport", "list of the journal"),
    AuditObject.BREACH: QT_TRANSLATE_NOOP("SubjectReport", "personal-data security breach"),
    AuditObject.BACKUP: QT_TRANSLATE_NOOP("SubjectReport", "backup of the registry"),
    AuditObject.CONSENT: QT_TRANSLATE_NOOP("SubjectReport", "ground for processing (consent)"),
    AuditObject.DESTRUCTION_ACT: QT_TRANSLATE_NOOP("SubjectReport", "destruction act"),
}
FIELDS = {
    "surname": QT_TRANSLATE_NOOP("SubjectReport", "surname"),
    "given_name": QT_TRANSLATE_NOOP("SubjectReport", "given name"),
    "patronymic": QT_TRANSLATE_NOOP("SubjectReport", "patronymic"),
    "iin": QT_TRANSLATE_NOOP("SubjectReport", "IIN"),
    "legal_name": QT_TRANSLATE_NOOP("SubjectReport", "name of the organization"),
    "bin": QT_TRANSLATE_NOOP("SubjectReport", "BIN"),
    "address": QT_TRANSLATE_NOOP("SubjectReport", "address"),
    "phone": QT_TRANSLATE_NOOP("SubjectReport", "phone"),
    "email": QT_TRANSLATE_NOOP("SubjectReport", "e-mail"),
    "name": QT_TRANSLATE_NOOP("SubjectReport", "name"),
    "bin_or_iin": QT_TRANSLATE_NOOP("SubjectReport", "BIN/IIN"),
    "website": QT_TRANSLATE_NOOP("SubjectReport", "website"),
    "appeal_text": QT_TRANSLATE_NOOP("SubjectReport", "text of the appeal"),
    "electronic_copies": QT_TRANSLATE_NOOP("SubjectReport", "electronic copies (scans) of the papers"),
}
ROLES = {
    "applicant": QT_TRANSLATE_NOOP("SubjectReport", "as the applicant"),
    "respondent": QT_TRANSLATE_NOOP("SubjectReport", "as the respondent"),
}
DIRECTIONS = {
    "incoming": QT_TRANSLATE_NOOP("SubjectReport", "incoming appeal"),
    "outgoing": QT_TRANSLATE_NOOP("SubjectReport", "outgoing letter"),
}
# The fixed answers of R48 (the core's PROCESSING_PURPOSE, LEGAL_BASIS, DATA_SOURCES, PROCESSING_METHODS and
# RETENTION, worded for the person reading them).
SECTIONS = (
    (QT_TRANSLATE_NOOP("SubjectReport", "Purpose of processing"), QT_TRANSLATE_NOOP(
        "SubjectReport",
        "Registration, consideration and control of consumers' appeals to the body for the pre-trial settlement "
        "of consumer disputes (Law of the Republic of Kazakhstan \"On the protection of consumer rights\"; the "
        "Rules of registration and consideration of appeals); replies to the applicant; pre-trial settlement of "
        "disputes. The data are used for no other purpose (Law on personal data, art. 7(8), 14).")),
    (QT_TRANSLATE_NOOP("SubjectReport", "Legal basis"), QT_TRANSLATE_NOOP(
        "SubjectReport",
        "Processing necessary for the body to perform its functions established by law (Law \"On personal data "
        "and their protection\" No. 94-V, art. 9) and the consent the applicant gives with the appeal (art. 7, 8).")),
    (QT_TRANSLATE_NOOP("SubjectReport", "Sources"), QT_TRANSLATE_NOOP(
        "SubjectReport",
        "The appeal and the documents the applicant or their representative submitted (on paper, by e-mail or "
        "through e-government services), and the replies of the body.")),
    (QT_TRANSLATE_NOOP("SubjectReport", "Methods"), QT_TRANSLATE_NOOP(
        "SubjectReport",
        "Automated processing in the registry of appeals (registration cards, electronic copies of the papers, "
        "execution control) by staff whose roles allow it; every access is recorded in the audit trail.")),
    (QT_TRANSLATE_NOOP("SubjectReport", "Storage periods"), QT_TRANSLATE_NOOP(
        "SubjectReport",
        "Kept for the storage periods of appeal files; when they run out the data are destroyed and a "
        "destruction act is drawn up (Law on personal data, art. 12).")),
)


FREE_OF_CHARGE = QT_TRANSLATE_NOOP(
    "SubjectReport",
    "Provided free of charge (Law on personal data, art. 25). Actions are numbered in the order of the registry's "
    "tamper-evident audit trail.",
)
TEXTS = {
    "Subject-access report {0}": QT_TRANSLATE_NOOP("SubjectReport", "Subject-access report {0}"),
    "No. {0}": QT_TRANSLATE_NOOP("SubjectReport", "No. {0}"),
    "to {0}": QT_TRANSLATE_NOOP("SubjectReport", "to {0}"),
    "none": QT_TRANSLATE_NOOP("SubjectReport", "none"),
    "registered {0}": QT_TRANSLATE_NOOP("SubjectReport", "registered {0}"),
    "electronic copies: {0}": QT_TRANSLATE_NOOP("SubjectReport", "electronic copies: {0}"),
    "When": QT_TRANSLATE_NOOP("SubjectReport", "When"),
    "Who": QT_TRANSLATE_NOOP("SubjectReport", "Who"),
    "What was done": QT_TRANSLATE_NOOP("SubjectReport", "What was done"),
    "card {0}": QT_TRANSLATE_NOOP("SubjectReport", "card {0}"),
    "letter {0}": QT_TRANSLATE_NOOP("SubjectReport", "letter {0}"),
    "by {0}": QT_TRANSLATE_NOOP("SubjectReport", "by {0}"),
    "yes": QT_TRANSLATE_NOOP("SubjectReport", "yes"),
    "no": QT_TRANSLATE_NOOP("SubjectReport", "no"),
    "Report on the personal data held in the registry of appeals": QT_TRANSLATE_NOOP("SubjectReport", "Report on the personal data held in the registry of appeals"),
    "IIN/BIN:": QT_TRANSLATE_NOOP("SubjectReport", "IIN/BIN:"),
    "Produced:": QT_TRANSLATE_NOOP("SubjectReport", "Produced:"),
    "Astana time": QT_TRANSLATE_NOOP("SubjectReport", "Astana time"),
    "Data held:": QT_TRANSLATE_NOOP("SubjectReport", "Data held:"),
    "Cards holding the person's data": QT_TRANSLATE_NOOP("SubjectReport", "Cards holding the person's data"),
    "Personal data held": QT_TRANSLATE_NOOP("SubjectReport", "Personal data held"),
    "Actions on the person's data (audit trail)": QT_TRANSLATE_NOOP("SubjectReport", "Actions on the person's data (audit trail)"),
    "Third parties the data went to": QT_TRANSLATE_NOOP("SubjectReport", "Third parties the data went to"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _t(text: str) -> str:
    """A text of TEXTS (listed there so that the catalogue tools find them), translated."""
    return _tr(str(TEXTS[text]))


def title(iin: str) -> str:
    return _t("Subject-access report {0}").format(iin)


def describe_entry(entry: AuditEntry) -> str:
    """What was done, in words: the action, on what, the card's number and the third party, if any."""
    d = entry.details_dict
    action = _tr(str(ACTIONS[entry.action])) if entry.action in ACTIONS else entry.action
    what = _tr(str(OBJECTS[AuditObject(entry.object_type)])) if entry.object_type in OBJECTS else entry.object_type
    text = f"{what}: {action}"
    if d.get("number"):
        text += " — " + _t("No. {0}").format(d["number"])
    if d.get("to"):
        text += " — " + _t("to {0}").format(d["to"])
    return text


def report_html(report: SubjectReport) -> str:
    e = html.escape

    def section(number: int, heading: str, body: str) -> str:
        return f"<h3>{number}. {e(heading)}</h3>{body}"

    def paragraph(text: str) -> str:
        return f"<p>{e(text)}</p>"

    none = paragraph(_t("none"))
    cards = "".join(
        f"<p><b>{e(c.number)}</b> — {e(_tr(str(DIRECTIONS.get(c.direction, c.direction))))}, "
        f"{e(_t('registered {0}').format(formatting.date_time(c.registered_at)))}"
        + (f", {e(_t('electronic copies: {0}').format(c.copies))}" if c.copies else "") + "</p>"
        + "".join(
            f"<p style='margin-left:16px'><i>{e(_tr(str(ROLES.get(h.role, h.role))))}</i>: "
            + "; ".join(f"{e(_tr(str(FIELDS.get(k, k))))}: {e(v)}" for k, v in h.values.items()) + "</p>"
            for h in c.held
        )
        for c in report.cards
    ) or none
    fields = paragraph(", ".join(_tr(str(FIELDS.get(f, f))) for f in report.data_fields)) if report.data_fields else none
    fixed = "".join(section(3 + i, _tr(str(h)), paragraph(_tr(str(t)))) for i, (h, t) in enumerate(SECTIONS))
    actions = "".join(
        f"<tr><td>{entry.seq}</td><td>{e(formatting.date_time(entry.occurred_at))}</td>"
        f"<td>{e(entry.user)} ({e(entry.station)})</td><td>{e(describe_entry(entry))}</td></tr>"
        for entry in report.entries
    )
    actions_table = (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr><th>№</th><th>{e(_t('When'))}</th><th>{e(_t('Who'))}</th><th>{e(_t('What was done'))}</th></tr>"
        f"{actions}</table>"
    ) if report.entries else none
    parties = "".join(
        paragraph(", ".join(filter(None, [
            formatting.date_time(t.occurred_at), t.to,
            _t("card {0}").format(t.card_number) if t.card_number else "",
            _t("letter {0}").format(t.outgoing_number) if t.outgoing_number else "",
            _t("by {0}").format(t.user),
        ])))
        for t in report.third_parties
    ) or none
    held = _t("yes") if report.holds_data else _t("no")
    return (
        f"<h2 align='center'>{e(_t('Report on the personal data held in the registry of appeals'))}</h2>"
        f"<p><b>{e(_t('IIN/BIN:'))}</b> {e(report.iin)}<br/>"
        f"<b>{e(_t('Produced:'))}</b> {e(formatting.date_time(report.generated_at))} ({e(_t('Astana time'))}), "
        f"{e(report.generated_by)}<br/><b>{e(_t('Data held:'))}</b> {e(held)}</p>"
        + section(1, _t("Cards holding the person's data"), cards)
        + section(2, _t("Personal data held"), fields)
        + fixed
        + section(3 + len(SECTIONS), _t("Actions on the person's data (audit trail)"), actions_table)
        + section(4 + len(SECTIONS), _t("Third parties the data went to"), parties)
        + paragraph(_tr(str(FREE_OF_CHARGE)))
    )
