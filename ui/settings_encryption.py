"""Encryption at rest in Settings › Data (docs/security.md): whether this registry is encrypted and
where its key is kept; for an administrator, "Encrypt the registry…" (the window's File menu action:
the window closes the registry, converts it and opens it again) and "Show the recovery code…".
``RecoveryCodeDialog`` shows the code with Copy and Print; it closes once "I have written it down"
is ticked. The code is never logged, never kept by the dialog after it closes, and taken off the
clipboard when the dialog closes if it is still there."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import Permission
from clerk_app.services.encryption import EncryptionStatus, keyring_kind
from clerk_app.services.registry import Registry
from ui import printed_document, session
from ui.error_text import describe
from ui.settings_page import caption, hint
from ui.workers import TaskRunner

ENCRYPT_ACTION_NAME = "encrypt_registry_action"  # the window's File menu action, found by this name


def keyring_text(backend: str | None) -> str:
    kind = keyring_kind(backend)
    return {
        "windows": QCoreApplication.translate("EncryptionSection", "Windows Credential Manager"),
        "macos": QCoreApplication.translate("EncryptionSection", "the macOS Keychain"),
        "secret_service": QCoreApplication.translate("EncryptionSection", "the Secret Service keyring (GNOME Keyring, KeePassXC)"),
        "kwallet": QCoreApplication.translate("EncryptionSection", "KDE Wallet"),
        "other": QCoreApplication.translate("EncryptionSection", "the system keyring"),
        "none": QCoreApplication.translate("EncryptionSection", "no keyring"),
    }[kind]


class EncryptionSection(QObject):
    """The state, read on a worker (the keyring may take a moment to answer), and the two buttons.
    Its widgets go straight into the page's layout (``lay_out``): wrapped hints nested in a widget
    of their own were not given the height their lines need."""

    def __init__(self, registry: Registry, runner: TaskRunner, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("encryption_section")
        self._page = page
        self._registry = registry
        self._runner = runner
        self._status: EncryptionStatus | None = None
        self.caption = caption(page)
        self.state_label = QLabel()
        self.state_label.setObjectName("encryption_state")
        self.state_label.setWordWrap(True)
        self.hint = hint(page)
        self.encrypt_button = QPushButton()
        self.encrypt_button.setObjectName("encrypt_registry_button")
        self.encrypt_button.setAutoDefault(False)
        self.encrypt_button.clicked.connect(self._encrypt)
        self.code_button = QPushButton()
        self.code_button.setObjectName("show_recovery_code_button")
        self.code_button.setAutoDefault(False)
        self.code_button.clicked.connect(self._show_code)
        self.retranslate()

    def lay_out(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.state_label)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def load(self) -> None:
        self._runner.submit(self._registry.encryption.status, success=self.show_status,
                            failure=lambda exc: self.state_label.setText(describe(exc).advice))

    def _encrypt_action(self) -> QAction | None:
        owner = self._page.window().parentWidget()  # the main window (the Settings dialog's parent)
        return owner.findChild(QAction, ENCRYPT_ACTION_NAME) if owner is not None else None

    def show_status(self, status: EncryptionStatus) -> None:
        self._status = status
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Encryption at rest:"))
        self.encrypt_button.setText(self.tr("&Encrypt the registry…"))
        self.code_button.setText(self.tr("Show the &recovery code…"))
        status = self._status
        action = self._encrypt_action()
        self.encrypt_button.setVisible(status is not None and status.applicable and not status.encrypted)
        self.encrypt_button.setEnabled(status is not None and status.can_enable and action is not None
                                       and action.isEnabled())
        self.code_button.setVisible(status is not None and status.encrypted)
        self.code_button.setEnabled(session.may(Permission.BACKUP))
        if status is None:
            self.state_label.setText(self.tr("Reading…"))
            self.hint.setText("")
        elif not status.applicable:
            self.state_label.setText(self.tr("The database is on a server."))
            self.hint.setText(self.tr("Protect the server's disk with the server's own encryption. Only the "
                                      "electronic copies are kept on this computer."))
        elif status.encrypted:
            self.state_label.setText(self.tr("Encrypted. The key is kept in {0}.").format(keyring_text(status.keyring)))
            self.hint.setText(self.tr("The database and every electronic copy in the data folder are encrypted. "
                                      "Keep the recovery code on paper in the safe: it opens the registry on "
                                      "another computer if this one's keyring is lost."))
        elif status.keyring is None:
            self.state_label.setText(self.tr("Not encrypted."))
            self.hint.setText(self.tr("This computer has no keyring to keep the key in, so the registry cannot "
                                      "be encrypted here. See docs/security.md."))
        else:
            self.state_label.setText(self.tr("Not encrypted."))
            self.hint.setText(self.tr("Anyone who can read the data folder (a lost laptop, another account on "
                                      "this computer) can read the cards and the copies. An administrator can "
                                      "encrypt the registry: the key is kept in {0}.").format(
                                          keyring_text(status.keyring)))

    def _encrypt(self) -> None:
        action = self._encrypt_action()
        if action is not None:
            self._page.window().close()  # the registry is about to close: the Settings dialog goes first
            action.trigger()

    def _show_code(self) -> None:
        actor = session.current()
        if actor is None:
            return
        self._runner.submit(lambda: self._registry.encryption.recovery_code(actor),
                            success=lambda code: RecoveryCodeDialog(code, self._page, first_time=False).open(),
                            failure=lambda exc: self.state_label.setText(describe(exc).advice))


def _mono(size_factor: float, widget: QWidget) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * size_factor)
    return font


class RecoveryCodeDialog(QDialog):
    """The recovery code, for paper. Closing needs the box ticked the first time it is shown."""

    def __init__(self, code: str, parent: QWidget | None = None, *, first_time: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_code_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._code = code
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)  # wraps alike in every language
        self.code_label = QLabel(self._lines())
        self.code_label.setObjectName("recovery_code")
        self.code_label.setFont(_mono(1.5, self))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_recovery_code_button")
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_recovery_code_button")
        self.print_button.clicked.connect(self.print_code)
        self.written_box = QCheckBox()
        self.written_box.setObjectName("written_down_box")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.written_box.toggled.connect(self.close_button.setEnabled)
        self.written_box.setVisible(first_time)
        self.close_button.setEnabled(not first_time)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addLayout(actions)
        layout.addWidget(self.written_box)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _lines(self) -> str:
        groups = self._code.split("-")
        return "\n".join("  ".join(groups[i:i + 5]) for i in range(0, len(groups), 5))  # 5 groups a line, for paper

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.intro.setText(self.tr(
            "Write this code down on paper or print it, and keep it in the safe. If this computer's keyring is "
            "lost (a new Windows profile, a reinstalled or replaced computer), the registry opens only with this "
            "code: an administrator runs clerk-app encryption recover. Anyone holding it can read the registry's "
            "files: do not keep it on this computer or send it by e-mail."))
        self.copy_button.setText(self.tr("&Copy"))
        self.print_button.setText(self.tr("&Print…"))
        self.written_box.setText(self.tr("I have written the code down and will keep it in a safe place"))
        self.adjustSize()  # the longer Kazakh and Russian texts take more lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.close_button.isEnabled():
            super().reject()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)

    def print_code(self) -> None:
        """The print preview of the code (its print button sends it to a printer)."""
        title = self.tr("clerk-app recovery code")
        body = f"<h2>{html.escape(title)}</h2><pre style='font-size: 16pt'>{html.escape(self._lines())}</pre>"
        printed_document.preview(self, printed_document.document(body), title)

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._code and clipboard.text() == self._code:  # copied and still there: it must not outlive the dialog
            clipboard.clear()
        self._code = ""
        self.code_label.clear()
        super().done(result)
