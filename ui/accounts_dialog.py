"""Reference › Accounts (administrators): who may sign in to this registry and with which roles, when
each last signed in, which are blocked; adding an account, changing its roles (and the staff member
an executor is), setting a new password for someone who forgot theirs, blocking and unblocking; and
the half-yearly list of accounts nobody has used for six months (R85), to review or block.

Every change is saved at once, on the store runner, as the signed-in administrator. File › Change
password… (``ChangePasswordDialog``) is here too: one's own password, the old one asked first."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.accounts import INACTIVE_DAYS, MAX_DISPLAY_NAME, MAX_LOGIN, Account, Role
from clerk_app.domain.cards import StaffMember
from clerk_app.services.registry import Registry
from ui import formatting, palette, session
from ui.error_text import describe
from ui.field_errors import FieldErrors, error_label
from ui.role_texts import ROLE_ORDER, role_duties, role_name, role_names
from ui.settings_page import caption, hint
from ui.sign_in import NewPasswordFields, field_column, password_edit
from ui.table_selection import selected_item
from ui.workers import Task, TaskRunner

DIALOG_SIZE = (900, 540)
NO_STAFF = ""  # the staff member choice "none"


class Column:
    LOGIN, NAME, ROLES, LAST_SIGN_IN, STATE = range(5)


class _StoreDialog(QDialog):
    """A small form whose OK saves on the store runner and closes only once the store agreed."""

    saved = Signal(object)  # whatever the operation returned (an Account)

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task[Any] | None = None
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("account_form_ok_button")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def submit(self) -> None:
        raise NotImplementedError

    def _save(self, op: Callable[[], Any]) -> None:
        if self._task is not None:
            return
        self.ok_button.setEnabled(False)
        self._task = self._runner.submit(op, success=self._on_saved, failure=self._on_failed)

    def _on_saved(self, result: object) -> None:
        self._task = None
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.ok_button.setEnabled(True)
        self.show_refusal(exc)

    def show_refusal(self, exc: BaseException) -> None:
        self.errors.show(exc)

    def reject(self) -> None:
        if self._task is None:  # a save on its way is waited for
            super().reject()

    def retranslate_buttons(self, ok: str) -> None:
        self.ok_button.setText(ok)
        self.cancel_button.setText(QCoreApplication.translate("AccountForms", "Cancel"))


class RoleChoice(QWidget):
    """A tick per role, each with what it may do, and the staff member an executor is."""

    def __init__(self, staff: Iterable[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Role, QCheckBox] = {}
        self.duties: dict[Role, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for role in ROLE_ORDER:
            box = QCheckBox()
            box.setObjectName(f"role_{role.value}_box")
            duty = hint(self)
            duty.setContentsMargins(24, 0, 0, 4)
            self.boxes[role], self.duties[role] = box, duty
            layout.addWidget(box)
            layout.addWidget(duty)
        self.staff_caption = caption(self)
        self.staff_box = QComboBox()
        self.staff_box.setObjectName("account_staff_box")
        self.staff_box.addItem("", NO_STAFF)
        for member in sorted(staff, key=lambda m: m.full_name.casefold()):
            self.staff_box.addItem(member.full_name, str(member.id))
        self.staff_caption.setBuddy(self.staff_box)
        self.staff_hint = hint(self)
        layout.addSpacing(6)
        layout.addWidget(self.staff_caption)
        layout.addWidget(self.staff_box)
        layout.addWidget(self.staff_hint)
        self.boxes[Role.EXECUTOR].toggled.connect(self._update_staff)
        self._update_staff()
        self.retranslate()

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: Iterable[Role]) -> None:
        chosen = set(roles)
        for role, box in self.boxes.items():
            box.setChecked(role in chosen)

    def staff_member_id(self) -> uuid.UUID | None:
        value = self.staff_box.currentData()
        return uuid.UUID(value) if value else None

    def set_staff_member(self, member_id: uuid.UUID | None) -> None:
        index = self.staff_box.findData(str(member_id) if member_id else NO_STAFF)
        self.staff_box.setCurrentIndex(max(index, 0))

    def _update_staff(self) -> None:
        self.staff_box.setEnabled(self.boxes[Role.EXECUTOR].isChecked() or self.staff_box.currentIndex() > 0)

    def retranslate(self) -> None:
        for role in ROLE_ORDER:
            self.boxes[role].setText(role_name(role))
            self.duties[role].setText(role_duties(role))
        self.staff_caption.setText(self.tr("The staff member this person is (for an executor):"))
        self.staff_box.setItemText(0, self.tr("— none —"))
        self.staff_hint.setText(self.tr("An executor acts on the appeals assigned to this staff member."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def create_account(
    registry: Registry, login: str, name: str, password: str, roles: frozenset[Role], staff: uuid.UUID | None
) -> Account:
    return registry.accounts.create(session.actor(), login, name, password, roles, staff_member_id=staff)


def change_roles(registry: Registry, account: Account, roles: frozenset[Role], staff: uuid.UUID | None) -> Account:
    actor = session.actor()
    changed = registry.accounts.set_roles(actor, account.login, roles)
    if staff != account.staff_member_id:
        changed = registry.accounts.set_staff_member(actor, account.login, staff)
    return changed


class AddAccountDialog(_StoreDialog):
    def __init__(self, registry: Registry, runner: TaskRunner, staff: Iterable[StaffMember], parent: QWidget) -> None:
        super().__init__(runner, parent)
        self.setObjectName("add_account_dialog")
        self._registry = registry
        self.login_caption = caption(self)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("account_login_edit")
        self.login_edit.setMaxLength(MAX_LOGIN)
        self.name_caption = caption(self)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("account_name_edit")
        self.name_edit.setMaxLength(MAX_DISPLAY_NAME)
        self.roles_caption = caption(self)
        self.roles = RoleChoice(staff)
        self.password = NewPasswordFields(self, self.errors, self.login_edit, prefix="account_")
        self.password_hint = hint(self)

        left = QVBoxLayout()
        field_column(left, self.login_caption, self.login_edit, self.errors.add("login", self.login_edit))
        field_column(left, self.name_caption, self.name_edit, self.errors.add("display_name", self.name_edit))
        left.addSpacing(6)
        self.password.lay_out(left)
        left.addWidget(self.password_hint)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.roles_caption)
        right.addWidget(self.roles)
        right.addWidget(self.errors.add("roles", self.roles))
        right.addWidget(self.errors.add("staff_member_id", self.roles.staff_box))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        if not self.password.check():
            return
        registry, roles, staff = self._registry, self.roles.roles(), self.roles.staff_member_id()
        login, name, password = self.login_edit.text().strip(), self.name_edit.text(), self.password.edit.text()
        self._save(partial(create_account, registry, login, name, password, roles, staff))

    def show_refusal(self, exc: BaseException) -> None:
        if not self.password.show_refusal(exc):
            self.errors.show(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        self.login_caption.setText(self.tr("&Login:"))
        self.name_caption.setText(self.tr("&Full name:"))
        self.name_edit.setPlaceholderText(self.tr("Surname, given name, patronymic"))
        self.roles_caption.setText(self.tr("Roles:"))
        self.password.retranslate(self.tr("&Password:"), self.tr("Password &again:"))
        self.password_hint.setText(
            self.tr("Tell the person this password in private; they can change it in File › Change password.")
        )
        self.retranslate_buttons(self.tr("Create the account"))


class RolesDialog(_StoreDialog):
    def __init__(
        self, registry: Registry, runner: TaskRunner, account: Account, staff: Iterable[StaffMember], parent: QWidget
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("account_roles_dialog")
        self._registry = registry
        self._account = account
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.roles = RoleChoice(staff)
        self.roles.set_roles(account.roles)
        self.roles.set_staff_member(account.staff_member_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.roles)
        layout.addWidget(self.errors.add("roles", self.roles))
        layout.addWidget(self.errors.add("staff_member_id", self.roles.staff_box))
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        registry, account = self._registry, self._account
        self._save(partial(change_roles, registry, account, self.roles.roles(), self.roles.staff_member_id()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roles of {0}").format(self._account.login))
        self.intro.setText(
            self.tr("{0} ({1}) may do what the ticked roles allow, from their next sign-in on.").format(
                self._account.display_name, self._account.login
            )
        )
        self.retranslate_buttons(self.tr("Save"))


class ResetPasswordDialog(_StoreDialog):
    def __init__(self, registry: Registry, runner: TaskRunner, account: Account, parent: QWidget) -> None:
        super().__init__(runner, parent)
        self.setObjectName("reset_password_dialog")
        self._registry = registry
        self._account = account
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self._login = QLineEdit(account.login)  # for the hint's "not the login" check; never shown
        self.password = NewPasswordFields(self, self.errors, self._login, prefix="reset_")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.password.lay_out(layout)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        if not self.password.check():
            return
        registry, login, new = self._registry, self._account.login, self.password.edit.text()
        self._save(lambda: registry.accounts.reset_password(session.actor(), login, new))

    def show_refusal(self, exc: BaseException) -> None:
        if not self.password.show_refusal(exc):
            self.errors.show(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New password for {0}").format(self._account.login))
        self.intro.setText(
            self.tr(
                "For {0}, who forgot the password. A lock after wrong passwords is lifted too. "
                "Tell them the new password in private."
            ).format(self._account.display_name)
        )
        self.password.retranslate(self.tr("New &password:"), self.tr("New password &again:"))
        self.retranslate_buttons(self.tr("Set the password"))


class ChangePasswordDialog(_StoreDialog):
    """File › Change password…: one's own, the present one first."""

    def __init__(self, registry: Registry, runner: TaskRunner, login: str, parent: QWidget) -> None:
        super().__init__(runner, parent)
        self.setObjectName("change_password_dialog")
        self._registry = registry
        self.old_caption = caption(self)
        self.old_edit = password_edit("old_password_edit")
        self._login = QLineEdit(login)
        self.password = NewPasswordFields(self, self.errors, self._login, prefix="change_")
        layout = QVBoxLayout(self)
        field_column(layout, self.old_caption, self.old_edit, self.errors.add("old_password", self.old_edit))
        layout.addSpacing(6)
        self.password.lay_out(layout)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        if not self.old_edit.text():
            self.old_edit.setFocus()
            return
        if not self.password.check():
            return
        registry, old, new = self._registry, self.old_edit.text(), self.password.edit.text()
        self._save(lambda: registry.accounts.change_password(session.actor(), old, new))

    def show_refusal(self, exc: BaseException) -> None:
        code = getattr(exc, "code", None)
        if code in ("auth.bad_credentials", "auth.locked"):
            text = describe(exc)
            self.errors.show_field("old_password", f"{text.headline} {text.advice}")
            self.old_edit.clear()
            self.old_edit.setFocus()
        elif not self.password.show_refusal(exc):
            self.errors.show(exc)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.old_caption.setText(self.tr("&Present password:"))
        self.password.retranslate(self.tr("New &password:"), self.tr("New password &again:"))
        self.retranslate_buttons(self.tr("Change the password"))


