"""The "More criteria" of the search screen: the card's fields to search by, in three columns
(registration, parties, execution control), turned into a ``CardQuery``.

Every criterion is optional ("Any"). What the clerk typed is cleaned (control characters dropped,
spaces collapsed) but never judged here beyond what only the interface can know (an amount that is
not a number); the core's own checks (a reversed range, an IIN that is not 12 digits) come back as
``ValidationError`` issues and are shown under the field they name.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.cards import Journal, StaffMember
from clerk_app.domain.control import ControlStatus
from clerk_app.domain.enums import AppealKind, AppealType, Channel, Direction
from clerk_app.domain.money import AmountProblem, parse_amount
from clerk_app.errors import FieldIssue
from clerk_app.timeutil import astana_today
from ui import labels
from ui.field_errors import FieldErrors
from ui.journal_view import journal_title

E = TypeVar("E", bound=StrEnum)
DATE_FORMAT = "dd.MM.yyyy"
MAX_NUMBER = 100
MAX_NAME = 200
MAX_ID = 24  # twelve digits, with room for the spaces of a pasted "900101 300 001"
MAX_AMOUNT_TEXT = 30
DEFAULT_DAYS_BACK = 30
LABEL_WRAP_FROM = 22  # characters: a longer label of several words goes on two lines  # where "registered from" starts when ticked


def clean_text(text: str) -> str:
    """What the clerk typed, as a criterion: control and format characters dropped, any run of
    spaces (tabs, no-break spaces) made one space, the ends trimmed."""
    kept = []
    for char in text:
        if char.isspace():
            kept.append(" ")
        elif not unicodedata.category(char).startswith("C"):
            kept.append(char)
    return " ".join("".join(kept).split())


def digits_only(text: str) -> str:
    """An IIN or BIN as typed or pasted: the spaces between its digit groups dropped."""
    return "".join(clean_text(text).split())


@dataclass(frozen=True)
class JournalChoice:
    """One entry of the journal combo: a journal, or every journal of a direction."""

    journal: str | None = None
    direction: Direction | None = None


class CriteriaForm(QWidget):
    """The attribute fields. ``changed`` tells the panel to recount the criteria set."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._journals: tuple[Journal, ...] = ()
        self._staff: list[StaffMember] = []
        self._refilling = False

        # --- registration ---------------------------------------------------------------------
        self.number_edit = self._line("search_number", MAX_NUMBER)
        self.number_prefix_check = QCheckBox()
        self.number_prefix_check.setObjectName("search_number_prefix")
        today = _qdate(astana_today())
        self.from_check = QCheckBox()
        self.from_check.setObjectName("search_from_check")
        self.from_date = self._date("search_from_date", _qdate(astana_today() - timedelta(days=DEFAULT_DAYS_BACK)))
        self.to_check = QCheckBox()
        self.to_check.setObjectName("search_to_check")
        self.to_date = self._date("search_to_date", today)
        self.journal_combo = self._combo("search_journal")
        self.channel_combo = self._combo("search_channel")
        self.kind_combo = self._combo("search_kind")
        self.type_combo = self._combo("search_type")

        # --- applicant and respondent ---------------------------------------------------------
        self.applicant_edit = self._line("search_applicant", MAX_NAME)
        self.iin_edit = self._line("search_iin", MAX_ID)
        self.respondent_edit = self._line("search_respondent", MAX_NAME)
        self.bin_edit = self._line("search_bin", MAX_ID)
        self.amount_min_edit = self._line("search_amount_min", MAX_AMOUNT_TEXT)
        self.amount_max_edit = self._line("search_amount_max", MAX_AMOUNT_TEXT)
        for edit in (self.iin_edit, self.bin_edit, self.amount_min_edit, self.amount_max_edit):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 18 + 24)
        self.amount_to_label = QLabel("–")

        # --- execution control ----------------------------------------------------------------
        self.status_combo = self._combo("search_status")
        self.executor_combo = self._combo("search_executor")
        self.executor_combo.setMinimumContentsLength(12)
        self.overdue_check = QCheckBox()
        self.overdue_check.setObjectName("search_overdue")
        self.court_combo = self._combo("search_court")

        for check in (self.number_prefix_check, self.from_check, self.to_check, self.overdue_check):
            check.toggled.connect(self._on_changed)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)

        # --- layout: three columns of labelled fields, each with its error line under it --------
        self._row_labels: dict[str, QLabel] = {}
        number_row = _row(self.number_edit, self.number_prefix_check)
        dates_row = _row(self.from_check, self.from_date, self.to_check, self.to_date)
        amount_row = _row(self.amount_min_edit, self.amount_to_label, self.amount_max_edit)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(
            self._column(
                ("number", number_row, self.number_edit,
                 {"number": self.number_edit, "number_prefix": self.number_edit}),
                ("registered", dates_row, self.from_check,
                 {"registered_from": self.from_date, "registered_to": self.to_date}),
                ("journal", self.journal_combo, self.journal_combo,
                 {"journal": self.journal_combo, "direction": self.journal_combo}),
                ("channel", self.channel_combo, self.channel_combo, {"channel": self.channel_combo}),
                ("kind", self.kind_combo, self.kind_combo, {"kind": self.kind_combo}),
                ("type", self.type_combo, self.type_combo, {"type": self.type_combo}),
            ),
            1,
        )
        columns.addLayout(
            self._column(
                ("applicant", self.applicant_edit, self.applicant_edit, {"applicant_name": self.applicant_edit}),
                ("iin", self.iin_edit, self.iin_edit, {"applicant_iin": self.iin_edit}),
                ("respondent", self.respondent_edit, self.respondent_edit,
                 {"respondent_name": self.respondent_edit}),
                ("bin", self.bin_edit, self.bin_edit, {"respondent_bin": self.bin_edit}),
                ("amount", amount_row, self.amount_min_edit,
                 {"amount_min": self.amount_min_edit, "amount_max": self.amount_max_edit}),
            ),
            1,
        )
        columns.addLayout(
            self._column(
                ("status", self.status_combo, self.status_combo, {"status": self.status_combo}),
                ("executor", self.executor_combo, self.executor_combo, {"executor_id": self.executor_combo}),
                ("overdue", self.overdue_check, self.overdue_check, {"overdue": self.overdue_check}),
                ("court", self.court_combo, self.court_combo, {"court_matter": self.court_combo}),
            ),
            1,
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.addLayout(columns)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------------

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._on_changed)
        return edit

    def _date(self, name: str, day: QDate) -> QDateEdit:
        edit = _DateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(QDate(1990, 1, 1))
        edit.setMaximumDate(QDate(2999, 12, 31))
        edit.dateChanged.connect(self._on_changed)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _column(self, *rows: tuple[str, QWidget | QHBoxLayout, QWidget, dict[str, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        for key, field, buddy, issue_fields in rows:
            label = QLabel()
            label.setBuddy(buddy)
            self._row_labels[key] = label
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if isinstance(field, QHBoxLayout):
                box.addLayout(field)
            else:
                box.addWidget(field)
            for issue_field, focus in issue_fields.items():
                box.addWidget(self._errors.add(issue_field, focus))
            form.addRow(label, cell)
        return form

    def tab_order(self) -> list[QWidget]:
        """The fields in the order Tab visits them: down each column, left to right."""
        return [
            self.number_edit, self.number_prefix_check, self.from_check, self.from_date, self.to_check,
            self.to_date, self.journal_combo, self.channel_combo, self.kind_combo, self.type_combo,
            self.applicant_edit, self.iin_edit, self.respondent_edit, self.bin_edit, self.amount_min_edit,
            self.amount_max_edit, self.status_combo, self.executor_combo, self.overdue_check, self.court_combo,
        ]

    # --- reference lists from the registry --------------------------------------------------------

    def set_journals(self, journals: Iterable[Journal]) -> None:
        self._journals = tuple(journals)
        self._fill_journals()

    def set_staff(self, members: Iterable[StaffMember]) -> None:
        self._staff = sorted(members, key=lambda m: m.full_name.casefold())
        self._fill_executors()

    def _fill_journals(self) -> None:
        choices: list[tuple[str, JournalChoice | None]] = [(self.tr("Any journal"), None)]
        for direction in Direction:
            of_direction = [j for j in self._journals if j.direction is direction]
            if len(of_direction) > 1:
                title = (
                    self.tr("All incoming journals")
                    if direction is Direction.INCOMING
                    else self.tr("All outgoing journals")
                )
                choices.append((title, JournalChoice(direction=direction)))
            choices += [(journal_title(j), JournalChoice(journal=j.code, direction=j.direction)) for j in of_direction]
        self._refill(self.journal_combo, choices)

    def _fill_executors(self) -> None:
        choices: list[tuple[str, uuid.UUID | None]] = [(self.tr("Any executor"), None)]
        choices += [(member.full_name, member.id) for member in self._staff]
        self._refill(self.executor_combo, choices)
        for i, member in enumerate(self._staff, start=1):
            if member.position:
                self.executor_combo.setItemData(i, member.position, Qt.ItemDataRole.ToolTipRole)

    def _refill(self, combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
        """New entries, the current choice kept when it is still offered."""
        keep = combo.currentData()
        self._refilling = True
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        # findData compares Python objects by identity: equal ones are looked for here
        index = next((i for i in range(combo.count()) if keep is not None and combo.itemData(i) == keep), 0)
        combo.setCurrentIndex(index)
        self._refilling = False

    # --- reading the criteria ---------------------------------------------------------------------

    def journal_choice(self) -> JournalChoice | None:
        choice = self.journal_combo.currentData()
        return choice if isinstance(choice, JournalChoice) else None

    def status(self) -> ControlStatus | None:
        return _chosen(self.status_combo, ControlStatus)

    def date_from(self) -> date | None:
        return _pydate(self.from_date.date()) if self.from_check.isChecked() else None

    def date_to(self) -> date | None:
        return _pydate(self.to_date.date()) if self.to_check.isChecked() else None

    def amount_problems(self) -> list[FieldIssue]:
        """Amounts that are not amounts (the only check the interface makes itself)."""
        problems = []
        for field, edit in (("amount_min", self.amount_min_edit), ("amount_max", self.amount_max_edit)):
            try:
                _amount(edit.text())
            except AmountProblem as problem:
                problems.append(FieldIssue(field, problem.code, str(problem)))
        return problems

    def card_query(self) -> CardQuery:
        """The criteria as the core takes them (amounts that are not amounts are left out: see
        ``amount_problems``). Not checked: ``CardQuery.checked`` does that, in the core's words."""
        number = clean_text(self.number_edit.text()) or None
        prefix = self.number_prefix_check.isChecked()
        journal = self.journal_choice()

        def amount(edit: QLineEdit) -> Decimal | None:
            try:
                return _amount(edit.text())
            except AmountProblem:
                return None

        return CardQuery(
            number=None if prefix else number,
            number_prefix=number if prefix else None,
            registered_from=self.date_from(),
            registered_to=self.date_to(),
            direction=journal.direction if journal is not None and journal.journal is None else None,
            journal=journal.journal if journal is not None else None,
            channel=_chosen(self.channel_combo, Channel),
            kind=_chosen(self.kind_combo, AppealKind),
            type=_chosen(self.type_combo, AppealType),
            status=self.status(),
            executor_id=self.executor_combo.currentData(),
            applicant_name=clean_text(self.applicant_edit.text()) or None,
            applicant_iin=digits_only(self.iin_edit.text()) or None,
            respondent_name=clean_text(self.respondent_edit.text()) or None,
            respondent_bin=digits_only(self.bin_edit.text()) or None,
            amount_min=amount(self.amount_min_edit),
            amount_max=amount(self.amount_max_edit),
            overdue=self.overdue_check.isChecked(),
            court_matter=self.court_combo.currentData(),
        )

    def filled(self) -> list[str]:
        """The row keys of the criteria that are set (whatever a search makes of them)."""
        journal = self.journal_choice()
        set_ = {
            "number": bool(clean_text(self.number_edit.text())),
            "registered": self.from_check.isChecked() or self.to_check.isChecked(),
            "journal": journal is not None,
            "channel": self.channel_combo.currentData() is not None,
            "kind": self.kind_combo.currentData() is not None,
            "type": self.type_combo.currentData() is not None,
            "applicant": bool(clean_text(self.applicant_edit.text())),
            "iin": bool(digits_only(self.iin_edit.text())),
            "respondent": bool(clean_text(self.respondent_edit.text())),
            "bin": bool(digits_only(self.bin_edit.text())),
            "amount": bool(clean_text(self.amount_min_edit.text()) or clean_text(self.amount_max_edit.text())),
            "status": self.status() is not None,
            "executor": self.executor_combo.currentData() is not None,
            "overdue": self.overdue_check.isChecked(),
            "court": self.court_combo.currentData() is not None,
        }
        return [key for key, on in set_.items() if on]

    # --- changing them ----------------------------------------------------------------------------

    def clear(self) -> None:
        self._refilling = True
        for edit in (
            self.number_edit, self.applicant_edit, self.iin_edit, self.respondent_edit, self.bin_edit,
            self.amount_min_edit, self.amount_max_edit,
        ):
            edit.clear()
        for check in (self.number_prefix_check, self.from_check, self.to_check, self.overdue_check):
            check.setChecked(False)
        for combo in (
            self.journal_combo, self.channel_combo, self.kind_combo, self.type_combo, self.status_combo,
            self.executor_combo, self.court_combo,
        ):
            combo.setCurrentIndex(0)
        self.from_date.setDate(_qdate(astana_today() - timedelta(days=DEFAULT_DAYS_BACK)))
        self.to_date.setDate(_qdate(astana_today()))
        self._refilling = False
        self.changed.emit()

    def _on_changed(self, *_: object) -> None:
        if not self._refilling:
            self.changed.emit()

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "number": self.tr("Registration No.:"),
            "registered": self.tr("Registered:"),
            "journal": self.tr("Journal:"),
            "channel": self.tr("Channel:"),
            "kind": self.tr("Kind:"),
            "type": self.tr("Type:"),
            "applicant": self.tr("Applicant:"),
            "iin": self.tr("Applicant's IIN:"),
            "respondent": self.tr("Respondent:"),
            "bin": self.tr("Respondent's BIN:"),
            "amount": self.tr("Amount, ₸:"),
            "status": self.tr("Control status:"),
            "executor": self.tr("Executor:"),
            "overdue": self.tr("Due date:"),
            "court": self.tr("Court matter:"),
        }
        for key, text in texts.items():
            self._row_labels[key].setText(two_lines(text))
        self.number_prefix_check.setText(self.tr("starts with"))
        self.number_prefix_check.setToolTip(
            self.tr("Find every number that begins with what is typed, such as 01/A- or 01/A-12")
        )
        self.number_edit.setPlaceholderText(self.tr("the whole number"))
        self.from_check.setText(self.tr("from", "a date"))
        self.to_check.setText(self.tr("to", "a date"))
        self.from_check.setToolTip(self.tr("Registered on this day or later (Astana time)"))
        self.to_check.setToolTip(self.tr("Registered on this day or earlier (Astana time)"))
        self.amount_min_edit.setPlaceholderText(self.tr("from", "an amount"))
        self.amount_max_edit.setPlaceholderText(self.tr("to", "an amount"))
        self.applicant_edit.setPlaceholderText(self.tr("surname, or its beginning"))
        self.applicant_edit.setToolTip(
            self.tr(
                "The name as the card has it, surname first; its beginning is enough. "
                "For an organisation, the beginning of its name."
            )
        )
        self.respondent_edit.setPlaceholderText(self.tr("part of the name"))
        self.respondent_edit.setToolTip(self.tr("Any part of the seller's or organizer's name"))
        self.iin_edit.setPlaceholderText(self.tr("12 digits"))
        self.bin_edit.setPlaceholderText(self.tr("12 digits"))
        self.overdue_check.setText(self.tr("overdue only"))
        self.overdue_check.setToolTip(self.tr("On execution control and past the due date"))
        self._refill(self.channel_combo, [(self.tr("Any channel"), None)] + [(labels.channel_label(c), c) for c in Channel])
        self._refill(self.kind_combo, [(self.tr("Any kind"), None)] + [(labels.kind_label(k), k) for k in AppealKind])
        self._refill(self.type_combo, [(self.tr("Any type"), None)] + [(labels.type_label(t), t) for t in AppealType])
        self._refill(
            self.status_combo,
            [(self.tr("Any status"), None)] + [(labels.control_status_label(s), s) for s in ControlStatus],
        )
        self._refill(
            self.court_combo,
            [
                (self.tr("Any"), None),
                (self.tr("Court matters only"), True),
                (self.tr("No court matters"), False),
            ],
        )
        for i, kind in enumerate(AppealKind, start=1):
            self.kind_combo.setItemData(i, labels.kind_hint(kind), Qt.ItemDataRole.ToolTipRole)
        self._fill_journals()
        self._fill_executors()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _DateEdit(QDateEdit):
    """A date field that Tab leaves for the next field (QDateEdit's own Tab steps through the day,
    the month and the year: typing the digits moves on by itself)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def _chosen(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum value of a combo's entry (Qt hands a string enum back as its plain string)."""
    value = combo.currentData()
    return kind(value) if value is not None else None


def _amount(text: str) -> Decimal | None:
    """An amount as typed ("150 000,50", "150000.5"), None when empty; ``AmountProblem`` otherwise."""
    cleaned = "".join(clean_text(text).split())
    return parse_amount(cleaned) if cleaned else None


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def two_lines(label: str) -> str:
    """A long label ("Ответственный исполнитель:") on two balanced lines, so that its column of the
    criteria stays narrow."""
    if len(label) <= LABEL_WRAP_FROM or " " not in label:
        return label
    spaces = [i for i, char in enumerate(label) if char == " "]
    best = min(spaces, key=lambda i: max(i, len(label) - i - 1))
    return f"{label[:best]}\n{label[best + 1 :]}"


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
