"""The warning the registration form shows when the core finds the appeal registered already (the
same correspondent's number and date, or the same applicant against the same respondent within 30
days): the numbers of the similar cards, and the clerk's choice to register anyway or go back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.text_label import wrapped_label

WARNING_STYLE = (
    "QFrame#duplicate_warning { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
)


class DuplicateWarning(QFrame):
    """Hidden until ``show_numbers``; any change of the form hides it again (the form's business)."""

    registerAnyway = Signal()
    goBack = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_warning")
        self.setStyleSheet(WARNING_STYLE)
        self._numbers: list[str] = []
        self.headline = wrapped_label(self, bold=True)
        self.headline.setObjectName("duplicate_headline")
        self.numbers_label = wrapped_label(self)
        self.numbers_label.setObjectName("duplicate_numbers")
        self.numbers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = wrapped_label(self)
        for label in (self.headline, self.numbers_label, self.advice):
            label.setStyleSheet("background: transparent; border: none;")
        self.anyway_button = QPushButton()
        self.anyway_button.setObjectName("register_anyway_button")
        self.anyway_button.setAutoDefault(True)  # Enter presses the focused choice, not Register
        self.back_button = QPushButton()
        self.back_button.setObjectName("go_back_button")
        self.back_button.setAutoDefault(True)
        self.anyway_button.clicked.connect(self.registerAnyway)
        self.back_button.clicked.connect(self.goBack)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.numbers_label)
        texts.addWidget(self.advice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.anyway_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()
        self.hide()

    def show_numbers(self, numbers: list[str]) -> None:
        self._numbers = list(numbers)
        self._render_numbers()
        self.show()
        self.back_button.setFocus()  # the safe choice is the one Enter or Space takes

    @property
    def numbers(self) -> list[str]:
        return list(self._numbers)

    def _render_numbers(self) -> None:
        numbers = ", ".join(self.tr("No. {0}").format(number) for number in self._numbers)
        self.numbers_label.setText(self.tr("Similar cards: {0}").format(numbers) if numbers else "")

    def retranslate(self) -> None:
        self.headline.setText(self.tr("This looks like an appeal registered already."))
        self.advice.setText(
            self.tr("Compare the paper with these cards. If it is a different document, register it anyway.")
        )
        self.anyway_button.setText(self.tr("Register &anyway"))
        self.anyway_button.setToolTip(self.tr("It is a different document: register it"))
        self.back_button.setText(self.tr("&Go back"))
        self.back_button.setToolTip(self.tr("Do not register; return to the form to check it"))
        self._render_numbers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
