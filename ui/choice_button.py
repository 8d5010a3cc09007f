"""A large button with a bold title and a sentence of explanation, for the few big choices of a
first screen. (QCommandLinkButton dropped the description of a second button in a column.)"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class ChoiceButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(4)
        for label in (self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks go to the button
            # top-aligned: a wrapped label given room for two lines must not drift onto the border
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_texts(self, title: str, description: str) -> None:
        self.title.setText(title)
        self.description.setText(description)
        self.setAccessibleName(title)  # the button has no text of its own for screen readers
        self.setAccessibleDescription(description)
        self._fit_height()

    # The labels decide the height, not QPushButton's own (empty) text: the wrapped description
    # needs more lines as the button gets narrower.
    def sizeHint(self) -> QSize:
        return QSize(self._layout.totalSizeHint().width(), self._needed_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _needed_height(self) -> int:
        return self._layout.totalHeightForWidth(max(self.width(), 1))

    def _fit_height(self) -> None:
        height = self._needed_height()
        if height != self.height():
            self.setFixedHeight(height)
