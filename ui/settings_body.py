"""Settings › The body: the pre-trial settlement body this registry belongs to (its name, which the
window title shows, its kind, BIN, address, head and contacts). The BIN's check digit is checked as
it is typed; the core checks everything again when the page is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from clerk_app.domain import identifiers
from clerk_app.domain.enums import SettlementBodyType
from clerk_app.services.references import OwnBody
from clerk_app.services.registry import Registry
from ui.error_text import field_message
from ui.settings_page import SettingsPage, caption
from ui.workers import TaskRunner

_BODY_TYPE = {
    SettlementBodyType.MEDIATOR: QT_TRANSLATE_NOOP("SettlementBodyType", "Mediators' organisation"),
    SettlementBodyType.ARBITRATION: QT_TRANSLATE_NOOP("SettlementBodyType", "Arbitration"),
    SettlementBodyType.CONSUMER_ASSOCIATION: QT_TRANSLATE_NOOP("SettlementBodyType", "Consumer association"),
    SettlementBodyType.SELLERS_ASSOCIATION: QT_TRANSLATE_NOOP(
        "SettlementBodyType", "Association of sellers (self-regulating organisation)"
    ),
    SettlementBodyType.OTHER: QT_TRANSLATE_NOOP("SettlementBodyType", "Other"),
}

# (field, maximum length) in the order of the form; the kind is a list, between name and BIN
TEXT_FIELDS = (("name", 200), ("bin", 14), ("address", 500), ("head", 200), ("phone", 40), ("email", 200))


def body_type_label(body_type: SettlementBodyType) -> str:
    return QCoreApplication.translate("SettlementBodyType", str(_BODY_TYPE[body_type]))


@dataclass(frozen=True)
class BodyValues:
    fields: tuple[tuple[str, str], ...]
    body_type: SettlementBodyType

    def as_entry(self) -> dict[str, Any]:
        """The service's input: empty optional fields left out (they clear the stored value)."""
        entry: dict[str, Any] = {name: text for name, text in self.fields if text.strip()}
        entry["body_type"] = self.body_type.value
        return entry


class BodyPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_body_page")
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above: long Kazakh words fit
        form.setVerticalSpacing(4)
        for name, limit in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"body_{name}")
            edit.setMaxLength(limit)
            edit.textChanged.connect(self.edited)
            self.edits[name] = edit
        self.edits["bin"].textChanged.connect(self._check_bin)
        self.type_box = QComboBox()
        self.type_box.setObjectName("body_type")
        for body_type in SettlementBodyType:
            self.type_box.addItem("", body_type)
        self.type_box.currentIndexChanged.connect(self.edited)
        for name in ("name", "type", "bin", "address", "head", "phone", "email"):
            widget = self.type_box if name == "type" else self.edits[name]
            label = caption(self)
            label.setBuddy(widget)
            self.captions[name] = label
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors.add("body_type" if name == "type" else name, widget))
            form.addRow(label, column)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.retranslate()

    def title(self) -> str:
        return self.tr("The body")

    def read(self) -> OwnBody | None:
        return self._registry.references.own_body()

    def show_data(self, data: OwnBody | None) -> None:
        body = data.body if data else None
        texts = {
            "name": body.name if body else "",
            "bin": (body.bin or "") if body else "",
            "address": (body.address or "") if body else "",
            "head": (data.head or "") if data else "",
            "phone": (body.phone or "") if body else "",
            "email": (body.email or "") if body else "",
        }
        for name, text in texts.items():
            self.edits[name].setText(text)
        body_type = body.body_type if body else SettlementBodyType.MEDIATOR
        self.type_box.setCurrentIndex(self.type_box.findData(body_type))

    def values(self) -> BodyValues:
        # a BIN typed with spaces is the same BIN: it alone does not make the page changed
        texts = {name: self.edits[name].text().strip() for name, _ in TEXT_FIELDS}
        texts["bin"] = identifiers.normalize(texts["bin"])
        return BodyValues(tuple(texts.items()), SettlementBodyType(self.type_box.currentData()))

    def check(self) -> bool:
        if not self.edits["name"].text().strip():
            self.errors.show_field("name", field_message("field.required", "name"))
            self.errors.focus_first(["name"])
            return False
        problem = self._bin_problem()
        if problem is not None:
            self.errors.show_field("bin", field_message(problem.value, "bin"))
            self.errors.focus_first(["bin"])
            return False
        return True

    def save_operation(self) -> Callable[[], OwnBody]:
        registry, entry = self._registry, self.values().as_entry()
        return lambda: registry.references.save_own_body(entry)

    def _bin_problem(self) -> identifiers.IdentifierProblem | None:
        text = identifiers.normalize(self.edits["bin"].text())
        return identifiers.bin_problem(text) if text else None

    def _check_bin(self) -> None:
        """As typed: a complete BIN with a wrong digit is pointed out at once; a shorter one waits."""
        text = identifiers.normalize(self.edits["bin"].text())
        problem = self._bin_problem() if len(text) >= 12 else None
        label = self.errors.labels["bin"]
        label.setText(field_message(problem.value, "bin") if problem else "")
        label.setVisible(problem is not None)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("The body"),
            self.tr(
                "The pre-trial settlement body of consumer disputes that keeps this registry. "
                "Its name is shown in the title of the window."
            ),
        )
        texts = {
            "name": self.tr("&Name:"),
            "type": self.tr("&Kind of body:"),
            "bin": self.tr("&BIN:"),
            "address": self.tr("&Address:"),
            "head": self.tr("&Head (full name):"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.edits["bin"].setPlaceholderText(self.tr("12 digits"))
        for line in range(self.type_box.count()):
            self.type_box.setItemText(line, body_type_label(SettlementBodyType(self.type_box.itemData(line))))
