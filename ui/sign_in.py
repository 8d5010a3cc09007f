"""The pages a registry with accounts shows before any appeal (R17): signing in, and on a fresh
registry creating its administrator account. Both stand in the main window in place of the
journals; the window's sign-in flow (ui/sign_in_flow.py) runs the store work behind them.

The pages only collect what is typed and show what went wrong in plain words; a password never
leaves its field except to be handed to the flow, and the field is cleared after each attempt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import (
    MAX_DISPLAY_NAME,
    MAX_LOGIN,
    MAX_PASSWORD,
    MIN_PASSWORD,
    check_new_password,
)
from clerk_app.errors import AuthError
from ui.centred import centre_content
from ui.error_text import describe, field_message
from ui.field_errors import FieldErrors, error_label
from ui.settings_page import caption, hint
from ui.text_label import wrapped_label

CONTENT_WIDTH = 460
FIRST_RUN_WIDTH = 620
STRONG_LENGTH = 16  # long enough that its length alone makes it hard to guess


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSWORD)
    return edit


def field_column(column: QVBoxLayout, label: QLabel, edit: QWidget, below: QWidget | None = None) -> None:
    label.setBuddy(edit)
    column.addWidget(label)
    column.addWidget(edit)
    if below is not None:
        column.addWidget(below)


class SignInPage(QWidget):
    """Login and password; Enter signs in. Which registry is meant is said above the fields."""

    submitted = Signal(str, str)  # login, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_page")
        self._registry_name = ""
        self.title = wrapped_label(self, scale=1.9, bold=True)
        self.intro = wrapped_label(self, scale=1.1)
        self.login_caption = caption(self)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login_edit")
        self.login_edit.setMaxLength(MAX_LOGIN)
        self.password_caption = caption(self)
        self.password_edit = password_edit("password_edit")
        self.error = error_label()
        self.error.setObjectName("sign_in_error")
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setDefault(True)
        self.forgot_hint = hint(self)
        self.login_edit.returnPressed.connect(self._on_login_entered)
        self.password_edit.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)

        content = QFrame()
        content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        field_column(column, self.login_caption, self.login_edit)
        column.addSpacing(4)
        field_column(column, self.password_caption, self.password_edit)
        column.addWidget(self.error)
        column.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(self.forgot_hint)
        centre_content(self, content)
        self.retranslate()

    def prepare(self, registry_name: str | None) -> None:
        """A new sign-in: empty fields, no old message, the cursor in the login."""
        self._registry_name = registry_name or ""
        self.login_edit.clear()
        self.password_edit.clear()
        self.error.clear()
        self.error.hide()
        self.set_busy(False)
        self._render_intro()
        self.login_edit.setFocus()

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login:
            self.show_message(self.tr("Type your login."))
            self.login_edit.setFocus()
            return
        if not password:
            self.show_message(self.tr("Type your password."))
            self.password_edit.setFocus()
            return
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(login, password)

    def _on_login_entered(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)

    def show_failure(self, exc: BaseException) -> None:
        """The sign-in was refused: say why, clear the password and put the cursor back in it."""
        self.set_busy(False)
        text = describe(exc)
        self.show_message(f"{text.headline} {text.advice}")
        self.password_edit.clear()
        self.password_edit.setFocus()

    def show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _render_intro(self) -> None:
        if self._registry_name:
            self.intro.setText(self.tr("Registry of {0}. Type your login and password.").format(self._registry_name))
        else:
            self.intro.setText(self.tr("Type your login and password."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        self._render_intro()
        self.login_caption.setText(self.tr("&Login:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("Sign &in"))
        self.forgot_hint.setText(
            self.tr("Forgot the password? The administrator can set a new one for you in Reference › Accounts.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def password_hint(password: str, login: str) -> tuple[str, bool]:
    """A live word on a new password as it is typed, and whether the store will accept it."""
    translate = QCoreApplication.translate
    if not password:
        return translate(
            "PasswordHint", "At least {0} characters. A few words you will remember are stronger than a short jumble."
        ).format(MIN_PASSWORD), False
    if len(password) < MIN_PASSWORD:
        return translate("PasswordHint", "{0} of at least {1} characters.").format(len(password), MIN_PASSWORD), False
    try:
        check_new_password(password, login or None)
    except AuthError:
        return translate("PasswordHint", "Too easy to guess: not the login, and not one character over and over."), False
    if len(password) < STRONG_LENGTH:
        return translate("PasswordHint", "Acceptable. A longer password is stronger."), True
    return translate("PasswordHint", "Strong."), True


class PasswordHint(QLabel):
    """The quiet line under a new password that says how it stands as it is typed."""

    def __init__(self, password: QLineEdit, login: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_hint")
        self.setWordWrap(True)
        self.setPalette(hint(self).palette())
        self._password = password
        self._login = login
        password.textChanged.connect(self.update_text)
        if login is not None:
            login.textChanged.connect(self.update_text)
        self.update_text()

    @property
    def acceptable(self) -> bool:
        return password_hint(self._password.text(), self._login.text() if self._login else "")[1]

    def update_text(self) -> None:
        self.setText(password_hint(self._password.text(), self._login.text() if self._login else "")[0])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_text()
        super().changeEvent(event)


class NewPasswordFields:
    """A new password typed twice, with the live hint and the local checks before the store's."""

    def __init__(self, owner: QWidget, errors: FieldErrors, login: QLineEdit | None, prefix: str = "") -> None:
        self.caption = caption(owner)
        self.edit = password_edit(f"{prefix}new_password_edit")
        self.again_caption = caption(owner)
        self.again_edit = password_edit(f"{prefix}new_password_again_edit")
        self.hint = PasswordHint(self.edit, login)
        self._errors = errors
        self.error = errors.add("password", self.edit)
        self.again_error = errors.add("password_again", self.again_edit)

    def lay_out(self, column: QVBoxLayout) -> None:
        field_column(column, self.caption, self.edit, self.hint)
        column.addWidget(self.error)
        column.addSpacing(4)
        field_column(column, self.again_caption, self.again_edit, self.again_error)

    def retranslate(self, first: str, again: str) -> None:
        self.caption.setText(first)
        self.again_caption.setText(again)
        self.hint.update_text()

    def check(self) -> bool:
        """Whether both fields hold the same acceptable password; says what is wrong if not."""
        if not self.hint.acceptable:
            self._errors.show_field("password", self.hint.text())
            self.edit.setFocus()
            return False
        if self.edit.text() != self.again_edit.text():
            self._errors.show_field(
                "password_again", QCoreApplication.translate("PasswordHint", "The two passwords differ. Type the same password twice.")
            )
            self.again_edit.clear()
            self.again_edit.setFocus()
            return False
        return True

    def show_refusal(self, exc: BaseException) -> bool:
        """A weak password refused by the store goes under the field; True when shown here."""
        if isinstance(exc, AuthError) and exc.code == "auth.weak_password":
            self._errors.show_field("password", f"{describe(exc).headline} {describe(exc).advice}")
            self.edit.setFocus()
            return True
        return False

    def clear(self) -> None:
        self.edit.clear()
        self.again_edit.clear()


