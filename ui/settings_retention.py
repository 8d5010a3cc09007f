"""Settings › Retention: how many years each kind of record is kept after its purpose was achieved
(R42), counted from the end of that year; then it is listed for destruction (Personal data ›
Records due for destruction…). The defaults and what they rest on are in docs/personal-data.md."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from clerk_app.domain.retention import MAX_YEARS, RecordType, RetentionPolicy
from clerk_app.services.registry import Registry
from ui import session
from ui.settings_page import SettingsPage, caption, hint
from ui.workers import TaskRunner

_RECORD_TYPE = {
    RecordType.INCOMING: QT_TRANSLATE_NOOP("RecordType", "Incoming appeals (years after removal from control)"),
    RecordType.OUTGOING: QT_TRANSLATE_NOOP("RecordType", "Outgoing letters (years after registration)"),
    RecordType.INBOX: QT_TRANSLATE_NOOP("RecordType", "Unfiled scans in the inbox (years after arrival)"),
}


def record_type_label(record_type: RecordType) -> str:
    return QCoreApplication.translate("RecordType", str(_RECORD_TYPE[record_type]))


class RetentionPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_retention_page")
        form = QFormLayout(self.body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long Kazakh captions above the fields
        self.spins: dict[RecordType, QSpinBox] = {}
        self.captions: dict[RecordType, QLabel] = {}
        for record_type in RecordType:
            spin = QSpinBox()
            spin.setObjectName(f"retention_{record_type.value}")
            spin.setRange(1, MAX_YEARS)
            spin.valueChanged.connect(self.edited)
            label = caption(self)
            label.setBuddy(spin)
            self.spins[record_type], self.captions[record_type] = spin, label
            form.addRow(label, spin)
        self.note = hint(self)
        form.addRow(self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Retention")

    def read(self) -> RetentionPolicy:
        return self._registry.retention.policy()

    def show_data(self, data: Any) -> None:
        for record_type, spin in self.spins.items():
            spin.setValue(data.years_of(record_type))

    def values(self) -> object:
        return tuple((t.value, s.value()) for t, s in self.spins.items())

    def save_operation(self) -> Callable[[], Any]:
        years: dict[str, object] = {t.value: s.value() for t, s in self.spins.items()}
        service, actor = self._registry.retention, session.current()
        # nobody signed in: session.actor() refuses on the worker, and the page shows the refusal
        return lambda: service.save_policy(years, actor or session.actor())

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Retention periods"),
            self.tr("A record is kept for this many years after the end of the year its purpose was achieved; "
                    "then it appears among the records due for destruction. The personal-data officer destroys "
                    "them with a destruction act."),
        )
        for record_type, label in self.captions.items():
            label.setText(record_type_label(record_type))
        self.note.setText(self.tr("The law sets no period for consumers' appeals: 5 years follows the usual "
                                  "nomenclature of cases; change it to your body's nomenclature."))
