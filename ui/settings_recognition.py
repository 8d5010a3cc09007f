"""Settings › Text recognition: the languages Tesseract reads scans in (the registry's
``ocr_languages`` setting, shared by every workstation of the store). A language whose pack is
not installed on this computer is marked, since recognition stops until it is installed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from clerk_app.services.registry import Registry
from scanners.ocr import DEFAULT_LANGUAGES, check_tesseract
from ui.error_text import field_message
from ui.settings_page import SettingsPage, hint
from ui.workers import TaskRunner

LANGUAGES = ("kaz", "rus", "eng")  # the order Tesseract is asked in
_NAME = {
    "kaz": QT_TRANSLATE_NOOP("RecognitionPage", "Kazakh"),
    "rus": QT_TRANSLATE_NOOP("RecognitionPage", "Russian"),
    "eng": QT_TRANSLATE_NOOP("RecognitionPage", "English"),
}


@dataclass(frozen=True)
class RecognitionSettings:
    languages: str  # as stored, e.g. "kaz+rus+eng"
    installed: bool  # Tesseract itself is installed here
    missing: tuple[str, ...]  # language packs missing on this computer


def read_recognition(registry: Registry) -> RecognitionSettings:
    """On the worker: the stored choice and what this computer has."""
    availability = check_tesseract(DEFAULT_LANGUAGES)
    return RecognitionSettings(registry.ocr.languages(), availability.version is not None, availability.missing_languages)


def save_recognition(registry: Registry, languages: str) -> RecognitionSettings:
    registry.ocr.set_languages(languages)
    return read_recognition(registry)


class RecognitionPage(SettingsPage):
    def __init__(self, registry: Registry, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(registry, runner, parent)
        self.setObjectName("settings_recognition_page")
        self._data: RecognitionSettings | None = None
        self._others: tuple[str, ...] = ()  # languages set by hand (CLI) beyond these three: kept
        self.boxes: dict[str, QCheckBox] = {}
        self.missing_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        for code in LANGUAGES:
            box = QCheckBox()
            box.setObjectName(f"ocr_{code}")
            box.toggled.connect(self.edited)
            missing = hint(self)
            missing.setContentsMargins(24, 0, 0, 0)
            missing.hide()
            self.boxes[code], self.missing_labels[code] = box, missing
            layout.addWidget(box)
            layout.addWidget(missing)
        layout.addWidget(self.errors.add("languages", self.boxes["kaz"]))
        self.tesseract_note = hint(self)
        self.tesseract_note.hide()
        self.others_note = hint(self)
        self.others_note.hide()
        layout.addWidget(self.tesseract_note)
        layout.addWidget(self.others_note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Text recognition")

    def read(self) -> RecognitionSettings:
        return read_recognition(self._registry)

    def show_data(self, data: RecognitionSettings) -> None:
        self._data = data
        chosen = data.languages.split("+")
        self._others = tuple(code for code in chosen if code not in LANGUAGES)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
        self.retranslate()

    def values(self) -> str:
        return "+".join([code for code in LANGUAGES if self.boxes[code].isChecked()] + list(self._others))

    def check(self) -> bool:
        if not any(box.isChecked() for box in self.boxes.values()):
            self.errors.show_field("languages", field_message("ocr.no_language", "languages"))
            return False
        return True

    def save_operation(self) -> Callable[[], RecognitionSettings]:
        registry, languages = self._registry, self.values()
        return lambda: save_recognition(registry, languages)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Text recognition"),
            self.tr(
                "The languages in which the text of scanned pages is recognised, for searching. "
                "Tick the languages of your papers: each extra language makes recognition slower."
            ),
        )
        for code, box in self.boxes.items():
            box.setText(QCoreApplication.translate("RecognitionPage", str(_NAME[code])))
            missing = self._data is not None and self._data.installed and code in self._data.missing
            self.missing_labels[code].setText(
                self.tr("Not installed on this computer: ask the administrator to install tesseract-ocr-{0}.").format(
                    code
                )
            )
            self.missing_labels[code].setVisible(missing)
        not_installed = self._data is not None and not self._data.installed
        self.tesseract_note.setText(
            self.tr("Tesseract is not installed on this computer: text is recognised where it is installed.")
        )
        self.tesseract_note.setVisible(not_installed)
        self.others_note.setText(self.tr("Also kept from an earlier setting: {0}").format(", ".join(self._others)))
        self.others_note.setVisible(bool(self._others))
