"""Settings › Data: where this registry is kept (read-only, with a button that opens the data
folder in the file manager), the interface language of this computer, the same choice as the
Language menu, and after how many idle minutes the window locks itself; applied with Apply or OK."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from clerk_app.services.registry import Registry
from ui import formatting
from ui.languages import Language, LanguageManager
from ui.settings import IDLE_LOCK_DEFAULT, IDLE_LOCK_RANGE, AppSettings
from ui.settings_encryption import EncryptionSection
from ui.settings_page import Done, SettingsPage, caption, hint
from ui.workers import TaskRunner


def selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DataPage(SettingsPage):
    affects_registry = False

    def __init__(
        self,
        registry: Registry,
        runner: TaskRunner,
        languages: LanguageManager,
        settings: AppSettings | None = None,  # this computer's preferences: the idle lock
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_data_page")
        self._languages = languages
        self._settings = settings
        self.folder_caption = caption(self)
        self.folder_label = selectable(QLabel())
        self.folder_label.setObjectName("data_folder")
        self.database_caption = caption(self)
        self.database_label = selectable(QLabel())
        self.database_label.setObjectName("database_location")
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_data_folder_button")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        self.language_caption = caption(self)
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_choice")
        for language in Language:
            self.language_box.addItem(language.endonym, language.value)  # endonyms: readable in any language
        self.language_box.currentIndexChanged.connect(self.edited)
        self.language_caption.setBuddy(self.language_box)
        self.language_hint = hint(self)
        self.folder_hint = hint(self)
        self.idle_caption = caption(self)
        self.idle_box = QSpinBox()
        self.idle_box.setObjectName("idle_lock_minutes")
        self.idle_box.setRange(*IDLE_LOCK_RANGE)
        self.idle_box.setValue(IDLE_LOCK_DEFAULT)
        self.idle_box.valueChanged.connect(self.edited)
        self.idle_caption.setBuddy(self.idle_box)
        self.idle_hint = hint(self)
        self.encryption = EncryptionSection(registry, runner, self)  # encryption at rest (docs/security.md)

        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_box)
        language_row.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_caption)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.database_caption)
        layout.addWidget(self.database_label)
        layout.addWidget(self.folder_hint)
        layout.addLayout(open_row)
        layout.addSpacing(12)
        self.encryption.lay_out(layout)
        layout.addSpacing(12)
        layout.addWidget(self.language_caption)
        layout.addLayout(language_row)
        layout.addWidget(self.language_hint)
        if settings is not None:
            idle_row = QHBoxLayout()
            idle_row.addWidget(self.idle_box)
            idle_row.addStretch(1)
            layout.addSpacing(12)
            layout.addWidget(self.idle_caption)
            layout.addLayout(idle_row)
            layout.addWidget(self.idle_hint)
        languages.languageChanged.connect(self._on_language_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Data and language")

    def load(self) -> None:
        """Nothing to read from the store: where it is, is known already (the encryption state is
        read by its section)."""
        self._on_read(None)
        self.encryption.load()

    def read(self) -> None:
        return None

    def show_data(self, data: None) -> None:
        self.folder_label.setText(str(self._registry.data_dir))
        self.database_label.setText(formatting.store_location(self._registry.location))
        self.language_box.setCurrentIndex(self.language_box.findData(self._languages.language.value))
        if self._settings is not None:
            self.idle_box.setValue(self._settings.idle_lock_minutes)

    def values(self) -> tuple[str, int]:
        return str(self.language_box.currentData()), self.idle_box.value()

    def save(self, done: Done) -> None:
        """The language and the idle lock are this computer's preferences, applied at once (no
        store work; the window starts counting the new idle span from the next input)."""
        self.errors.clear()
        language, minutes = self.values()
        if self._settings is not None:
            self._settings.idle_lock_minutes = minutes
        self._languages.apply(Language(language))
        self._saved = self.values()
        self.edited.emit()
        done(True)

    def save_operation(self) -> Callable[[], None]:
        return lambda: None

    def open_folder(self) -> None:
        folder = Path(self._registry.data_dir)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.errors.show_general(self.tr("The folder cannot be opened here. Its path is shown above."))

    def _on_language_changed(self, _code: str) -> None:
        """Switched from the Language menu while the dialog is open: the choice follows."""
        saved = self._saved
        if isinstance(saved, tuple) and self.values()[0] == saved[0]:  # the language box was not touched
            self.language_box.setCurrentIndex(self.language_box.findData(self._languages.language.value))
            self._saved = (self._languages.language.value, saved[1])  # an idle span typed stays a change
            self.edited.emit()

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Data and language"),
            self.tr(
                "Where this registry keeps its data, the language of the program on this computer, and when "
                "an idle window locks itself."
            ),
        )
        self.folder_caption.setText(self.tr("Data folder:"))
        self.database_caption.setText(self.tr("Database:"))
        self.folder_hint.setText(
            self.tr(
                "The electronic copies are kept in this folder, and the database too unless it is on a server. "
                "Back it up regularly."
            )
        )
        self.open_button.setText(self.tr("&Open the folder"))
        self.encryption.retranslate()
        self.language_caption.setText(self.tr("Interface &language:"))
        self.language_hint.setText(self.tr("The same choice as in the Language menu; it applies to this computer only."))
        self.idle_caption.setText(self.tr("Lock the window after this many &idle minutes:"))
        self.idle_box.setSuffix(self.tr(" min"))
        self.idle_hint.setText(
            self.tr(
                "With no key press or click for this long, the window hides the registry until the password is "
                "typed again. It applies to this computer."
            )
        )
