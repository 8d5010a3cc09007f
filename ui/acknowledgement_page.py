"""The confidentiality undertaking at a person's first sign-in (R56, R72): its text in the interface
language, a tick that it was read, and Accept. Nothing of the registry shows until it is accepted;
declining signs out. The acceptance and its date are stored by the sign-in flow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from clerk_app.domain.accounts import confidentiality_text
from ui.centred import centre_content
from ui.error_text import describe
from ui.field_errors import error_label
from ui.languages import current_language
from ui.text_label import wrapped_label

CONTENT_WIDTH = 720
TEXT_HEIGHT = 380


class AcknowledgementPage(QWidget):
    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgement_page")
        self.title = wrapped_label(self, scale=1.6, bold=True)
        self.intro = wrapped_label(self, scale=1.05)
        self.text = QTextBrowser()
        self.text.setObjectName("acknowledgement_text")
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(TEXT_HEIGHT)
        self.read_box = QCheckBox()
        self.read_box.setObjectName("acknowledgement_read_box")
        self.read_box.toggled.connect(self._update_button)
        self.error = error_label()
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acknowledgement_accept_button")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self._accept)
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("acknowledgement_decline_button")
        self.decline_button.clicked.connect(self.declined)

        content = QFrame()
        content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.text, 1)
        column.addWidget(self.read_box)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        column.addLayout(buttons)
        centre_content(self, content)
        self.retranslate()

    def prepare(self) -> None:
        self.read_box.setChecked(False)
        self.error.hide()
        self.set_busy(False)
        self.text.verticalScrollBar().setValue(0)
        self.read_box.setFocus()

    def _accept(self) -> None:
        if self.read_box.isChecked() and self.accept_button.isEnabled():
            self.set_busy(True)
            self.accepted.emit()

    def set_busy(self, busy: bool) -> None:
        self.read_box.setEnabled(not busy)
        self.decline_button.setEnabled(not busy)
        self._update_button(busy=busy)

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()

    def _update_button(self, *_: object, busy: bool = False) -> None:
        self.accept_button.setEnabled(self.read_box.isChecked() and not busy)

    def undertaking(self) -> str:
        """The text in the language on screen (the core keeps the legal wording in each language)."""
        return confidentiality_text(current_language().value)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Confidentiality undertaking"))
        self.intro.setText(
            self.tr(
                "Before your first work in the registry, read the undertaking below. It is accepted once; "
                "the acceptance and its date are recorded in the registry."
            )
        )
        heading, _, body = self.undertaking().partition("\n\n")  # the title is shown above already
        self.text.setPlainText(body or heading)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.read_box.setText(self.tr("I have read the undertaking and accept it"))
        self.accept_button.setText(self.tr("&Accept and continue"))
        self.decline_button.setText(self.tr("Decline and sign out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
