"""The small forms of the breach register: a breach (new or changed), the notice sent, the closing,
the responsible person. Each sends its values to the core on the store runner and, refused, shows
each problem under its field and keeps everything typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.breaches import Breach, DataCategory, NoticeChannel, ResponsiblePerson
from clerk_app.errors import ValidationError
from clerk_app.services.registry import Registry
from clerk_app.timeutil import to_astana, utc_now
from ui import breach_texts, session
from ui.error_text import describe
from ui.field_errors import FieldErrors, error_label
from ui.workers import Task, TaskRunner

DATE_TIME_DISPLAY = "dd.MM.yyyy HH:mm"


def moment_edit(moment: datetime) -> QDateTimeEdit:
    """A date and time as the Astana wall clock shows it (whatever this computer's zone)."""
    local = to_astana(moment)
    edit = QDateTimeEdit(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
    edit.setDisplayFormat(DATE_TIME_DISPLAY)
    edit.setCalendarPopup(True)
    return edit


def typed_moment(edit: QDateTimeEdit) -> str:
    """ISO text without a zone: the core reads it as Astana time."""
    d, t = edit.dateTime().date(), edit.dateTime().time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).isoformat()


def _text_edit(name: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class BreachForm(QDialog):
    """Base of the forms: the fields in a form layout, each with its error line; OK sends them."""

    saved = Signal(object)  # what the core returned

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._runner = runner
        self._task: Task[Any] | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = error_label()
        self.general_error.setObjectName("breach_form_error")
        self.errors = FieldErrors(self.general_error)
        self.captions: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("breach_form_ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def add_field(self, field: str, widget: QWidget) -> None:
        caption = QLabel()
        caption.setBuddy(widget)
        self.captions[field] = caption
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        inner.addWidget(self.errors.add(field, widget))
        self.form.addRow(caption, column)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def operation(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        op = self.operation()
        self.ok_button.setEnabled(False)
        self._task = self._runner.submit(op, success=self._on_saved, failure=self._on_refused)

    def _on_saved(self, result: object) -> None:
        self._task = None
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._task = None
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            shown: list[str] = []
            for issue in exc.issues:
                field = issue.field.split(".")[0]  # "subject_iins.2": the field of the list
                self.errors.show_field(field, breach_texts.field_error(issue.code))
                shown.append(field)
            self.errors.focus_first(shown)
            return
        text = describe(exc)
        self.errors.show_general(f"{text.headline} {text.advice}")


class BreachEditForm(BreachForm):
    """A new breach, or what is known of one changed."""

    def __init__(
        self, registry: Registry, runner: TaskRunner, responsible: ResponsiblePerson, breach: Breach | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("breach_edit_form")
        self.setMinimumWidth(820)  # the data categories in two columns, in Kazakh too
        self.breach = breach
        self.detected_edit = moment_edit(breach.detected_at if breach else utc_now())
        self.detected_edit.setObjectName("breach_detected_edit")
        self.description_edit = _text_edit("breach_description_edit", 5)
        self.category_checks: dict[DataCategory, QCheckBox] = {}
        categories = QWidget()
        grid = QGridLayout(categories)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, category in enumerate(DataCategory):
            check = QCheckBox()
            check.setObjectName(f"breach_category_{category.value}")
            self.category_checks[category] = check
            grid.addWidget(check, index // 2, index % 2)
        self.subjects_edit = _line_edit("breach_subjects_edit")
        self.iins_edit = _line_edit("breach_iins_edit")
        self.measures_edit = _text_edit("breach_measures_edit", 3)
        self.responsible_name_edit = _line_edit("breach_responsible_name_edit")
        self.responsible_phone_edit = _line_edit("breach_responsible_phone_edit")
        self.responsible_email_edit = _line_edit("breach_responsible_email_edit")
        for field, widget in (
            ("detected_at", self.detected_edit), ("description", self.description_edit), ("categories", categories),
            ("subjects_count", self.subjects_edit), ("subject_iins", self.iins_edit), ("measures", self.measures_edit),
            ("responsible_name", self.responsible_name_edit), ("responsible_phone", self.responsible_phone_edit),
            ("responsible_email", self.responsible_email_edit),
        ):
            self.add_field(field, widget)
        person = breach.responsible if breach else responsible
        self.responsible_name_edit.setText(person.name)
        self.responsible_phone_edit.setText(person.phone)
        self.responsible_email_edit.setText(person.email)
        if breach is not None:
            self.description_edit.setPlainText(breach.description)
            for category in breach.categories:
                self.category_checks[category].setChecked(True)
            self.subjects_edit.setText("" if breach.subjects_count is None else str(breach.subjects_count))
            self.measures_edit.setPlainText(breach.measures or "")
        self.retranslate()

    def retranslate(self) -> None:
        b = self.breach
        self.setWindowTitle(self.tr("Personal-data breach {0}").format(b.number) if b else self.tr("New personal-data breach"))
        for field, text in (
            ("detected_at", self.tr("&Detected (Astana time):")), ("description", self.tr("&What happened:")),
            ("categories", self.tr("Data affected:")), ("subjects_count", self.tr("Persons affected, &about:")),
            ("subject_iins", self.tr("Their &IINs, if known:")), ("measures", self.tr("&Measures taken:")),
            ("responsible_name", self.tr("&Responsible person:")), ("responsible_phone", self.tr("&Phone:")),
            ("responsible_email", self.tr("&E-mail:")),
        ):
            self.captions[field].setText(text)
        for category, check in self.category_checks.items():
            check.setText(breach_texts.category_label(category))
        self.subjects_edit.setPlaceholderText(self.tr("not known yet"))
        if b is not None and b.known_subjects:
            hint = self.tr("{0} named already; IINs typed here are added").format(b.known_subjects)
        else:
            hint = self.tr("separated by spaces; stored unreadably")
        self.iins_edit.setPlaceholderText(hint)
        self.intro.setText(self.tr(
            "The authorized body for personal data must be told within one working day of detection: by the "
            "end of the first working day after the day of detection."
        ))
        self.intro.show()

    def values(self) -> dict[str, Any]:
        return {
            "detected_at": typed_moment(self.detected_edit),
            "description": self.description_edit.toPlainText(),
            "categories": [c.value for c, check in self.category_checks.items() if check.isChecked()],
            "subjects_count": self.subjects_edit.text(),
            "subject_iins": self.iins_edit.text(),
            "measures": self.measures_edit.toPlainText(),
            "responsible_name": self.responsible_name_edit.text(),
            "responsible_phone": self.responsible_phone_edit.text(),
            "responsible_email": self.responsible_email_edit.text(),
        }

    def operation(self) -> Callable[[], Any]:
        data, actor, service, breach = self.values(), session.actor(), self._registry.breaches, self.breach
        if breach is None:
            return lambda: service.record(data, actor)
        return lambda: service.update(breach.number, data, actor)


class NotifyForm(BreachForm):
    """The authorized body was told: when, whom, how, the reference."""

    def __init__(self, registry: Registry, runner: TaskRunner, breach: Breach, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("breach_notify_form")
        self.breach = breach
        self.at_edit = moment_edit(utc_now())
        self.at_edit.setObjectName("breach_notified_at_edit")
        self.to_edit = _line_edit("breach_notified_to_edit")
        self.channel_box = QComboBox()
        self.channel_box.setObjectName("breach_channel_box")
        for channel in NoticeChannel:
            self.channel_box.addItem("", channel.value)
        self.reference_edit = _line_edit("breach_reference_edit")
        for field, widget in (("notified_at", self.at_edit), ("notified_to", self.to_edit), ("channel", self.channel_box),
                              ("reference", self.reference_edit)):
            self.add_field(field, widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notice of breach {0} sent").format(self.breach.number))
        for field, text in (("notified_at", self.tr("&Sent (Astana time):")), ("notified_to", self.tr("&To:")),
                            ("channel", self.tr("&How:")), ("reference", self.tr("&Reference:"))):
            self.captions[field].setText(text)
        for index, channel in enumerate(NoticeChannel):
            self.channel_box.setItemText(index, breach_texts.channel_label(channel))
        self.to_edit.setPlaceholderText(self.tr("the authorized body for the protection of personal data"))
        self.reference_edit.setPlaceholderText(self.tr("the outgoing number, or the number the body gave"))

    def operation(self) -> Callable[[], Any]:
        data = {"notified_at": typed_moment(self.at_edit), "notified_to": self.to_edit.text(),
                "channel": self.channel_box.currentData(), "reference": self.reference_edit.text()}
        actor, service, number = session.actor(), self._registry.breaches, self.breach.number
        return lambda: service.mark_notified(number, data, actor)


class CloseForm(BreachForm):
    def __init__(self, registry: Registry, runner: TaskRunner, breach: Breach, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("breach_close_form")
        self.breach = breach
        self.note_edit = _text_edit("breach_closing_note_edit", 3)
        self.add_field("closing_note", self.note_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close breach {0}").format(self.breach.number))
        self.captions["closing_note"].setText(self.tr("&Note:"))
        if self.breach.notified_at is None:
            self.intro.setText(self.tr(
                "The authorized body has not been told of this breach. Close it only if it proved no breach, "
                "and say why."
            ))
            self.intro.show()

    def operation(self) -> Callable[[], Any]:
        note, actor, service, number = self.note_edit.toPlainText(), session.actor(), self._registry.breaches, self.breach.number
        return lambda: service.close(number, note, actor)


class ResponsibleForm(BreachForm):
    """The person responsible for organizing personal-data processing, whom every notice names."""

    def __init__(self, registry: Registry, runner: TaskRunner, person: ResponsiblePerson,
                 parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("breach_responsible_form")
        self.name_edit = _line_edit("responsible_name_edit")
        self.phone_edit = _line_edit("responsible_phone_edit")
        self.email_edit = _line_edit("responsible_email_edit")
        self.name_edit.setText(person.name)
        self.phone_edit.setText(person.phone)
        self.email_edit.setText(person.email)
        for field, widget in (("name", self.name_edit), ("phone", self.phone_edit), ("email", self.email_edit)):
            self.add_field(field, widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person responsible for personal data"))
        self.intro.setText(self.tr(
            "The person responsible for organizing the processing of personal data. Every notice of a breach "
            "gives these contact details."
        ))
        self.intro.show()
        for field, text in (("name", self.tr("&Name:")), ("phone", self.tr("&Phone:")), ("email", self.tr("&E-mail:"))):
            self.captions[field].setText(text)

    def operation(self) -> Callable[[], Any]:
        data = {"name": self.name_edit.text(), "phone": self.phone_edit.text(), "email": self.email_edit.text()}
        actor, service = session.actor(), self._registry.breaches
        return lambda: service.set_responsible_person(data, actor)
