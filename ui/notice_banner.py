"""A quiet strip under the menu for something the clerk should know once, such as text recognition
being off: unlike a message box it takes no focus (a clerk typing a card does not dismiss it with
Enter unread) and stays until closed. The texts come from the caller, already translated.

A notice may offer one action beside Close (the reminders' "Show overdue"); a warning notice is
pale red instead of blue-grey."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Blue-grey "for your information": apart from the amber of the demo banner.
STYLE = """
QFrame#notice_banner { background: #e8f1fa; border-bottom: 1px solid #9fc2e4; }
QFrame#notice_banner QLabel { color: #10324f; }
"""
WARNING_STYLE = """
QFrame#notice_banner { background: #fbe9e7; border-bottom: 1px solid #e3a59d; }
QFrame#notice_banner QLabel { color: #5f1610; }
"""


class NoticeBanner(QFrame):
    actionRequested = Signal()
    closed = Signal()  # by the clerk, with the Close button

    def __init__(self, parent: QWidget | None = None, *, warning: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("notice_banner")
        self.setStyleSheet(WARNING_STYLE if warning else STYLE)
        self.headline = QLabel()
        headline_font = QFont(self.font())
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("notice_close_button")
        self.close_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.closed)
        self.action_button = QPushButton()
        self.action_button.setObjectName("notice_action_button")
        self.action_button.clicked.connect(self.actionRequested)
        self.action_button.hide()

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(texts, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def show_notice(self, headline: str, message: str, detail: str, action: str | None = None) -> None:
        self.headline.setText(headline)
        self.message.setText(message)
        self.setToolTip(self.tr("Technical details: {0}").format(detail) if detail else "")
        self.action_button.setText(action or "")
        self.action_button.setVisible(bool(action))
        self.show()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
