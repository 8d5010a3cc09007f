"""The strip across the top of a demo registry: nobody should mistake invented appeals for real ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# Amber with dark text: reads as "attention" on light and dark desktop themes alike.
STYLE = """
QFrame#demo_banner { background: #fff3cd; border-bottom: 1px solid #e0c36a; }
QFrame#demo_banner QLabel { color: #4d3800; }
"""


class DemoBanner(QFrame):
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        self.setStyleSheet(STYLE)
        self.marker = QLabel()
        marker_font = QFont(self.font())
        marker_font.setBold(True)
        self.marker.setFont(marker_font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_to_my_registry_button")
        self.back_button.clicked.connect(self.backRequested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.marker)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.marker.setText(self.tr("DEMO"))
        self.message.setText(
            self.tr(
                "The appeals in this registry are invented, and you work in it as an invented demo user with "
                "every role. Your own registry is not changed."
            )
        )
        self.back_button.setText(self.tr("Back to my registry"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
