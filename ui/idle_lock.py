"""The session locks itself after some idle minutes (issue 6; the undertaking's "lock the session
when I leave my workstation"): the window hides its content behind a page that asks the signed-in
person's password. Someone else at the station signs out there and signs in with their own account.

``IdleWatch`` measures idleness with an application-wide event filter: every key press, click,
wheel turn or mouse move in any of the program's windows stamps the time, and one single-shot timer
fires when the idle span could have run out, checks the stamp and either locks or sleeps for the
rest of the span. No polling, and nothing done per event but the stamp.

``ScreenLock`` does the hiding: the window's other windows (registration forms with typed data,
dialogs, page viewers) are hidden, not closed, and come back once the password is right; while the
lock stands no shortcut of the hidden commands reaches them. A question that waits for its answer
in a nested event loop (a message box, a file chooser) cannot be kept open out of sight: hiding
it answers nothing, which every caller takes as Cancel."""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clerk_app.domain.accounts import MAX_PASSWORD
from ui.centred import centre_content
from ui.error_text import describe
from ui.field_errors import error_label
from ui.settings_page import caption, hint
from ui.sign_in import password_edit
from ui.text_label import wrapped_label

CONTENT_WIDTH = 480
HIDDEN_BY_LOCK = "hiddenByLock"  # a property of the windows the lock hid: still open, only out of sight
MS_PER_MINUTE = 60_000

# What counts as the person being at the keyboard. Paint, timer and focus events do not.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.HoverMove, QEvent.Type.NonClientAreaMouseButtonPress,
})


class IdleWatch(QObject):
    """Says ``idle`` once no input has come for the span given to ``start``."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._span_ms: Callable[[], int] = lambda: 0
        self._last_input = 0.0
        self._watching = False

    @property
    def running(self) -> bool:
        return self._watching

    def start(self, span_ms: Callable[[], int]) -> None:
        """Counts from now. ``span_ms`` is asked again at each check, so a span changed in the
        settings applies from the next check on."""
        self.stop()
        self._span_ms = span_ms
        self._last_input = time.monotonic()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._watching = True
        self._timer.start(max(span_ms(), 1))

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._watching:
            return
        span_ms = max(self._span_ms(), 1)
        idle_ms = int((time.monotonic() - self._last_input) * 1000)
        if idle_ms >= span_ms:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(span_ms - idle_ms)


class LockPage(QWidget):
    """The locked window: who is signed in, the password field, and the way out for someone else."""

    unlockRequested = Signal(str)  # the password
    signOutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        self._who = ""
        self.title = wrapped_label(self, scale=1.9, bold=True)
        self.message = wrapped_label(self, scale=1.1)
        self.password_caption = caption(self)
        self.password_edit = password_edit("unlock_password_edit")
        self.password_edit.setMaxLength(MAX_PASSWORD)
        self.error = error_label()
        self.error.setObjectName("unlock_error")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.other_hint = hint(self)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("lock_sign_out_button")
        self.password_edit.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button.clicked.connect(self.signOutRequested)

        content = QFrame()
        content.setFixedWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.message)
        column.addSpacing(12)
        self.password_caption.setBuddy(self.password_edit)
        column.addWidget(self.password_caption)
        column.addWidget(self.password_edit)
        column.addWidget(self.error)
        column.addSpacing(8)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.unlock_button)
        unlock_row.addStretch(1)
        column.addLayout(unlock_row)
        column.addSpacing(24)
        column.addWidget(self.other_hint)
        sign_out_row = QHBoxLayout()
        sign_out_row.addWidget(self.sign_out_button)
        sign_out_row.addStretch(1)
        column.addLayout(sign_out_row)
        centre_content(self, content)
        self.retranslate()

    def prepare(self, who: str) -> None:
        self._who = who
        self.password_edit.clear()
        self.error.clear()
        self.error.hide()
        self.set_busy(False)
        self._render_message()
        self.password_edit.setFocus()

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if not self.password_edit.text():
            self.error.setText(self.tr("Type your password."))
            self.error.show()
            return
        self.error.hide()
        self.set_busy(True)
        self.unlockRequested.emit(self.password_edit.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button, self.sign_out_button):
            widget.setEnabled(not busy)

    def show_failure(self, exc: BaseException) -> None:
        self.set_busy(False)
        text = describe(exc)
        self.error.setText(f"{text.headline} {text.advice}")
        self.error.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _render_message(self) -> None:
        self.message.setText(
            self.tr("{0} is signed in. Type the password to go on where you left off.").format(self._who)
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("The session is locked"))
        self._render_message()
        self.password_caption.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.other_hint.setText(
            self.tr(
                "Someone else? Sign out and sign in with your own account. Cards typed in but not registered "
                "in this session will be lost."
            )
        )
        self.sign_out_button.setText(self.tr("Sign &out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ScreenLock(QObject):
    """Hides the window's other windows while the lock page stands, and keeps the commands of the
    hidden content from their shortcuts; ``release`` brings the windows back as they were."""

    def __init__(self, window: QWidget, page: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._hidden: list[QWidget] = []
        self._locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    def engage(self) -> None:
        if self._locked:
            return
        self._locked = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            popup = widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            widget.hide()
            if not popup:  # an open menu or a tooltip is not brought back
                widget.setProperty(HIDDEN_BY_LOCK, True)
                self._hidden.append(widget)

    def release(self, *, restore: bool = True) -> None:
        """``restore`` False: the session ended, and the caller closes what was hidden."""
        if not self._locked:
            return
        self._locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.setProperty(HIDDEN_BY_LOCK, False)
                if restore:
                    widget.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            inside = isinstance(watched, QWidget) and (watched is self._page or self._page.isAncestorOf(watched))
            return not inside  # Ctrl+N and the like do nothing behind the lock
        return False


def minutes_to_ms(minutes: int) -> int:
    return minutes * MS_PER_MINUTE
