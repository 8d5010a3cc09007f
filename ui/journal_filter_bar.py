"""The quick filter above a journal: which cards to show by their execution control (on control,
overdue, due soon, removed from control) and by kind (cl. 5). The store filters in SQL; the bar only
says what the clerk chose. Finer searches are the Search tab's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from clerk_app.domain.enums import AppealKind, Direction
from clerk_app.domain.journal_order import NO_FILTER, ControlFilter, JournalFilter
from clerk_app.services.control import SOON_DAYS
from ui import labels

KIND_BOX_CHARACTERS = 22
POPUP_MARGIN = 24  # the list's frame and scroll bar


def control_filter_label(choice: ControlFilter | None) -> str:
    match choice:
        case None:
            return QCoreApplication.translate("JournalFilterBar", "All cards")
        case ControlFilter.ON_CONTROL:
            return QCoreApplication.translate("JournalFilterBar", "On control")
        case ControlFilter.OVERDUE:
            return QCoreApplication.translate("JournalFilterBar", "Overdue")
        case ControlFilter.DUE_SOON:
            return QCoreApplication.translate("JournalFilterBar", "Due within {0} days").format(SOON_DAYS)
        case ControlFilter.CLOSED:
            return QCoreApplication.translate("JournalFilterBar", "Removed from control")


class JournalFilterBar(QWidget):
    filterChanged = Signal(object)  # JournalFilter

    def __init__(self, direction: Direction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._direction = direction
        self.show_label = QLabel()
        self.control_box = QComboBox()
        self.control_box.setObjectName("journal_control_filter")
        for choice in (None, *ControlFilter):
            self.control_box.addItem("", choice)
        self.kind_label = QLabel()
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("journal_kind_filter")
        for kind in (None, *AppealKind):
            self.kind_box.addItem("", kind)
        # The kinds' names are long: the box shows the start of one, its list shows them whole, so
        # the journal's heading fits a 1280-pixel screen in either language.
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(KIND_BOX_CHARACTERS)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("journal_filter_clear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # Outgoing letters are never on execution control: only the kind filters them.
        if direction is Direction.INCOMING:
            self.show_label.setBuddy(self.control_box)
            layout.addWidget(self.show_label)
            layout.addWidget(self.control_box)
            layout.addSpacing(8)
        else:
            self.show_label.hide()
            self.control_box.hide()
        self.kind_label.setBuddy(self.kind_box)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.clear_button)
        self.control_box.currentIndexChanged.connect(self._changed)
        self.kind_box.currentIndexChanged.connect(self._changed)
        self.retranslate()
        self._update_clear()

    def current(self) -> JournalFilter:
        # Qt hands the items' data back as plain strings: the enums are made again here.
        control = self.control_box.currentData() if self._direction is Direction.INCOMING else None
        kind = self.kind_box.currentData()
        return JournalFilter(
            control=ControlFilter(control) if control else None, kind=AppealKind(kind) if kind else None
        )

    def set_current(self, quick_filter: JournalFilter) -> None:
        """Shows a filter set elsewhere (after a registration the journal shows every card again)
        without announcing it back."""
        self.blockSignals(True)
        try:
            self.control_box.setCurrentIndex(max(0, self.control_box.findData(quick_filter.control)))
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(quick_filter.kind)))
        finally:
            self.blockSignals(False)
        self._update_clear()

    def clear(self) -> None:
        if self.current() != NO_FILTER:
            self.set_current(NO_FILTER)
            self.filterChanged.emit(NO_FILTER)

    def _changed(self, _index: int) -> None:
        self._update_clear()
        self.filterChanged.emit(self.current())

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.current() != NO_FILTER)

    def retranslate(self) -> None:
        self.show_label.setText(QCoreApplication.translate("JournalFilterBar", "&Show:"))
        self.control_box.setToolTip(
            QCoreApplication.translate("JournalFilterBar", "Which cards to show by their execution control")
        )
        for index in range(self.control_box.count()):
            self.control_box.setItemText(index, control_filter_label(self.control_box.itemData(index)))
        self.kind_label.setText(QCoreApplication.translate("JournalFilterBar", "&Kind:"))
        self.kind_box.setToolTip(QCoreApplication.translate("JournalFilterBar", "Which kind of appeal to show (cl. 5)"))
        for index in range(self.kind_box.count()):
            kind = self.kind_box.itemData(index)
            text = labels.kind_label(kind) if kind is not None else QCoreApplication.translate("JournalFilterBar", "Any kind")
            self.kind_box.setItemText(index, text)
            self.kind_box.setItemData(index, labels.kind_hint(kind) if kind is not None else None, Qt.ItemDataRole.ToolTipRole)
        self.kind_box.view().setMinimumWidth(self.kind_box.view().sizeHintForColumn(0) + POPUP_MARGIN)
        self.clear_button.setText(QCoreApplication.translate("JournalFilterBar", "Show all"))
        self.clear_button.setToolTip(
            QCoreApplication.translate("JournalFilterBar", "Clear the filter: show every card of the journal")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
