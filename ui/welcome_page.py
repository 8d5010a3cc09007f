"""The first screen of an empty registry: say so plainly, and offer the two ways on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui import formatting
from ui.centred import centre_content
from ui.choice_button import ChoiceButton
from ui.registry_loader import DEMO_CARD_COUNT
from ui.text_label import wrapped_label

CONTENT_WIDTH = 720


class WelcomePage(QWidget):
    demoRequested = Signal()
    emptyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = wrapped_label(self, scale=1.9, bold=True)
        self.intro = wrapped_label(self, scale=1.1)

        self.demo_button = ChoiceButton()
        self.demo_button.setObjectName("open_demo_button")
        self.demo_button.clicked.connect(self.demoRequested)
        self.empty_button = ChoiceButton()
        self.empty_button.setObjectName("start_empty_button")
        self.empty_button.clicked.connect(self.emptyRequested)

        content = QFrame()
        content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(10)
        column.addWidget(self.demo_button)
        column.addWidget(self.empty_button)

        centre_content(self, content)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The registry is empty"))
        self.intro.setText(
            self.tr(
                "No appeal has been registered here yet. You can look around in a demo registry "
                "filled with invented appeals, or start working with this empty registry."
            )
        )
        self.demo_button.set_texts(
            self.tr("Open a demo registry"),
            self.tr("{0} invented appeals to try the program on. Your registry is not changed.").format(
                formatting.count(DEMO_CARD_COUNT)
            ),
        )
        self.empty_button.set_texts(
            self.tr("Start with the empty registry"), self.tr("Opens the empty registration journals.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
