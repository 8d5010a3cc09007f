"""The scanner and how to scan: device, saved profiles, source, resolution, colour mode, page size
and blank-page removal. Plain widgets; the dialog lists the devices and keeps the profiles."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from clerk_app.services.scanning import DeviceList
from scanners.acquisition import RESOLUTIONS, ColourMode, PageSize, ScannerDevice, ScanProfile, ScanSource
from ui.scan_texts import mode_label, page_size_label, profile_label, source_label

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ScanProfileForm(QWidget):
    refreshRequested = Signal()
    saveProfileRequested = Signal()
    deleteProfileRequested = Signal()
    profileChosen = Signal(object)  # ScanProfile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._devices: tuple[ScannerDevice, ...] = ()
        self._profiles: list[ScanProfile] = []
        self._wanted_device = ""

        self.device_combo = _named(QComboBox(), "scan_device_combo")
        self.refresh_button = _named(QPushButton(), "scan_refresh_button")
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.device_combo.currentIndexChanged.connect(self._device_changed)
        self.device_note = _named(QLabel(), "scan_device_note")
        self.device_note.setWordWrap(True)

        self.profile_combo = _named(QComboBox(), "scan_profile_combo")
        self.profile_combo.activated.connect(self._profile_activated)
        self.save_profile_button = _named(QPushButton(), "scan_save_profile_button")
        self.save_profile_button.clicked.connect(self.saveProfileRequested)
        self.delete_profile_button = _named(QPushButton(), "scan_delete_profile_button")
        self.delete_profile_button.clicked.connect(self.deleteProfileRequested)

        self.source_combo = _named(QComboBox(), "scan_source_combo")
        self.resolution_combo = _named(QComboBox(), "scan_resolution_combo")
        for dpi in RESOLUTIONS:
            self.resolution_combo.addItem("", dpi)
        self.mode_combo = _named(QComboBox(), "scan_mode_combo")
        for mode in (ColourMode.GREY, ColourMode.BLACK_WHITE, ColourMode.COLOUR):
            self.mode_combo.addItem("", mode)
        self.page_size_combo = _named(QComboBox(), "scan_page_size_combo")
        for size in PageSize:
            self.page_size_combo.addItem("", size)
        self.blank_check = _named(QCheckBox(), "scan_blank_check")
        self.blank_threshold = _named(QDoubleSpinBox(), "scan_blank_threshold")
        self.blank_threshold.setRange(0.01, 10.0)
        self.blank_threshold.setDecimals(2)
        self.blank_threshold.setSingleStep(0.05)
        self.blank_threshold.setSuffix(" %")
        self.blank_check.toggled.connect(self.blank_threshold.setEnabled)
        self._fill_sources((ScanSource.FLATBED, ScanSource.ADF, ScanSource.DUPLEX))

        for combo in (self.device_combo, self.profile_combo, self.source_combo, self.resolution_combo,
                      self.mode_combo, self.page_size_combo):  # long translations do not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_combo, 1)
        device_row.addWidget(self.refresh_button)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.save_profile_button)
        profile_row.addWidget(self.delete_profile_button)
        blank_row = QHBoxLayout()
        blank_row.addWidget(self.blank_threshold)
        blank_row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: list[QLabel] = []
        for field, buddy in ((device_row, self.device_combo), (self.device_note, None),
                             (profile_row, self.profile_combo), (self.source_combo, self.source_combo),
                             (self.resolution_combo, self.resolution_combo), (self.mode_combo, self.mode_combo),
                             (self.page_size_combo, self.page_size_combo), (self.blank_check, self.blank_check),
                             (blank_row, self.blank_threshold)):
            label = QLabel()
            if buddy is not None:
                label.setBuddy(buddy)
            self._labels.append(label)
            self.form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (self.tr("&Scanner:"), "", self.tr("&Profile:"), self.tr("S&ource:"), self.tr("&Resolution:"),
                  self.tr("&Colour:"), self.tr("Page si&ze:"), self.tr("Blank pages:"), self.tr("Blank below:"))
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Look for scanners again (after one is switched on or connected)"))
        self.save_profile_button.setText(self.tr("Save as…"))
        self.delete_profile_button.setText(self.tr("Delete"))
        for index in range(self.resolution_combo.count()):
            self.resolution_combo.setItemText(index, self.tr("%1 dpi").replace("%1", str(self.resolution_combo.itemData(index))))
        for index in range(self.mode_combo.count()):
            self.mode_combo.setItemText(index, mode_label(self.mode_combo.itemData(index)))
        for index in range(self.page_size_combo.count()):
            self.page_size_combo.setItemText(index, page_size_label(self.page_size_combo.itemData(index)))
        for index in range(self.source_combo.count()):
            self.source_combo.setItemText(index, source_label(self.source_combo.itemData(index)))
        for index, profile in enumerate(self._profiles):
            self.profile_combo.setItemText(index, profile_label(profile))
        self.blank_check.setText(self.tr("Leave out blank pages"))
        self.blank_threshold.setToolTip(self.tr("A page with less ink than this share of its area is blank.") + " " + self.tr("Raise it if blank backs with specks of dust are kept; lower it if "
                                                "pages with a single short line are left out"))

    # -- devices ------------------------------------------------------------------------------------

    def set_looking(self) -> None:
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("Looking for scanners…"), "")
        self.device_combo.setEnabled(False)
        self._show_note(False)

    def set_devices(self, found: DeviceList) -> None:
        self._devices = found.devices
        wanted = self.device_name() or self._wanted_device
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for device in found.devices:
            self.device_combo.addItem(device.title, device.name)
        self.device_combo.blockSignals(False)
        self.device_combo.setEnabled(bool(found.devices))
        if found.devices:
            _select_data(self.device_combo, wanted)
            self._show_note(False)
        else:
            self.device_combo.addItem(self.tr("No scanner found"), "")
            self.device_note.setText(self.tr(
                "Check that the scanner is switched on and connected, then press Refresh. Until then, add pages "
                "from a file, or let a network scanner save into the scanner folder."))
            self.device_note.setToolTip("\n".join(found.problems))
            self._show_note(True)
        self._device_changed()

    def _show_note(self, shown: bool) -> None:
        self.form.setRowVisible(self.device_note, shown)  # hidden, its row takes no room either

    def device_name(self) -> str:
        return str(self.device_combo.currentData() or "")

    def _device_changed(self) -> None:
        device = next((d for d in self._devices if d.name == self.device_name()), None)
        if device is not None and device.sources:
            self._fill_sources(device.sources)

    def _fill_sources(self, sources: tuple[ScanSource, ...]) -> None:
        current = self.source_combo.currentData()
        self.source_combo.clear()
        for source in sources:
            self.source_combo.addItem(source_label(source), source)
        _select_data(self.source_combo, current)

    # -- profiles -----------------------------------------------------------------------------------

    def set_profiles(self, profiles: list[ScanProfile], current: ScanProfile) -> None:
        self._profiles = list(profiles)
        self.profile_combo.clear()
        for profile in profiles:
            self.profile_combo.addItem(profile_label(profile), profile.name)
        _select_data(self.profile_combo, current.name)
        self.show_profile(current)

    def chosen_profile_name(self) -> str:
        return str(self.profile_combo.currentData() or "")

    def _profile_activated(self, index: int) -> None:
        if 0 <= index < len(self._profiles):
            self.show_profile(self._profiles[index])
            self.profileChosen.emit(self._profiles[index])

    def show_profile(self, profile: ScanProfile) -> None:
        if profile.device:
            self._wanted_device = profile.device
            _select_data(self.device_combo, profile.device)
        if self.source_combo.findData(profile.source) < 0:
            self.source_combo.addItem(source_label(profile.source), profile.source)
        _select_data(self.source_combo, profile.source)
        if self.resolution_combo.findData(profile.resolution) < 0:
            self.resolution_combo.addItem(self.tr("%1 dpi").replace("%1", str(profile.resolution)), profile.resolution)
        _select_data(self.resolution_combo, profile.resolution)
        _select_data(self.mode_combo, profile.mode)
        _select_data(self.page_size_combo, profile.page_size)
        self.blank_check.setChecked(profile.remove_blank_pages)
        self.blank_threshold.setValue(profile.blank_threshold)
        self.blank_threshold.setEnabled(profile.remove_blank_pages)

    def profile(self, name: str = "") -> ScanProfile:
        """What the form says now, as a profile (named, when it is to be saved)."""
        return ScanProfile(
            name=name or self.chosen_profile_name(), device=self.device_name(),
            source=self.source_combo.currentData() or ScanSource.FLATBED,
            resolution=int(self.resolution_combo.currentData()),
            mode=self.mode_combo.currentData(), page_size=self.page_size_combo.currentData(),
            remove_blank_pages=self.blank_check.isChecked(), blank_threshold=round(self.blank_threshold.value(), 2),
        )
