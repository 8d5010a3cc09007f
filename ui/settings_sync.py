"""Settings › Synchronisation (issue 7, an administrator's page): standalone, or synced with a central
PostgreSQL store. For synced: the central store's address (postgresql://host:port/database, no
password in it), this workstation's name there (its PostgreSQL role), its password (masked, never
shown back: the service keeps it in the OS keyring), and TLS: the sslmode and the CA certificate
file (verify-full once a CA file is chosen, unless the administrator chose otherwise).

Connect checks the connection and takes this workstation's code from the central store; Disconnect
(asked first) goes back to standalone and keeps everything here. Both run after the round of
synchronisation on its way (on the synchronisation runner, which asks that round to stop first).
Apply and OK do the same as the buttons for what the page shows: a synced form connects, a
standalone choice disconnects (asked first)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.sync import CentralConnection
from clerk_app.errors import ClerkError
from clerk_app.services.registry import Registry
from ui import session, sync_texts
from ui.error_text import describe, field_message
from ui.settings_page import Done, SettingsPage, caption, hint
from ui.sign_in import password_edit
from ui.sync_runner import SyncRunner
from ui.text_label import wrapped_label
from ui.workers import TaskRunner

SCHEMES = ("postgresql", "postgres")
STANDALONE, SYNCED = "standalone", "synced"
# Where a refusal of the central store belongs on the page.
_FIELD_OF_CODE = {
    "sync.unreachable": "url",
    "sync.bad_url": "url",
    "sync.not_central": "url",
    "sync.auth_failed": "password",
    "sync.tls_failed": "ca_file",
    "sync.tls_unsupported": "sslmode",  # the server offers no TLS: the mode is what to change
    "sync.unknown_station": "station_name",
    "sync.station_code_taken": "station_name",
    "sync.station_in_use": "station_name",
}


def choose_ca_file(parent: QWidget, start: str) -> Path | None:
    """The open-file dialog for the CA certificate (a module function: tests replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SyncPage", "The CA certificate of the central store"), start,
        QCoreApplication.translate("SyncPage", "Certificates (*.crt *.pem *.cer);;All files (*)"),
    )
    return Path(name) if name else None