def read_accounts(registry: Registry, only_inactive: bool) -> tuple[list[Account], list[StaffMember]]:
    actor = session.actor()
    accounts = registry.accounts.inactive(actor) if only_inactive else registry.accounts.accounts(actor)
    return accounts, registry.references.staff()


class AccountsDialog(QDialog):
    accountsChanged = Signal()  # something was saved: the window re-reads its own account's roles

    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accounts_dialog")
        self._registry = registry
        self._runner = runner
        self._accounts: list[Account] = []
        self._staff: list[StaffMember] = []
        self._loading: Task[Any] | None = None
        self._action: Task[Any] | None = None
        self.form: _StoreDialog | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.inactive_box = QCheckBox()
        self.inactive_box.setObjectName("inactive_accounts_box")
        self.inactive_box.toggled.connect(self.reload)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("accounts_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ROLES, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_roles())
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setPalette(palette.quiet(self.empty_note.palette()))
        self.error = error_label()
        self.add_button = self._button("add_account_button", self.add_account)
        self.roles_button = self._button("account_roles_button", self.edit_roles)
        self.reset_button = self._button("reset_password_button", self.reset_password)
        self.block_button = self._button("block_account_button", self.toggle_block)
        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)
        self.close_buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button, self.block_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.inactive_box)
        layout.addLayout(middle, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.error)
        layout.addWidget(self.close_buttons)
        self.resize(*DIALOG_SIZE)
        self.retranslate()
        self.reload()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @property
    def accounts(self) -> list[Account]:
        return list(self._accounts)

    @property
    def loading(self) -> bool:
        return self._loading is not None

    @property
    def busy(self) -> bool:
        return self._loading is not None or self._action is not None or self.form is not None

    def reload(self, *_: object, select: str | None = None) -> None:
        """The list read again; ``select`` the account just changed."""
        if self._loading is not None:
            self._loading.discard()
        registry, only_inactive = self._registry, self.inactive_box.isChecked()
        self._loading = self._runner.submit(
            partial(read_accounts, registry, only_inactive),
            success=partial(self._on_loaded, select=select), failure=self._on_failed,
        )
        self._update_buttons()

    def _on_loaded(self, result: tuple[list[Account], list[StaffMember]], *, select: str | None = None) -> None:
        self._loading = None
        self._accounts, self._staff = result
        self.error.hide()
        self._fill(select=select)

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = None
        self._action = None
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()
        self._update_buttons()

    def _fill(self, select: str | None = None) -> None:
        current = self.selected()
        chosen = select or (current.login if current is not None else None)
        self.table.clearSelection()
        self.table.setRowCount(len(self._accounts))
        for line, account in enumerate(self._accounts):
            last = formatting.date_time(account.last_login_at) if account.last_login_at else self.tr("never")
            state = self.tr("Blocked") if account.is_blocked else self.tr("Active")
            for column, text in enumerate(
                (account.login, account.display_name, role_names(account.roles), last, state)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(line, column, item)
            if account.login == chosen:
                self.table.selectRow(line)
        self.empty_note.setVisible(not self._accounts and self._loading is None)
        self._update_buttons()

    def selected(self) -> Account | None:
        return selected_item(self.table, self._accounts)

    def select_login(self, login: str) -> None:
        for line, account in enumerate(self._accounts):
            if account.login == login:
                self.table.selectRow(line)

    def _update_buttons(self) -> None:
        account = self.selected()
        idle = self._loading is None and self._action is None
        self.add_button.setEnabled(idle)
        for button in (self.roles_button, self.reset_button, self.block_button):
            button.setEnabled(idle and account is not None)
        blocked = account is not None and account.is_blocked
        self.block_button.setText(self.tr("&Unblock") if blocked else self.tr("&Block…"))

    # --- the actions ----------------------------------------------------------------------------

    def _open_form(self, form: _StoreDialog) -> None:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._on_saved)
        form.finished.connect(self._forget_form)
        self.form = form
        form.open()

    def _forget_form(self, _result: int = 0) -> None:
        self.form = None

    def add_account(self) -> None:
        if self.form is None:
            self._open_form(AddAccountDialog(self._registry, self._runner, self._staff, self))

    def edit_roles(self) -> None:
        account = self.selected()
        if account is not None and self.form is None:
            self._open_form(RolesDialog(self._registry, self._runner, account, self._staff, self))

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None and self.form is None:
            self._open_form(ResetPasswordDialog(self._registry, self._runner, account, self))

    def toggle_block(self) -> None:
        account = self.selected()
        if account is None or self._action is not None:
            return
        registry, login = self._registry, account.login
        if account.is_blocked:
            op: Callable[[], Account] = lambda: registry.accounts.unblock(session.actor(), login)  # noqa: E731
        else:
            answer = QMessageBox.question(
                self, self.tr("Block the account"),
                self.tr("Block {0} ({1})? They cannot sign in until the account is unblocked; "
                        "their work in the registry stays.").format(account.display_name, login),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            op = lambda: registry.accounts.block(session.actor(), login)  # noqa: E731
        self._action = self._runner.submit(op, success=self._on_action_done, failure=self._on_failed)
        self._update_buttons()

    def _on_action_done(self, account: Account) -> None:
        self._action = None
        self._on_saved(account)

    def _on_saved(self, account: object) -> None:
        self.accountsChanged.emit()
        self.reload(select=account.login if isinstance(account, Account) else None)

    def reject(self) -> None:
        if self._action is None:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.intro.setText(
            self.tr(
                "Who may sign in to this registry, and with which roles. A blocked account cannot sign in; "
                "its work in the registry stays. Each change is saved at once."
            )
        )
        self.inactive_box.setText(
            self.tr("Only accounts nobody has signed in to for {0} days (review them every half-year)").format(
                INACTIVE_DAYS
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Roles"), self.tr("Last sign-in"), self.tr("State")]
        )
        self.empty_note.setText(self.tr("No account is on this list."))
        self.add_button.setText(self.tr("&New account…"))
        self.roles_button.setText(self.tr("&Roles…"))
        self.reset_button.setText(self.tr("New &password…"))
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()
        if self._accounts:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
