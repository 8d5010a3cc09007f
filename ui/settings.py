"""The user's preferences (language, window geometry, the folder scans were last taken from, the
scanner folder) in QSettings, behind typed accessors.

An INI file in the per-user config folder on every OS, so support staff can read or delete it.
Tests pass a QSettings on a temporary file instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize

LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "ui/main_window_geometry"
ATTACH_DIR_KEY = "ui/attach_folder"
HOT_FOLDER_KEY = "scanner/hot_folder"
VIEWER_SIZE_KEY = "ui/page_viewer_size"
IDLE_LOCK_KEY = "security/idle_lock_minutes"
IDLE_LOCK_DEFAULT = 10  # minutes without input before the session locks
IDLE_LOCK_RANGE = (1, 120)


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> AppSettings:
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                QCoreApplication.organizationName(),
                QCoreApplication.applicationName(),
            )
        )

    @property
    def folder(self) -> Path:
        """Where this file lives: the per-user config folder (other per-computer files go beside it)."""
        return Path(self._store.fileName()).parent

    @property
    def language(self) -> str | None:
        value = self._store.value(LANGUAGE_KEY)
        return str(value) if value else None

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue(LANGUAGE_KEY, code)
        self._store.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(GEOMETRY_KEY, value)

    @property
    def attach_folder(self) -> str | None:
        """Where the clerk last took electronic copies from (usually the scanner's folder)."""
        value = self._store.value(ATTACH_DIR_KEY)
        return str(value) if value else None

    @attach_folder.setter
    def attach_folder(self, folder: str) -> None:
        self._store.setValue(ATTACH_DIR_KEY, folder)

    @property
    def page_viewer_size(self) -> QSize | None:
        value = self._store.value(VIEWER_SIZE_KEY)
        return value if isinstance(value, QSize) and value.isValid() else None

    @page_viewer_size.setter
    def page_viewer_size(self, value: QSize) -> None:
        self._store.setValue(VIEWER_SIZE_KEY, value)

    @property
    def hot_folder(self) -> str | None:
        """The scanner folder ("hot folder") this computer takes scans from, or None when it takes
        none. Kept per computer and user, like the other preferences: it is a path on this machine."""
        value = self._store.value(HOT_FOLDER_KEY)
        return str(value) if value else None

    @hot_folder.setter
    def hot_folder(self, folder: str | None) -> None:
        if folder:
            self._store.setValue(HOT_FOLDER_KEY, folder)
        else:
            self._store.remove(HOT_FOLDER_KEY)
        self._store.sync()

    # The journal tables' columns (which are shown, in what order, how wide) per journal code, as
    # QHeaderView.saveState() bytes. No entry: the clerk never touched them, the view sizes them.
    JOURNAL_COLUMNS_KEY = "ui/journal_columns/{0}"

    def journal_columns(self, journal_code: str) -> QByteArray | None:
        value = self._store.value(self.JOURNAL_COLUMNS_KEY.format(journal_code))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_journal_columns(self, journal_code: str, state: QByteArray | None) -> None:
        """None forgets them ("Reset columns")."""
        key = self.JOURNAL_COLUMNS_KEY.format(journal_code)
        if state is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, state)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without a key press or a click before the window locks itself (never off: the
        undertaking asks the session to be locked whenever the person leaves the workstation)."""
        try:
            minutes = int(str(self._store.value(IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)))
        except ValueError:
            return IDLE_LOCK_DEFAULT
        low, high = IDLE_LOCK_RANGE
        return min(max(minutes, low), high)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._store.setValue(IDLE_LOCK_KEY, int(minutes))
        self._store.sync()