def confirm_disconnect(parent: QWidget) -> bool:
    """Asked before going back to standalone (a module function: tests replace it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SyncPage", "Disconnect from the central store"),
        QCoreApplication.translate(
            "SyncPage", "This workstation stops synchronising. Everything registered here stays here; changes not "
            "sent yet are sent only if it is connected again. The password leaves this computer's keyring.\n\n"
            "Disconnect now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class SyncPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None, *,
                 sync_runner: SyncRunner | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_sync_page")
        self._given_runner = sync_runner
        self._pending: object | None = None  # a connect or disconnect on its way
        self._sslmode_chosen = False  # chosen by the administrator: a CA file no longer changes it
        self.connection: CentralConnection | None = None  # as last read or saved
        self.last_outcome = ""
        # shows again the errors on the page in the current language (None: none of this page's own)
        self._replay_errors: Callable[[], None] | None = None

        self.mode_caption = caption(self)
        self.standalone_radio = QRadioButton()
        self.standalone_radio.setObjectName("sync_standalone_radio")
        self.synced_radio = QRadioButton()
        self.synced_radio.setObjectName("sync_synced_radio")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.standalone_radio)
        self.mode_group.addButton(self.synced_radio)
        self.standalone_radio.setChecked(True)
        self.state_label = wrapped_label(self, bold=True)
        self.state_label.setObjectName("sync_state_label")

        self.central = QWidget()  # the fields of synced mode
        self.url_caption = caption(self)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("sync_url_edit")
        self.url_edit.setPlaceholderText("postgresql://server:5432/registry")
        self.url_hint = hint(self)
        self.station_caption = caption(self)
        self.station_edit = QLineEdit()
        self.station_edit.setObjectName("sync_station_edit")
        self.station_edit.setMaxLength(63)  # a PostgreSQL role name
        self.station_hint = hint(self)
        self.password_caption = caption(self)
        self.password_edit = password_edit("sync_password_edit")
        self.password_hint = hint(self)
        self.tls_caption = caption(self)
        self.ssl_box = QComboBox()
        self.ssl_box.setObjectName("sync_sslmode_box")
        for mode in sync_texts.SSL_MODES:
            self.ssl_box.addItem("", mode)
        self.ssl_box.setCurrentIndex(self.ssl_box.findData("require"))
        # the longest choice (in Kazakh) must not widen the page beyond the dialog: the box takes
        # the page's width, and its list shows each choice whole
        self.ssl_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ssl_box.setMinimumContentsLength(24)
        self.ca_caption = caption(self)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("sync_ca_edit")
        self.ca_button = QPushButton()
        self.ca_button.setObjectName("sync_ca_button")
        self.ca_button.setAutoDefault(False)
        self.ca_button.clicked.connect(self.browse_ca)
        self.ca_hint = hint(self)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("sync_connect_button")
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self.connect_now)
        self.disconnect_button = QPushButton()
        self.disconnect_button.setObjectName("sync_disconnect_button")
        self.disconnect_button.setAutoDefault(False)
        self.disconnect_button.clicked.connect(self.disconnect_now)
        self.outcome = wrapped_label(self)  # "Connecting…", then what the central store said
        self.outcome.setObjectName("sync_outcome_label")
        self.outcome.hide()

        # Compact enough that the whole page, the buttons and the outcome beside them included,
        # fits the Settings dialog's default size in every language without scrolling.
        fields = QVBoxLayout(self.central)
        fields.setContentsMargins(24, 0, 0, 0)  # under the "synced" choice they belong to
        fields.setSpacing(3)
        for label, widget, below, name in (
            (self.url_caption, self.url_edit, self.url_hint, "url"),
            (self.station_caption, self.station_edit, self.station_hint, "station_name"),
            (self.password_caption, self.password_edit, self.password_hint, "password"),
            (self.tls_caption, self.ssl_box, None, "sslmode"),
        ):
            label.setBuddy(widget)
            fields.addWidget(label)
            fields.addWidget(widget)
            fields.addWidget(self.errors.add(name, widget))
            if below is not None:
                fields.addWidget(below)
            fields.addSpacing(4)
        self.ca_caption.setBuddy(self.ca_edit)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        fields.addWidget(self.ca_caption)
        fields.addLayout(ca_row)
        fields.addWidget(self.errors.add("ca_file", self.ca_edit))
        fields.addWidget(self.ca_hint)

        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.standalone_radio)
        choices.addWidget(self.synced_radio)
        mode_row = QHBoxLayout()  # the caption beside the choices, not above them
        mode_row.addWidget(self.mode_caption, 0, Qt.AlignmentFlag.AlignTop)
        mode_row.addSpacing(6)
        mode_row.addLayout(choices)
        mode_row.addStretch(1)
        buttons = QHBoxLayout()  # the outcome beside the buttons: seen where the click was
        buttons.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.disconnect_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addSpacing(6)
        buttons.addWidget(self.outcome, 1)  # its width when shown; else the spacer's, not the buttons'
        buttons.addStretch(0)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.state_label)  # what is in force now, before what may be changed
        layout.addSpacing(4)
        layout.addLayout(mode_row)
        layout.addWidget(self.central)
        layout.addSpacing(4)
        layout.addLayout(buttons)

        self.synced_radio.toggled.connect(self._follow_mode)
        for edit in (self.url_edit, self.station_edit, self.password_edit, self.ca_edit):
            edit.textChanged.connect(self._on_edited)
        self.ca_edit.editingFinished.connect(self._follow_ca_file)
        self.ssl_box.activated.connect(self._on_ssl_chosen)
        self.ssl_box.currentIndexChanged.connect(self._on_edited)
        self.retranslate()
        self._follow_mode()

    # --- what the page shows ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Synchronisation")

    def read(self) -> CentralConnection | None:
        return self._registry.sync.connection()

    def show_data(self, data: Any) -> None:
        """The connection as read or saved; standalone keeps what was typed for connecting again."""
        self.connection = data
        self.password_edit.clear()
        if data is None:
            self.standalone_radio.setChecked(True)
        else:
            self.synced_radio.setChecked(True)
            self.url_edit.setText(data.url)
            self.station_edit.setText(data.station_name)
            self.ca_edit.setText(data.ca_file or "")
            self.ssl_box.setCurrentIndex(self.ssl_box.findData(data.sslmode) if data.sslmode else -1)
            self._sslmode_chosen = True  # as it was connected: not changed behind the administrator's back
        self._render_state()
        self._follow_mode()

    @property
    def mode(self) -> str:
        return SYNCED if self.synced_radio.isChecked() else STANDALONE

    def sslmode(self) -> str | None:
        data = self.ssl_box.currentData()
        return str(data) if data else None

    def values(self) -> object:
        if self.mode == STANDALONE:
            return (STANDALONE,)
        return (SYNCED, self.url_edit.text().strip(), self.station_edit.text().strip(), self.sslmode(),
                self.ca_edit.text().strip(), bool(self.password_edit.text()))

    def has_changes(self) -> bool:
        return not self.busy and super().has_changes()

    @property
    def busy(self) -> bool:
        return self._pending is not None or super().busy

    def _on_edited(self, *_: object) -> None:
        self._update_buttons()
        self.edited.emit()

    def _follow_mode(self, *_: object) -> None:
        self.central.setEnabled(self.mode == SYNCED)
        self._on_edited()

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.connect_button.setEnabled(idle and self.mode == SYNCED)
        self.disconnect_button.setEnabled(idle and self.connection is not None)
        self.password_edit.setPlaceholderText(self.tr("kept in the keyring") if self.connection is not None else "")

    def _on_ssl_chosen(self, _index: int) -> None:
        self._sslmode_chosen = True

    def _follow_ca_file(self) -> None:
        """verify-full by default once a CA file is given."""
        if self.ca_edit.text().strip() and not self._sslmode_chosen:
            self.ssl_box.setCurrentIndex(self.ssl_box.findData("verify-full"))

    def browse_ca(self) -> None:
        chosen = choose_ca_file(self, self.ca_edit.text().strip() or str(Path.home()))
        if chosen is not None:
            self.ca_edit.setText(str(chosen))
            self._follow_ca_file()

    def _render_state(self) -> None:
        connection = self.connection
        if connection is None:
            self.state_label.setText(self.tr("Now: standalone. This registry is kept on this computer only."))
        else:
            self.state_label.setText(self.tr(
                "Now: synced with {0} as workstation {1}. The central store gave it the code {2}: every new "
                "registration number here carries it.").format(connection.url, connection.station_name,
                                                                  connection.station_code))

    # --- checks ----------------------------------------------------------------------------------

    def check(self) -> bool:
        if self.mode == STANDALONE:
            return self.connection is None or confirm_disconnect(self)
        # each message as a function, so that a change of language shows it again in the new one
        wrong: dict[str, Callable[[], str]] = {}
        url = self.url_edit.text().strip()
        if self._url_problem(url):
            wrong["url"] = lambda: self._url_problem(url)
        if not self.station_edit.text().strip():
            wrong["station_name"] = lambda: field_message("field.required", "station_name")
        if not self.password_edit.text():
            wrong["password"] = lambda: self.tr("Type the workstation's password (it is asked for at every "
                                                "connection and kept in the keyring).")
        if self.sslmode() is None:
            wrong["sslmode"] = lambda: self.tr("Choose how the connection is encrypted.")
        ca = self.ca_edit.text().strip()
        if ca and not Path(ca).is_file():
            wrong["ca_file"] = lambda: self.tr("There is no such file. Choose the CA certificate file.")
        elif self.sslmode() in ("verify-full", "verify-ca") and not ca:
            wrong["ca_file"] = lambda: self.tr("This mode checks the server against a CA certificate: choose its "
                                               "file, or another encryption mode.")

        def show() -> None:
            self.errors.clear()
            for field, text in wrong.items():
                self.errors.show_field(field, text())

        show()
        self._replay_errors = show if wrong else None
        self.errors.focus_first(list(wrong))
        return not wrong

    def _url_problem(self, url: str) -> str:
        if not url:
            return field_message("field.required", "url")
        parts = urlsplit(url)
        try:
            valid = parts.scheme in SCHEMES and bool(parts.hostname) and len(parts.path) > 1
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            valid = False
        if not valid:
            return self.tr("Type the address as postgresql://server:port/database, such as "
                           "postgresql://db.example.kz:5432/registry.")
        if parts.password is not None:
            return self.tr("The address must not hold the password: type it in the password field.")
        return ""

    # --- connecting and disconnecting --------------------------------------------------------------

    def save_operation(self) -> Callable[[], Any]:
        service, actor = self._registry.sync, session.current()
        if self.mode == STANDALONE:
            def disconnect() -> None:
                service.disconnect(actor or session.actor())
            return disconnect
        url, station, password = self.url_edit.text().strip(), self.station_edit.text().strip(), self.password_edit.text()
        sslmode, ca_file = self.sslmode(), self.ca_edit.text().strip() or None
        # nobody signed in: session.actor() refuses on the worker, and the page shows the refusal
        return lambda: service.connect(url, station, password, actor or session.actor(), sslmode=sslmode,
                                       ca_file=ca_file)

    def save(self, done: Done) -> None:
        """Checks, then connects or disconnects after the round on its way; ``done`` hears whether
        it worked. A result that arrives after the dialog closed is dropped (the window still hears
        of the new connection from the synchronisation runner)."""
        self.errors.clear()
        self._replay_errors = None
        if self.busy or not self.check():
            done(False)
            return
        self._run(self.save_operation(), done)

    def connect_now(self) -> None:
        if self.mode == SYNCED:
            self.save(lambda _ok: None)

    def disconnect_now(self) -> None:
        if self.connection is None or self.busy or not confirm_disconnect(self):
            return
        self.errors.clear()
        self._replay_errors = None
        self.standalone_radio.setChecked(True)
        self._run(self.save_operation(), lambda _ok: None)

    def _run(self, op: Callable[[], Any], done: Done) -> None:
        disconnecting = self.mode == STANDALONE
        token = self._pending = object()
        self.body.setEnabled(False)
        self.outcome.setText(self.tr("Disconnecting…") if disconnecting else self.tr("Connecting to the central store…"))
        self.outcome.show()
        self._reveal_outcome()
        self._update_buttons()

        def saved(result: Any) -> None:
            if self._pending is not token:
                return
            self._pending = None
            self.body.setEnabled(True)
            self._show_saved(result)
            self._show_outcome(result)
            self._reveal_outcome()
            self.edited.emit()
            done(True)

        def failed(exc: BaseException) -> None:
            if self._pending is not token:
                return
            self._pending = None
            self.body.setEnabled(True)
            self.outcome.hide()
            self.show_refusal(exc)
            self._update_buttons()
            self.edited.emit()
            done(False)

        runner = self._sync_runner()
        if runner is not None:
            runner.change_connection(op, saved, failed)
        else:  # no window around the dialog (a test of the page alone)
            self._runner.submit(op, success=saved, failure=failed)

    def _show_outcome(self, result: Any) -> None:
        if isinstance(result, CentralConnection):
            self.last_outcome = self.tr("Connected. The central store gave this workstation the code {0}.").format(
                result.station_code)
        else:
            self.last_outcome = self.tr("Disconnected. Everything registered stays on this computer.")
        self.outcome.setText(self.last_outcome)
        self.outcome.show()

    def _reveal_outcome(self) -> None:
        """The outcome in sight even where the page scrolls (a small screen, a long error above),
        once the layout has made room for it."""
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            QTimer.singleShot(0, self.outcome, lambda: scroll.ensureWidgetVisible(self.outcome))

    def show_refusal(self, exc: BaseException) -> None:
        """A refusal of the central store next to the field it is about; the rest on the page's line."""
        field = _FIELD_OF_CODE.get(exc.code) if isinstance(exc, ClerkError) else None

        def show() -> None:
            if field is None:
                self.errors.show(exc)
                return
            self.errors.clear()
            text = describe(exc)
            self.errors.show_field(field, f"{text.headline} {text.advice}")

        show()
        self._replay_errors = show
        self.errors.focus_first([field] if field is not None else [])

    def discard(self) -> None:
        self._pending = None
        super().discard()

    def _sync_runner(self) -> SyncRunner | None:
        """The window's synchronisation runner (the Settings dialog's parent holds it)."""
        if self._given_runner is not None:
            return self._given_runner
        owner = self.window().parentWidget()
        return owner.findChild(SyncRunner, "sync_runner") if owner is not None else None

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Synchronisation with the central store"),
            self.tr("Several workstations of one body can share one central PostgreSQL store. Each keeps working "
                    "on its own copy when the network is down, and exchanges changes with the central store every "
                    "5 minutes and on demand (F9). Registration numbers never collide: each workstation's code is "
                    "part of them."),
        )
        self.mode_caption.setText(self.tr("Mode:"))
        self.standalone_radio.setText(self.tr("S&tandalone: this computer only"))
        self.synced_radio.setText(self.tr("S&ynced with a central store"))
        self.url_caption.setText(self.tr("Central store &address:"))
        self.url_hint.setText(self.tr("Given by the central store's administrator (clerk-app central init); no "
                                      "password in it."))
        self.station_caption.setText(self.tr("&Workstation name on the central store:"))
        self.station_hint.setText(self.tr("The workstation's PostgreSQL role, created with clerk-app central "
                                          "add-station NAME."))
        self.password_caption.setText(self.tr("&Password of the workstation:"))
        self.password_hint.setText(self.tr("Kept in this computer's keyring and never shown. To change it, type "
                                           "a new one and connect."))
        self.tls_caption.setText(self.tr("&Encryption of the connection (TLS):"))
        for index in range(self.ssl_box.count()):
            self.ssl_box.setItemText(index, sync_texts.ssl_mode_label(str(self.ssl_box.itemData(index))))
        self.ca_caption.setText(self.tr("&CA certificate file:"))
        self.ca_button.setText(self.tr("C&hoose…"))
        self.ca_hint.setText(self.tr("With the CA's certificate, verify-full makes sure this workstation talks to "
                                     "the real server."))
        self.connect_button.setText(self.tr("Co&nnect"))
        self.disconnect_button.setText(self.tr("&Disconnect…"))
        self._update_buttons()
        self._render_state()
        if self.last_outcome and self._pending is None:
            self._show_outcome(self.connection)
        self._retranslate_errors()

    def _retranslate_errors(self) -> None:
        """Errors on show, described again in the new language (the page keeps what they were)."""
        labels = [*self.errors.labels.values(), self.general_error]
        if self._replay_errors is not None and any(not label.isHidden() for label in labels):
            self._replay_errors()
