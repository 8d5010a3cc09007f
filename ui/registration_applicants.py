"""The applicants of an appeal (the addressees of an outgoing letter) in the registration form: one
block per person or organisation, added and removed as the paper says; two or more make the
appeal collective.

A natural person's IIN comes first: typed in full and valid, the form looks it up and fills in
the name, address, phone and e-mail from the person's latest appeal, in the fields still empty
(what the clerk typed is never overwritten).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain import identifiers
from clerk_app.domain.cards import Applicant
from clerk_app.domain.drafts import ADDRESS_TEXT, SHORT_TEXT
from clerk_app.domain.enums import Direction, PartyType
from ui import palette
from ui.field_errors import error_label
from ui.registration_fields import (
    FieldCell,
    FormErrors,
    caption,
    choose,
    combo_box,
    line_edit,
    refill,
    text_of,
)

ID_CHARS = 20  # twelve digits and the spaces of a number typed in groups
PHONE_CHARS = 40
PERSON_KEYS = ("surname", "given_name", "patronymic", "address", "phone", "email")  # filled from a known IIN

_PARTY = {
    PartyType.NATURAL_PERSON: QT_TRANSLATE_NOOP("PartyType", "Natural person"),
    PartyType.LEGAL_ENTITY: QT_TRANSLATE_NOOP("PartyType", "Legal entity"),
}


def party_label(party: PartyType) -> str:
    return QCoreApplication.translate("PartyType", str(_PARTY[party]))


class ApplicantRow(QFrame):
    """One applicant: a natural person (IIN, surname, given name, patronymic) or a legal entity
    (BIN, name), with address, phone and e-mail."""

    changed = Signal()
    iinTyped = Signal(object, str)  # this row, a valid IIN: look the person up
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicant_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._looked_up: str | None = None
        self._filled: dict[str, str] = {}  # what the lookup put in a field: replaceable by the next one
        self.number_label = QLabel()
        self.party_combo = combo_box("party_combo")
        self.party_combo.setMinimumContentsLength(10)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_applicant_button")
        self.remove_button.setAutoDefault(True)  # Enter on a focused button presses it, not Register
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.edits: dict[str, QLineEdit] = {
            "iin": line_edit("iin_edit", ID_CHARS),
            "surname": line_edit("surname_edit", SHORT_TEXT),
            "given_name": line_edit("given_name_edit", SHORT_TEXT),
            "patronymic": line_edit("patronymic_edit", SHORT_TEXT),
            "bin": line_edit("bin_edit", ID_CHARS),
            "name": line_edit("legal_name_edit", SHORT_TEXT),
            "address": line_edit("address_edit", ADDRESS_TEXT),
            "phone": line_edit("phone_edit", PHONE_CHARS),
            "email": line_edit("email_edit", SHORT_TEXT),
        }
        for key in ("iin", "bin"):
            width = self.edits[key].fontMetrics().horizontalAdvance("0") * 16 + 24
            self.edits[key].setMaximumWidth(width)
        self.known_label = QLabel()
        self.known_label.setObjectName("known_applicant_label")
        self.known_label.setWordWrap(True)
        self.known_label.setPalette(palette.quiet(self.palette()))
        # the IIN shares its line with what the lookup found; its error line runs under both
        iin_line = QWidget()
        iin_box = QHBoxLayout(iin_line)
        iin_box.setContentsMargins(0, 0, 0, 0)
        iin_box.addWidget(self.edits["iin"], 0, Qt.AlignmentFlag.AlignTop)
        iin_box.addWidget(self.known_label, 1, Qt.AlignmentFlag.AlignTop)
        self.cells = {key: FieldCell(iin_line if key == "iin" else edit) for key, edit in self.edits.items()}
        self.captions = {key: caption(edit) for key, edit in self.edits.items()}

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.party_combo, 1)
        head.addWidget(self.remove_button)
        grid.addLayout(head, 0, 0, 1, 4)
        self._rows: dict[str, tuple[QWidget, ...]] = {}
        self._place(grid, 1, "iin", span=3)
        self._place(grid, 2, "surname", span=3)
        self._place(grid, 3, "given_name")
        self._place(grid, 3, "patronymic", column=2)
        self._place(grid, 4, "bin")
        self._place(grid, 5, "name", span=3)
        self._place(grid, 6, "address", span=3)
        self._place(grid, 7, "phone")
        self._place(grid, 7, "email", column=2)

        for edit in self.edits.values():
            edit.textChanged.connect(self.changed)
        self.edits["iin"].textChanged.connect(self._on_iin)
        self.party_combo.currentIndexChanged.connect(self._show_party)
        self.party_combo.currentIndexChanged.connect(self.changed)
        self.retranslate()
        self._show_party()

    def _place(self, grid: QGridLayout, row: int, key: str, *, column: int = 0, span: int = 1) -> None:
        grid.addWidget(self.captions[key], row, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.cells[key], row, column + 1, 1, span)
        self._rows[key] = (self.captions[key], self.cells[key])

    # --- reading and filling ------------------------------------------------------------------

    def party(self) -> PartyType:
        return PartyType(self.party_combo.currentData() or PartyType.NATURAL_PERSON.value)

    def _keys(self) -> tuple[str, ...]:
        if self.party() is PartyType.LEGAL_ENTITY:
            return ("name", "bin", "address", "phone", "email")
        return ("surname", "given_name", "patronymic", "iin", "address", "phone", "email")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.party().value}
        for key in self._keys():
            value = text_of(self.edits[key])
            if value is not None:
                data[key] = value
        return data

    def is_blank(self) -> bool:
        return all(not self.edits[key].text().strip() for key in self._keys())

    def set_applicant(self, applicant: Applicant) -> None:
        choose(self.party_combo, applicant.party_type.value)
        values = {
            "surname": applicant.surname, "given_name": applicant.given_name, "patronymic": applicant.patronymic,
            "iin": applicant.iin, "name": applicant.legal_name, "bin": applicant.bin,
            "address": applicant.address, "phone": applicant.phone, "email": applicant.email,
        }
        self._looked_up = applicant.iin  # a known person: no lookup of what is shown already
        for key, value in values.items():
            self.edits[key].setText(value or "")

    def reset(self) -> None:
        """Empty, a natural person, nothing looked up."""
        choose(self.party_combo, PartyType.NATURAL_PERSON.value)
        for edit in self.edits.values():
            edit.clear()
        self._looked_up = None
        self._filled.clear()
        self.known_label.clear()

    def iin(self) -> str:
        return identifiers.normalize(self.edits["iin"].text())

    def offer(self, iin: str, known: Applicant | None) -> None:
        """The lookup's answer for ``iin``: fills the empty fields (or those the previous answer filled)."""
        if iin != self.iin() or self.party() is not PartyType.NATURAL_PERSON:
            return  # the IIN changed while the store was asked
        if known is None:
            self.known_label.clear()
            return
        values = {
            "surname": known.surname, "given_name": known.given_name, "patronymic": known.patronymic,
            "address": known.address, "phone": known.phone, "email": known.email,
        }
        filled = 0
        for key in PERSON_KEYS:
            edit, value = self.edits[key], values[key] or ""
            if value and (not edit.text().strip() or edit.text() == self._filled.get(key)):
                edit.setText(value)
                self._filled[key] = value
                filled += 1
        if filled:
            self.known_label.setText(self.tr("Known applicant: filled in from the latest appeal. Please check."))
        else:
            self.known_label.setText(self.tr("Known applicant: the fields are already filled in."))

    def _on_iin(self) -> None:
        number = self.iin()
        if number != self._looked_up:
            self.known_label.clear()
        if (
            number != self._looked_up
            and self.party() is PartyType.NATURAL_PERSON
            and identifiers.iin_problem(number) is None
        ):
            self._looked_up = number
            self.iinTyped.emit(self, number)

    def _show_party(self) -> None:
        legal = self.party() is PartyType.LEGAL_ENTITY
        for key, widgets in self._rows.items():
            visible = key not in (("iin", "surname", "given_name", "patronymic") if legal else ("bin", "name"))
            for widget in widgets:
                widget.setVisible(visible)
        self.known_label.setVisible(not legal)

    def bind(self, errors: FormErrors, index: int) -> None:
        for key, cell in self.cells.items():
            errors.bind(f"applicants.{index}.{key}", self.edits[key], cell.error)
        errors.bind(f"applicants.{index}.type", self.party_combo, self.cells["iin"].error)

    def focus_order(self) -> list[QWidget]:
        return [self.party_combo, *(self.edits[k] for k in ("iin", "bin", "name", "surname", "given_name",
                                                              "patronymic", "address", "phone", "email")),
                self.remove_button]

    def first_field(self) -> QWidget:
        return self.edits["name"] if self.party() is PartyType.LEGAL_ENTITY else self.edits["iin"]

    def set_number(self, number: int) -> None:
        self.number_label.setText(f"{number}.")

    def retranslate(self) -> None:
        texts = {
            "iin": self.tr("&IIN:"), "surname": self.tr("&Surname:"), "given_name": self.tr("&Given name:"),
            "patronymic": self.tr("&Patronymic:"), "bin": self.tr("&BIN:"), "name": self.tr("Na&me:"),
            "address": self.tr("A&ddress:"), "phone": self.tr("P&hone:"), "email": self.tr("E-&mail:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        refill(self.party_combo, [(party_label(p), p.value) for p in PartyType])
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this applicant from the card"))
        self.edits["iin"].setPlaceholderText(self.tr("12 digits"))
        self.edits["bin"].setPlaceholderText(self.tr("12 digits"))
        self.edits["iin"].setToolTip(
            self.tr("Type the IIN first: a person who has appealed before is filled in from their latest appeal")
        )
        self.edits["phone"].setPlaceholderText("+7 ___ ___ __ __")
        self.edits["name"].setPlaceholderText(self.tr("as in the registration certificate"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ApplicantsEditor(QWidget):
    """The applicant blocks in a scrolling list, the button that adds one, and the line that says
    whether the appeal is individual or collective."""

    changed = Signal()
    rowsChanged = Signal()  # added or removed: the form binds the error lines and the tab order again
    iinTyped = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._direction = Direction.INCOMING
        self.rows: list[ApplicantRow] = []
        self.error = error_label()
        self.error.setObjectName("applicants_error")
        self.collective_label = QLabel()
        self.collective_label.setObjectName("collective_label")
        self.collective_label.setPalette(palette.quiet(self.palette()))
        self.collective_label.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_applicant_button")
        self.add_button.setAutoDefault(True)  # Enter on a focused button presses it, not Register
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(6)
        # under the last block, where the clerk's eyes are: the error, then "Add applicant"
        self._list_layout.addWidget(self.error)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addWidget(self.collective_label, 1)
        self._list_layout.addLayout(footer)
        # R31, R32: the paper appeal usually carries the signed consent line; ticked, the consent is
        # recorded with the card in one transaction. Kept for the next card of a pile.
        self.written_consent_check = QCheckBox()
        self.written_consent_check.setObjectName("written_consent_check")
        self.written_consent_check.toggled.connect(self.changed)
        self._list_layout.addWidget(self.written_consent_check)
        self._list_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("applicants_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # blocks fit the width
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        self.add_row(focus=False)
        self.retranslate()

    def add_row(self, *, focus: bool) -> ApplicantRow:
        row = ApplicantRow()
        row.changed.connect(self.changed)
        row.iinTyped.connect(self.iinTyped)
        row.removeRequested.connect(self.remove_row)
        self._list_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._renumber()
        if focus:
            row.edits["iin"].setFocus()
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(row))
        return row

    def remove_row(self, row: ApplicantRow) -> None:
        if row not in self.rows or len(self.rows) == 1:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].first_field().setFocus()

    def clear(self) -> None:
        """One empty block, as for a new appeal."""
        for row in self.rows[1:]:
            row.hide()
            row.deleteLater()
        self.rows = self.rows[:1]
        self.rows[0].reset()
        self._renumber()

    def set_applicants(self, applicants: tuple[Applicant, ...]) -> None:
        self.clear()
        for i, applicant in enumerate(applicants):
            row = self.rows[0] if i == 0 else self.add_row(focus=False)
            row.set_applicant(applicant)

    def to_json(self) -> list[dict[str, Any]]:
        """The blocks as the core reads them. Empty blocks are left out, except the only block of an
        appeal: its missing surname is then shown where it is to be typed."""
        filled = [row.to_json() for row in self.rows if not row.is_blank()]
        if not filled and self._direction is Direction.INCOMING:
            return [self.rows[0].to_json()]
        return filled

    def written_consent(self) -> bool:
        """The appeal carries the applicants' signed consent (incoming appeals only)."""
        return self._direction is Direction.INCOMING and self.written_consent_check.isChecked()

    def set_direction(self, direction: Direction) -> None:
        self._direction = direction
        self.written_consent_check.setVisible(direction is Direction.INCOMING)
        self.retranslate()

    def bind(self, errors: FormErrors) -> None:
        errors.unbind_prefix("applicants.")
        for index, row in enumerate(self.rows):
            row.bind(errors, index)
        errors.bind("applicants", self.rows[0].first_field(), self.error)
        errors.bind("is_collective", self.add_button, self.error)
        errors.bind("written_consent", self.written_consent_check, self.error)

    def focus_order(self) -> list[QWidget]:
        return [widget for row in self.rows for widget in row.focus_order()] + [self.add_button,
                                                                                self.written_consent_check]

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            row.remove_button.setEnabled(len(self.rows) > 1)
        self._render_collective()
        self.rowsChanged.emit()
        self.changed.emit()

    def _render_collective(self) -> None:
        count = len(self.rows)
        if self._direction is Direction.OUTGOING:
            self.collective_label.setText(
                self.tr("Left empty, a reply goes to the applicants of the appeal it answers.") if count == 1 else ""
            )
        elif count > 1:
            self.collective_label.setText(self.tr("Collective appeal: {0} applicants").format(count))
        else:
            self.collective_label.setText(self.tr("Individual appeal"))

    def retranslate(self) -> None:
        outgoing = self._direction is Direction.OUTGOING
        self.add_button.setText(self.tr("Add addre&ssee") if outgoing else self.tr("Add a&pplicant"))
        self.add_button.setToolTip(
            self.tr("Another addressee of the letter")
            if outgoing
            else self.tr("Another applicant: an appeal of several applicants is collective")
        )
        self.written_consent_check.setText(self.tr("The appeal has a signed consent to data processing"))
        self.written_consent_check.setToolTip(self.tr(
            "Tick when the paper appeal has each applicant's signed consent. The consent is recorded with the card, "
            "naming this body as the operator; the appeal's scan is its evidence. Without a recorded consent the "
            "appeal cannot be forwarded to another body."
        ))
        self._render_collective()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
