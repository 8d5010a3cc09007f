"""Settings › Deadline rules: each legal period the registry applies (docs/deadlines.md), what it
applies to, its length and unit and its legal source. The body may change a period; "Restore"
puts the shipped period back into the fields; Apply saves every changed rule in one operation.
Cards registered afterwards get their due dates by the new periods; cards already on control keep
theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.deadline_rules import DEFAULT_RULES, DeadlineRule
from clerk_app.services.deadline_rules import (
    DEFAULT_BY_CODE,
    PeriodChange,
    max_amount,
)
from clerk_app.services.registry import Registry
from ui import labels, palette
from ui.settings_page import SettingsPage, bold
from ui.workers import TaskRunner

_UNIT = {
    PeriodUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("PeriodUnit", "Calendar days"),
    PeriodUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("PeriodUnit", "Working days"),
    PeriodUnit.HOURS: QT_TRANSLATE_NOOP("PeriodUnit", "24-hour periods (hours)"),
}

# What each shipped rule is for, and its source in short (the stored source is the English record).
_RULE = {
    "seller_answer": QT_TRANSLATE_NOOP("DeadlineRule", "A seller's answer to a consumer's claim"),
    "pretrial_consideration": QT_TRANSLATE_NOOP("DeadlineRule", "Consideration by the pre-trial settlement body"),
    "state_body_appeal": QT_TRANSLATE_NOOP("DeadlineRule", "An appeal to a state body"),
    "state_body_extension_max": QT_TRANSLATE_NOOP("DeadlineRule", "Extension of an appeal to a state body, at most"),
    "extension_notice": QT_TRANSLATE_NOOP("DeadlineRule", "Telling the applicant of an extension"),
    "forwarding_by_competence": QT_TRANSLATE_NOOP("DeadlineRule", "Forwarding by competence"),
    "refusal_decision": QT_TRANSLATE_NOOP("DeadlineRule", "A decision to refuse consideration"),
    "personal_data_request": QT_TRANSLATE_NOOP(
        "DeadlineRule", "A personal data subject's request; a notice of a breach"
    ),
    "personal_data_transfer_notice": QT_TRANSLATE_NOOP("DeadlineRule", "A notice of a personal data transfer"),
}
_SOURCE = {
    "seller_answer": QT_TRANSLATE_NOOP("DeadlineRule", "Consumer Protection Law, art. 42-4"),
    "pretrial_consideration": QT_TRANSLATE_NOOP(
        "DeadlineRule", "Not set by law (arts. 42-8, 42-9 set none): the body's own period"
    ),
    "state_body_appeal": QT_TRANSLATE_NOOP("DeadlineRule", "Administrative Procedural Code, art. 76"),
    "state_body_extension_max": QT_TRANSLATE_NOOP("DeadlineRule", "Administrative Procedural Code, art. 76"),
    "extension_notice": QT_TRANSLATE_NOOP("DeadlineRule", "Administrative Procedural Code, art. 76"),
    "forwarding_by_competence": QT_TRANSLATE_NOOP("DeadlineRule", "Administrative Procedural Code, art. 76"),
    "refusal_decision": QT_TRANSLATE_NOOP("DeadlineRule", "Consumer Protection Law, art. 42-6"),
    "personal_data_request": QT_TRANSLATE_NOOP("DeadlineRule", "Law on personal data, art. 25"),
    "personal_data_transfer_notice": QT_TRANSLATE_NOOP("DeadlineRule", "Law on personal data, art. 19"),
}


AMOUNT_WIDTH = 80  # pixels: up to 87 840 hours
_ORDER = {rule.code: line for line, rule in enumerate(DEFAULT_RULES)}


def _shipped_order(rule: DeadlineRule) -> tuple[int, str]:
    """As docs/deadlines.md lists them: the periods of appeals first, then those of events."""
    return _ORDER.get(rule.code, len(_ORDER)), rule.code


def unit_label(unit: PeriodUnit) -> str:
    return QCoreApplication.translate("PeriodUnit", str(_UNIT[unit]))


def rule_title(rule: DeadlineRule) -> str:
    text = _RULE.get(rule.code)
    return QCoreApplication.translate("DeadlineRule", str(text)) if text else rule.code


def rule_source(rule: DeadlineRule) -> str:
    text = _SOURCE.get(rule.code)
    return QCoreApplication.translate("DeadlineRule", str(text)) if text else rule.legal_source


@dataclass(frozen=True)
class RuleRow:
    """The widgets of one rule."""

    rule: DeadlineRule
    frame: QFrame
    title: QLabel
    kinds: QLabel
    amount: QSpinBox
    unit: QComboBox
    source: QLabel
    restore: QPushButton
    error: QLabel

    def period(self) -> tuple[int, PeriodUnit]:
        return self.amount.value(), PeriodUnit(self.unit.currentData())


class DeadlineRulesPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_rules_page")
        self.rows: dict[str, RuleRow] = {}
        self._list = QVBoxLayout(self.body)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(6)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Deadline rules")

    def read(self) -> list[DeadlineRule]:
        return self._registry.deadline_rules.rules()

    def show_data(self, data: list[DeadlineRule]) -> None:
        data = sorted(data, key=_shipped_order)
        if [r.code for r in data] != list(self.rows):
            self._build(data)
        for rule in data:
            self.rows[rule.code] = replace(self.rows[rule.code], rule=rule)
            self._set_period(rule.code, rule.amount, rule.unit)
        self.retranslate()

    def _build(self, rules: list[DeadlineRule]) -> None:
        """One block per rule: what it is for, what it applies to and its source on the left; the
        period, its unit and Restore on the right; a line between rules."""
        for row in self.rows.values():
            row.frame.deleteLater()
        self.rows = {}
        quiet = palette.quiet(self.palette())
        for rule in rules:
            frame = QFrame()
            frame.setObjectName(f"rule_{rule.code}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            title, kinds, source = QLabel(), QLabel(), QLabel()
            title.setFont(bold(self))
            for label in (title, kinds, source):
                label.setWordWrap(True)
            kinds.setPalette(quiet)
            source.setPalette(quiet)
            amount = QSpinBox()
            amount.setObjectName(f"amount_{rule.code}")
            amount.setMinimum(1)
            amount.setAccelerated(True)
            amount.setMinimumWidth(AMOUNT_WIDTH)
            amount.valueChanged.connect(self._on_edited)
            unit = QComboBox()
            unit.setObjectName(f"unit_{rule.code}")
            for choice in PeriodUnit:
                unit.addItem("", choice.value)
            unit.currentIndexChanged.connect(lambda _i, code=rule.code: self._on_unit(code))
            restore = QPushButton()
            restore.setObjectName(f"restore_{rule.code}")
            restore.setAutoDefault(False)
            restore.clicked.connect(lambda _c=False, code=rule.code: self.restore_default(code))
            restore.setVisible(rule.code in DEFAULT_BY_CODE)
            error = self.errors.add(f"rules.{rule.code}.amount", amount)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            for label in (title, kinds, source):
                texts.addWidget(label)
            period = QHBoxLayout()
            period.addWidget(amount)
            period.addWidget(unit)
            period.addWidget(restore)
            right = QVBoxLayout()
            right.addLayout(period)
            right.addWidget(error)
            right.addStretch(1)
            block = QHBoxLayout(frame)
            block.addLayout(texts, 1)
            block.addLayout(right)
            self._list.addWidget(frame)
            self.rows[rule.code] = RuleRow(rule, frame, title, kinds, amount, unit, source, restore, error)

    def _set_period(self, code: str, amount: int, unit: PeriodUnit) -> None:
        row = self.rows[code]
        row.unit.setCurrentIndex(row.unit.findData(unit.value))
        row.amount.setMaximum(max_amount(unit))
        row.amount.setValue(amount)

    def _on_unit(self, code: str) -> None:
        row = self.rows[code]
        row.amount.setMaximum(max_amount(PeriodUnit(row.unit.currentData())))
        self._on_edited()

    def _on_edited(self) -> None:
        for code, row in self.rows.items():
            shipped = DEFAULT_BY_CODE.get(code)
            row.restore.setEnabled(shipped is not None and row.period() != (shipped.amount, shipped.unit))
        self.edited.emit()

    def restore_default(self, code: str) -> None:
        """The shipped period back in the fields; saved with the page."""
        shipped = DEFAULT_BY_CODE[code]
        self._set_period(code, shipped.amount, shipped.unit)

    def values(self) -> tuple[tuple[str, int, PeriodUnit], ...]:
        return tuple((code, *row.period()) for code, row in self.rows.items())

    def save_operation(self) -> Callable[[], list[DeadlineRule]]:
        service = self._registry.deadline_rules
        previous = self._saved if isinstance(self._saved, tuple) else ()
        saved = {code: (amount, unit) for code, amount, unit in previous}
        changes = [
            PeriodChange(code, amount, unit) for code, amount, unit in self.values() if saved.get(code) != (amount, unit)
        ]
        return lambda: service.update_periods(changes)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Deadline rules"),
            self.tr(
                "The periods by which due dates are counted. A changed period applies to appeals "
                "registered from now on; appeals already on control keep their due dates."
            ),
        )
        for row in self.rows.values():
            row.title.setText(rule_title(row.rule))
            kinds = ", ".join(labels.kind_label(kind) for kind in row.rule.applies_to_kinds)
            row.kinds.setText(self.tr("Appeals: {0}").format(kinds) if kinds else "")
            row.kinds.setVisible(bool(kinds))
            row.source.setText(self.tr("Source: {0}").format(rule_source(row.rule)))
            row.restore.setText(self.tr("Restore"))
            row.restore.setToolTip(self._shipped_text(row.rule.code))
            for line in range(row.unit.count()):
                row.unit.setItemText(line, unit_label(PeriodUnit(row.unit.itemData(line))))
        self._on_edited()

    def _shipped_text(self, code: str) -> str:
        shipped = DEFAULT_BY_CODE.get(code)
        if shipped is None:
            return ""
        return self.tr("Restore the period set by law or shipped with the program: {0} ({1})").format(
            shipped.amount, unit_label(shipped.unit).lower()
        )
