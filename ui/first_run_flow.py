"""The first-run wizard at the right moment (issue 10): when someone who may change the settings
signs in to a real registry whose settlement body is not set yet. Looked up on the window's worker;
the wizard's choice of a central store opens Settings at Synchronisation."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from clerk_app.domain.accounts import Permission
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import session
from ui.first_run import FirstRunDialog, needs_first_run
from ui.languages import LanguageManager
from ui.workers import TaskRunner


class FirstRunFlow(QObject):
    def __init__(
        self, window: QWidget, runner: TaskRunner, languages: LanguageManager,
        registry: Callable[[], Registry | None], *, locked: Callable[[], bool], saved: Callable[[], None],
        connect_central: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._runner, self._languages = window, runner, languages
        self._registry, self._locked = registry, locked
        self._saved, self._connect_central = saved, connect_central
        self.dialog: FirstRunDialog | None = None

    def check(self, actor: Actor, *, demo: bool) -> None:
        """After signing in: the wizard, if this registry has no body yet and this person may set it."""
        registry = self._registry()
        if registry is None or demo or not actor.may(Permission.SETTINGS):
            return
        self._runner.submit(lambda: needs_first_run(registry),
                            success=lambda needed: self._open(registry, actor) if needed else None)

    def _open(self, registry: Registry, actor: Actor) -> None:
        if self._registry() is not registry or self.dialog is not None or session.current() is not actor:
            return  # another registry or person meanwhile, or the wizard is up already
        if self._locked():
            return  # locked meanwhile: the wizard would stand over the lock page
        dialog = FirstRunDialog(self._window, registry, actor, self._languages, self._runner)
        dialog.finishedSetup.connect(self._finished)
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        dialog.open()

    def _forget(self, _result: int = 0) -> None:
        self.dialog = None

    def _finished(self, wants_central_store: bool) -> None:
        self._saved()
        if wants_central_store:
            self._connect_central()

    def close(self) -> None:
        """The registry is being left: a save in progress finishes first, then the wizard goes."""
        dialog = self.dialog
        self.dialog = None
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.finishedSetup.disconnect(self._finished)  # the registry is going: nothing follows the save
        if dialog.saving:
            self._runner.wait()
            QCoreApplication.sendPostedEvents()
        if shiboken6.isValid(dialog):
            dialog.done(0)