class FirstAdministratorPage(QWidget):
    """A registry without any account (a fresh installation): the administrator's account is
    created first, then that person is signed in. Nobody sees the registry before it exists."""

    submitted = Signal(str, str, str, bool)  # login, full name, password, also works with appeals
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_administrator_page")
        self.title = wrapped_label(self, scale=1.9, bold=True)
        self.intro = wrapped_label(self, scale=1.1)
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        self.login_caption = caption(self)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("admin_login_edit")
        self.login_edit.setMaxLength(MAX_LOGIN)
        self.login_hint = hint(self)
        self.name_caption = caption(self)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("admin_name_edit")
        self.name_edit.setMaxLength(MAX_DISPLAY_NAME)
        self.password = NewPasswordFields(self, self.errors, self.login_edit, prefix="admin_")
        # Off by default: the administrator's role shows no appeal content (R27); a one- or
        # two-person office turns it on instead of making a second account for the same person.
        self.also_works_check = QCheckBox()
        self.also_works_check.setObjectName("admin_also_works_check")
        self.also_works_hint = hint(self)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_administrator_button")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("first_run_demo_button")
        self.demo_button.setFlat(True)
        self.demo_button.clicked.connect(self.demoRequested)
        for edit in (self.login_edit, self.name_edit, self.password.edit, self.password.again_edit):
            edit.returnPressed.connect(self._next_or_submit)

        content = QFrame()
        content.setFixedWidth(FIRST_RUN_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        field_column(column, self.login_caption, self.login_edit, self.errors.add("login", self.login_edit))
        column.addWidget(self.login_hint)
        column.addSpacing(4)
        field_column(column, self.name_caption, self.name_edit, self.errors.add("display_name", self.name_edit))
        column.addSpacing(4)
        self.password.lay_out(column)
        column.addSpacing(6)
        column.addWidget(self.also_works_check)
        column.addWidget(self.also_works_hint)
        column.addWidget(self.general_error)
        column.addSpacing(10)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        column.addLayout(buttons)
        centre_content(self, content)
        self.retranslate()

    def prepare(self) -> None:
        for edit in (self.login_edit, self.name_edit):
            edit.clear()
        self.password.clear()
        self.errors.clear()
        self.set_busy(False)
        self.login_edit.setFocus()

    def _next_or_submit(self) -> None:
        """Enter moves to the next empty field, and creates the account from the last one."""
        for edit in (self.login_edit, self.name_edit, self.password.edit, self.password.again_edit):
            if not edit.text().strip():
                edit.setFocus()
                return
        self.submit()

    def submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.errors.clear()
        missing = [
            (field, edit) for field, edit in (("login", self.login_edit), ("display_name", self.name_edit))
            if not edit.text().strip()
        ]
        for field, _edit in missing:
            self.errors.show_field(field, field_message("field.required", field))
        if missing:
            missing[0][1].setFocus()
            return
        if not self.password.check():
            return
        self.set_busy(True)
        self.submitted.emit(
            self.login_edit.text().strip(), self.name_edit.text().strip(), self.password.edit.text(),
            self.also_works_check.isChecked(),
        )

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.login_edit, self.name_edit, self.password.edit, self.password.again_edit, self.create_button,
            self.demo_button,
        ):
            widget.setEnabled(not busy)

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        if not self.password.show_refusal(exc):
            self.errors.show(exc)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Create the administrator account"))
        self.intro.setText(
            self.tr(
                "This registry has no accounts yet. Its first account is the administrator's: they manage the "
                "settings and the accounts of the clerks, executors and supervisors. Appeals are registered "
                "and read under those accounts, not under the administrator's."
            )
        )
        self.login_caption.setText(self.tr("&Login:"))
        self.login_hint.setText(
            self.tr("Letters and digits; a dot, a dash or @ may stand inside, such as a.seitkali. Case does not matter.")
        )
        self.name_caption.setText(self.tr("&Full name:"))
        self.name_edit.setPlaceholderText(self.tr("Surname, given name, patronymic"))
        self.password.retranslate(self.tr("&Password:"), self.tr("Password &again:"))
        self.also_works_check.setText(self.tr("I also register appeals and supervise their execution myself"))
        self.also_works_hint.setText(
            self.tr(
                "Adds the clerk and supervisor roles to this account. Leave it off when others register "
                "appeals: the administrator's role alone shows no appeal content."
            )
        )
        self.create_button.setText(self.tr("&Create and sign in"))
        self.demo_button.setText(self.tr("Open a demo registry instead"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoContentPage(QWidget):
    """Signed in with roles that do not read appeals (an administrator, a personal-data officer):
    the journals stay closed, and the page says so instead of showing an empty window."""

    accountsRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("no_content_page")
        self.title = wrapped_label(self, scale=1.6, bold=True)
        self.message = wrapped_label(self, scale=1.1)
        self.accounts_button = QPushButton()
        self.accounts_button.setObjectName("no_content_accounts_button")
        self.accounts_button.clicked.connect(self.accountsRequested)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("no_content_settings_button")
        self.settings_button.clicked.connect(self.settingsRequested)
        content = QFrame()
        content.setFixedWidth(FIRST_RUN_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accounts_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        centre_content(self, content)
        self.retranslate()

    def show_buttons(self, accounts: bool, settings: bool) -> None:
        self.accounts_button.setVisible(accounts)
        self.settings_button.setVisible(settings)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your role does not show appeal content"))
        self.message.setText(
            self.tr(
                "The journals, cards and electronic copies are shown to clerks, executors, supervisors and "
                "auditors. If your work needs them, ask the administrator to give your account such a role "
                "(Reference › Accounts)."
            )
        )
        self.accounts_button.setText(self.tr("Accounts…"))
        self.settings_button.setText(self.tr("Settings…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

