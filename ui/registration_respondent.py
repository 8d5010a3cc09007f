"""The respondent in the registration form: the seller (manufacturer, performer) or game organizer
the appeal is about.

Typing in the name or the BIN/IIN field offers the respondents already in the registry (a part of
the name, or the start of the number): choosing one with the arrow keys and Enter, or the mouse,
fills in every field. A respondent not offered is simply typed in; the core adds it to the list
(one entry per BIN/IIN). The lookups run on the store's worker, a moment after the typing stops.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from clerk_app.domain.cards import Respondent, RespondentData
from clerk_app.domain.drafts import ADDRESS_TEXT, SHORT_TEXT
from clerk_app.domain.enums import ActivityField, RespondentRole
from clerk_app.services.registry import Registry
from ui import palette
from ui.card_texts import role_label
from ui.labels import activity_field_label
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
from ui.search_criteria import two_lines
from ui.workers import Task, TaskRunner

LOOKUP_DELAY_MS = 250  # after the last key: one lookup per pause, not one per letter
OFFERED = 12  # respondents in the pick-list
MIN_NAME_CHARS = 2
MIN_NUMBER_DIGITS = 3
ID_CHARS = 20
RESPONDENT_ROLE = Qt.ItemDataRole.UserRole + 1


class RespondentEditor(QWidget):
    changed = Signal()

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._runner = runner
        self._lookup: Task[list[Respondent]] | None = None
        self._picked: Respondent | None = None
        self.name_edit = line_edit("respondent_name_edit", SHORT_TEXT)
        self.role_combo = combo_box("respondent_role_combo")
        self.number_edit = line_edit("respondent_number_edit", ID_CHARS)
        self.number_edit.setMaximumWidth(self.number_edit.fontMetrics().horizontalAdvance("0") * 16 + 24)
        self.address_edit = line_edit("respondent_address_edit", ADDRESS_TEXT)
        self.website_edit = line_edit("respondent_website_edit", SHORT_TEXT)
        self.activity_combo = combo_box("respondent_activity_combo")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_respondent_button")
        self.clear_button.setAutoDefault(True)  # Enter on a focused button presses it, not Register
        self.clear_button.clicked.connect(self._clear_by_clerk)
        self.status_label = QLabel()
        self.status_label.setObjectName("respondent_status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setPalette(palette.quiet(self.palette()))

        self.offers = QStandardItemModel(self)
        self.completer = QCompleter(self.offers, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # activated(QModelIndex), not activated(str): two respondents may read alike
        cast(Any, self.completer.activated)[QModelIndex].connect(self._on_offer_chosen)
        popup = self.completer.popup()
        assert popup is not None  # QCompleter makes its own list view
        self.popup = popup
        popup.setObjectName("respondent_offers")
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up)
        self._typed_in: QLineEdit = self.name_edit

        self.edits: dict[str, QWidget] = {
            "name": self.name_edit, "role": self.role_combo, "bin_or_iin": self.number_edit,
            "address": self.address_edit, "website": self.website_edit, "activity": self.activity_combo,
        }
        self.cells = {key: FieldCell(widget) for key, widget in self.edits.items()}
        self.captions = {key: caption(widget) for key, widget in self.edits.items()}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(5)
        for key in self.edits:
            form.addRow(self.captions[key], self.cells[key])
        # In a widget of its own: QFormLayout gives a wrapped label the height its width needs only
        # when the label's row is a widget (a nested layout's long note was cut to one line).
        status_row = QWidget()
        status = QHBoxLayout(status_row)
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", status_row)

        for edit in (self.name_edit, self.number_edit):
            edit.textEdited.connect(lambda _text, edit=edit: self._on_typed(edit))
        for edit in (self.name_edit, self.number_edit, self.address_edit, self.website_edit):
            edit.textChanged.connect(self._on_changed)
        self.role_combo.currentIndexChanged.connect(self._on_changed)
        self.activity_combo.currentIndexChanged.connect(self._on_changed)
        self.retranslate()

    # --- the pick-list --------------------------------------------------------------------------

    def _on_typed(self, edit: QLineEdit) -> None:
        self._typed_in = edit
        self._lookup_timer.start()

    def _look_up(self) -> None:
        edit = self._typed_in
        text = edit.text().strip()
        wanted = MIN_NUMBER_DIGITS if edit is self.number_edit else MIN_NAME_CHARS
        if len(text) < wanted or edit.window().focusWidget() is not edit:
            self.popup.hide()
            return
        if self._lookup is not None:
            self._lookup.discard()  # only the answer for the latest text is wanted
        registry = self._registry
        query = "".join(text.split()) if edit is self.number_edit else text
        self._lookup = self._runner.submit(
            lambda: registry.references.find_respondents(query, OFFERED),
            success=lambda found: self._offer(edit, text, found),
            failure=self._on_lookup_failed,
        )

    def _offer(self, edit: QLineEdit, text: str, found: list[Respondent]) -> None:
        self._lookup = None
        if edit.text().strip() != text or edit.window().focusWidget() is not edit:
            return  # typed on meanwhile: the next lookup answers
        self.offers.clear()
        for respondent in found:
            item = QStandardItem(self._describe(respondent))
            item.setData(respondent, RESPONDENT_ROLE)
            item.setEditable(False)
            self.offers.appendRow(item)
        if not found:
            self.popup.hide()
            return
        self.completer.setWidget(edit)
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def _on_lookup_failed(self, _exc: BaseException) -> None:
        self._lookup = None  # the pick-list is a help: without it the clerk types the respondent in

    def _describe(self, respondent: Respondent) -> str:
        parts = [respondent.name]
        if respondent.bin_or_iin:
            parts.append(self.tr("BIN/IIN {0}").format(respondent.bin_or_iin))
        if respondent.address:
            parts.append(respondent.address)
        return " — ".join(parts)

    def _on_offer_chosen(self, index: QModelIndex) -> None:
        respondent = index.data(RESPONDENT_ROLE)
        if isinstance(respondent, Respondent):
            self.set_respondent(respondent)
            self.role_combo.setFocus()

    def stop(self) -> None:
        """No more lookups: the form is closing."""
        self._lookup_timer.stop()
        if self._lookup is not None:
            self._lookup.discard()
            self._lookup = None

    # --- reading and filling --------------------------------------------------------------------

    def set_respondent(self, respondent: RespondentData | None) -> None:
        self._lookup_timer.stop()
        self.name_edit.setText(respondent.name if respondent else "")
        choose(self.role_combo, (respondent.role if respondent else RespondentRole.SELLER).value)
        self.number_edit.setText(respondent.bin_or_iin or "" if respondent else "")
        self.address_edit.setText(respondent.address or "" if respondent else "")
        self.website_edit.setText(respondent.website or "" if respondent else "")
        choose(self.activity_combo, respondent.activity.value if respondent and respondent.activity else None)
        self._picked = respondent if isinstance(respondent, Respondent) else None
        self._render_status()

    def to_json(self) -> dict[str, Any] | None:
        """None when nothing is typed: the appeal names no respondent."""
        data = {
            "name": text_of(self.name_edit),
            "bin_or_iin": text_of(self.number_edit),
            "address": text_of(self.address_edit),
            "website": text_of(self.website_edit),
        }
        if not any(data.values()):
            return None
        data["role"] = self.role_combo.currentData()
        data["activity"] = self.activity_combo.currentData()
        return {key: value for key, value in data.items() if value is not None}

    def _is_picked(self) -> bool:
        picked = self._picked
        return picked is not None and self.name_edit.text() == picked.name and (
            self.number_edit.text() == (picked.bin_or_iin or "")
        )

    def _on_changed(self) -> None:
        self._render_status()
        self.changed.emit()

    def _clear_by_clerk(self) -> None:
        self.set_respondent(None)
        self.name_edit.setFocus()

    def _render_status(self) -> None:
        if self._is_picked():
            text = self.tr("From the list of respondents.")
        elif self.to_json() is not None:
            text = self.tr("Not chosen from the list: a new respondent unless the BIN/IIN is known.")
        else:
            text = self.tr("Type a part of the name or the BIN to choose from the list.")
        self.status_label.setText(text)
        self.clear_button.setEnabled(self.to_json() is not None)

    def bind(self, errors: FormErrors) -> None:
        for key, cell in self.cells.items():
            errors.bind(f"respondent.{key}", cell.field, cell.error)
        errors.bind("respondent", self.name_edit, self.cells["name"].error)

    def focus_order(self) -> list[QWidget]:
        return [*self.edits.values(), self.clear_button]

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Na&me:"), "role": self.tr("Ro&le:"), "bin_or_iin": self.tr("BIN/II&N:"),
            "address": self.tr("Addr&ess:"), "website": self.tr("&Website:"), "activity": self.tr("Field of ac&tivity:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(two_lines(text))
        refill(self.role_combo, [(role_label(r), r.value) for r in RespondentRole])
        refill(self.activity_combo, [(self.tr("— not stated —"), None), *((activity_field_label(a), a.value) for a in ActivityField)])
        self.activity_combo.setToolTip(self.tr("What the respondent does: the quarterly information counts appeals by it"))
        self.name_edit.setPlaceholderText(self.tr("part of the name: the list opens"))
        self.name_edit.setToolTip(
            self.tr("The seller (manufacturer, performer) or game organizer. Choose from the list with "
                    "the arrow keys and Enter, or type a new one.")
        )
        self.number_edit.setPlaceholderText(self.tr("12 digits"))
        self.website_edit.setPlaceholderText(self.tr("site, domain or IP"))
        self.website_edit.setToolTip(self.tr("The website, domain or IP address of an online seller"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("The appeal names no respondent"))
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
