"""A full-window message while a registry opens (with a busy bar), or when it could not be opened
(with the reason and a retry button). The texts come from the caller, already translated."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.centred import centre_content
from ui.text_label import wrapped_label

CONTENT_WIDTH = 560


class StatusPage(QWidget):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = wrapped_label(self, scale=1.4, bold=True)
        self.message = wrapped_label(self)
        self.detail = wrapped_label(self, scale=0.9)  # for the administrator, not the clerk
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the core reports no progress steps (yet)
        self.progress.setTextVisible(False)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retryRequested)

        content = QFrame()
        content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        for widget in (self.headline, self.message, self.progress, self.detail):
            column.addWidget(widget)
        column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)

        centre_content(self, content)
        self.retranslate()

    def show_busy(self, headline: str, message: str) -> None:
        self.headline.setText(headline)
        self.message.setText(message)
        self.detail.clear()
        self.detail.hide()
        self.progress.show()
        self.retry_button.hide()

    def show_error(self, headline: str, message: str, detail: str) -> None:
        self.headline.setText(headline)
        self.message.setText(message)
        self.detail.setText(self.tr("Technical details: {0}").format(detail))
        self.detail.show()
        self.progress.hide()
        self.retry_button.show()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
